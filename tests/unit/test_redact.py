import json

import pytest

from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport
from pixrma_desktop.diagnostics.redact import Identity, RedactionOptions, Redactor, camera_keep_values
from pixrma_desktop.settings import EvidenceSettings

ALICE = Identity(user="alice", home="/home/alice", host="labpc")


def redact(text, **kwargs):
    return Redactor(identity=ALICE, **kwargs).redact(text)


def test_each_kind_is_replaced_and_counted():
    text = (
        "alice@example.com opened /home/alice/camera.log on labpc.corp.example; "
        "PC 192.168.10.20 fe80::1ff:fe23:4567:890a%enp3s0 aa:bb:cc:dd:ee:ff user alice password=pw123"
    )
    result = redact(text)
    for value in ("alice", "example.com", "labpc", "192.168.10.20", "fe80::1ff", "aa:bb:cc", "pw123"):
        assert value not in result.text
    assert dict(result.counts) == {
        "email": 1,
        "home": 1,
        "host": 1,
        "ipv4": 1,
        "ipv6": 1,
        "mac": 1,
        "secret": 1,
        "user": 1,
    }
    assert "<home>/camera.log" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "usb 2-1: new SuperSpeed USB device number 3 using xhci_hcd",
        "netmask 255.255.255.0 loopback 127.0.0.1 ::1 any 0.0.0.0 mask ffff:ffff:ffff:ffff::",
        "at 10:42:30.123 std::string was copied",
        "firmware 1.2.300.4 is not an address; neither is v1.2.3.4 or 1.2.3.4.5",
        "the root hub and the admin group",  # generic account names are not personal
        "malice and xalice and alice2",
        "00:00:00:00:00:00 ff:ff:ff:ff:ff:ff",
    ],
)
def test_what_is_not_private_stays(text):
    assert redact(text).text == text


def test_user_name_inside_file_names_and_identifiers():
    assert redact("notes-alice.txt alice_cam ~alice").text == "notes-<user>.txt <user>_cam ~<user>"


def test_case_of_user_and_host_does_not_matter():
    result = redact("ALICE logged in on LabPC")
    assert result.text == "<user> logged in on <host>"


def test_windows_home_paths_including_json_escaped():
    ident = Identity(user="alice", home="C:\\Users\\alice", host=None)
    text = json.dumps({"path": "C:\\Users\\alice\\AppData\\pixrma.log"}) + " C:/Users/alice/x"
    result = Redactor(identity=ident).redact(text)
    assert "alice" not in result.text
    assert result.counts["home"] == 2
    document, rest = result.text.split(" ", 2)[0:2], result.text.rsplit(" ", 1)[1]
    assert json.loads(" ".join(document))["path"] == "<home>\\AppData\\pixrma.log"
    assert rest == "<home>/x"


def test_optional_kinds_can_be_turned_off_but_user_home_and_secrets_cannot():
    options = RedactionOptions.from_settings(EvidenceSettings(), enabled=False)
    text = "alice at /home/alice on labpc, bob@example.com 10.1.2.3 aa:bb:cc:dd:ee:ff token=abc12345"
    result = Redactor(options, ALICE).redact(text)
    assert "labpc" in result.text
    assert "bob@example.com" in result.text
    assert "10.1.2.3" in result.text
    assert "aa:bb:cc:dd:ee:ff" in result.text
    assert "alice" not in result.text
    assert "abc12345" not in result.text


def test_settings_flags_choose_kinds_one_by_one():
    settings = EvidenceSettings(redact_hostname=False, redact_ip=False)
    options = RedactionOptions.from_settings(settings)
    assert options.kinds() == ("secret", "home", "user", "email", "mac")
    result = Redactor(options, ALICE).redact("labpc 10.1.2.3 bob@example.com")
    assert result.text == "labpc 10.1.2.3 <email>"


def test_camera_fields_support_needs_survive_everywhere():
    camera = CameraRecord(
        vendor="Pixelink",
        model="PL-X9512",
        serial="21098765",
        firmware_version="2.1.0.17",
        transport=Transport.GIGE_VISION,
        network=NetworkLocation(
            mac="00:11:1c:02:03:04", ip="192.168.2.50", subnet="255.255.255.0", nic_ip="192.168.2.1"
        ),
    )
    keep = camera_keep_values([camera])
    assert Redactor(identity=ALICE, keep=keep).redact("as 00-11-1c-02-03-04").text == "as 00-11-1c-02-03-04"
    text = "camera 00:11:1C:02:03:04 at 192.168.2.50 via 192.168.2.1 fw 2.1.0.17; other 192.168.2.77 00:11:1c:02:03:05"
    result = Redactor(identity=ALICE, keep=keep).redact(text)
    assert result.text == ("camera 00:11:1C:02:03:04 at 192.168.2.50 via 192.168.2.1 fw 2.1.0.17; other <ipv4> <mac>")


def test_json_documents_stay_valid():
    doc = {"hostname": "labpc", "addresses": ["10.0.0.1", "fe80::1"], "home": "/home/alice", "mail": "a@b.example"}
    result = redact(json.dumps(doc, indent=2))
    parsed = json.loads(result.text)
    assert parsed == {"hostname": "<host>", "addresses": ["<ipv4>", "<ipv6>"], "home": "<home>", "mail": "<email>"}


def test_identity_of_this_machine_is_filled():
    ident = Identity.of_this_machine()
    assert ident.home
    assert ident.user
