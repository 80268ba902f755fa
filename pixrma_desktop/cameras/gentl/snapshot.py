"""GenTL configuration snapshot: every feature of a camera's node maps and its GenICam XML, through harvesters.

It runs on the ``HarvesterWorker`` thread (harvesters' objects live there), after a scan has loaded the
producers. The camera is opened read-only when the producer allows it (as the scan does); nothing is written
and no acquisition is started. The remote device's features come first (the camera's own), then the GenTL
modules' (system, interface, device, stream), marked with their ``module``. The XML is read from the remote
device's port at the place its first URL names.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pixrma_desktop.cameras import genapi_features, genicam_xml
from pixrma_desktop.cameras.features import CameraSnapshot
from pixrma_desktop.cameras.gentl.probe import HarvesterWorker, shared_worker
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice, notice

TRANSPORT = "gentl"


def read_port_xml(port: Any) -> tuple[bytes | None, str | None, Notice | None]:
    """(XML, where it came from, problem) from a GenTL port's first URL."""
    try:
        infos = list(port.url_info_list)
    except Exception as exc:
        return None, None, notice(Code.SNAPSHOT_XML_UNREADABLE, error=type(exc).__name__)
    if not infos:
        return None, None, notice(Code.SNAPSHOT_XML_NO_LOCATION)
    url = str(infos[0].url)
    try:
        location = genicam_xml.parse_url(url)
        if location.scheme == "local":
            _, data = port.read(location.address, location.size)
            return genicam_xml.unpack(bytes(data), location.zipped), url, None
        if location.scheme == "file":
            return genicam_xml.unpack(Path(location.file_name).read_bytes()), url, None
    except (genicam_xml.XmlError, OSError) as exc:
        return None, url, notice(Code.SNAPSHOT_XML_UNREADABLE, error=str(exc))
    except Exception as exc:  # the producer's own errors
        return None, url, notice(Code.SNAPSHOT_XML_UNREADABLE, error=f"{type(exc).__name__}: {exc}")
    return None, url, notice(Code.SNAPSHOT_XML_ON_WEB, url=url)


def _modules(acquirer: Any) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for name in ("system", "interface", "device"):
        with contextlib.suppress(Exception):  # a module the producer does not offer is left out
            out.append((name, getattr(acquirer, name).node_map))
    with contextlib.suppress(Exception):
        out += [("stream", stream.node_map) for stream in acquirer.data_streams]
    return out


def snapshot_acquirer(
    acquirer: Any, record: CameraRecord, deadline: float, stop: Callable[[], bool] | None = None
) -> CameraSnapshot:
    """The snapshot of an opened camera (an ``ImageAcquirer``); reads only. ``stop`` ends it early (a scan
    waits for the GenTL worker)."""
    start = time.monotonic()
    problems: list[Notice] = []
    features, cut = genapi_features.read_all(acquirer.remote_device.node_map, deadline, stop=stop)
    if cut:
        problems.append(cut)
    else:
        for module, node_map in _modules(acquirer):
            if node_map is None:
                continue
            more, cut = genapi_features.read_all(node_map, deadline, module, stop)
            features += more
            if cut:
                problems.append(cut)
                break
    interrupted = any(p.code is Code.SNAPSHOT_INTERRUPTED for p in problems)
    xml, source, problem = (None, None, None) if interrupted else read_port_xml(acquirer.remote_device.port)
    if problem:
        problems.append(problem)
    return CameraSnapshot(
        serial=record.serial,
        transport=TRANSPORT,
        model=record.model,
        features=tuple(features),
        xml=xml,
        xml_source=source,
        problems=tuple(problems),
        seconds=time.monotonic() - start,
    )


def _serial_of(info: Any) -> str | None:
    try:
        value = info.property_dict.get("serial_number")
    except Exception:
        return None
    return None if value is None else str(value).strip()


def _on_worker(worker: HarvesterWorker, records: Sequence[CameraRecord], budget_s: float) -> list[CameraSnapshot]:
    harvester = worker.harvester
    out: list[CameraSnapshot] = []
    infos = list(harvester.device_info_list) if harvester is not None else []
    for record in records:
        if worker.waiting():  # a scan waits: it goes first, this camera is read another time
            out.append(_failed(record, notice(Code.SNAPSHOT_INTERRUPTED, count=0)))
            continue
        match = next(
            (i for i in infos if _serial_of(i) == record.serial and worker.producer_of(i) == record.producer), None
        )
        if match is None:
            out.append(_failed(record, notice(Code.SNAPSHOT_NOT_LISTED)))
            continue
        deadline = time.monotonic() + budget_s
        try:
            acquirer = worker.open_read_only(match, record.producer)
        except Exception as exc:
            out.append(_failed(record, notice(Code.SNAPSHOT_OPEN_FAILED, error=type(exc).__name__)))
            continue
        try:
            out.append(snapshot_acquirer(acquirer, record, deadline, worker.waiting))
        finally:
            acquirer.destroy()
    return out


def _failed(record: CameraRecord, problem: Notice) -> CameraSnapshot:
    return CameraSnapshot(serial=record.serial, transport=TRANSPORT, model=record.model, problems=(problem,))


def snapshot_gentl(
    records: Sequence[CameraRecord], budget_s: float, worker: HarvesterWorker | None = None
) -> list[CameraSnapshot]:
    """Snapshots of GenTL cameras found by a scan in this process (in the records' order)."""
    wanted = [r for r in records if not r.in_use]
    skipped = {id(r) for r in records if r.in_use}
    worker = worker or shared_worker()
    try:
        taken = worker.call(lambda w: _on_worker(w, wanted, budget_s), timeout=budget_s * max(1, len(wanted)) + 5)
    except Exception as exc:
        taken = [
            _failed(r, notice(Code.SNAPSHOT_PRODUCERS_FAILED, error=f"{type(exc).__name__}: {exc}")) for r in wanted
        ]
    by_record = dict(zip([id(r) for r in wanted], taken, strict=True))
    return [_failed(r, notice(Code.SNAPSHOT_IN_USE)) if id(r) in skipped else by_record[id(r)] for r in records]
