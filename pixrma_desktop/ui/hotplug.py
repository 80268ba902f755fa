"""Hot-plug: notice a USB camera being plugged in or out, cheaply, and say so once things settle.

On Linux every USB device is a file under /dev/bus/usb/<bus>/; watching those folders (QFileSystemWatcher,
inotify underneath) costs nothing while nothing changes. Elsewhere, or where the folder does not exist, the
watcher does nothing and the user scans by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

USB_DEVICES = Path("/dev/bus/usb")


class HotplugWatcher(QObject):
    changed = Signal()
    """Devices came or went, and nothing else changed for ``settle_ms``."""

    def __init__(self, root: Path = USB_DEVICES, settle_ms: int = 1500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self.changed)
        self._watcher.directoryChanged.connect(self._on_change)
        self._watch()

    @property
    def active(self) -> bool:
        return bool(self._watcher.directories())

    def _watch(self) -> None:
        if not self.root.is_dir():
            return
        folders = [self.root, *(p for p in self.root.iterdir() if p.is_dir())]
        wanted = {str(p) for p in folders} - set(self._watcher.directories())
        if wanted:
            self._watcher.addPaths(sorted(wanted))

    def _on_change(self, _path: str) -> None:
        self._watch()  # a new bus folder (a new controller) is watched too
        self._settle.start()
