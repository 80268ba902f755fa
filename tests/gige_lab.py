"""A small GigE Vision lab for tests and benchmarks: Debian's aravis fake cameras, on loopback or in network
namespaces joined by veth pairs, and a way to run code inside a namespace from this process.

Layout of ``GigeLab`` (names carry the process id, so parallel runs do not collide)::

    host namespace                      camera namespaces
    lo 127.0.0.1, 127.0.0.2  <- fakes "LOOP1", "LOOP2" (found by address only: loopback has no broadcast)
    veth h1 10.201.1.1/24 mtu 9000 ---- c1 10.201.1.2/24   fake "SAMENET"  (same subnet)
    veth h2 10.201.2.1/24 mtu 1500 ---- c2 10.202.0.2/24   fake "WRONGNET" (another subnet: it answers the
                                                           broadcast, but the host has no route to it)
    veth h3 10.201.3.1/24 mtu 9000 ---- c3 10.203.0.2/24   ``FakeGvcpDevice`` "BCASTNET" (another subnet, and it
                                                           answers discovery to 255.255.255.255 only)
    veth h4 10.201.4.1/24 mtu 9000 ---- c4 10.201.4.2/24   ``FakeGvcpDevice`` "BOTHWAYS" (same subnet; answers
                                                           discovery both to the asker and to 255.255.255.255)

The aravis fakes answer by unicast; the two ``FakeGvcpDevice`` run as threads of this process inside their
namespaces, listening on 0.0.0.0:3956 as a cabled camera does.
"""

from __future__ import annotations

import argparse
import ctypes
import dataclasses
import functools
import json
import os
import re
import selectors
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar, Literal, TypeVar

from pixrma_desktop.cameras.gige import gvcp
from pixrma_desktop.cameras.gige.probe import GigeVisionProbe
from pixrma_desktop.cameras.network import Nic, local_nics
from pixrma_desktop.cameras.probe import scan_warning_from_dict
from pixrma_desktop.cameras.record import record_from_dict
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.cameras.scanner import scan
from pixrma_desktop.settings import CameraSettings
from tests.fakes.gvcp_device import FakeGvcpDevice

FAKE_CAMERA = "arv-fake-gv-camera-0.8"
CLONE_NEWNET = 0x40000000
T = TypeVar("T")


def fake_camera_available() -> bool:
    return shutil.which(FAKE_CAMERA) is not None


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


def namespaces_available() -> tuple[bool, str]:
    """Whether this machine lets us create network namespaces, and why not."""
    if shutil.which("ip") is None:
        return False, "the `ip` command (iproute2) is not installed"
    if os.geteuid() != 0:
        return False, "network namespaces need root"
    probe = f"pxprobe{os.getpid()}"
    try:
        _ip("netns", "add", probe)
    except subprocess.CalledProcessError as exc:
        return False, f"`ip netns add` is not permitted here: {exc.stderr.strip()}"
    _ip("netns", "del", probe)
    return True, ""


def run_in_netns(namespace: str, fn: Callable[[], T]) -> T:
    """Run ``fn`` in a new thread that has joined ``namespace``; threads it starts are in it too."""
    libc = ctypes.CDLL(None, use_errno=True)
    outcome: list[T] = []
    failure: list[BaseException] = []

    def body() -> None:
        try:
            with open(f"/run/netns/{namespace}") as handle:
                if libc.setns(handle.fileno(), CLONE_NEWNET) != 0:
                    raise OSError(ctypes.get_errno(), f"setns into {namespace} failed")
            outcome.append(fn())
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=body, name=f"netns-{namespace}")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]


def discover_serials(targets: Iterable[tuple[str, str]], port: int = gvcp.GVCP_PORT, wait: float = 0.1) -> set[str]:
    """Serials that answer one DISCOVERY_CMD sent from ``(local address, destination)`` pairs within ``wait`` s."""
    found: set[str] = set()
    selector = selectors.DefaultSelector()
    sockets = []
    try:
        for local, destination in targets:
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sock.bind((local, 0))
            sock.setblocking(False)
            try:
                sock.sendto(gvcp.discovery_cmd(1), (destination, port))
            except OSError:
                continue
            selector.register(sock, selectors.EVENT_READ)
        end = time.monotonic() + wait
        while (left := end - time.monotonic()) > 0 and selector.get_map():
            for key, _ in selector.select(left):
                try:
                    data = key.fileobj.recv(2048)  # type: ignore[union-attr]
                    found.add(gvcp.parse_discovery_ack(data).serial)
                except (OSError, gvcp.GvcpError):
                    continue
    finally:
        selector.close()
        for sock in sockets:
            sock.close()
    return found


