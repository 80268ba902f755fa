"""One camera open at a time in this process.

The USB probe and a GenTL producer may reach the same USB3 Vision camera during one scan. If both opened it at
once, each would find it busy and report it "in use by another program". Every probe holds this lock while it
has a camera open; it is held for milliseconds, and waiting for it is bounded by the scan's deadline.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()


@contextmanager
def camera_open(deadline: float) -> Iterator[bool]:
    """Hold the lock until the block ends; yields False (without the lock) if ``deadline`` passed first."""
    wait = min(max(0.0, deadline - time.monotonic()), threading.TIMEOUT_MAX)
    acquired = _lock.acquire(timeout=wait)
    try:
        yield acquired
    finally:
        if acquired:
            _lock.release()
