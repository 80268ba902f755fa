"""A fake GigE Vision device for tests: answers GVCP on a UDP port of 127.0.0.1 with the packets it is given.

It speaks real GVCP bytes (built with ``pixrma_desktop.cameras.gvcp``), so it exercises the probe's sockets,
parsing and request matching; what it answers is set per test: a full DISCOVERY_ACK (MAC, subnet, gateway,
IP configuration, the fields the aravis fake leaves empty), a CCP value, or garbage.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from pixrma_desktop.cameras import gvcp

Responder = Callable[[int, int, bytes], list[bytes]]
"""(command, request id, payload) -> the datagrams to send back."""


@dataclass
class FakeGvcpDevice:
    discovery_ack: Callable[[int], bytes] = field(default=lambda rid: gvcp.build_discovery_ack(rid, serial=b"SYN1"))
    ccp: int = 0
    answer_readreg: bool = True
    extra: Callable[[int, int], list[bytes]] = field(default=lambda command, rid: [])
    """Datagrams sent before the real answer (garbage, wrong ids ...)."""
    received: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port: int = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-gvcp", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, peer = self.sock.recvfrom(2048)
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                _flags, command, rid, _payload = gvcp.parse_command(data)
            except gvcp.GvcpError:
                continue
            self.received.append((command, rid))
            replies = self.extra(command, rid)
            if command == gvcp.DISCOVERY_CMD:
                replies = [*replies, self.discovery_ack(rid)]
            elif command == gvcp.READREG_CMD and self.answer_readreg:
                replies = [*replies, gvcp.build_readreg_ack(rid, [self.ccp])]
            for reply in replies:
                self.sock.sendto(reply, peer)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()
