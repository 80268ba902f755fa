"""The bytes of planned files: small generated files held in memory, logs and added files in the plan's spool.

A log is read once, redacted block by block and appended to the plan's private spool, measured and hashed on
the way; writing the zip reads it back from there, so what is written is what was previewed.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import IO, Any

from pixrma_desktop.diagnostics.bundle_plan import BundleError, FileKind, PlannedFile
from pixrma_desktop.diagnostics.log_tail import BLOCK, LogSlice, read_blocks, read_line_blocks
from pixrma_desktop.diagnostics.redact import Redactor


def _redacted_blocks(blocks: Iterator[bytes], redactor: Redactor | None, counts: Counter[str]) -> Iterator[bytes]:
    for block in blocks:
        if redactor is None:
            yield block
            continue
        result = redactor.redact(block.decode("utf-8", "replace"))
        counts.update(result.counts)
        yield result.text.encode("utf-8")


def in_memory_file(
    path: str, data: bytes, source: str, kind: FileKind, counts: Mapping[str, int], **extra: Any
) -> PlannedFile:
    return PlannedFile(
        path, len(data), hashlib.sha256(data).hexdigest(), source, kind, dict(counts), content=data, **extra
    )


def spooled_file(
    path: str, log: LogSlice, source: str, kind: FileKind, redactor: Redactor | None, spool: IO[bytes]
) -> PlannedFile:
    """Read the slice once, redact it, and append it to the spool; measure and hash it on the way."""
    digest, size, counts = hashlib.sha256(), 0, Counter[str]()
    spool.seek(0, os.SEEK_END)
    offset = spool.tell()
    blocks = read_line_blocks(log.ranges) if redactor is not None else read_blocks(log.ranges)
    for block in _redacted_blocks(blocks, redactor, counts):
        digest.update(block)
        size += len(block)
        spool.write(block)
    return PlannedFile(
        path,
        size,
        digest.hexdigest(),
        source,
        kind,
        dict(counts),
        cut=log.cut,
        original_size=log.total_size if log.cut else None,
        redacted=redactor is not None,
        spool_offset=offset,
    )


def planned_blocks(planned: PlannedFile, spool: IO[bytes] | None) -> Iterator[bytes]:
    """The planned file's bytes, from memory or read back from the spool."""
    if planned.content is not None:
        yield planned.content
        return
    if spool is None or spool.closed:
        raise BundleError("This bundle preview was closed; prepare the bundle again.")
    spool.seek(planned.spool_offset)
    left = planned.size
    while left > 0:
        block = spool.read(min(BLOCK, left))
        if not block:
            raise BundleError("The temporary copy of the bundle's logs was cut short; prepare the bundle again.")
        left -= len(block)
        yield block
