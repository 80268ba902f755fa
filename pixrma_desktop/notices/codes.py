"""The stable code of every probe warning, scan warning, camera-record warning and remote-fix finding.

A code never changes once released: JSON consumers, the README's table and the translations key on it. Add a
new code (and its English and French text) rather than rewording one into a different meaning.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    # -- scan warnings of the USB probe ---------------------------------------------------------------------
    USB_LIBRARY_MISSING = "usb-library-missing"
    USB_LIST_FAILED = "usb-list-failed"
    USB_NO_PERMISSION = "usb-no-permission"
    USB_DRIVER_LOCKED = "usb-driver-locked"
    USB_DESCRIPTORS_UNREADABLE = "usb-descriptors-unreadable"
    USB_TEXT_UNREADABLE = "usb-text-unreadable"
    USB_TEXT_DAMAGED = "usb-text-damaged"
    USB_NO_ENDPOINTS = "usb-no-endpoints"
    USB_TIME_RAN_OUT = "usb-time-ran-out"
    USB_IN_USE = "usb-in-use"
    USB_CLAIM_FAILED = "usb-claim-failed"
    USB_IDENTITY_TIMEOUT = "usb-identity-timeout"
    USB_IDENTITY_FAILED = "usb-identity-failed"
    USB_REGISTERS_REFUSED = "usb-registers-refused"
    # -- camera-record warnings of the USB probe --------------------------------------------------------------
    USB_SLOW_LINK = "usb-slow-link"
    USB_SERIAL_UNREADABLE = "usb-serial-unreadable"
    USB_CAMERA_NO_PERMISSION = "usb-camera-no-permission"
    USB_CAMERA_IN_USE = "usb-camera-in-use"
    IDENTITY_REGISTERS_UNREAD = "identity-registers-unread"
    # -- GenTL probe -----------------------------------------------------------------------------------------
    GENTL_FAILED = "gentl-failed"
    GENTL_PRODUCER_UNREADABLE = "gentl-producer-unreadable"
    GENTL_PRODUCER_NOT_LOADABLE = "gentl-producer-not-loadable"
    GENTL_PRODUCER_NOT_GENTL = "gentl-producer-not-gentl"
    GENTL_PRODUCER_CRASHES = "gentl-producer-crashes"
    GENTL_PRODUCER_UNCHECKED = "gentl-producer-unchecked"
    GENTL_PRODUCER_SLOW = "gentl-producer-slow"
    GENTL_PRODUCER_PATH_EMPTY = "gentl-producer-path-empty"
    GENTL_STILL_RUNNING = "gentl-still-running"
    GENTL_OPEN_FAILED = "gentl-open-failed"
    GENTL_CAMERA_IN_USE = "gentl-camera-in-use"
    GENTL_CAMERA_NO_ACCESS = "gentl-camera-no-access"
    GENTL_CAMERA_NOT_OPENED = "gentl-camera-not-opened"
    # -- GigE Vision probe -------------------------------------------------------------------------------------
    NETWORK_INTERFACES_UNREADABLE = "network-interfaces-unreadable"
    GIGE_NO_INTERFACE = "gige-no-interface"
    GIGE_SEARCH_FAILED = "gige-search-failed"
    GIGE_BAD_ADDRESS = "gige-bad-address"
    GIGE_SOCKET_FAILED = "gige-socket-failed"
    GIGE_UNREACHABLE = "gige-unreachable"
    GIGE_RECEIVE_FAILED = "gige-receive-failed"
    GIGE_NO_ANSWER = "gige-no-answer"
    GIGE_PORT_CLOSED = "gige-port-closed"
    GIGE_INVALID_REPLY = "gige-invalid-reply"
    GIGE_CAMERA_IN_USE = "gige-camera-in-use"
    GIGE_CONTROL_UNREADABLE = "gige-control-unreadable"
    GIGE_CONTROL_UNASKED = "gige-control-unasked"
    GIGE_CAMERA_UNREACHABLE = "gige-camera-unreachable"
    GIGE_BROADCAST_ONLY = "gige-broadcast-only"
    # -- Pixelink SDK probe ----------------------------------------------------------------------------------
    SDK_VARIABLE_UNSET = "pixelink-sdk-variable-unset"
    SDK_FOLDER_MISSING = "pixelink-sdk-folder-missing"
    SDK_LIBRARY_UNLOADABLE = "pixelink-sdk-library-unloadable"
    SDK_WRAPPER_MISSING = "pixelink-sdk-wrapper-missing"
    SDK_WRAPPER_FAILED = "pixelink-sdk-wrapper-failed"
    SDK_LOAD_FAILED = "pixelink-sdk-load-failed"
    SDK_SAYS = "pixelink-sdk-says"
    SDK_LIST_FAILED = "pixelink-sdk-list-failed"
    SDK_LIST_REFUSED = "pixelink-sdk-list-refused"
    SDK_CAMERA_IN_USE = "pixelink-sdk-camera-in-use"
    SDK_OPEN_FAILED = "pixelink-sdk-open-failed"
    SDK_INFO_UNREADABLE = "pixelink-sdk-info-unreadable"
    SDK_REPORT = "pixelink-sdk-report"
    SDK_READ_FAILED = "pixelink-sdk-read-failed"
    # -- the scanner -------------------------------------------------------------------------------------------
    PROBE_TIMED_OUT = "probe-timed-out"
    PROBE_FAILED = "probe-failed"
    # -- configuration snapshots (``pixrma features``) ----------------------------------------------------------
    SNAPSHOT_UNSUPPORTED = "snapshot-unsupported"
    SNAPSHOT_TIME_RAN_OUT = "snapshot-time-ran-out"
    SNAPSHOT_NOT_OPENED_IN_TIME = "snapshot-not-opened-in-time"
    SNAPSHOT_INTERRUPTED = "snapshot-interrupted"
    SNAPSHOT_IN_USE = "snapshot-in-use"
    SNAPSHOT_EXCLUSIVE = "snapshot-exclusive"
    SNAPSHOT_NOT_LISTED = "snapshot-not-listed"
    SNAPSHOT_OPEN_FAILED = "snapshot-open-failed"
    SNAPSHOT_PRODUCERS_FAILED = "snapshot-producers-failed"
    SNAPSHOT_NO_ADDRESS = "snapshot-no-address"
    SNAPSHOT_UNREACHABLE = "snapshot-unreachable"
    SNAPSHOT_NO_CONTROL_INTERFACE = "snapshot-no-control-interface"
    SNAPSHOT_NO_ENDPOINTS = "snapshot-no-endpoints"
    SNAPSHOT_STOPPED_ANSWERING = "snapshot-stopped-answering"
    SNAPSHOT_READ_REFUSED = "snapshot-read-refused"
    SNAPSHOT_READ_FAILED = "snapshot-read-failed"
    SNAPSHOT_XML_NO_LOCATION = "snapshot-xml-no-location"
    SNAPSHOT_XML_UNREADABLE = "snapshot-xml-unreadable"
    SNAPSHOT_XML_ON_WEB = "snapshot-xml-on-web"
    SNAPSHOT_XML_UNUSABLE = "snapshot-xml-unusable"
    SNAPSHOT_XML_DAMAGED = "snapshot-xml-damaged"
    SNAPSHOT_USB_LIBRARY_MISSING = "snapshot-usb-library-missing"
    SNAPSHOT_USB_LIST_FAILED = "snapshot-usb-list-failed"
    SNAPSHOT_USB_GONE = "snapshot-usb-gone"
    SNAPSHOT_SDK_UNAVAILABLE = "snapshot-sdk-unavailable"
    SNAPSHOT_SDK_SERIAL = "snapshot-sdk-serial"
    SNAPSHOT_SDK_OPEN_FAILED = "snapshot-sdk-open-failed"
    SNAPSHOT_SDK_NO_FEATURES = "snapshot-sdk-no-features"
    # -- remote-fix findings (``pixrma check``) --------------------------------------------------------------
    USB2_LINK = "usb2-link"
    NO_PERMISSION = "no-permission"
    NO_PERMISSION_DRIVER = "no-permission-driver"
    """Advice only: the no-permission finding's advice outside Linux."""
    IN_USE = "in-use"
    GIGE_WRONG_SUBNET = "gige-wrong-subnet"
    GIGE_WRONG_SUBNET_ANY_CARD = "gige-wrong-subnet-any-card"
    """Advice only: the wrong-subnet finding's advice when the card the camera answered on is unknown."""
    DUPLICATE_IP = "duplicate-ip"
    GIGE_MTU = "gige-mtu"
    NO_CAMERA_SOFTWARE = "no-camera-software"
    FIRMWARE_OLDER = "firmware-older"
    USBFS_MEMORY = "usbfs-memory"
    USB_SHARED_CONTROLLER = "usb-shared-controller"
    USB_AUTOSUSPEND = "usb-autosuspend"
    KERNEL_DRIVER = "kernel-driver"
    GIGE_LINK_SPEED = "gige-link-speed"
    GIGE_PACKET_SIZE = "gige-packet-size"
    RP_FILTER = "rp-filter"
    FIREWALL_GVCP = "firewall-gvcp"
    GENTL_PATH = "gentl-path"
    SDK_LINK_SPEED = "pixelink-sdk-link-speed"
    SDK_REDUCED_SPEED = "pixelink-sdk-reduced-speed"
    SDK_FIREWALL = "pixelink-sdk-firewall"
    # -- stored before codes existed -------------------------------------------------------------------------
    LEGACY_TEXT = "legacy-text"
    """A warning or finding saved as plain text by an older version (parameter ``text``)."""


