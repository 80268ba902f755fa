"""The newest part of a log, read from the end, in bounded memory.

A log may be one file or a rotated family (``app.log.2``, ``app.log.1``, ``app.log``, oldest first). We pick
the byte ranges that hold its newest ``keep`` bytes without reading anything before them, start at a line
boundary, and stream the chosen ranges as blocks of whole lines. Memory stays at one block whatever the
log's total size; time grows with the part kept, not with the whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

BLOCK = 1024 * 1024


@dataclass(frozen=True)
class ByteRange:
    path: Path
    start: int
    end: int

    @property
    def size(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class LogSlice:
    ranges: tuple[ByteRange, ...]
    total_size: int
    """The size of the whole log (all files)."""

    @property
    def kept_size(self) -> int:
        return sum(r.size for r in self.ranges)

    @property
    def cut(self) -> bool:
        return self.kept_size < self.total_size


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _line_start_at_or_after(path: Path, offset: int, end: int) -> int:
    """The first offset >= ``offset`` that starts a line (``end`` when no line starts in the range)."""
    if offset == 0:
        return 0
    with path.open("rb") as handle:
        handle.seek(offset - 1)
        if handle.read(1) == b"\n":
            return offset
        position = offset
        while position < end:
            chunk = handle.read(min(64 * 1024, end - position))
            if not chunk:
                return end
            newline = chunk.find(b"\n")
            if newline >= 0:
                return position + newline + 1
            position += len(chunk)
    return end


def newest_part(files: Sequence[Path], keep: int) -> LogSlice:
    """The ranges holding the newest ``keep`` bytes (or fewer, to start on a whole line) of ``files``."""
    sizes = [(path, _size(path)) for path in files]
    total = sum(size for _, size in sizes)
    ranges: list[ByteRange] = []
    left = max(0, keep)
    for path, size in reversed(sizes):
        if left <= 0:
            break
        if size == 0:
            continue
        take = min(size, left)
        start = _line_start_at_or_after(path, size - take, size)
        if start < size:
            ranges.append(ByteRange(path, start, size))
        left -= take
    return LogSlice(tuple(reversed(ranges)), total)


def read_blocks(ranges: Sequence[ByteRange], block: int = BLOCK) -> Iterator[bytes]:
    """The bytes of ``ranges`` in order, unchanged (for binary files)."""
    for byte_range in ranges:
        with byte_range.path.open("rb") as handle:
            handle.seek(byte_range.start)
            left = byte_range.size
            while left > 0 and (chunk := handle.read(min(block, left))):
                left -= len(chunk)
                yield chunk


def read_line_blocks(ranges: Sequence[ByteRange], block: int = BLOCK) -> Iterator[bytes]:
    """The bytes of ``ranges`` in order, as blocks that end on a line break (except, maybe, the last).

    A file that does not end with a line break gets one, so lines of two files never run together.
    """
    for byte_range in ranges:
        carry = b""
        with byte_range.path.open("rb") as handle:
            handle.seek(byte_range.start)
            left = byte_range.size
            while left > 0:
                chunk = handle.read(min(block, left))
                if not chunk:
                    break  # the file shrank since it was measured
                left -= len(chunk)
                data = carry + chunk
                cut = data.rfind(b"\n") + 1
                if cut == 0 and len(data) < block:
                    carry = data
                    continue
                if cut == 0:
                    cut = len(data)  # one line longer than a block: pass it on in pieces
                carry = data[cut:]
                yield data[:cut]
        if carry:
            yield carry if carry.endswith(b"\n") else carry + b"\n"
