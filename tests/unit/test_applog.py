import json
import logging
import re
import stat
import time
import warnings

import pytest

from pixrma_desktop.diagnostics.applog import JsonLinesFormatter, log_event, log_files, setup_logging
from pixrma_desktop.paths import resolve_paths

TOKEN = "1-14-0123456789abcdef0123456789abcdef"
PASSWORD = "Hunter2-very-secret"


@pytest.fixture
def app_log(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    log = setup_logging(paths)
    yield log
    log.close()


def lines(app_log):
    app_log.handler.flush()
    return [json.loads(line) for line in app_log.path.read_text(encoding="utf-8").splitlines()]


def raw(app_log):
    app_log.handler.flush()
    return app_log.path.read_text(encoding="utf-8")


def test_log_lives_in_the_data_dirs_log_folder_and_is_private(app_log, tmp_path):
    logging.getLogger("pixrma.test").info("hello %s", "world")
    assert app_log.path.parent == tmp_path / "data" / "logs"
    assert stat.S_IMODE(app_log.path.stat().st_mode) == 0o600
    (entry,) = lines(app_log)
    assert entry["msg"] == "hello world"
    assert entry["level"] == "INFO"
    assert entry["logger"] == "pixrma.test"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", entry["ts"])


def test_timestamps_are_utc_iso_8601_with_milliseconds(monkeypatch):
    monkeypatch.setenv("TZ", "America/Los_Angeles")  # a local time zone far from UTC must not leak in
    time.tzset()
    try:
        record = logging.LogRecord("pixrma.test", logging.INFO, __file__, 1, "at %s", ("noon",), None)
        record.created, record.msecs = 1700000000.987, 987.0
        entry = json.loads(JsonLinesFormatter().format(record))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert entry["ts"] == "2023-11-14T22:13:20.987Z"
    assert entry["msg"] == "at noon"


def test_token_in_message_args(app_log):
    logging.getLogger("pixrma.support").info("sending with Authorization: token %s", TOKEN)
    logging.getLogger("pixrma.support").warning("login %(user)s password=%(pw)s", {"user": "bob", "pw": PASSWORD})
    text = raw(app_log)
    assert TOKEN not in text
    assert PASSWORD not in text
    assert "<secret>" in text
    assert "login bob" in text


def test_token_in_the_message_itself(app_log):
    logging.getLogger("pixrma").error(f"Authorization: token {TOKEN}")
    assert TOKEN not in raw(app_log)


def test_token_in_exception_text(app_log):
    try:
        raise RuntimeError(f"server said no to token {TOKEN} (password={PASSWORD})")
    except RuntimeError:
        logging.getLogger("pixrma.outbox").exception("send failed")
    text = raw(app_log)
    assert TOKEN not in text
    assert PASSWORD not in text
    (entry,) = lines(app_log)
    assert "RuntimeError" in entry["exc"]
    assert "Traceback" in entry["exc"]


def test_token_in_exc_info_tuple_and_stack_info(app_log):
    try:
        raise ValueError(f"https://bob:{PASSWORD}@rt.example.com")
    except ValueError as exc:
        logging.getLogger("pixrma").warning("x", exc_info=exc, stack_info=True)
    text = raw(app_log)
    assert PASSWORD not in text
    assert "stack" in lines(app_log)[0]


def test_token_in_extra_fields(app_log):
    logging.getLogger("pixrma.support").info(
        "request",
        extra={"headers": {"Authorization": f"token {TOKEN}"}, "url": f"https://u:{PASSWORD}@h/", "n": 3},
    )
    text = raw(app_log)
    assert TOKEN not in text
    assert PASSWORD not in text
    (entry,) = lines(app_log)
    assert entry["extra"]["n"] == 3
    assert entry["extra"]["headers"]["Authorization"] == "token <secret>"


def test_token_in_a_captured_warning(app_log):
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        logging.captureWarnings(True)
        warnings.warn(f"insecure request with token {TOKEN}", UserWarning, stacklevel=1)
    text = raw(app_log)
    assert "insecure request" in text
    assert TOKEN not in text


def test_token_in_log_event_fields(app_log):
    log_event("send", draft="d-1", outcome="refused", detail=f"Authorization: Bearer {TOKEN}")
    (entry,) = lines(app_log)
    assert entry["msg"] == "send"
    assert entry["extra"]["fields"]["outcome"] == "refused"
    assert TOKEN not in raw(app_log)


def test_other_handlers_see_the_scrubbed_record_too(app_log, caplog):
    caplog.set_level(logging.INFO)
    logging.getLogger("pixrma").info("token %s", TOKEN)
    assert TOKEN not in raw(app_log)


def test_rotation_keeps_files_private_and_lists_them_oldest_first(tmp_path):
    paths = resolve_paths(tmp_path / "rot")
    log = setup_logging(paths, max_bytes=2000, backup_count=3)
    try:
        for i in range(200):
            logging.getLogger("pixrma").info("line %d %s", i, "x" * 50)
        log.handler.flush()
        files = log_files(paths.log_dir)
        assert [f.name for f in files] == ["pixrma.log.3", "pixrma.log.2", "pixrma.log.1", "pixrma.log"]
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
        assert "line 199 " in files[-1].read_text()
    finally:
        log.close()


def test_setup_twice_replaces_the_handler(tmp_path):
    first = setup_logging(resolve_paths(tmp_path / "a"))
    second = setup_logging(resolve_paths(tmp_path / "b"))
    try:
        assert first.handler not in logging.getLogger().handlers
        logging.getLogger("pixrma").warning("only in b")
        second.handler.flush()
        assert "only in b" in second.path.read_text()
        assert not first.path.exists(), "the first log never got a record"
    finally:
        second.close()


def test_nothing_is_created_until_something_is_logged(tmp_path):
    paths = resolve_paths(tmp_path / "quiet")
    log = setup_logging(paths)
    try:
        assert not paths.log_dir.exists()
        logging.getLogger("pixrma").info("first")
        log.handler.flush()
        assert log.path.is_file()
        assert stat.S_IMODE(paths.log_dir.stat().st_mode) == 0o700
    finally:
        log.close()


def test_an_unwritable_log_warns_once_and_the_app_goes_on(tmp_path, capsys):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    paths = resolve_paths(blocker)  # its log folder would have to be below a file
    log = setup_logging(paths)
    try:
        logging.getLogger("pixrma").warning("one")
        logging.getLogger("pixrma").warning("two")
    finally:
        log.close()
    err = capsys.readouterr().err
    assert err.count("cannot write the app log") == 1


def test_probe_warnings_and_probe_outcomes_reach_the_app_log(app_log):
    from pixrma_desktop.cameras.probe import ScanWarning
    from pixrma_desktop.cameras.scanner import Scanner
    from pixrma_desktop.notices.codes import Code
    from pixrma_desktop.notices.notice import notice

    class NoPermissionProbe:
        name = "usb"

        def scan(self, ctx):
            yield ScanWarning("usb", notice(Code.USB_IN_USE, device="2-1"))

    Scanner([NoPermissionProbe()], timeout=5).run()
    entries = lines(app_log)
    warning = next(e for e in entries if e["level"] == "WARNING")
    assert warning["logger"] == "pixrma.scan"
    assert warning["msg"].startswith("usb probe: The USB camera 2-1 is in use by another program. Close the program")
    assert any(e["msg"].startswith("usb probe ok in ") for e in entries)


def test_every_send_attempt_and_its_outcome_reach_the_app_log(app_log, tmp_path):
    from pixrma_desktop.outbox.sender import Sender
    from pixrma_desktop.outbox.store import OutboxStore
    from pixrma_desktop.support.backend import TransientError
    from tests.fakes.request_bundle import bundle_maker
    from tests.fakes.sample_requests import complete_request
    from tests.fakes.scripted_backend import ScriptedBackend

    backend = ScriptedBackend()
    with OutboxStore.open(tmp_path / "outbox.sqlite3") as store:
        request = complete_request()
        store.create_draft(request)
        store.queue(request.id)
        backend.fail_create(TransientError(f"server busy (Authorization: token {TOKEN})"))
        Sender(store, backend, bundle_maker(tmp_path / "b"), rand=lambda: 0.0).run_once(due_only=False)
        Sender(store, backend, bundle_maker(tmp_path / "b"), rand=lambda: 0.0).run_once(due_only=False)
    sends = [e for e in lines(app_log) if e["logger"] == "pixrma.outbox"]
    assert [e["extra"]["outcome"] for e in sends] == ["retry-later", "submitted"]
    assert all(e["extra"]["request"] == str(request.id) for e in sends)
    assert TOKEN not in raw(app_log)


def test_a_message_repeated_every_minute_is_one_line_and_then_a_count(app_log):
    retry = logging.getLogger("pixrma.ui.worker")
    for _ in range(5):
        retry.warning("send failed: %s", "NotConfiguredError: no support server")
    size_while_repeating = app_log.path.stat().st_size
    retry.warning("send failed: %s", "NotConfiguredError: no support server")
    assert app_log.path.stat().st_size == size_while_repeating, "repeats do not grow the log"
    logging.getLogger("pixrma.test").info("something else")
    entries = lines(app_log)
    assert entries[0]["msg"] == "send failed: NotConfiguredError: no support server"
    assert entries[1]["msg"].startswith("the previous message was repeated 5 more time(s)")
    assert entries[1]["level"] == "WARNING"
    assert entries[1]["extra"] == {"repeated": 5}
    assert entries[2]["msg"] == "something else"
    assert len(entries) == 3


def test_the_count_of_repeats_is_written_when_the_log_closes(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    log = setup_logging(paths)
    for _ in range(3):
        logging.getLogger("pixrma.test").warning("same")
    log.close()
    entries = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert entries[0]["msg"] == "same"
    assert entries[1]["msg"].startswith("the previous message was repeated 2 more time(s)")