IN_USE_CODES = frozenset(
    {Code.USB_CAMERA_IN_USE, Code.GENTL_CAMERA_IN_USE, Code.GIGE_CAMERA_IN_USE, Code.SDK_CAMERA_IN_USE}
)
"""Camera-record warnings that only say the camera is in use (its ``in_use`` flag says it already)."""

PERMISSION_CODES = frozenset({Code.USB_NO_PERMISSION, Code.USB_CAMERA_NO_PERMISSION, Code.USB_SERIAL_UNREADABLE})
"""Warnings that mean this computer does not let the app open a camera."""

SDK_UNAVAILABLE_CODES = frozenset(
    {
        Code.SDK_VARIABLE_UNSET,
        Code.SDK_FOLDER_MISSING,
        Code.SDK_LIBRARY_UNLOADABLE,
        Code.SDK_WRAPPER_MISSING,
        Code.SDK_WRAPPER_FAILED,
        Code.SDK_LOAD_FAILED,
    }
)
"""The Pixelink SDK is installed but could not be loaded (each code says why)."""

PRODUCER_SKIPPED_CODES = frozenset(
    {
        Code.GENTL_PRODUCER_UNREADABLE,
        Code.GENTL_PRODUCER_NOT_LOADABLE,
        Code.GENTL_PRODUCER_NOT_GENTL,
        Code.GENTL_PRODUCER_CRASHES,
        Code.GENTL_PRODUCER_UNCHECKED,
        Code.GENTL_PRODUCER_SLOW,
    }
)
"""A GenTL producer file was checked and skipped (each code says why)."""

ADVICE_ONLY = frozenset({Code.NO_PERMISSION_DRIVER, Code.GIGE_WRONG_SUBNET_ANY_CARD})
"""Codes that are never a finding of their own, only another advice for one."""
