"""Where a camera keeps its GenICam XML, and turning the bytes it gives into the XML (no I/O).

A GenICam URL (GigE Vision's first/second URL registers, a GenTL port's URL info) says where the file is:
``Local:name.zip;10000;2F3A`` (in the device's memory, address and size in hex), ``File:///path`` or
``http://...``. The file may be zipped (one XML inside) or plain; plain files are often padded with NULs.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from urllib.parse import unquote, urlparse

MAX_XML_BYTES = 16 * 1024 * 1024
"""No camera's description is this big; a larger size is a damaged register, not a file to fetch."""


class XmlError(ValueError):
    """The URL or the file cannot be used; the message says why."""


@dataclass(frozen=True)
class XmlLocation:
    scheme: str
    """"local", "file" or "http"/"https"."""
    file_name: str
    address: int = 0
    size: int = 0
    url: str = ""

    @property
    def zipped(self) -> bool:
        return self.file_name.lower().endswith(".zip")


def parse_url(url: str) -> XmlLocation:
    url = url.strip().split("\0", 1)[0].strip()
    scheme, sep, rest = url.partition(":")
    if not sep:
        raise XmlError(f"{url!r} is not a GenICam URL")
    scheme = scheme.lower()
    if scheme == "local":
        parts = rest.split("?", 1)[0].split(";")
        if len(parts) != 3:
            raise XmlError(f"{url!r}: a Local URL needs a file name, an address and a size")
        name = parts[0].lstrip("/")
        try:
            address, size = int(parts[1], 16), int(parts[2], 16)
        except ValueError as exc:
            raise XmlError(f"{url!r}: the address or size is not hexadecimal") from exc
        if not 0 < size <= MAX_XML_BYTES:
            raise XmlError(f"{url!r}: a file of {size} bytes is not a GenICam XML")
        return XmlLocation("local", name, address, size, url)
    if scheme == "file":
        path = unquote(urlparse(url).path)
        return XmlLocation("file", path, url=url)
    if scheme in ("http", "https"):
        return XmlLocation(scheme, urlparse(url).path.rsplit("/", 1)[-1], url=url)
    raise XmlError(f"{url!r}: unknown place {scheme!r}")


def unpack(data: bytes, zipped: bool | None = None) -> bytes:
    """The XML from a file's bytes: unzipped when it is a zip (by flag or by its signature), padding removed."""
    if zipped or (zipped is None and data[:4] == b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = [n for n in archive.namelist() if not n.endswith("/")]
                if not names:
                    raise XmlError("the zipped GenICam file is empty")
                xml_names = [n for n in names if n.lower().endswith(".xml")] or names
                info = archive.getinfo(xml_names[0])
                if info.file_size > MAX_XML_BYTES:
                    raise XmlError("the zipped GenICam XML is too large to be one")
                return archive.read(info)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise XmlError(f"the zipped GenICam file is damaged ({exc})") from exc
    text = data.rstrip(b"\0")
    if b"<" not in text[:512]:
        raise XmlError("the file is not XML")
    return text


def sha1_hex(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()  # noqa: S324 - the hash GenCP manifests use, not for security
