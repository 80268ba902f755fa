"""The GenTL probe: cameras seen by GenTL producers, read through harvesters.

Identity comes from the remote device's SFNC features first (a real camera's own node map), then from the
GenTL device module's node map, then from enumeration (DeviceInfo), field by field. A camera that another
program holds is listed from enumeration and marked in use; it is never taken away from that program.

harvesters allows one useful ``Harvester`` per process, and ``update()`` invalidates everything it handed out.
So one ``HarvesterWorker`` thread owns it and runs one scan job at a time; the probe receives finished,
immutable records (snapshots), never harvesters objects. harvesters is imported on that thread, only when
there is a producer to load.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple

from pixrma_desktop.cameras import device_access
from pixrma_desktop.cameras.device_text import clean_text
from pixrma_desktop.cameras.gentl import producers as producer_files
from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice

REMOTE_FEATURES: dict[str, tuple[str, ...]] = {
    "vendor": ("DeviceVendorName",),
    "model": ("DeviceModelName",),
    "serial": ("DeviceSerialNumber", "DeviceID"),
    "firmware_version": ("DeviceFirmwareVersion",),
    "fpga_version": ("DeviceFPGAVersion", "FPGAVersion"),
    "bootloader_version": ("DeviceBootloaderVersion",),
    "device_version": ("DeviceVersion",),
    "family": ("DeviceFamilyName",),
    "user_name": ("DeviceUserID",),
    "manufacturer_info": ("DeviceManufacturerInfo",),
    "temperature_c": ("DeviceTemperature",),
    "link_speed": ("DeviceLinkSpeed",),
    "transport": ("DeviceTLType",),
}
"""``CameraRecord`` field -> the remote device's features (SFNC names first, then known vendor names)."""

DEVICE_MODULE_FEATURES: dict[str, tuple[str, ...]] = {
    "vendor": ("DeviceVendorName",),
    "model": ("DeviceModelName",),
    "serial": ("DeviceSerialNumber",),
    "device_version": ("DeviceVersion",),
    "user_name": ("DeviceUserID",),
    "manufacturer_info": ("DeviceManufacturerInfo",),
    "transport": ("DeviceType",),
}
"""``CameraRecord`` field -> the GenTL device module's features (GenTL SFNC)."""

DEVICE_INFO_KEYS: dict[str, str] = {
    "vendor": "vendor",
    "model": "model",
    "serial": "serial_number",
    "device_version": "version",
    "user_name": "user_defined_name",
    "transport": "tl_type",
}
"""``CameraRecord`` field -> harvesters ``DeviceInfo.property_dict`` key (enumeration)."""

_TRANSPORTS = {
    "u3v": Transport.USB3_VISION,
    "usb3vision": Transport.USB3_VISION,
    "gev": Transport.GIGE_VISION,
    "gigevision": Transport.GIGE_VISION,
}

# GenTL DEVICE_ACCESS_STATUS values
ACCESS_NOACCESS = 3
ACCESS_BUSY = 4


class NodeMap(Mapping[str, Any]):
    """Read-only view of a GenICam node map by feature name; absent or unreadable features are missing."""

    def __init__(self, node_map: Any) -> None:
        self._node_map = node_map

    def __getitem__(self, name: str) -> Any:
        try:
            return getattr(self._node_map, name).value
        except Exception as exc:  # genicam raises many kinds (absent, not readable, not implemented)
            raise KeyError(name) from exc

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text, _ = clean_text(str(value))
    return text or None


