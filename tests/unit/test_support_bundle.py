import json
import logging
import zipfile
from pathlib import Path

from pixrma_desktop.diagnostics.applog import setup_logging
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.rma.dealer import build_dealer_package
from pixrma_desktop.rma.request import FindingNote
from pixrma_desktop.rma.support_bundle import camera_record, make_support_bundle, support_bundle_maker
from pixrma_desktop.settings import Settings
from tests.fakes.command_runner import FakeRunner
from tests.fakes.sample_requests import complete_request, dealer_request

DATA = Path(__file__).parent / "data" / "oslogs"


def test_request_bundle_has_cameras_findings_logs_and_attached_files(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    log = setup_logging(paths)
    try:
        logging.getLogger("pixrma.scan").warning("probe gentl: vendor.cti could not be loaded")
    finally:
        log.close()
    attached = tmp_path / "error-text.txt"
    attached.write_text("ApiStreamFailed (0x8000001F) at 10:42\n")
    request = complete_request(cameras=2)
    request = request.model_copy(
        update={
            "findings": [
                FindingNote(code="usb2-link", title="The camera runs on a USB 2 link.", cameras=["712345678"])
            ],
            "evidence": request.evidence.model_copy(update={"files": [str(attached)]}),
        }
    )
    runner = FakeRunner().reply("journalctl", (DATA / "journalctl-k-short-iso.txt").read_text())
    path = make_support_bundle(request, paths, Settings(), tmp_path / "bundles", runner=runner)
    assert path.name == f"support-bundle-{request.submission_id}.zip"
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        summary = archive.read("summary.txt").decode()
        cameras = json.loads(archive.read("cameras.json"))["cameras"]
        app_log = archive.read("logs/app/pixrma.log").decode()
    assert {"logs/os/kernel.log", "added/error-text.txt", "system.json", "manifest.json"} <= names
    assert [c["serial"] for c in cameras] == ["712345678", "712340001"]
    assert cameras[0]["transport"] == "usb3vision", "a scanned camera keeps its full record"
    assert cameras[1]["transport"] == "manual"
    assert "S/N 712345678" in summary
    assert "The camera runs on a USB 2 link. (usb2-link)" in summary
    assert "vendor.cti could not be loaded" in app_log


def test_hand_entered_camera_becomes_a_manual_record():
    entry = complete_request(cameras=2).cameras[1]
    record = camera_record(entry)
    assert (record.serial, record.model, record.firmware_version) == ("712340001", "PL-D725CU", "2.0.7")


def test_dealer_package_carries_the_full_support_bundle(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    request = dealer_request()
    package = build_dealer_package(request, tmp_path / "out", support_bundle_maker(paths, Settings()))
    bundle = package.folder / f"support-bundle-{request.submission_id}.zip"
    with zipfile.ZipFile(bundle) as archive:
        assert "summary.txt" in archive.namelist()
        assert "system.json" in archive.namelist()


def test_request_bundle_holds_the_kept_snapshot_of_its_camera(tmp_path):
    from pixrma_desktop.cameras.features import CameraSnapshot, FeatureValue
    from pixrma_desktop.cameras.snapshot_store import keep_snapshots

    paths = resolve_paths(tmp_path / "data")
    snapshot = CameraSnapshot(
        "712345678",
        "usb3vision",
        "PL-D755MU",
        features=(FeatureValue("ExposureTime", "AcquisitionControl", "float", 5000.0, "us", access="RW"),),
        xml=b"<RegisterDescription ModelName='PL-D755MU'/>",
    )
    keep_snapshots(paths.data_dir, [snapshot])
    request = complete_request(cameras=2)
    path = make_support_bundle(request, paths, Settings(), tmp_path / "bundles", runner=FakeRunner())
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        features = json.loads(archive.read("cameras/712345678/features.json"))
        xml = archive.read("cameras/712345678/712345678-usb3vision.xml")
        manifest = {f["path"]: f for f in json.loads(archive.read("manifest.json"))["files"]}
    assert features["features"][0]["value"] == 5000.0
    assert xml == snapshot.xml
    assert manifest["cameras/712345678/712345678-usb3vision.xml"]["redacted"] is False
    assert not any(name.startswith("cameras/712340001/") for name in names)  # typed by hand: no snapshot
