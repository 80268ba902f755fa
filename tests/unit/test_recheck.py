"""Did the remote fix work: the request's cameras and findings against a new scan and check."""

from __future__ import annotations

from pixrma_desktop.rma.recheck import CameraState, FindingState, compare, link_speed_of, reply_text

A = CameraState("712345678", "PL-D755MU", "super")
B = CameraState("712340001", "PL-D725CU", "high")
USB2 = FindingState("usb2-link", "The camera runs at USB 2 speed.", ("712340001",))
MTU = FindingState("gige-mtu", "Jumbo frames are off.", ())
FIRMWARE = FindingState("old-firmware", "The firmware is old.", ("712345678",))


def test_nothing_changed_is_said_so():
    result = compare([A, B], [USB2], [A, B], [USB2])
    assert not result.changed
    assert (result.added, result.gone, result.speed_changes, result.fixed, result.new) == ((), (), (), (), ())
    assert result.still == (USB2,)
    assert "- the same cameras, at the same link speeds." in reply_text(result)


def test_cameras_added_and_gone_matched_by_serial_ignoring_case_and_spaces():
    c = CameraState("ab12", "PL-X")
    result = compare([A, CameraState(" AB12 ", "PL-X")], [], [c, B], [])
    assert result.added == (B,)
    assert result.gone == (A,)
    assert result.cameras_now == 2


def test_a_link_speed_change_is_reported_only_when_both_speeds_are_known():
    faster = CameraState(B.serial, B.model, "super")
    unknown = CameraState(A.serial, A.model, "")
    result = compare([A, B], [], [unknown, faster], [])
    assert [(s.camera.serial, s.before, s.after) for s in result.speed_changes] == [(B.serial, "high", "super")]
    assert f"- link speed of PL-D725CU S/N {B.serial}: high -> super" in reply_text(result)


def test_findings_fixed_still_there_and_new():
    result = compare([A, B], [USB2, MTU], [A, B], [MTU, FIRMWARE])
    assert result.fixed == (USB2,)
    assert result.still == (MTU,)
    assert result.new == (FIRMWARE,)
    text = reply_text(result, "Firmware 3.3 did not help.")
    assert text.startswith("Firmware 3.3 did not help.\n")
    fixed, still, new = text.index("Fixed"), text.index("Still there"), text.index("New:")
    assert fixed < still < new
    assert "- The camera runs at USB 2 speed. (712340001)" in text[fixed:still]
    assert "- Jumbo frames are off." in text[still:new]
    assert "- The firmware is old. (712345678)" in text[new:]


def test_the_same_code_on_another_camera_is_a_new_finding():
    moved = FindingState("usb2-link", USB2.title, ("712345678",))
    result = compare([A, B], [USB2], [A, B], [moved])
    assert result.fixed == (USB2,)
    assert result.new == (moved,)


def test_link_speed_from_the_camera_else_from_usb():
    assert link_speed_of({"link_speed": "5 Gbps", "usb": {"speed": "super"}}) == "5 Gbps"
    assert link_speed_of({"usb": {"speed": "high"}}) == "high"
    assert link_speed_of({"usb": None}) == ""
    assert link_speed_of(None) == ""


def test_no_findings_before_or_now():
    assert "The checks found nothing, before or now." in reply_text(compare([A], [], [A], []))
