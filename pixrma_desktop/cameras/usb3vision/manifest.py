"""The GenCP manifest table: which GenICam files a USB3 Vision camera holds, where, and their SHA1 (no I/O).

The bootstrap register ``manifest_table_address`` (ABRM 0x01D0, u64) points at the table: a u64 entry count,
then 64-byte entries, little-endian: file version (u32: major 31-24, minor 23-16, subminor 15-0), file format
info (u32: schema major 31-24, schema minor 23-16, format 15-10 where 0 is plain XML and 1 zip, file type 9-0),
register address (u64), file size (u64), SHA1 (20 bytes, all zero when the camera gives none), reserved.
"""

from __future__ import annotations

import struct

from pixrma_desktop.cameras.features import ManifestEntry

ABRM_MANIFEST_TABLE_ADDRESS = 0x01D0
ENTRY = struct.Struct("<IIQQ20s20x")
MAX_ENTRIES = 16
"""Cameras list one or two files; a larger count is a damaged table."""
FORMATS = {0: "uncompressed", 1: "zip"}


class ManifestError(ValueError):
    """The table cannot be used; the message says why."""


def parse_count(data: bytes) -> int:
    if len(data) < 8:
        raise ManifestError("the manifest table is too short")
    (count,) = struct.unpack_from("<Q", data)
    if not 0 < count <= MAX_ENTRIES:
        raise ManifestError(f"the manifest table lists {count} files")
    return int(count)


def parse_entry(data: bytes) -> ManifestEntry:
    if len(data) < ENTRY.size:
        raise ManifestError("a manifest entry is too short")
    version, info, address, size, sha1 = ENTRY.unpack_from(data)
    fmt = (info >> 10) & 0x3F
    return ManifestEntry(
        file_version=f"{version >> 24}.{(version >> 16) & 0xFF}.{version & 0xFFFF}",
        schema_version=f"{info >> 24}.{(info >> 16) & 0xFF}",
        file_format=FORMATS.get(fmt, f"format {fmt}"),
        address=address,
        size=size,
        sha1=sha1.hex() if any(sha1) else None,
    )


def build_entry(
    *, version: tuple[int, int, int], schema: tuple[int, int], zipped: bool, address: int, size: int, sha1: bytes
) -> bytes:
    """An entry as a camera stores it (for simulators and tests)."""
    file_version = (version[0] << 24) | (version[1] << 16) | version[2]
    info = (schema[0] << 24) | (schema[1] << 16) | ((1 if zipped else 0) << 10)
    return ENTRY.pack(file_version, info, address, size, sha1.ljust(20, b"\0")[:20])
