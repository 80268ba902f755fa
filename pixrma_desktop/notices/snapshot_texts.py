"""The English words of every configuration-snapshot problem (the app translates them, see ``english``)."""

from __future__ import annotations

from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.template import QT_TRANSLATE_NOOP, Template

_RUN_AGAIN = QT_TRANSLATE_NOOP(
    "Notices", "Close the other program and run this again to include the camera's configuration."
)

SNAPSHOTS: dict[Code, Template] = {
    Code.SNAPSHOT_UNSUPPORTED: Template(
        QT_TRANSLATE_NOOP("Notices", "No configuration can be read from this kind of camera connection.")
    ),
    Code.SNAPSHOT_TIME_RAN_OUT: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "The time for this camera ran out after {count} features; the rest were not read."
        ),
        QT_TRANSLATE_NOOP(
            "Notices", "Give each camera more time (setting cameras.snapshot_budget_s) and run this again."
        ),
    ),
    Code.SNAPSHOT_INTERRUPTED: Template(
        QT_TRANSLATE_NOOP("Notices", "A scan interrupted the reading after {count} features; the rest were not read."),
        QT_TRANSLATE_NOOP("Notices", "The configuration is read again after the scan."),
    ),
    Code.SNAPSHOT_NOT_OPENED_IN_TIME: Template(
        QT_TRANSLATE_NOOP("Notices", "The time for this camera ran out before it could be opened.")
    ),
    Code.SNAPSHOT_IN_USE: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "In use by another program; its configuration was not read, so as not to disturb it."
        ),
        _RUN_AGAIN,
    ),
    Code.SNAPSHOT_EXCLUSIVE: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The camera refused to be read ({why}): another program has it open for exclusive access.",
        ),
        _RUN_AGAIN,
    ),
    Code.SNAPSHOT_NOT_LISTED: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera is no longer listed by its GenTL producer."),
        QT_TRANSLATE_NOOP("Notices", "Scan again."),
    ),
    Code.SNAPSHOT_OPEN_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera could not be opened ({error}); another program may be using it.")
    ),
    Code.SNAPSHOT_PRODUCERS_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "The GenTL producers could not be read ({error}).")
    ),
    Code.SNAPSHOT_NO_ADDRESS: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera's IP address is not known; it cannot be read.")
    ),
    Code.SNAPSHOT_UNREACHABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "This computer cannot reach the camera at {ip} ({error})."),
        QT_TRANSLATE_NOOP(
            "Notices", "Put the camera on the network of the card it is cabled to (see the check findings)."
        ),
    ),
    Code.SNAPSHOT_NO_CONTROL_INTERFACE: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera has no USB3 Vision control interface.")
    ),
    Code.SNAPSHOT_NO_ENDPOINTS: Template(QT_TRANSLATE_NOOP("Notices", "The camera has no usable control endpoints.")),
    Code.SNAPSHOT_STOPPED_ANSWERING: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera stopped answering ({error}); what was read so far is kept.")
    ),
    Code.SNAPSHOT_READ_REFUSED: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera refused a read ({status}); what was read is kept.")
    ),
    Code.SNAPSHOT_READ_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera's configuration could not be read ({error}).")
    ),
    Code.SNAPSHOT_XML_NO_LOCATION: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera names no place for its GenICam XML.")
    ),
    Code.SNAPSHOT_XML_UNREADABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera's GenICam XML could not be read ({error}).")
    ),
    Code.SNAPSHOT_XML_ON_WEB: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera's GenICam XML is on a web site ({url}); it was not downloaded.")
    ),
    Code.SNAPSHOT_XML_UNUSABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera's GenICam XML could not be used ({error}).")
    ),
    Code.SNAPSHOT_XML_DAMAGED: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The XML's SHA1 ({sha1}) differs from the one in the camera's manifest ({expected}): the file in the "
            "camera may be damaged.",
        )
    ),
    Code.SNAPSHOT_USB_LIBRARY_MISSING: Template(
        QT_TRANSLATE_NOOP("Notices", "The USB library (libusb) could not be loaded."),
        QT_TRANSLATE_NOOP(
            "Notices", "Reinstall pixrma-desktop; on Linux, installing the libusb-1.0-0 package also helps."
        ),
    ),
    Code.SNAPSHOT_USB_LIST_FAILED: Template(QT_TRANSLATE_NOOP("Notices", "USB devices could not be listed ({error}).")),
    Code.SNAPSHOT_USB_GONE: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera is no longer on the USB bus where the scan found it."),
        QT_TRANSLATE_NOOP("Notices", "Scan again."),
    ),
    Code.SNAPSHOT_SDK_UNAVAILABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK is not available: {error}.")
    ),
    Code.SNAPSHOT_SDK_SERIAL: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera's serial number is not one the Pixelink SDK can open.")
    ),
    Code.SNAPSHOT_SDK_OPEN_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK could not open the camera (code {rc}).")
    ),
    Code.SNAPSHOT_SDK_NO_FEATURES: Template(
        QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK could not describe the camera's features (code {rc}).")
    ),
}
