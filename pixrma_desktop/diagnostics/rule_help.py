"""Small helpers the remote-fix rules share: which cameras count, and how a finding names them."""

from __future__ import annotations

from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.cameras.scan_result import ScanResult

USB3_SPEEDS = ("super", "super-plus")


def who(camera: CameraRecord) -> str:
    """How a finding lists a camera: its serial number, else its display name."""
    return camera.serial or camera.display_name


def real_cameras(result: ScanResult) -> list[CameraRecord]:
    """The scan's cameras that are not simulated (demo cameras never make a finding)."""
    return [c for c in result.cameras if not c.demo]


def is_usb3_camera(camera: CameraRecord) -> bool:
    """A USB3 Vision camera, or a USB camera that can run at USB 3 speed."""
    usb = camera.usb
    if usb is None:
        return False
    return camera.transport == Transport.USB3_VISION or any(
        s in USB3_SPEEDS for s in (usb.speed, *usb.supported_speeds)
    )
