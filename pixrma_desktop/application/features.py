"""Reading each camera's configuration (every feature and its GenICam XML), read-only: `pixrma features`, the
Cameras page's details panel and the support bundle.

``snapshot_cameras`` takes the snapshots of cameras a scan found (one budget per camera, a camera another
program holds is left alone) and keeps them in the data folder, where the support bundle of a request takes
them from. ``read_features`` is the command's whole use case: scan, choose the cameras, snapshot them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.settings import CameraSettings, DemoMode

if TYPE_CHECKING:
    from pixrma_desktop.cameras.features import CameraSnapshot
    from pixrma_desktop.cameras.record import CameraRecord
    from pixrma_desktop.cameras.snapshots import SnapshotSources
    from pixrma_desktop.diagnostics.finding import Finding


class FeaturesOutcome(NamedTuple):
    cameras: list[CameraRecord]
    """The cameras chosen (every camera found, or those with the serial numbers asked for)."""
    snapshots: list[CameraSnapshot]
    missing: list[str]
    """Serial numbers asked for that the scan did not find."""
    keep_problem: OSError | None
    """Why the snapshots could not be kept for the support bundle (they were still taken)."""


def choose_cameras(cameras: Sequence[CameraRecord], serials: Sequence[str]) -> tuple[list[CameraRecord], list[str]]:
    """The cameras with these serial numbers (all when none is given), and the serial numbers not found."""
    if not serials:
        return list(cameras), []
    wanted = set(serials)
    missing = sorted(wanted - {c.serial for c in cameras if c.serial})
    return [c for c in cameras if c.serial in wanted], missing


def snapshot_cameras(
    root: AppRoot,
    cameras: Sequence[CameraRecord],
    settings: CameraSettings | None = None,
    sources: SnapshotSources | None = None,
) -> tuple[list[CameraSnapshot], OSError | None]:
    """One snapshot per camera, in order, kept in the data folder (demo cameras' are not kept)."""
    from pixrma_desktop.cameras.snapshot_store import keep_snapshots
    from pixrma_desktop.cameras.snapshots import take_snapshots

    snapshots = take_snapshots(cameras, settings or root.settings.cameras, sources or root.snapshot_sources)
    real = [s for s, c in zip(snapshots, cameras, strict=True) if not c.demo]
    try:
        keep_snapshots(root.paths.data_dir, real)
    except OSError as exc:
        return snapshots, exc
    return snapshots, None


def read_features(
    root: AppRoot,
    settings: CameraSettings,
    demo_mode: DemoMode,
    serials: Sequence[str] = (),
    *,
    timeout: float | None = None,
) -> FeaturesOutcome:
    """`pixrma features`: scan (as ``scanning.run_scan``, which needs this module for the checks' packet
    sizes), choose the cameras, take their snapshots."""
    result = root.scanner(settings, demo_mode, timeout).run(None)
    cameras, missing = choose_cameras(result.cameras, serials)
    if not cameras:
        return FeaturesOutcome([], [], missing, None)
    snapshots, problem = snapshot_cameras(root, cameras, settings)
    return FeaturesOutcome(cameras, snapshots, missing, problem)


def save_xml(snapshots: Sequence[CameraSnapshot], folder: Path) -> list[Path]:
    """Each snapshot's GenICam XML as a file in ``folder`` (raises OSError when the folder refuses)."""
    from pixrma_desktop.cameras.features import xml_file_name

    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for index, snapshot in enumerate(snapshots):
        if snapshot.xml is None:
            continue
        path = folder / xml_file_name(snapshot, index)
        path.write_bytes(snapshot.xml)
        saved.append(path)
    return saved


def packet_sizes(cameras: Sequence[CameraRecord], snapshots: Sequence[CameraSnapshot]) -> list[tuple[str, int]]:
    """(camera, GevSCPSPacketSize) for each snapshot that has it: a fact of the packet-size check."""
    out = []
    for camera, snapshot in zip(cameras, snapshots, strict=True):
        size = next((f.value for f in snapshot.features if f.name == "GevSCPSPacketSize" and f.module is None), None)
        if isinstance(size, int) and not isinstance(size, bool):
            out.append((camera.serial or camera.display_name, size))
    return out


def snapshot_findings(camera: CameraRecord, snapshot: CameraSnapshot) -> list[Finding]:
    """The checks that need a camera's snapshot (its packet size against its card's MTU), for the app, which
    runs the other checks before the snapshots arrive."""
    from pixrma_desktop.cameras.scan_result import ScanResult
    from pixrma_desktop.diagnostics.checks_network import gige_packet_size
    from pixrma_desktop.diagnostics.facts import SystemFacts

    facts = SystemFacts(packet_sizes=tuple(packet_sizes([camera], [snapshot])))
    return gige_packet_size(ScanResult(cameras=(camera,)), facts)
