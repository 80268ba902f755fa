"""Under "Test connection": what the support server said it keeps (which fields hold several values, which one,
its support address, when it was asked), or why that could not be read."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from pixrma_desktop.ui.i18n import translate


class ServerKeepsLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverKeeps")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_problem(self, problem: str) -> None:
        self.setText(
            translate("SettingsPage", "What the server keeps could not be read: {problem}").format(problem=problem)
        )

    def show_profile(self, profile: Any, queue_name: str) -> None:
        """``profile``: a ``support.server_profile.ServerProfile``; ``queue_name``: the support queue's name."""
        queue = profile.queue(queue_name)
        if queue is None:
            self.setText(
                translate("SettingsPage", "The server did not show this account the {queue} queue.").format(
                    queue=queue_name
                )
            )
            return
        one = ", ".join(f.name for f in queue.fields if f.single)
        several = ", ".join(f.name for f in queue.fields if not f.single)
        lines = []
        if several:
            lines.append(
                translate("SettingsPage", "The server keeps several values in: {fields}.").format(fields=several)
            )
        if one:
            lines.append(
                translate(
                    "SettingsPage", "It keeps one value in: {fields} (the cameras' values are joined into it)."
                ).format(fields=one)
            )
        if queue.correspond_address:
            lines.append(
                translate("SettingsPage", "Its support address: {address}.").format(address=queue.correspond_address)
            )
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(profile.learned_at))
        lines.append(translate("SettingsPage", "Learned from the server on {when}.").format(when=when))
        self.setText("\n".join(lines))
