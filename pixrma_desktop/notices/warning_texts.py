"""The English words of every probe, scan and camera-record warning (the app translates them, see ``english``)."""

from __future__ import annotations

from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.template import QT_TRANSLATE_NOOP, Template

_PERMISSION_HINT = QT_TRANSLATE_NOOP(
    "Notices",
    "On Linux, install the udev rule that comes with pixrma-desktop (the Linux packages do; from the source: "
    "sudo cp resources/udev/70-pixrma-cameras.rules /etc/udev/rules.d/ && sudo udevadm control --reload && sudo "
    "udevadm trigger), then unplug and replug the camera. On Windows, make sure the camera's USB driver is "
    "installed.",
)
_REPLUG_HINT = QT_TRANSLATE_NOOP("Notices", "Unplug and replug the camera and scan again.")
_CLOSE_OTHER_HINT = QT_TRANSLATE_NOOP(
    "Notices", "Close the program that uses the camera (e.g. Pixelink Capture) and scan again to read its firmware."
)
_CHECK_ADDRESS_HINT = QT_TRANSLATE_NOOP(
    "Notices",
    "Check the address, the cable and the camera's power; a camera on another subnet may only answer the "
    "broadcast search.",
)

_REMOVE_PRODUCER_HINT = QT_TRANSLATE_NOOP("Notices", "Remove it from {variable} or from the configured producer paths.")
_NO_SDK_HINT = QT_TRANSLATE_NOOP(
    "Notices",
    "Without it, FPGA, XML and bootloader versions and the lens are not read; cameras are still listed "
    "through their standard interfaces.",
)

