"""`pixrma draft …` and `pixrma outbox …` end to end, in-process, against the isolated data folder."""

from __future__ import annotations

import json
import sys

import pytest

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.cameras.last_scan import save_last_scan
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.cli import main
from pixrma_desktop.commands import exit_codes
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.support.backend import CaseStep, TicketRef, TicketStatus
from tests.fakes.json_backend import FakeJsonBackend
from tests.fakes.support_server import FakeSupportServer

CAMERA = CameraRecord(
    vendor="Pixelink", model="PL-D755MU", serial="712345678", firmware_version="3.2.1", transport=Transport.USB3_VISION
)
COMPLETE = [
    "contact.name=Ada Lovelace",
    "contact.email=ada@example.com",
    "contact.shipping_address=12 St James's Square, London",
    "contact.country=United Kingdom",
    "purchase.channel=vendor",
    "warranty=unknown",
    "cameras.0.symptom=The image freezes after a few minutes of streaming.",
    "cameras.0.since=March 2025",
    "cameras.0.frequency=often",
    'cameras.0.error_messages=["ApiStreamFailed (0x8000001F)"]',
]


class Support:
    """The support backend the command lines of a test get: the configured one, or a fake server's."""

    url: str | None = None
    scanner_factory = None

    @classmethod
    def root(cls, data_dir: str | None) -> AppRoot:
        url, parts = cls.url, {}
        if url is not None:
            parts["backend_factory"] = lambda settings: FakeJsonBackend(url)
        if cls.scanner_factory is not None:
            parts["scanner_factory"] = cls.scanner_factory
        return AppRoot.build(data_dir, **parts)


@pytest.fixture(autouse=True)
def configured_support():
    Support.url = Support.scanner_factory = None
    yield
    Support.url = Support.scanner_factory = None


def run(capsys, *argv):
    code = main(list(argv), root_factory=Support.root)
    out, err = capsys.readouterr()
    return code, out, err


def only_id():
    with OutboxStore.open(resolve_paths().outbox_db) as store:
        rows = store.list()
    assert len(rows) == 1
    return rows[0].id


def new_from_scan(capsys, cameras=(CAMERA,)):
    save_last_scan(resolve_paths().data_dir, ScanResult(cameras=tuple(cameras)))
    code, out, _ = run(capsys, "draft", "new", "--from-scan")
    assert code == 0
    return out


def set_all(capsys, request_id, assignments):
    args = ["draft", "edit", request_id[:8]]
    for a in assignments:
        args += ["--set", a]
    return run(capsys, *args)


def test_new_from_scan_then_edit_queue_and_show(capsys):
    out = new_from_scan(capsys)
    assert "camera 0: Pixelink PL-D755MU S/N 712345678" in out
    assert "contact.name:" in out
    request_id = only_id()
    code, out, _ = set_all(capsys, request_id, COMPLETE)
    assert code == 0
    assert "Complete: queue it" in out
    code, out, _ = run(capsys, "draft", "queue", request_id[:6])
    assert code == 0
    assert "Queued" in out
    code, out, _ = run(capsys, "draft", "show", request_id[:8])
    assert "waiting to be sent" in out
    assert "Camera 1 of 1: Pixelink PL-D755MU, serial 712345678, firmware 3.2.1" in out
    assert "ApiStreamFailed (0x8000001F)" in out
    code, out, _ = run(capsys, "draft", "list", "--json")
    assert [r["state"] for r in json.loads(out)] == ["queued"]


def test_contact_is_remembered_for_the_next_draft(capsys):
    new_from_scan(capsys)
    first = only_id()
    set_all(capsys, first, COMPLETE)
    assert run(capsys, "draft", "queue", first)[0] == 0
    _code, out, _ = run(capsys, "draft", "new", "--json")
    fresh = json.loads(out)
    assert fresh["contact"]["name"] == "Ada Lovelace"
    assert fresh["submission_id"] != first
    assert "Contact details filled in" not in out  # --json prints only the draft


def test_scanned_identity_cannot_be_edited_and_edits_are_all_or_nothing(capsys):
    new_from_scan(capsys)
    request_id = only_id()
    code, _, err = set_all(capsys, request_id, ["contact.name=Ada", "cameras.0.serial=111111111"])
    assert code == exit_codes.USAGE
    assert "read from the camera" in err
    code, out, _ = run(capsys, "draft", "show", request_id, "--json")
    assert json.loads(out)["contact"]["name"] == ""


