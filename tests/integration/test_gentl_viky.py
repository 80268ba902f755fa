"""The GenTL probe against viky.cti, the simulated producer inside the genicam package (not ours)."""

import os
import shutil
from pathlib import Path

import pytest

from pixrma_desktop.cameras.gentl import producers
from pixrma_desktop.cameras.gentl.probe import GenTLProbe
from pixrma_desktop.cameras.probe import ProbeContext, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.notices.codes import PRODUCER_SKIPPED_CODES, Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.settings import CameraSettings
from tests.needs import needs

VIKY = producers.demo_producer_path()
LIBZ = Path("/usr/lib/x86_64-linux-gnu/libz.so.1")


@pytest.fixture
def viky():
    needs(VIKY is not None, "the genicam package (with viky.cti) is not installed")
    return VIKY


def gentl_scan(*, env=None, demo=False, producer_paths=()):
    ctx = ProbeContext(CameraSettings(producer_paths=list(producer_paths)), demo=demo)
    ctx.deadline = float("inf")
    items = list(GenTLProbe(env=env or {}).scan(ctx))
    return [i for i in items if isinstance(i, CameraRecord)], [i for i in items if isinstance(i, ScanWarning)]


def test_demo_mode_lists_the_three_viky_cameras(viky):
    cameras, warnings = gentl_scan(demo=True)
    assert warnings == []
    assert [c.serial for c in cameras] == ["0", "1", "2"]
    for camera in cameras:
        assert camera.vendor == "Machine Vision Games Ltd."
        assert camera.model == "Viky"
        assert camera.device_version == "1.0"
        assert camera.demo
        assert not camera.in_use
        assert camera.producer == str(viky)


def test_producers_from_the_environment_variable(viky, tmp_path):
    folder = tmp_path / "gentl"
    folder.mkdir()
    shutil.copy(viky, folder / "vendor.cti")
    cameras, warnings = gentl_scan(env={producers.ENV_VAR: f"{tmp_path / 'missing'}{os.pathsep}{folder}"})
    assert warnings == []
    assert [c.serial for c in cameras] == ["0", "1", "2"]
    assert {c.producer for c in cameras} == {str(folder / "vendor.cti")}
    assert all(c.demo for c in cameras)  # a copy of the demo producer is still simulated


def test_same_producer_through_copy_and_symlink_gives_three_cameras_not_six(viky, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    shutil.copy(viky, first / "copy.cti")
    (second / "link.cti").symlink_to(viky)
    env = {producers.ENV_VAR: os.pathsep.join([str(first), str(second)])}
    cameras, warnings = gentl_scan(env=env, demo=True, producer_paths=[str(second / "link.cti")])
    assert warnings == []
    assert sorted(c.serial for c in cameras) == ["0", "1", "2"]


def test_configured_producer_paths_are_used(viky, tmp_path):
    cameras, _ = gentl_scan(producer_paths=[str(viky)])
    assert len(cameras) == 3


def bogus_producers(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    made = {
        "random": folder / "random.cti",
        "text": folder / "readme.cti",
        "libz": folder / "libz.cti",
    }
    made["random"].write_bytes(bytes(range(256)) * 64 + os.urandom(4096))
    made["text"].write_text("This is not a GenTL producer.\n")
    shutil.copy(LIBZ, made["libz"])
    return made


def test_bogus_producers_give_warnings_and_the_process_lives(viky, tmp_path):
    needs(LIBZ.exists(), f"{LIBZ} (zlib) is missing")
    bogus = bogus_producers(tmp_path / "bogus")
    good = tmp_path / "good"
    good.mkdir()
    shutil.copy(viky, good / "viky.cti")
    env = {producers.ENV_VAR: os.pathsep.join([str(tmp_path / "bogus"), str(good)])}
    cameras, warnings = gentl_scan(env=env)
    assert [c.serial for c in cameras] == ["0", "1", "2"]
    assert all(w.code in PRODUCER_SKIPPED_CODES for w in warnings)
    by_path = {Path(str(w.params["path"])): w for w in warnings}
    assert set(by_path) == set(bogus.values())
    assert "cannot be loaded as a shared library" in by_path[bogus["random"]].message
    assert "cannot be loaded as a shared library" in by_path[bogus["text"]].message
    assert "is not a GenTL producer (it lacks GCInitLib" in by_path[bogus["libz"]].message
    assert all(producers.ENV_VAR in w.hint for w in warnings)


def test_library_that_crashes_when_loaded_is_caught_in_the_child(tmp_path):
    compiler = shutil.which("gcc") or shutil.which("cc")
    needs(compiler, "a C compiler (gcc) to build a library that crashes when loaded")
    source = tmp_path / "crash.c"
    source.write_text(
        "#include <signal.h>\n__attribute__((constructor)) static void boom(void) { raise(SIGSEGV); }\n"
        "int GCInitLib(void) { return 0; }\n"
    )
    library = tmp_path / "crash.cti"
    import subprocess

    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    vetting = producers.Vetting([producers.Producer(library, "settings")])
    result = vetting.result()
    assert result.producers == ()
    (rejected,) = result.rejected
    assert rejected.reason == notice(Code.GENTL_PRODUCER_CRASHES, signal=11)


def test_configured_path_without_producer_is_a_warning(viky, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    cameras, warnings = gentl_scan(producer_paths=[str(empty), str(viky), str(tmp_path / "gone.cti")])
    assert len(cameras) == 3
    assert [w.code for w in warnings] == [Code.GENTL_PRODUCER_PATH_EMPTY] * 2
    assert [w.message for w in warnings] == [
        f"The configured GenTL producer path {empty} has no .cti file.",
        f"The configured GenTL producer path {tmp_path / 'gone.cti'} has no .cti file.",
    ]