def format_link_speed(value: Any) -> str | None:
    """SFNC DeviceLinkSpeed is in bytes per second; say it in bits per second, as cable and port labels do."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return _text(value)
    bits = value * 8
    return f"{bits / 1e9:g} Gbit/s" if bits >= 1e9 else f"{bits / 1e6:g} Mbit/s"


def transport_from(value: Any) -> Transport | None:
    key = (_text(value) or "").lower().replace(" ", "")
    return _TRANSPORTS.get(key, Transport.GENTL) if key else None


def _convert(name: str, value: Any) -> Any:
    if name == "temperature_c":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else None
    if name == "link_speed":
        return format_link_speed(value)
    if name == "transport":
        return transport_from(value)
    return _text(value)


def identity_from(
    remote: Mapping[str, Any] | None,
    device_module: Mapping[str, Any] | None,
    device_info: Mapping[str, Any],
) -> dict[str, Any]:
    """The record fields, each from the first source that has it: remote features, device module, enumeration."""
    fields: dict[str, Any] = {}
    sources: list[tuple[Mapping[str, Any] | None, Mapping[str, tuple[str, ...]]]] = [
        (remote, REMOTE_FEATURES),
        (device_module, DEVICE_MODULE_FEATURES),
        (device_info, {k: (v,) for k, v in DEVICE_INFO_KEYS.items()}),
    ]
    for source, table in sources:
        if source is None:
            continue
        for name, features in table.items():
            if fields.get(name) is not None:
                continue
            for feature in features:
                try:
                    value = _convert(name, source[feature])
                except KeyError:
                    continue
                if value is not None:
                    fields[name] = value
                    break
    fields.setdefault("transport", Transport.GENTL)
    return {k: v for k, v in fields.items() if v is not None}


class _Job(NamedTuple):
    producers: Callable[[], producer_files.ProducerSet]
    out: queue.SimpleQueue[ProbeItem | None]
    cancel: threading.Event
    probe: str = "gentl"
    deadline: float = float("inf")
    """``time.monotonic()`` value after which the job waits for nothing more."""


class _Call(NamedTuple):
    """Run ``fn(worker)`` on the worker's thread (e.g. a configuration snapshot); its result goes to ``out``."""

    fn: Callable[[HarvesterWorker], Any]
    out: queue.SimpleQueue[tuple[bool, Any]]


class HarvesterWorker:
    """The thread that owns this process's ``Harvester``; runs scan jobs one after another."""

    def __init__(self, harvester_factory: Callable[[], Any] | None = None) -> None:
        self.harvester_factory = harvester_factory
        self.busy = threading.Event()
        self._jobs: queue.SimpleQueue[_Job | _Call] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._harvester: Any = None
        self._loaded: list[str] = []
        self._no_read_only: set[str | None] = set()
        """Producers that answered "not implemented" to a read-only open."""
        self._lock = threading.Lock()

    @property
    def harvester(self) -> Any:
        """The ``Harvester`` (None before the first scan); use it only from ``call``'s function."""
        return self._harvester

    def call(self, fn: Callable[[HarvesterWorker], Any], timeout: float) -> Any:
        """``fn(self)`` run on the worker's thread after the jobs before it; its exception is raised here.
        Raises ``TimeoutError`` when the answer is not there within ``timeout`` seconds."""
        out: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()
        self.submit(_Call(fn, out))
        try:
            ok, value = out.get(timeout=max(0.001, timeout))
        except queue.Empty:
            raise TimeoutError("the GenTL worker did not answer in time") from None
        if not ok:
            raise value
        return value

    def waiting(self) -> bool:
        """Whether a job waits behind the current one (a configuration snapshot then stops early)."""
        return not self._jobs.empty()

    def submit(self, job: _Job | _Call) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="gentl-worker", daemon=True)
                self._thread.start()
        self._jobs.put(job)

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if isinstance(job, _Call):
                try:
                    job.out.put((True, job.fn(self)))
                except Exception as exc:  # handed to the caller, who reports it
                    job.out.put((False, exc))
                continue
            self.busy.set()
            try:
                self._run(job)
            except Exception as exc:  # a producer's or harvesters' surprise must not kill the worker
                job.out.put(ScanWarning(job.probe, notice(Code.GENTL_FAILED, error=f"{type(exc).__name__}: {exc}")))
            finally:
                self.busy.clear()
                job.out.put(None)

    def _make_harvester(self) -> Any:
        if self.harvester_factory is not None:
            return self.harvester_factory()
        from harvesters.core import Harvester

        return Harvester()

    def _run(self, job: _Job) -> None:
        if self._harvester is None:
            self._harvester = self._make_harvester()  # imports harvesters while the producers are vetted
        vetted = job.producers()
        for rejected in vetted.rejected:
            why = rejected.reason
            skipped = notice(why.code, **why.params, path=str(rejected.path), variable=producer_files.ENV_VAR)
            job.out.put(ScanWarning(job.probe, skipped))
        harvester = self._harvester
        wanted = [str(p.path) for p in vetted.producers]
        if wanted != self._loaded:
            # Not reset(): harvesters' reset works only once per Harvester. update() closes the old producers.
            harvester.remove_files()
            for path in wanted:
                harvester.add_file(path)
            self._loaded = wanted
        elif not wanted:
            return
        harvester.update()
        demo_files = {str(p.path) for p in vetted.producers if p.demo}
        for info in list(harvester.device_info_list):
            if job.cancel.is_set():
                return
            with device_access.camera_open(job.deadline) as ours:
                if not ours:
                    return  # the scan is over; the probe has already reported the timeout
                items = self._read_camera(harvester, info, demo_files, job.probe)
            for item in items:
                job.out.put(item)

    @staticmethod
    def producer_of(info: Any) -> str | None:
        return HarvesterWorker._producer_of(info)

    def open_read_only(self, info: Any, producer: str | None) -> Any:
        """An image acquirer for ``info``, read-only when the producer allows it (see ``_open``)."""
        return self._open(self._harvester, info, producer)

    @staticmethod
    def _producer_of(info: Any) -> str | None:
        try:
            return str(info.parent.parent.parent.path_name)
        except Exception:
            return None

    def _read_camera(self, harvester: Any, info: Any, demo_files: set[str], probe: str) -> list[ProbeItem]:
        props: dict[str, Any] = dict(info.property_dict)
        producer = self._producer_of(info)
        base: dict[str, Any] = {"producer": producer, "demo": producer in demo_files, "probes": (probe,)}
        status = props.get("access_status")
        if status in (ACCESS_BUSY, ACCESS_NOACCESS):
            fields = identity_from(None, None, props)
            if status == ACCESS_BUSY:
                return [CameraRecord(**fields, **base, in_use=True, warnings=(notice(Code.GENTL_CAMERA_IN_USE),))]
            return [CameraRecord(**fields, **base, warnings=(notice(Code.GENTL_CAMERA_NO_ACCESS),))]
        try:
            acquirer = self._open(harvester, info, producer)
        except Exception as exc:
            fields = identity_from(None, None, props)
            not_opened = (notice(Code.GENTL_CAMERA_NOT_OPENED),)
            record = CameraRecord(**fields, **base, in_use=True, warnings=not_opened)
            failed = notice(Code.GENTL_OPEN_FAILED, camera=record.display_name, error=type(exc).__name__)
            return [record, ScanWarning(probe, failed)]
        try:
            fields = identity_from(NodeMap(acquirer.remote_device.node_map), NodeMap(acquirer.device.node_map), props)
        finally:
            acquirer.destroy()
        return [CameraRecord(**fields, **base)]

    def _open(self, harvester: Any, info: Any, producer: str | None) -> Any:
        """Read-only when the producer allows it (never disturbs a stream), else a brief exclusive open."""
        if producer not in self._no_read_only:
            from harvesters.core import ParameterKey, ParameterSet

            read_only = ParameterSet({ParameterKey.DEVICE_OWNERSHIP_PRIVILEGE: "read_only"})
            try:
                return harvester.create(info, config=read_only)
            except Exception as exc:
                if "not implemented" not in str(exc).lower() and type(exc).__name__ != "NotImplementedException":
                    raise
                self._no_read_only.add(producer)  # e.g. viky: do not ask again for its other cameras
        return harvester.create(info)


