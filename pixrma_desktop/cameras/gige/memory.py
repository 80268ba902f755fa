"""Reading a GigE Vision camera's memory with GVCP READMEM, as a monitor would: no control privilege asked.

A camera lets any host read while another application holds control (GigE Vision allows monitors); one that
was opened for exclusive access refuses with "access denied", which ``RefusedError`` carries. Reads are
chunked (``MAX_READMEM`` bytes each, 4-byte aligned), retried on silence, and bounded by a deadline.
"""

from __future__ import annotations

import socket
import time

from pixrma_desktop.cameras.gige import gvcp


class GvcpTimeout(gvcp.GvcpError):
    """The camera did not answer (after retries) or the deadline passed."""


class GvcpMemory:
    def __init__(
        self,
        ip: str,
        port: int | None = None,
        *,
        deadline: float = float("inf"),
        timeout_s: float = 0.25,
        retries: int = 2,
        sock: socket.socket | None = None,
    ) -> None:
        self.address = (ip, port or gvcp.GVCP_PORT)
        self.deadline = deadline
        self.timeout_s = timeout_s
        self.retries = retries
        self._sock = sock or socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.connect(self.address)
        self._request_id = 0
        self.reads = 0

    def close(self) -> None:
        self._sock.close()

    def __enter__(self) -> GvcpMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _next_id(self) -> int:
        self._request_id = self._request_id % 0xFFFF + 1
        return self._request_id

    def _transact(self, address: int, count: int) -> bytes:
        for _attempt in range(self.retries + 1):
            request_id = self._next_id()
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise GvcpTimeout("the time for this camera ran out")
            self._sock.send(gvcp.readmem_cmd(request_id, address, count))
            self.reads += 1
            end = time.monotonic() + min(self.timeout_s, left)
            while (wait := end - time.monotonic()) > 0:
                self._sock.settimeout(wait)
                try:
                    data = self._sock.recv(2048)
                except TimeoutError:
                    break
                except ConnectionRefusedError as exc:  # ICMP port unreachable: nothing listens there
                    raise GvcpTimeout("nothing answers GVCP at that address") from exc
                try:
                    return gvcp.parse_readmem_ack(data, request_id, address, count)
                except gvcp.RefusedError:
                    raise
                except gvcp.GvcpError:
                    continue  # a late answer to an earlier try, or noise: keep waiting for ours
        raise GvcpTimeout(f"no answer to READMEM at 0x{address:X} after {self.retries + 1} tries")

    def read(self, address: int, length: int) -> bytes:
        """``length`` bytes from ``address`` (any alignment), read in aligned chunks."""
        start = address - address % 4
        end = address + length
        out = bytearray()
        position = start
        while position < end:
            count = min(gvcp.MAX_READMEM, end - position)
            count += -count % 4
            out += self._transact(position, count)
            position += count
        offset = address - start
        return bytes(out[offset : offset + length])