WARNINGS: dict[Code, Template] = {
    Code.USB_LIBRARY_MISSING: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "The USB library (libusb) could not be loaded, so USB cameras were not looked for."
        ),
        QT_TRANSLATE_NOOP(
            "Notices", "Reinstall pixrma-desktop; on Linux, installing the libusb-1.0-0 package also helps."
        ),
    ),
    Code.USB_LIST_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "USB devices could not be listed ({error})."),
        QT_TRANSLATE_NOOP("Notices", "Scan again; if it persists, reboot."),
    ),
    Code.USB_NO_PERMISSION: Template(
        QT_TRANSLATE_NOOP("Notices", "No permission to open the USB camera {device}."), _PERMISSION_HINT
    ),
    Code.USB_DRIVER_LOCKED: Template(
        QT_TRANSLATE_NOOP("Notices", "Could not read the descriptors of the USB camera {device} ({error})."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "The camera's driver does not let other programs read it; its identity is shown as far as Windows "
            "tells it. Pixelink Capture or the Pixelink SDK can read the rest.",
        ),
    ),
    Code.USB_DESCRIPTORS_UNREADABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "Could not read the descriptors of the USB camera {device} ({error})."),
        _REPLUG_HINT,
    ),
    Code.USB_TEXT_UNREADABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "Could not read {field} of the USB camera {device} ({error}).")
    ),
    Code.USB_TEXT_DAMAGED: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "The USB camera {device} reports a damaged {field} ({problems}); shown as “{shown}”."
        )
    ),
    Code.USB_NO_ENDPOINTS: Template(
        QT_TRANSLATE_NOOP("Notices", "The USB camera {device} has no usable control endpoints.")
    ),
    Code.USB_TIME_RAN_OUT: Template(
        QT_TRANSLATE_NOOP("Notices", "The scan's time ran out before the USB camera {device} could be read.")
    ),
    Code.USB_IN_USE: Template(
        QT_TRANSLATE_NOOP("Notices", "The USB camera {device} is in use by another program."), _CLOSE_OTHER_HINT
    ),
    Code.USB_CLAIM_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "Could not claim the control interface of the USB camera {device} ({error}).")
    ),
    Code.USB_IDENTITY_TIMEOUT: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The USB camera {device} did not answer the identity request in time; it is listed with what its "
            "USB descriptors say.",
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Unplug and replug the camera and scan again; if this persists, report it with the support bundle.",
        ),
    ),
    Code.USB_IDENTITY_FAILED: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The USB camera {device} answered the identity request badly ({error}); it is listed with what its "
            "USB descriptors say.",
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Unplug and replug the camera and scan again; if this persists, report it with the support bundle.",
        ),
    ),
    Code.USB_REGISTERS_REFUSED: Template(
        QT_TRANSLATE_NOOP("Notices", "The USB camera {device} refused some identity registers ({registers}).")
    ),
    Code.USB_SLOW_LINK: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "USB 3 camera on a USB 2 link ({speed} speed, {mbits} Mbit/s): plug it into a USB 3 port (often blue "
            "or marked SS) with a USB 3 cable and no USB 2 hub in between.",
        )
    ),
    Code.USB_SERIAL_UNREADABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "No permission to open this camera; its serial number could not be read.")
    ),
    Code.USB_CAMERA_NO_PERMISSION: Template(QT_TRANSLATE_NOOP("Notices", "No permission to talk to this camera.")),
    Code.USB_CAMERA_IN_USE: Template(
        QT_TRANSLATE_NOOP("Notices", "In use by another program; identity from USB descriptors only.")
    ),
    Code.IDENTITY_REGISTERS_UNREAD: Template(
        QT_TRANSLATE_NOOP("Notices", "The camera's identity registers could not be read.")
    ),
    Code.GENTL_FAILED: Template(QT_TRANSLATE_NOOP("Notices", "The GenTL producers could not be read ({error}).")),
    Code.GENTL_PRODUCER_UNREADABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "Skipped the GenTL producer {path}: it cannot be read ({error})."),
        _REMOVE_PRODUCER_HINT,
    ),
    Code.GENTL_PRODUCER_NOT_LOADABLE: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "Skipped the GenTL producer {path}: it cannot be loaded as a shared library ({error})."
        ),
        _REMOVE_PRODUCER_HINT,
    ),
    Code.GENTL_PRODUCER_NOT_GENTL: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "Skipped the GenTL producer {path}: it is not a GenTL producer (it lacks {missing})."
        ),
        _REMOVE_PRODUCER_HINT,
    ),
    Code.GENTL_PRODUCER_CRASHES: Template(
        QT_TRANSLATE_NOOP("Notices", "Skipped the GenTL producer {path}: it crashes when loaded (signal {signal})."),
        _REMOVE_PRODUCER_HINT,
    ),
    Code.GENTL_PRODUCER_UNCHECKED: Template(
        QT_TRANSLATE_NOOP("Notices", "Skipped the GenTL producer {path}: it could not be checked (exit {exit})."),
        _REMOVE_PRODUCER_HINT,
    ),
    Code.GENTL_PRODUCER_SLOW: Template(
        QT_TRANSLATE_NOOP("Notices", "Skipped the GenTL producer {path}: it did not finish loading in time."),
        _REMOVE_PRODUCER_HINT,
    ),
    Code.GENTL_PRODUCER_PATH_EMPTY: Template(
        QT_TRANSLATE_NOOP("Notices", "The configured GenTL producer path {path} has no .cti file."),
        QT_TRANSLATE_NOOP("Notices", "Correct or remove it in the settings (cameras.producer_paths)."),
    ),
    Code.GENTL_STILL_RUNNING: Template(
        QT_TRANSLATE_NOOP("Notices", "The previous GenTL scan is still running; waiting for it to finish.")
    ),
    Code.GENTL_OPEN_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "{camera} could not be opened ({error}); it is listed from enumeration only."),
        QT_TRANSLATE_NOOP(
            "Notices", "If another program uses it, close that program and scan again to read its firmware."
        ),
    ),
    Code.GENTL_CAMERA_IN_USE: Template(
        QT_TRANSLATE_NOOP("Notices", "In use by another program; identity from enumeration only.")
    ),
    Code.GENTL_CAMERA_NO_ACCESS: Template(
        QT_TRANSLATE_NOOP("Notices", "Not reachable through its GenTL producer; identity from enumeration only.")
    ),
    Code.GENTL_CAMERA_NOT_OPENED: Template(QT_TRANSLATE_NOOP("Notices", "Could not be opened; probably in use.")),
    Code.NETWORK_INTERFACES_UNREADABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "Could not list the network interfaces ({error}).")
    ),
    Code.GIGE_NO_INTERFACE: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "This computer has no IPv4 network interface, so no GigE Vision camera can be found."
        ),
        QT_TRANSLATE_NOOP("Notices", "Connect the camera's network card and give it an address, then scan again."),
    ),
    Code.GIGE_SEARCH_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "Could not search for GigE Vision cameras on {nic} ({error}).")
    ),
    Code.GIGE_BAD_ADDRESS: Template(
        QT_TRANSLATE_NOOP("Notices", "The GigE camera address “{host}” is not a valid address ({error})."),
        QT_TRANSLATE_NOOP("Notices", "Check the address in the settings or on the command line."),
    ),
    Code.GIGE_SOCKET_FAILED: Template(QT_TRANSLATE_NOOP("Notices", "Could not open a network socket ({error}).")),
    Code.GIGE_UNREACHABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "Cannot reach the GigE camera address {host} from this computer ({error})."),
        QT_TRANSLATE_NOOP("Notices", "Check the address, and that a network card is on the camera's subnet."),
    ),
    Code.GIGE_RECEIVE_FAILED: Template(QT_TRANSLATE_NOOP("Notices", "Receiving GigE Vision answers failed ({error}).")),
    Code.GIGE_NO_ANSWER: Template(
        QT_TRANSLATE_NOOP("Notices", "No GigE Vision camera answered at {host}."), _CHECK_ADDRESS_HINT
    ),
    Code.GIGE_PORT_CLOSED: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "No GigE Vision camera answered at {host} (nothing listens on the GigE Vision port there)."
        ),
        _CHECK_ADDRESS_HINT,
    ),
    Code.GIGE_INVALID_REPLY: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "A device at {address} answered with something that is not a valid GigE Vision reply ({reason}); it "
            "was ignored.",
        )
    ),
    Code.GIGE_CAMERA_IN_USE: Template(
        QT_TRANSLATE_NOOP("Notices", "In use by another program (it holds the GigE Vision control channel).")
    ),
    Code.GIGE_CONTROL_UNREADABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "Could not read whether another application controls this camera ({error}).")
    ),
    Code.GIGE_CONTROL_UNASKED: Template(
        QT_TRANSLATE_NOOP("Notices", "Could not ask whether another application controls this camera ({error}).")
    ),
    Code.GIGE_CAMERA_UNREACHABLE: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "The camera answered the search but cannot be reached at {ip} from this computer ({error})."
        )
    ),
    Code.GIGE_BROADCAST_ONLY: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The camera's answers reached this computer only by broadcast, although it is on the network of {nic}.",
        ),
        QT_TRANSLATE_NOOP(
            "Notices", "A firewall or security software may drop GigE Vision answers (UDP port 3956); see the checks."
        ),
    ),
    Code.SDK_VARIABLE_UNSET: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "Pixelink SDK not available: PIXELINK_SDK_LIB is not set (the Pixelink SDK's installer sets it)."
        ),
        _NO_SDK_HINT,
    ),
    Code.SDK_FOLDER_MISSING: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "Pixelink SDK not available: PIXELINK_SDK_LIB points to {folder}, which is not a folder."
        ),
        _NO_SDK_HINT,
    ),
    Code.SDK_LIBRARY_UNLOADABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "Pixelink SDK not available: {library} cannot be loaded ({error})."),
        _NO_SDK_HINT,
    ),
    Code.SDK_WRAPPER_MISSING: Template(
        QT_TRANSLATE_NOOP("Notices", "Pixelink SDK not available: the pixelinkWrapper package is not installed."),
        _NO_SDK_HINT,
    ),
    Code.SDK_WRAPPER_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "Pixelink SDK not available: pixelinkWrapper failed to load ({error})."),
        _NO_SDK_HINT,
    ),
    Code.SDK_LOAD_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "Pixelink SDK not available: the SDK failed to load ({error})."), _NO_SDK_HINT
    ),
    Code.SDK_SAYS: Template(QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK says: {note}")),
    Code.SDK_LIST_FAILED: Template(QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK could not list cameras ({error}).")),
    Code.SDK_LIST_REFUSED: Template(
        QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK could not list cameras."),
        QT_TRANSLATE_NOOP("Notices", "Pixelink SDK error report: {report}."),
    ),
    Code.SDK_CAMERA_IN_USE: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "In use by another program (for example Pixelink Capture); identity from the SDK's camera list only.",
        )
    ),
    Code.SDK_OPEN_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK could not open the camera ({error}).")
    ),
    Code.SDK_INFO_UNREADABLE: Template(
        QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK could not read the camera's information.")
    ),
    Code.SDK_REPORT: Template(QT_TRANSLATE_NOOP("Notices", "Pixelink SDK error report: {report}.")),
    Code.SDK_READ_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "Reading the camera through the SDK failed ({error}).")
    ),
    Code.PROBE_TIMED_OUT: Template(
        QT_TRANSLATE_NOOP("Notices", "The {probe} probe did not finish within {seconds} s."),
        QT_TRANSLATE_NOOP("Notices", "Its cameras may be missing; scan again, or raise the probe timeout."),
    ),
    Code.PROBE_FAILED: Template(
        QT_TRANSLATE_NOOP("Notices", "The {probe} probe failed ({error})."),
        QT_TRANSLATE_NOOP("Notices", "Other probes' cameras are still listed; please report this."),
    ),
    Code.LEGACY_TEXT: Template(QT_TRANSLATE_NOOP("Notices", "{text}"), QT_TRANSLATE_NOOP("Notices", "{hint}")),
}
