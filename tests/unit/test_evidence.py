import logging
from datetime import UTC, datetime
from pathlib import Path

from pixrma_desktop.diagnostics.applog import setup_logging
from pixrma_desktop.diagnostics.bundle import plan_bundle
from pixrma_desktop.diagnostics.evidence import APP_LOG_NAME, gather_evidence
from pixrma_desktop.diagnostics.oslogs import LogStatus
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import Settings
from tests.fakes.command_runner import FakeRunner

DATA = Path(__file__).parent / "data" / "oslogs"


def test_gathers_system_os_log_and_app_log_for_the_window(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    log = setup_logging(paths, max_bytes=500, backup_count=2)
    try:
        for i in range(20):
            logging.getLogger("pixrma.scan").warning("probe warning %d", i)
    finally:
        log.close()
    runner = FakeRunner().reply("journalctl", (DATA / "journalctl-k-short-iso.txt").read_text())
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    settings = Settings()
    settings.evidence.log_window_hours = 72
    inputs = gather_evidence(paths, settings, runner=runner, now=now)
    assert inputs.created_at == now
    assert inputs.log_window == "since 2026-11-23T12:00+00:00 (72 h)"
    assert f"--since=@{int(datetime(2026, 11, 23, 12, tzinfo=UTC).timestamp())}" in runner.calls[0]
    assert inputs.os_logs[0].status is LogStatus.OK
    assert inputs.system is not None
    (app,) = inputs.logs
    assert app.name == APP_LOG_NAME
    assert [f.name for f in app.files] == ["pixrma.log.2", "pixrma.log.1", "pixrma.log"]
    with plan_bundle(inputs) as plan:
        kept = next(f for f in plan.files if f.path == APP_LOG_NAME)
        assert kept.size > 500, "the rotated files are part of the app log"
    assert gather_evidence(paths, settings, runner=runner, now=now, window_hours=2).log_window.endswith("(2 h)")
