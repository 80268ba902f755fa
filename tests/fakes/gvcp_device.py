"""A fake GigE Vision device for tests: answers GVCP on a UDP port (127.0.0.1 unless told) with the packets it is given.

It speaks real GVCP bytes (built with ``pixrma_desktop.cameras.gige.gvcp``), so it exercises the probe's sockets,
parsing and request matching; what it answers is set per test: a full DISCOVERY_ACK (MAC, subnet, gateway,
IP configuration, the fields the aravis fake leaves empty), a CCP value, or garbage. Created inside a network
namespace (``tests.gige_lab.run_in_netns``) and bound to ``("0.0.0.0", 3956)`` it hears broadcast discovery
like a cabled camera, and ``discovery_reply`` makes it answer as a camera on another subnet may: to the
broadcast address.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from pixrma_desktop.cameras.gige import gvcp

Responder = Callable[[int, int, bytes], list[bytes]]
"""(command, request id, payload) -> the datagrams to send back."""
LIMITED_BROADCAST = "255.255.255.255"


@dataclass
class FakeGvcpDevice:
    discovery_ack: Callable[[int], bytes] = field(default=lambda rid: gvcp.build_discovery_ack(rid, serial=b"SYN1"))
    ccp: int = 0
    answer_readreg: bool = True
    extra: Callable[[int, int], list[bytes]] = field(default=lambda command, rid: [])
    """Datagrams sent before the real answer (garbage, wrong ids ...)."""
    memory: dict[int, bytes] = field(default_factory=dict)
    """Start address -> bytes that READMEM answers from (zeros elsewhere)."""
    readmem_status: int = gvcp.STATUS_SUCCESS
    """Non-zero: every READMEM is refused with this status (e.g. 0x8006 access denied)."""
    received: list[tuple[int, int]] = field(default_factory=list)
    bind: tuple[str, int] = ("127.0.0.1", 0)
    """Where it listens."""
    discovery_reply: Literal["unicast", "broadcast", "both"] = "unicast"
    """How a DISCOVERY_ACK goes back: to the asker; to 255.255.255.255 at the asker's port when the command allows
    a broadcast acknowledge (else to the asker, as the standard says); or both ways."""

    def __post_init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        self.sock.bind(self.bind)
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
                flags, command, rid, payload = gvcp.parse_command(data)
            except gvcp.GvcpError:
                continue
            self.received.append((command, rid))
            for reply in self.extra(command, rid):
                self.sock.sendto(reply, peer)
            if command == gvcp.DISCOVERY_CMD:
                ack = self.discovery_ack(rid)
                for destination in self._discovery_destinations(flags, peer):
                    self.sock.sendto(ack, destination)
            elif command == gvcp.READREG_CMD and self.answer_readreg:
                self.sock.sendto(gvcp.build_readreg_ack(rid, [self.ccp]), peer)
            elif command == gvcp.READMEM_CMD:
                address, _, count = struct.unpack(">IHH", payload[:8])
                self.sock.sendto(
                    gvcp.build_readmem_ack(rid, address, self.read(address, count), self.readmem_status), peer
                )

    def read(self, address: int, count: int) -> bytes:
        for start, block in self.memory.items():
            if start <= address < start + len(block):
                return block[address - start : address - start + count].ljust(count, b"\0")
        return bytes(count)

    def _discovery_destinations(self, flags: int, peer: tuple[str, int]) -> list[tuple[str, int]]:
        allowed = bool(flags & gvcp.FLAG_BROADCAST_ACK)
        if self.discovery_reply == "broadcast" and allowed:
            return [(LIMITED_BROADCAST, peer[1])]
        if self.discovery_reply == "both" and allowed:
            return [peer, (LIMITED_BROADCAST, peer[1])]
        return [peer]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()