def test_edit_from_json_and_camera_added_by_hand_then_removed(capsys, tmp_path):
    new_from_scan(capsys)
    request_id = only_id()
    changes = tmp_path / "changes.json"
    changes.write_text(json.dumps({"contact": {"company": "Analytical Optics"}, "notes": "Mornings only"}))
    assert run(capsys, "draft", "edit", request_id, "--from-json", str(changes))[0] == 0
    code, _, _ = set_all(capsys, request_id, ["cameras.1.serial=712340099", "cameras.1.model=PL-D725CU"])
    assert code == 0
    code, out, _ = run(capsys, "draft", "show", request_id, "--json")
    data = json.loads(out)
    assert data["contact"]["company"] == "Analytical Optics"
    assert [c["serial"] for c in data["cameras"]] == ["712345678", "712340099"]
    assert [c["source"] for c in data["cameras"]] == ["scan", "manual"]
    assert run(capsys, "draft", "edit", request_id, "--remove-camera", "0")[0] == 0
    code, out, _ = run(capsys, "draft", "show", request_id, "--json")
    assert [c["serial"] for c in json.loads(out)["cameras"]] == ["712340099"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"notes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "more than 32 levels deep"),
        (b'{"system": {"facts": ' + b'{"a": ' * 40 + b"1" + b"}" * 40 + b"}}", "more than 32 levels deep"),
        (json.dumps({"notes": "x" * 2_500_000}).encode(), "larger than 2 MB"),
        (json.dumps({"notes": "x" * 20_001}).encode(), "notes is 20,001 characters long; at most 20,000 fit here"),
        (json.dumps({"contact": {"name": "n" * 201}}).encode(), "contact.name is 201 characters long; at most 200"),
        (b"\xff\xfe{}", "not UTF-8 text"),
        (b"[]", "must hold a JSON object"),
    ],
)
def test_edit_from_json_refuses_what_is_too_big_or_too_deep_and_says_the_bound(capsys, tmp_path, content, words):
    new_from_scan(capsys)
    request_id = only_id()
    changes = tmp_path / "changes.json"
    changes.write_bytes(content)
    code, out, err = run(capsys, "draft", "edit", request_id, "--from-json", str(changes))
    assert code == exit_codes.USAGE
    assert words in err
    assert "Traceback" not in err
    _, out, _ = run(capsys, "draft", "show", request_id, "--json")
    assert json.loads(out)["notes"] == ""


def test_a_set_value_nested_too_deeply_is_refused(capsys):
    new_from_scan(capsys)
    code, _, err = set_all(capsys, only_id(), ["cameras.0.error_messages=" + "[" * 50_000 + "]" * 50_000])
    assert code == exit_codes.USAGE
    assert "more than 32 levels deep" in err


def test_an_overlong_field_is_a_problem_that_stops_queueing():
    from pixrma_desktop.rma.request import RmaRequest, length_problems

    request = RmaRequest(notes="n" * 20_001)
    assert [(p.field, p.message) for p in length_problems(request)] == [
        (
            "notes",
            "This is 20,001 characters long; at most 20,000 fit here: shorten it (attach long logs as files instead).",
        )
    ]


def test_incomplete_draft_is_not_queued(capsys):
    run(capsys, "draft", "new")
    code, _, err = run(capsys, "draft", "queue", only_id())
    assert code == exit_codes.NEEDS_ATTENTION
    assert "contact.email: Enter your e-mail address." in err
    assert "cameras: Add at least one camera" in err


def test_new_without_a_stored_scan_says_what_to_do(capsys):
    code, _, err = run(capsys, "draft", "new", "--from-scan")
    assert code == 0
    assert "run `pixrma scan` first" in err


def test_demo_without_scan_falls_back_clearly_when_discovery_is_missing(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "pixrma_desktop.cameras.discovery", None)
    code, _, err = run(capsys, "--demo", "draft", "new", "--from-scan")
    assert code == 0
    assert "demo discovery is not available" in err


class DemoScanner:
    def __init__(self, settings, demo_mode, timeout=None):
        self.demo_mode = demo_mode

    def run(self, on_event=None):
        assert self.demo_mode == "on"
        return ScanResult(cameras=(CameraRecord(vendor="Sim", model="TLSimuMono", serial="SN-DEMO1", demo=True),))


def test_demo_cameras_come_from_a_scan_and_are_refused_for_a_real_request(capsys):
    Support.scanner_factory = DemoScanner
    code, out, _ = run(capsys, "--demo", "draft", "new", "--from-scan")
    assert "demo camera, cannot be part of a real request" in out
    request_id = only_id()
    set_all(capsys, request_id, COMPLETE)
    code, _, err = run(capsys, "draft", "queue", request_id)
    assert code == exit_codes.NEEDS_ATTENTION
    assert "simulated demo camera" in err


