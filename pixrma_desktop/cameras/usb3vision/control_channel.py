"""GenCP transactions on a USB3 Vision control channel: send a command, wait for its ack, honour PENDING_ACK.

The transport is two callables (write bytes, read up to n bytes within a timeout), so the same code runs on
pyusb endpoints and on simulators. Every wait is bounded: by the per-transfer timeout, by a cap on how many
PENDING_ACKs a device may send for one command, by a cap on the total time it may ask for, and by the
caller's deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from pixrma_desktop.cameras.device_text import DecodedString
from pixrma_desktop.cameras.usb3vision import gencp

ACK_BUFFER = 1024
"""Bytes asked for per read: a whole number of bulk packets at every speed, more than any ABRM ack."""


class ChannelTimeout(gencp.GenCPError):
    """The device did not answer in time (or kept asking for more time)."""


Writer = Callable[[bytes, int], object]
"""(data, timeout_ms) -> anything; raises on failure."""
Reader = Callable[[int, int], bytes]
"""(max bytes, timeout_ms) -> bytes read; raises ``TimeoutError`` (or the transport's error) on timeout."""


def _is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError)


class ControlChannel:
    def __init__(
        self,
        write: Writer,
        read: Reader,
        *,
        timeout_ms: int = 500,
        max_pending: int = 8,
        max_pending_wait_ms: int = 3000,
        deadline: float = float("inf"),
        is_timeout: Callable[[BaseException], bool] = _is_timeout,
    ) -> None:
        self.write = write
        self.read = read
        self.timeout_ms = timeout_ms
        self.max_pending = max_pending
        """PENDING_ACKs accepted for one command before giving up."""
        self.max_pending_wait_ms = max_pending_wait_ms
        """Total extra time a device may ask for, for one command."""
        self.deadline = deadline
        """``time.monotonic()`` value after which no new wait starts."""
        self.is_timeout = is_timeout
        self._request_id = 0

    def _next_id(self) -> int:
        self._request_id = self._request_id % gencp.MAX_REQUEST_ID + 1
        return self._request_id

    def _wait_ms(self, wanted: int) -> int:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise ChannelTimeout("the scan's time ran out while waiting for the camera")
        return max(1, int(min(float(wanted), left * 1000)))

    def _read_ack(self, timeout_ms: int) -> gencp.Ack:
        try:
            data = self.read(ACK_BUFFER, self._wait_ms(timeout_ms))
        except Exception as exc:
            if self.is_timeout(exc):
                raise ChannelTimeout(f"no answer within {timeout_ms} ms") from exc
            raise
        return gencp.parse_ack(bytes(data))

    def read_memory(self, address: int, length: int) -> bytes:
        request_id = self._next_id()
        self.write(gencp.build_readmem(request_id, address, length), self._wait_ms(self.timeout_ms))
        ack = self._read_ack(self.timeout_ms)
        pending, waited = 0, 0
        while (extra := ack.pending_timeout_ms) is not None:
            if ack.request_id != request_id:
                raise gencp.MalformedAck(f"PENDING_ACK for request {ack.request_id}, expected {request_id}")
            pending += 1
            waited += extra
            if pending > self.max_pending or waited > self.max_pending_wait_ms:
                raise ChannelTimeout(
                    f"the camera kept asking for more time ({pending} PENDING_ACKs, {waited} ms) and never answered"
                )
            ack = self._read_ack(max(extra, self.timeout_ms))
        return gencp.readmem_data(ack, request_id, length)

    def read_string(self, address: int, length: int = gencp.ABRM_STRING_LENGTH) -> DecodedString:
        return gencp.decode_string(self.read_memory(address, length))