def wait_for_serials(
    expected: set[str], targets: list[tuple[str, str]], timeout: float = 15.0, netns: str | None = None
) -> None:
    """Poll with discovery until every expected camera answers (the fakes take a moment to start)."""
    end = time.monotonic() + timeout
    seen: set[str] = set()
    while time.monotonic() < end:
        if netns is None:
            seen |= discover_serials(targets)
        else:
            seen |= run_in_netns(netns, lambda: discover_serials(targets))
        if expected <= seen:
            return
    raise RuntimeError(f"fake cameras {sorted(expected - seen)} did not answer within {timeout:g} s")


class FakeCameras:
    """Started fake camera processes; stops them all."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, interface: str, serial: str, netns: str | None = None) -> None:
        argv = [FAKE_CAMERA, "-i", interface, "-s", serial]
        if netns:
            argv = ["ip", "netns", "exec", netns, *argv]
        log = (self.log_dir / f"fake-{serial}.log").open("wb")
        self.processes.append(subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT))
        log.close()

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes.clear()


class GigeLab:
    """The namespaces of the module docstring, with their fake cameras running."""

    HOST_NICS: ClassVar[dict[str, tuple[str, str, int]]] = {
        "gige1": ("10.201.1.1", "255.255.255.0", 9000),
        "gige2": ("10.201.2.1", "255.255.255.0", 1500),
        "gige3": ("10.201.3.1", "255.255.255.0", 9000),
        "gige4": ("10.201.4.1", "255.255.255.0", 9000),
    }
    ARAVIS_SERIALS: ClassVar[set[str]] = {"LOOP1", "LOOP2", "SAMENET", "WRONGNET"}
    BROADCASTING: ClassVar[dict[str, tuple[str, str, str, Literal["broadcast", "both"]]]] = {
        "BCASTNET": ("gige3", "10.203.0.2/24", "020000000302", "broadcast"),
        "BOTHWAYS": ("gige4", "10.201.4.2/24", "020000000402", "both"),
    }
    """Serial -> (host card, camera address, MAC, how it answers discovery) of the ``FakeGvcpDevice`` cameras."""
    SERIALS: ClassVar[set[str]] = ARAVIS_SERIALS | set(BROADCASTING)

    def __init__(self, log_dir: Path) -> None:
        tag = str(os.getpid())
        self.host = f"pxh{tag}"
        self.cam1 = f"pxc1{tag}"
        self.cam2 = f"pxc2{tag}"
        self.cam3 = f"pxc3{tag}"
        self.cam4 = f"pxc4{tag}"
        self.cameras = FakeCameras(log_dir)
        self.devices: list[FakeGvcpDevice] = []
        self.namespaces: list[str] = []

    def start(self) -> None:
        try:
            self._build()
            self.cameras.start("127.0.0.1", "LOOP1", self.host)
            self.cameras.start("127.0.0.2", "LOOP2", self.host)
            self.cameras.start("eth0", "SAMENET", self.cam1)
            self.cameras.start("eth0", "WRONGNET", self.cam2)
            for namespace, (serial, (_nic, address, mac, reply)) in self._broadcasting():
                self.devices.append(run_in_netns(namespace, functools.partial(_device, serial, address, mac, reply)))
            targets = [("127.0.0.1", "127.0.0.1"), ("127.0.0.1", "127.0.0.2")]
            targets += [(ip, "255.255.255.255") for ip, _mask, _mtu in self.HOST_NICS.values()]
            wait_for_serials(self.ARAVIS_SERIALS, targets, netns=self.host)  # the FakeGvcpDevice are up already
        except BaseException:
            self.stop()
            raise

    def _broadcasting(self) -> list[tuple[str, tuple[str, tuple[str, str, str, Literal["broadcast", "both"]]]]]:
        """(namespace, (serial, its ``BROADCASTING`` entry)) of each ``FakeGvcpDevice`` camera."""
        return list(zip((self.cam3, self.cam4), self.BROADCASTING.items(), strict=True))

    @staticmethod
    def _remove_stale() -> None:
        """Namespaces left by a run that was killed before it could clean up (its process is gone)."""
        listing = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, check=False).stdout
        for line in listing.splitlines():
            name = line.split()[0] if line.split() else ""
            match = re.fullmatch(r"px(?:h|c[1-4])(\d+)", name)
            if match and not Path(f"/proc/{match.group(1)}").exists():
                subprocess.run(["ip", "netns", "del", name], capture_output=True, check=False)

    def _build(self) -> None:
        self._remove_stale()
        for name in (self.host, self.cam1, self.cam2, self.cam3, self.cam4):
            _ip("netns", "add", name)
            self.namespaces.append(name)
            _ip("-n", name, "link", "set", "lo", "up")
        _ip("-n", self.host, "addr", "add", "127.0.0.2/8", "dev", "lo")
        # Answers from the camera on another subnet arrive on a card with no route back: accept them.
        for knob in ("all", "default"):
            _ip("netns", "exec", self.host, "sh", "-c", f"echo 0 > /proc/sys/net/ipv4/conf/{knob}/rp_filter")
        links = [(self.cam1, "gige1", "10.201.1.2/24"), (self.cam2, "gige2", "10.202.0.2/24")]
        links += [(cam, nic, address) for cam, (_serial, (nic, address, _mac, _reply)) in self._broadcasting()]
        for cam, host_if, cam_addr in links:
            host_ip, _mask, mtu = self.HOST_NICS[host_if]
            _ip("link", "add", host_if, "netns", self.host, "mtu", str(mtu), "type", "veth",
                "peer", "name", "eth0", "netns", cam, "mtu", str(mtu))  # fmt: skip
            _ip("-n", self.host, "addr", "add", f"{host_ip}/24", "dev", host_if)
            _ip("-n", cam, "addr", "add", cam_addr, "dev", "eth0")
            _ip("-n", self.host, "link", "set", host_if, "up")
            _ip("-n", cam, "link", "set", "eth0", "up")
        # The cameras can answer whoever asks on their cable, as real cameras do (and the broadcasting fakes
        # can send to 255.255.255.255); the host has no route back to those on another subnet.
        for cam in (self.cam2, self.cam3, self.cam4):
            _ip("-n", cam, "route", "add", "default", "dev", "eth0")

    def stop(self) -> None:
        self.cameras.stop()
        for device in self.devices:
            device.close()
        self.devices.clear()
        for name in reversed(self.namespaces):
            subprocess.run(["ip", "netns", "del", name], check=False, capture_output=True)
        self.namespaces.clear()

    def scan(
        self, hosts: Iterable[str] = (), seconds: float = 1.0, broadcast: bool = True
    ) -> tuple[ScanResult, list[Nic]]:
        """A scan with the GigE Vision probe alone, run by a child process in the host namespace (so psutil sees
        that namespace's interfaces, as on a real computer), and the interfaces it saw."""
        options = ["--seconds", str(seconds)] + ([] if broadcast else ["--no-broadcast"])
        argv = [sys.executable, "-m", "tests.gige_lab", *options, "--", *hosts]
        root = Path(__file__).resolve().parent.parent
        env = {**_lab_env(), "PYTHONPATH": str(root)}
        out = subprocess.run(
            ["ip", "netns", "exec", self.host, *argv], check=True, capture_output=True, text=True, cwd=root, env=env
        ).stdout
        return result_from_json(out)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``pixrma ARGS`` run in the host namespace."""
        root = Path(__file__).resolve().parent.parent
        env = {**_lab_env(), "PYTHONPATH": str(root)}
        argv = ["ip", "netns", "exec", self.host, sys.executable, "-m", "pixrma_desktop", *args]
        return subprocess.run(argv, capture_output=True, text=True, cwd=root, env=env, check=False)


def _device(serial: str, address: str, mac: str, reply: Literal["broadcast", "both"]) -> FakeGvcpDevice:
    """A ``FakeGvcpDevice`` listening as a cabled camera does, started in the current network namespace."""
    ip = address.split("/")[0]

    def ack(request_id: int) -> bytes:
        return gvcp.build_discovery_ack(
            request_id,
            manufacturer=b"Pixrma Lab",
            model=b"Broadcaster",
            serial=serial.encode(),
            mac=bytes.fromhex(mac),
            ip=ip,
            subnet="255.255.255.0",
            ip_config_current=0x1,
        )

    return FakeGvcpDevice(discovery_ack=ack, bind=("0.0.0.0", gvcp.GVCP_PORT), discovery_reply=reply)


def _lab_env() -> dict[str, str]:
    """The environment for a child in the lab: the broadcast search is allowed there (tests forbid it outside)."""
    return {k: v for k, v in os.environ.items() if k != "PIXRMA_GIGE_INTERFACES"}


def result_from_json(text: str) -> tuple[ScanResult, list[Nic]]:
    data = json.loads(text)
    result = ScanResult(
        cameras=tuple(record_from_dict(c) for c in data["scan"]["cameras"]),
        warnings=tuple(scan_warning_from_dict(w) for w in data["scan"]["warnings"]),
        seconds=data["scan"]["seconds"],
    )
    return result, [Nic(**n) for n in data["nics"]]


def _main(argv: list[str]) -> int:
    """Scan with the GigE Vision probe and print the result and the interfaces as JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--no-broadcast", action="store_true")
    parser.add_argument("hosts", nargs="*")
    args = parser.parse_args(argv)
    probe = GigeVisionProbe(args.hosts, broadcast=not args.no_broadcast)
    result = scan([probe], CameraSettings(gige_discovery_s=args.seconds))
    print(json.dumps({"scan": result.to_dict(), "nics": [dataclasses.asdict(n) for n in local_nics()]}))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
