"""The English title and advice of every remote-fix finding (the app translates them, see ``english``)."""

from __future__ import annotations

from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.template import QT_TRANSLATE_NOOP, Template

FINDINGS: dict[Code, Template] = {
    Code.USB2_LINK: Template(
        QT_TRANSLATE_NOOP("Notices", "{camera} is a USB 3 camera but runs at USB 2 speed{where}."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Plug it straight into a USB 3 port of the computer (usually blue, or marked SS), not through a hub "
            "or a USB 2 extension, with the camera's own USB 3 cable; then scan again. At USB 2 speed the camera "
            "drops frames or fails to start streaming, but it is not broken.",
        ),
    ),
    Code.NO_PERMISSION: Template(
        QT_TRANSLATE_NOOP("Notices", "This computer does not let the app open the camera (no permission)."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Linux lets only the administrator open the camera until a udev rule allows it. Save the rule below "
            "as /etc/udev/rules.d/{rule}, run `sudo udevadm control --reload-rules && sudo udevadm trigger`, "
            "then unplug the camera and plug it in again. (The app's Linux package installs this rule for you.)",
        ),
    ),
    Code.NO_PERMISSION_DRIVER: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "Install the camera driver (Pixelink Capture installs it), reconnect the camera and scan again.",
        )
    ),
    Code.IN_USE: Template(
        QT_TRANSLATE_NOOP("Notices", "{camera} is in use by another program."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Only one program can control a camera at a time. Close the other program (for example Pixelink "
            "Capture, or your own acquisition software), then scan again. If your program cannot open the camera, "
            "this is the likely reason, not a fault of the camera.",
        ),
    ),
    Code.GIGE_WRONG_SUBNET: Template(
        QT_TRANSLATE_NOOP("Notices", "{camera} has the address {ip}, which is not on any of this computer's networks."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "It answers the search on the network card {nic} ({nic_address}), but this computer cannot reach it "
            "there. Either give the camera an address in {nic_network}, for example {camera_ip} with mask "
            "{nic_mask} (Pixelink Capture or the camera maker's IP tool; make it persistent, or turn on DHCP if "
            "your network has a DHCP server), or add an address in the camera's network to the card: `sudo ip "
            "addr add {host_ip}/{prefix} dev {nic}` (Windows: Network Connections > {nic} > Internet Protocol "
            "Version 4 > Properties > Advanced > add {host_ip}, mask {camera_mask}).",
        ),
    ),
    Code.GIGE_WRONG_SUBNET_ANY_CARD: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "Give the camera an address in the network of the card it is cabled to (Pixelink Capture or the "
            "camera maker's IP tool), or give that card an address in {camera_network}, for example {host_ip}.",
        )
    ),
    Code.DUPLICATE_IP: Template(
        QT_TRANSLATE_NOOP("Notices", "{count} devices use the same IP address {ip}."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Give each camera its own address (Pixelink Capture or the camera maker's IP tool, or DHCP). Two "
            "devices with one address make both come and go at random.",
        ),
    ),
    Code.GIGE_MTU: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "The network card {nic} has jumbo frames off (MTU {mtu}), and GigE cameras are on it."
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Set its MTU to {jumbo}: `sudo ip link set {nic} mtu {jumbo}` and make it permanent in the network "
            "settings (Windows: the adapter's Properties > Configure > Advanced > Jumbo Packet = 9014 Bytes). "
            "Without jumbo frames a GigE camera loses frames at high frame rates or large images; also use a "
            "switch that passes jumbo frames.",
        ),
    ),
    Code.NO_CAMERA_SOFTWARE: Template(
        QT_TRANSLATE_NOOP("Notices", "No camera software was found: no GenTL producer and no Pixelink SDK."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Install the Pixelink SDK (it comes with Pixelink Capture) or your camera maker's GenTL producer. The "
            "app then reads firmware, FPGA and lens details that the cameras do not tell otherwise. On Linux, set "
            "PIXELINK_SDK_LIB (Pixelink SDK) or GENICAM_GENTL64_PATH (GenTL) as the installer says, log in again "
            "and scan again.",
        ),
    ),
    Code.FIRMWARE_OLDER: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "{camera} has firmware {firmware}, older than {newest_firmware} on the other {model} ({newest}).",
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Update its firmware (for Pixelink cameras, support sends the current firmware and the update tool), "
            "then test again: support asks for this first, and it fixes many faults without a return.",
        ),
    ),
}
