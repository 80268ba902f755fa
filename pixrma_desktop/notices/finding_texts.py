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
    Code.USBFS_MEMORY: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "Linux gives USB cameras {current} MB of transfer memory (usbfs), less than the {needed} MB that "
            "{count} USB 3 camera(s) need.",
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Raise it: `echo {suggested} | sudo tee /sys/module/usbcore/parameters/usbfs_memory_mb`, then scan "
            "again. To keep it after a restart, add usbcore.usbfs_memory_mb={suggested} to the kernel command line "
            "(GRUB_CMDLINE_LINUX in /etc/default/grub, then `sudo update-grub`). With too little memory the "
            "camera drops frames or stops streaming, but it is not broken.",
        ),
    ),
    Code.USB_SHARED_CONTROLLER: Template(
        QT_TRANSLATE_NOOP("Notices", "{count} USB 3 cameras share one USB host controller ({controller})."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "One controller's bandwidth is shared by every port on it, so the cameras slow each other down and "
            "drop frames. Plug the cameras into ports of different controllers, or add a USB 3 card (one "
            "controller per camera), then scan again.",
        ),
    ),
    Code.USB_AUTOSUSPEND: Template(
        QT_TRANSLATE_NOOP("Notices", "Linux may suspend {camera} to save power (USB autosuspend is on)."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "A suspended camera disappears or stops streaming at random. Turn it off for the camera: `echo on | "
            "sudo tee /sys/bus/usb/devices/{device}/power/control`; to keep it off after a restart, add "
            "usbcore.autosuspend=-1 to the kernel command line.",
        ),
    ),
    Code.KERNEL_DRIVER: Template(
        QT_TRANSLATE_NOOP("Notices", "The kernel driver {driver} holds {camera}, so camera programs cannot open it."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Release it: `echo -n {device}:1.0 | sudo tee /sys/bus/usb/drivers/{driver}/unbind` (for each "
            "interface), and stop it from taking the camera again with a line `blacklist {driver}` in "
            "/etc/modprobe.d/camera.conf if nothing else needs that driver. Then unplug the camera, plug it in "
            "again and scan again.",
        ),
    ),
    Code.GIGE_LINK_SPEED: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "The network card {nic} runs at {speed} Mb/s, below the 1000 Mb/s a GigE camera needs."
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Check that the card, the switch and every cable between them and the camera are Gigabit (Cat 5e or "
            "better, all eight wires), and that the card is not forced to 100 Mb/s (`ethtool {nic}`; Windows: the "
            "adapter's Speed & Duplex = Auto). At 100 Mb/s the camera loses frames, but it is not broken.",
        ),
    ),
    Code.GIGE_PACKET_SIZE: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "{camera} sends stream packets of {size} bytes, larger than the MTU {mtu} of the network card {nic}.",
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Packets larger than the card's MTU never arrive, so no image comes through. Either turn on jumbo "
            "frames on {nic} (`sudo ip link set {nic} mtu 9000`, and a switch that passes them), or set the "
            "camera's packet size (GevSCPSPacketSize) to {mtu} or less in your camera program.",
        ),
    ),
    Code.RP_FILTER: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "Linux's strict reverse-path filter on {nic} may drop the answers of a camera on another subnet.",
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Best: give the camera an address in the card's network. Otherwise set the filter to loose: `sudo "
            "sysctl -w net.ipv4.conf.{nic}.rp_filter=2 net.ipv4.conf.all.rp_filter=2` (keep it in "
            "/etc/sysctl.d/), then scan again.",
        ),
    ),
    Code.FIREWALL_GVCP: Template(
        QT_TRANSLATE_NOOP(
            "Notices",
            "GigE Vision answers (UDP port 3956) are blocked, or arrive only by broadcast, on this computer.",
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "A firewall or security software drops GigE Vision packets, so cameras are missed or cannot be "
            "controlled. Allow UDP port 3956 and the camera's stream port on the camera's network card (for "
            "example `sudo ufw allow in on NIC proto udp`; Windows: allow Pixelink Capture and this app in the "
            "firewall), or remove the rule shown below, then scan again.",
        ),
    ),
    Code.GENTL_PATH: Template(
        QT_TRANSLATE_NOOP(
            "Notices", "GENICAM_GENTL64_PATH names {count} place(s) without a GenTL producer: {entries}."
        ),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Camera programs look for producers (.cti files) only there. Remove the entries that no longer exist, "
            "or reinstall the camera software that put them there; then log in again and scan again.",
        ),
    ),
    Code.SDK_LINK_SPEED: Template(
        QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK says the link to the camera is too slow ({answer})."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Connect the camera the way it needs: a USB 3 camera to a USB 3 port directly with its own cable, a "
            "GigE camera to a Gigabit card and switch. Then scan again; the camera is not broken.",
        ),
    ),
    Code.SDK_REDUCED_SPEED: Template(
        QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK runs the camera at reduced speed ({answer})."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "The link or the computer cannot carry the camera's full rate: use a USB 3 port or Gigabit card of its "
            "own, lower the frame rate or the image size, then test again.",
        ),
    ),
    Code.SDK_FIREWALL: Template(
        QT_TRANSLATE_NOOP("Notices", "The Pixelink SDK suspects a firewall blocks the camera ({answer})."),
        QT_TRANSLATE_NOOP(
            "Notices",
            "Allow Pixelink Capture and your camera program in the firewall (Windows: Windows Defender Firewall > "
            "Allow an app), or allow UDP traffic on the camera's network card, then scan again.",
        ),
    ),
}
