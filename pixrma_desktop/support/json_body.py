"""A JSON request body with base64 file contents, streamed from disk with its exact length known up front.

RT's REST2 wants attachments inline as base64 strings. Building that JSON in memory would hold the bundle
several times over (file bytes, base64 text, JSON text, encoded body); this streams it instead: the JSON is
split around the file contents, each file is read and encoded in small blocks, and the total length is
computed beforehand so the request is sent with a Content-Length (no chunked encoding, which some servers
reject).
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BLOCK = 3 * 256 * 1024
"""Bytes read per step: a multiple of 3, so the base64 of consecutive blocks concatenates cleanly."""

_PLACEHOLDER = "\x00pixrma-file-{}\x00"


@dataclass(frozen=True)
class FileContent:
    """Stands in a JSON document for a file whose base64 text is streamed in its place."""

    path: Path


def base64_length(size: int) -> int:
    return 4 * ((size + 2) // 3)


class StreamedJsonBody:
    """Iterable of bytes with ``len()``; ``requests`` sends it with a Content-Length, block by block."""

    def __init__(self, document: Any) -> None:
        self._files: list[tuple[Path, int]] = []
        text = json.dumps(self._replace(document), ensure_ascii=True, separators=(",", ":"))
        self._pieces: list[bytes | int] = []
        rest = text
        for index in range(len(self._files)):
            marker = json.dumps(_PLACEHOLDER.format(index))[1:-1]
            before, rest = rest.split(marker, 1)
            self._pieces.append(before.encode("ascii"))
            self._pieces.append(index)
        self._pieces.append(rest.encode("ascii"))
        self._length = sum(
            len(piece) if isinstance(piece, bytes) else base64_length(self._files[piece][1]) for piece in self._pieces
        )

    def _replace(self, value: Any) -> Any:
        if isinstance(value, FileContent):
            self._files.append((value.path, os.stat(value.path).st_size))
            return _PLACEHOLDER.format(len(self._files) - 1)
        if isinstance(value, dict):
            return {key: self._replace(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [self._replace(item) for item in value]
        return value

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[bytes]:
        for piece in self._pieces:
            if isinstance(piece, bytes):
                yield piece
            else:
                yield from self._encode_file(*self._files[piece])

    @staticmethod
    def _encode_file(path: Path, size: int) -> Iterator[bytes]:
        sent = 0
        with open(path, "rb") as handle:
            while block := handle.read(BLOCK):
                sent += len(block)
                if sent > size:
                    break
                yield base64.b64encode(block)
        if sent != size:
            raise OSError(f"{path.name} changed while it was being sent ({size} bytes expected, {sent} read)")
