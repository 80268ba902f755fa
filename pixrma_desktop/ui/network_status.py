"""Whether the machine is online, from Qt's QNetworkInformation where the platform has a backend.

Where no backend loads (or it cannot tell), the state is "unknown" and the app behaves as if online: the
outbox's periodic retry finds out by trying. Tests inject ``tests.fakes.network.ManualNetworkStatus``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Connectivity(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    UNKNOWN = "unknown"


class NetworkStatus(QObject):
    changed = Signal(str)
    """Emits the new ``Connectivity`` value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = Connectivity.UNKNOWN

    @property
    def state(self) -> Connectivity:
        return self._state

    @property
    def maybe_online(self) -> bool:
        return self._state is not Connectivity.OFFLINE

    def _set(self, state: Connectivity) -> None:
        if state is not self._state:
            self._state = state
            self.changed.emit(str(state))


class QtNetworkStatus(NetworkStatus):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QNetworkInformation

        self._info = None
        if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            self._info = QNetworkInformation.instance()
        if self._info is not None:
            self._info.reachabilityChanged.connect(self._on_reachability)
            self._on_reachability(self._info.reachability())

    def _on_reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        r = QNetworkInformation.Reachability
        if reachability == r.Online:
            self._set(Connectivity.ONLINE)
        elif reachability in (r.Disconnected, r.Local, r.Site):
            self._set(Connectivity.OFFLINE)
        else:
            self._set(Connectivity.UNKNOWN)
