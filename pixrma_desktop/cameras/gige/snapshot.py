"""GigE Vision configuration snapshot: the XML from the camera's URL registers and every feature through GenApi.

Everything is read with GVCP READMEM on a socket of our own; control privilege (CCP) is never asked for, so a
camera streaming to another program keeps its controller and is not disturbed. A camera opened for exclusive
access refuses the reads: the snapshot says so and the next camera is read.
"""

from __future__ import annotations

import time

from pixrma_desktop.cameras import genapi_features, genicam_xml
from pixrma_desktop.cameras.features import CameraSnapshot, FeatureValue
from pixrma_desktop.cameras.gige import gvcp
from pixrma_desktop.cameras.gige.memory import GvcpMemory, GvcpTimeout
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice, notice

TRANSPORT = "gigevision"


def _url(memory: GvcpMemory, register: int) -> str:
    return gvcp.decode_string(memory.read(register, gvcp.URL_REGISTER_SIZE))


def read_xml(memory: GvcpMemory) -> tuple[bytes, str]:
    """(XML, the URL it came from): the first URL register, else the second."""
    problems = []
    for register in (gvcp.FIRST_URL_REGISTER, gvcp.SECOND_URL_REGISTER):
        url = _url(memory, register)
        if not url:
            continue
        try:
            location = genicam_xml.parse_url(url)
        except genicam_xml.XmlError as exc:
            problems.append(str(exc))
            continue
        if location.scheme != "local":
            problems.append(f"{url} is not in the camera's memory")
            continue
        return genicam_xml.unpack(memory.read(location.address, location.size), location.zipped), url
    raise genicam_xml.XmlError("; ".join(problems) or "both URL registers are empty")


SCPS0_REGISTER = 0x0D04
"""GigE Vision bootstrap register: stream channel 0's packet size (lower 16 bits, bytes)."""


def bootstrap_features(memory: GvcpMemory, known: set[str]) -> list[FeatureValue]:
    """What the GigE Vision standard's own registers say and the camera's XML does not name: the stream packet
    size (``GevSCPSPacketSize``, what the packet-size check compares with the card's MTU). Read only."""
    if "GevSCPSPacketSize" in known:
        return []
    try:
        raw = memory.read(SCPS0_REGISTER, 4)
    except (gvcp.GvcpError, OSError):
        return []
    size = int.from_bytes(raw[:4], "big") & 0xFFFF
    category = "GigE Vision bootstrap registers"
    return [FeatureValue("GevSCPSPacketSize", category, "integer", size, "B", access="RO")]


def snapshot_gige(
    record: CameraRecord, budget_s: float, *, port: int | None = None, timeout_s: float = 0.25
) -> CameraSnapshot:
    start = time.monotonic()
    ip = record.network.ip if record.network else None
    if not ip:
        return CameraSnapshot(record.serial, TRANSPORT, record.model, problems=(notice(Code.SNAPSHOT_NO_ADDRESS),))
    deadline = start + budget_s
    try:
        memory = GvcpMemory(ip, port, deadline=deadline, timeout_s=timeout_s)
    except OSError as exc:  # no route to the camera (another subnet), or no socket
        problem = notice(Code.SNAPSHOT_UNREACHABLE, ip=ip, error=exc.strerror or str(exc))
        return CameraSnapshot(record.serial, TRANSPORT, record.model, problems=(problem,))
    problems: list[Notice] = []
    xml: bytes | None = None
    source: str | None = None
    features: list[FeatureValue] = []
    try:
        xml, source = read_xml(memory)
        from pixrma_desktop.cameras.genapi_port import node_map_on

        node_map, _port = node_map_on(xml, memory.read)
        features, cut = genapi_features.read_all(node_map, deadline)
        if cut:
            problems.append(cut)
        features += bootstrap_features(memory, {f.name for f in features})
    except gvcp.RefusedError as exc:
        problems.append(notice(Code.SNAPSHOT_EXCLUSIVE, why=gvcp.status_text(exc.status)))
    except GvcpTimeout as exc:
        problems.append(notice(Code.SNAPSHOT_STOPPED_ANSWERING, error=str(exc)))
    except (gvcp.GvcpError, genicam_xml.XmlError, OSError) as exc:
        problems.append(notice(Code.SNAPSHOT_XML_UNREADABLE, error=str(exc)))
    except Exception as exc:  # genicam's own errors (a description it cannot load)
        problems.append(notice(Code.SNAPSHOT_XML_UNUSABLE, error=f"{type(exc).__name__}: {exc}"))
    finally:
        memory.close()
    return CameraSnapshot(
        record.serial,
        TRANSPORT,
        record.model,
        features=tuple(features),
        xml=xml,
        xml_source=source,
        problems=tuple(problems),
        seconds=time.monotonic() - start,
    )
