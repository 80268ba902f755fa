"""One app instance per data folder: a lock file in the folder, and a local socket the second launch uses to
bring the first window forward.

The lock is taken before the window is built; the socket (Qt's network module, a few MiB) is opened only once
the window shows (``listen``). A second launch that comes in between finds the lock held and keeps knocking
for a few seconds (``notify_first``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QDeadlineTimer, QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "pixrma.lock"
_RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    """A name unique to the data folder and the user (local socket names are per machine)."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    key = QByteArray(f"{uid}:{data_dir.resolve()}".encode())
    digest = bytes(QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex().data()).decode()
    return f"pixrma-{digest[:16]}"


class SingleInstance(QObject):
    activated = Signal()
    """Another launch asked this instance to show its window."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # a lock whose process is gone is stale at once
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def acquire(self, *, listen: bool = True) -> bool:
        """True when this is the first instance; it then listens for later launches (now, or at ``listen()``)."""
        if not self._lock.tryLock(100):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self._name)  # left over from a crash
        server.listen(self._name)
        server.newConnection.connect(self._on_connection)
        self._server = server

    def release(self) -> None:
        for socket in self._clients:
            socket.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        if self._server is None:
            return
        while (socket := self._server.nextPendingConnection()) is not None:
            self._clients.append(socket)
            socket.readyRead.connect(self._on_ready_read)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
            self.activated.emit()
        if socket in self._clients:
            self._clients.remove(socket)
        socket.disconnectFromServer()
        socket.deleteLater()

    def notify_first(self, timeout_ms: int = 5000) -> bool:
        """From a second launch: ask the first instance to come forward. True when it answered."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(timeout_ms)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self._name)
            if socket.waitForConnected(min(500, max(1, deadline.remainingTime()))):
                socket.write(_RAISE)
                ok = socket.waitForBytesWritten(max(1, deadline.remainingTime()))
                socket.disconnectFromServer()
                return ok
            QThread.msleep(100)  # the first instance may still be opening its window
        return False
