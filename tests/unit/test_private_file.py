import stat

from pixrma_desktop import private_file


def test_durable_by_default_and_the_last_scan_skips_the_flush(tmp_path, monkeypatch):
    from pixrma_desktop.cameras.last_scan import last_scan_time, save_last_scan
    from pixrma_desktop.cameras.scan_result import ScanResult

    flushed = []
    real_fsync = private_file.os.fsync
    monkeypatch.setattr(private_file.os, "fsync", lambda fd: flushed.append(fd) or real_fsync(fd))
    path = private_file.write_private_text(tmp_path / "kept.json", "{}")
    assert len(flushed) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    save_last_scan(tmp_path, ScanResult(started_at=1234.0))
    assert len(flushed) == 1, "the last scan is a convenience: no fsync on the way out of `pixrma scan`"
    assert last_scan_time(tmp_path) == 1234.0
    assert stat.S_IMODE((tmp_path / "last-scan.json").stat().st_mode) == 0o600
