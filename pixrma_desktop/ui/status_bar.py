"""The status bar: online / offline, how many requests wait to be sent, when the cameras were last scanned."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from pixrma_desktop.ui.network_status import Connectivity


class AppStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = QLabel()
        self.connection.setObjectName("connectionState")
        self.waiting = QLabel()
        self.waiting.setObjectName("requestsWaiting")
        self.last_scan = QLabel()
        self.last_scan.setObjectName("lastScan")
        for label in (self.last_scan, self.waiting, self.connection):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self._state = str(Connectivity.UNKNOWN)
        self._server_set_up = True
        self.set_connectivity(Connectivity.UNKNOWN)
        self.set_waiting(0)
        self.set_last_scan(None)

    def set_server_set_up(self, set_up: bool) -> None:
        """Without a support server nothing can be sent, whatever the network says."""
        self._server_set_up = set_up
        self.set_connectivity(self._state)

    def set_connectivity(self, state: str) -> None:
        self._state = state
        if not self._server_set_up:
            self.connection.setText(self.tr("○ No support server set up"))
            self.connection.setToolTip(
                self.tr("Requests wait in the outbox until a support server is set up in Settings.")
            )
            return
        self.connection.setToolTip("")
        texts = {
            Connectivity.ONLINE: self.tr("● Online"),
            Connectivity.OFFLINE: self.tr("○ Offline — requests wait in the outbox"),
            Connectivity.UNKNOWN: self.tr("Connection: unknown"),
        }
        self.connection.setText(texts.get(Connectivity(state), texts[Connectivity.UNKNOWN]))

    def set_waiting(self, count: int) -> None:
        self.waiting.setText(
            self.tr("No request waiting") if count == 0 else self.tr("%n request(s) waiting to be sent", "", count)
        )

    def set_last_scan(self, when: float | None) -> None:
        if when is None:
            self.last_scan.setText(self.tr("Not scanned yet"))
        else:
            self.last_scan.setText(
                self.tr("Last scan: {time}").format(time=time.strftime("%H:%M", time.localtime(when)))
            )