_shared_worker: HarvesterWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> HarvesterWorker:
    """The process's one worker (created on first use)."""
    global _shared_worker
    with _shared_lock:
        if _shared_worker is None:
            _shared_worker = HarvesterWorker()
        return _shared_worker


class GenTLProbe:
    name = "gentl"

    def __init__(self, worker: HarvesterWorker | None = None, *, env: Mapping[str, str] | None = None) -> None:
        self._worker = worker
        self._env = env

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        env = os.environ if self._env is None else self._env
        for entry in producer_files.missing_configured(ctx.settings.producer_paths):
            yield ScanWarning(self.name, notice(Code.GENTL_PRODUCER_PATH_EMPTY, path=str(entry)))
        vetting = producer_files.start_vetting(
            env.get(producer_files.ENV_VAR),
            ctx.settings.producer_paths,
            ctx.demo,
            timeout=ctx.remaining(),
            cache_dir=ctx.cache_dir,
        )
        if not vetting.producers:
            return
        worker = self._worker or shared_worker()
        if worker.busy.is_set():
            yield ScanWarning(self.name, notice(Code.GENTL_STILL_RUNNING))
        out: queue.SimpleQueue[ProbeItem | None] = queue.SimpleQueue()
        worker.submit(_Job(vetting.result, out, ctx.cancel_event, self.name, ctx.deadline))
        while not ctx.cancelled():
            try:
                item = out.get(timeout=max(0.001, min(0.25, ctx.remaining())))
            except queue.Empty:
                continue
            if item is None:
                return
            yield item