def test_dealer_request_makes_a_package_instead_of_being_queued(capsys, tmp_path):
    new_from_scan(capsys)
    request_id = only_id()
    set_all(
        capsys,
        request_id,
        [
            *COMPLETE,
            "purchase.channel=dealer",
            "purchase.dealer_name=Optik Handel",
            "purchase.dealer_email=rma@optik.example",
        ],
    )
    code, _, err = run(capsys, "draft", "queue", request_id)
    assert code == exit_codes.NEEDS_ATTENTION
    assert "dealer" in err
    code, out, _ = run(capsys, "draft", "dealer", request_id, "--out", str(tmp_path))
    assert code == 0
    assert "nothing is sent to the vendor" in out
    folder = tmp_path / f"dealer-{request_id[:8]}"
    assert (folder / "message-to-dealer.eml").read_text().count("To: Optik Handel <rma@optik.example>") == 1
    assert (tmp_path / f"dealer-{request_id[:8]}.zip").is_file()


def test_unknown_id_is_nothing_found(capsys):
    code, _, err = run(capsys, "draft", "show", "abcdef12")
    assert code == exit_codes.NOTHING_FOUND
    assert "draft list" in err


def queued_request(capsys):
    new_from_scan(capsys)
    request_id = only_id()
    set_all(capsys, request_id, COMPLETE)
    assert run(capsys, "draft", "queue", request_id)[0] == 0
    return request_id


def test_send_without_a_configured_backend_says_what_to_configure(capsys):
    queued_request(capsys)
    code, _, err = run(capsys, "outbox", "send")
    assert code == exit_codes.NOT_CONFIGURED
    assert "pixrma config set support.rt_url" in err
    assert "stay in the outbox" in err


def test_send_when_nothing_is_queued(capsys):
    code, out, _ = run(capsys, "outbox", "send")
    assert code == 0
    assert "Nothing to send" in out


@pytest.fixture
def server():
    with FakeSupportServer() as running:
        Support.url = running.url
        yield running


def test_written_offline_sent_once_when_the_server_is_back(capsys):
    request_id = queued_request(capsys)
    with FakeSupportServer() as gone:
        url = gone.url
    Support.url = url
    code, out, _ = run(capsys, "outbox", "send")
    assert code == exit_codes.FAILED
    assert "not sent yet" in out
    code, out, _ = run(capsys, "outbox", "status")
    assert "waiting to be sent" in out
    assert "last attempt: The support server cannot be reached" in out
    with FakeSupportServer() as back:
        Support.url = back.url
        code, out, _ = run(capsys, "outbox", "send")
        assert code == 0
        assert f"{request_id[:8]}: sent — support ticket #1" in out
        assert run(capsys, "outbox", "send")[1].startswith("Nothing to send")
        assert back.creates_per_submission() == {request_id: 1}
    with OutboxStore.open(resolve_paths().outbox_db) as store:
        store.record_status(request_id, TicketStatus(TicketRef("1"), CaseStep.RMA_ISSUED, "open", "4711"))
    code, out, _ = run(capsys, "outbox", "status")
    assert "RMA issued" in out
    assert "support ticket #1" in out
    assert "RMA number 4711" in out


def test_server_refusal_needs_attention(capsys, server):
    request_id = queued_request(capsys)
    with OutboxStore.open(resolve_paths().outbox_db) as store:
        request = store.get(request_id).request
        with store.transaction() as conn:
            broken = request.model_copy(update={"contact": request.contact.model_copy(update={"email": " "})})
            conn.execute("UPDATE requests SET document = ? WHERE id = ?", (broken.to_json(), request_id))
    code, out, _ = run(capsys, "outbox", "send")
    assert code == exit_codes.NEEDS_ATTENTION
    assert "A requestor e-mail address is required." in out
    code, out, _ = run(capsys, "outbox", "status", "--json")
    assert json.loads(out)["requests"][0]["state"] == "needs-attention"
    assert server.creates_per_submission() == {}


def test_damaged_outbox_is_moved_aside_and_the_user_told(capsys):
    paths = resolve_paths().ensure()
    paths.outbox_db.write_bytes(b"garbage" * 1000)
    code, out, err = run(capsys, "draft", "list")
    assert code == 0
    assert "moved aside" in err
    assert "No requests yet" in out
    with OutboxStore.open(paths.outbox_db) as store:
        assert store.list([RequestState.DRAFT]) == []


def test_new_draft_carries_the_system_report_support_asks_about(capsys):
    import platform
    from importlib.metadata import version

    new_from_scan(capsys)
    with OutboxStore.open(resolve_paths().outbox_db) as store:
        system = store.get(only_id()).request.system
    assert system.facts["Python"] == platform.python_version()
    assert system.facts["Architecture"] == platform.machine()
    assert system.facts["Operating system"]
    components = {c.name: c.version for c in system.components}
    assert components["harvesters"] == version("harvesters")
    assert "Pixelink SDK" in components
