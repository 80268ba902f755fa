"""One GigE Vision search (see ``gigevision``): its sockets, the requests in flight and the cameras heard.

Imported by the probe only when there is something to search, so a scan without GigE Vision loads no
socket or GVCP code.

Answers sent to the broadcast address. The DISCOVERY_CMD allows a camera to broadcast its DISCOVERY_ACK to
255.255.255.255 (at the source port of the command), and a camera on another subnet than the card often does,
having no route back. On Linux a socket bound to the card's own address does not receive datagrams addressed
to 255.255.255.255, so each card's socket gets a companion: a listener bound to 255.255.255.255 on the same
port (``open_card_sockets``). Binding to the broadcast address needs no privilege; the port is ours already
(the card's socket holds it) and nothing is shared (no SO_REUSEADDR), so no other program's datagrams are
taken and nothing listens on the GVCP port. An answer heard there matches the command of that card's socket
(same port, same request id), so the camera is attributed to that card, as a unicast answer is; a camera heard
both ways is one camera (answers are keyed by MAC). SO_BINDTODEVICE on a wildcard-bound socket would hear them
too, but it needs CAP_NET_RAW before Linux 5.7 and takes the card's port on every address. The kernel's
reverse-path filter may drop such an answer (unicast or broadcast) before any socket sees it: strict mode
(rp_filter=1) unless the route back to the camera's address goes out of that card, loose mode (2, as systemd
sets it) unless some route leads there (a default route will do); off (0) keeps it.

Elsewhere (not tested there): where the system refuses the bind (Windows and macOS are expected to, as
255.255.255.255 is no address of theirs), the card's socket searches alone; Windows delivers broadcasts to a
socket bound to the card's address anyway, macOS then hears unicast answers only.
"""

from __future__ import annotations

import errno
import ipaddress
import random
import selectors
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pixrma_desktop.cameras.gige import NAME, gvcp
from pixrma_desktop.cameras.network import Nic, local_nics, nic_for_address
from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice, notice

LIMITED_BROADCAST = "255.255.255.255"
LISTENER_ATTEMPTS = 4
"""Tries at a port whose broadcast address is free (another card's socket may have the same port number)."""


def open_udp_socket(local_ip: str) -> socket.socket:
    """A non-blocking UDP socket bound to ``local_ip`` (any port), allowed to broadcast."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        sock.bind((local_ip, 0))
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


def open_broadcast_listener(port: int) -> socket.socket:
    """A non-blocking UDP socket that receives what is sent to 255.255.255.255 at ``port`` (Linux)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.bind((LIMITED_BROADCAST, port))
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


def open_card_sockets(
    local_ip: str,
    open_socket: Callable[[str], socket.socket] = open_udp_socket,
    open_listener: Callable[[int], socket.socket] = open_broadcast_listener,
) -> tuple[socket.socket, socket.socket | None]:
    """A card's socket (bound to ``local_ip``) and, where the system allows one, a listener for the answers
    broadcast to its port; raises only when the card's socket cannot be opened."""
    for _attempt in range(LISTENER_ATTEMPTS):
        sock = open_socket(local_ip)
        try:
            return sock, open_listener(sock.getsockname()[1])
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                return sock, None  # not allowed here (see the module docstring): the card's socket alone
            sock.close()  # 255.255.255.255 at this port is taken (another card's socket has the same port)
        except BaseException:
            sock.close()
            raise
    return open_socket(local_ip), None


@dataclass
class _Channel:
    sock: socket.socket
    listener: socket.socket | None
    """Hears the answers broadcast to ``sock``'s port (see the module docstring)."""
    nic: Nic | None
    host: str | None = None
    """Set for a unicast channel (connected to this host)."""
    answered: bool = False
    refused: bool = False


@dataclass
class _Camera:
    ack: gvcp.DiscoveryAck
    source_ip: str
    channel: _Channel
    nic: Nic | None
    """The interface the camera is cabled to (as far as this computer can tell)."""
    ccp: int | None = None
    unicast: bool = False
    """A discovery answer of its reached this computer's own address (not only the broadcast address)."""
    notes: list[Notice] = field(default_factory=list)
    ready: bool = False
    """Everything the probe will learn about it is known."""
    done: bool = False
    """Its record has been yielded."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


class GigeSearch:
    """One search: broadcast on the allowed interfaces (None: every one) and ask each host directly."""

    def __init__(
        self,
        hosts: list[str],
        allowed: set[str] | None,
        *,
        nics: Callable[[], list[Nic]] | None = None,
        open_socket: Callable[[str], socket.socket] | None = None,
        port: int | None = None,
        broadcast: bool = True,
    ) -> None:
        self.hosts = hosts
        self.allowed = allowed
        self.broadcast = broadcast
        self.port = gvcp.GVCP_PORT if port is None else port
        self._nics = nics or local_nics
        self._open = open_socket or open_udp_socket
        self._last_id = random.randrange(1, 0x10000)  # noqa: S311 - request ids need no secrecy
        self._garbage: dict[str, str] = {}
        self._nic_list: list[Nic] = []

    def _next_id(self) -> int:
        self._last_id = self._last_id % 0xFFFF + 1
        return self._last_id

    def _list_nics(self) -> list[Nic]:
        self._nic_list = self._nics()
        return self._nic_list

    def run(self, ctx: ProbeContext, end: float) -> Iterator[ProbeItem]:
        """Search until ``end`` (a ``time.monotonic()`` value), yielding records and warnings as they come."""
        try:
            nics = self._list_nics()
        except OSError as exc:
            nics = []
            yield ScanWarning(NAME, notice(Code.NETWORK_INTERFACES_UNREADABLE, error=_reason(exc)))
        channels: list[_Channel] = []
        pending: dict[tuple[int, int], str | None] = {}
        """(channel index, request id) -> None for a discovery, else the camera key whose CCP was asked."""
        selector = selectors.DefaultSelector()
        try:
            yield from self._open_channels(nics, channels, pending, selector)
            if not channels:
                if not nics and not self.hosts:
                    yield ScanWarning(NAME, notice(Code.GIGE_NO_INTERFACE))
                return
            cameras: dict[str, _Camera] = {}
            while not ctx.cancel_event.is_set():
                if self._finished_early(channels, cameras):
                    break
                timeout = end - time.monotonic()
                if timeout <= 0:
                    break
                for key, _events in selector.select(timeout):
                    sock, index = key.fileobj, key.data
                    assert isinstance(sock, socket.socket)
                    yield from self._receive(index, sock, channels, cameras, pending)
                yield from self._ready_records(cameras)
            for camera in cameras.values():
                if not camera.done:
                    camera.done = True
                    yield self._record(camera)
            for channel in channels:
                if channel.host and not channel.answered:
                    yield self._silent_host_warning(channel)
            for address, reason in self._garbage.items():
                yield ScanWarning(NAME, notice(Code.GIGE_INVALID_REPLY, address=address, reason=reason))
        finally:
            selector.close()
            for channel in channels:
                channel.sock.close()
                if channel.listener is not None:
                    channel.listener.close()

    def _open_channels(
        self,
        nics: list[Nic],
        channels: list[_Channel],
        pending: dict[tuple[int, int], str | None],
        selector: selectors.BaseSelector,
    ) -> Iterator[ScanWarning]:
        def add(channel: _Channel, destination: tuple[str, int] | None) -> None:
            request_id = self._next_id()
            packet = gvcp.discovery_cmd(request_id)
            if destination is None:
                channel.sock.send(packet)
            else:
                channel.sock.sendto(packet, destination)
            channels.append(channel)
            selector.register(channel.sock, selectors.EVENT_READ, len(channels) - 1)
            if channel.listener is not None:
                selector.register(channel.listener, selectors.EVENT_READ, len(channels) - 1)
            pending[(len(channels) - 1, request_id)] = None

        allowed = self.allowed
        if self.broadcast:
            for nic in nics:
                if nic.is_loopback:
                    continue  # loopback has no broadcast; cameras there are found by address
                if allowed is not None and nic.name not in allowed:
                    continue
                try:
                    sock, listener = open_card_sockets(nic.ip, self._open)
                except OSError as exc:
                    yield ScanWarning(NAME, notice(Code.GIGE_SEARCH_FAILED, nic=nic.name, error=_reason(exc)))
                    continue
                try:
                    add(_Channel(sock, listener, nic), (LIMITED_BROADCAST, self.port))
                except OSError as exc:
                    sock.close()
                    if listener is not None:
                        listener.close()
                    yield ScanWarning(NAME, notice(Code.GIGE_SEARCH_FAILED, nic=nic.name, error=_reason(exc)))
        for host in self.hosts:
            try:
                address = socket.gethostbyname(host)
            except OSError as exc:
                yield ScanWarning(NAME, notice(Code.GIGE_BAD_ADDRESS, host=host, error=_reason(exc)))
                continue
            try:
                sock = self._open("0.0.0.0")  # noqa: S104 - the kernel picks the interface that routes to host
            except OSError as exc:
                yield ScanWarning(NAME, notice(Code.GIGE_SOCKET_FAILED, error=_reason(exc)))
                continue
            try:
                sock.connect((address, self.port))
                local_nic = nic_for_address(nics, sock.getsockname()[0])
                add(_Channel(sock, None, local_nic, host=host), None)
            except OSError as exc:
                sock.close()
                yield ScanWarning(NAME, notice(Code.GIGE_UNREACHABLE, host=host, error=_reason(exc)))

    def _receive(
        self,
        index: int,
        sock: socket.socket,
        channels: list[_Channel],
        cameras: dict[str, _Camera],
        pending: dict[tuple[int, int], str | None],
    ) -> Iterator[ScanWarning]:
        channel = channels[index]
        while True:
            try:
                data, source = sock.recvfrom(2048)
            except BlockingIOError:
                return
            except ConnectionRefusedError:
                channel.refused = True  # an ICMP "port unreachable" for a connected socket
                continue
            except OSError as exc:
                yield ScanWarning(NAME, notice(Code.GIGE_RECEIVE_FAILED, error=_reason(exc)))
                return
            self._handle(index, channel, data, source[0], cameras, pending, broadcast=sock is channel.listener)

    def _handle(
        self,
        index: int,
        channel: _Channel,
        data: bytes,
        source_ip: str,
        cameras: dict[str, _Camera],
        pending: dict[tuple[int, int], str | None],
        *,
        broadcast: bool = False,
    ) -> None:
        try:
            header = gvcp.parse_ack_header(data)
        except gvcp.GvcpError as exc:
            self._garbage.setdefault(source_ip, str(exc))
            return
        request = (index, header.ack_id)
        if request not in pending:
            return  # a late or duplicate answer, or one meant for another program
        camera_key = pending[request]
        if camera_key is None:
            try:
                ack = gvcp.parse_discovery_ack(data, header.ack_id)
            except gvcp.GvcpError as exc:
                self._garbage.setdefault(source_ip, str(exc))
                return
            channel.answered = True
            key = (ack.mac or f"{ack.serial}@{ack.ip or source_ip}").lower()
            if key in cameras:
                cameras[key].unicast |= not broadcast
                return  # the same camera, seen again through another interface or address
            nic = self._nic_of(channel, [a for a in (ack.ip, source_ip) if a])
            camera = _Camera(ack, source_ip, channel, nic, unicast=not broadcast)
            cameras[key] = camera
            self._ask_ccp(index, key, camera, pending)
            return
        del pending[request]
        camera = cameras[camera_key]
        try:
            (camera.ccp,) = gvcp.parse_readreg_ack(data, header.ack_id)
        except gvcp.GvcpError as exc:
            camera.notes.append(notice(Code.GIGE_CONTROL_UNREADABLE, error=str(exc)))
        camera.ready = True

    def _ask_ccp(self, index: int, key: str, camera: _Camera, pending: dict[tuple[int, int], str | None]) -> None:
        request_id = self._next_id()
        packet = gvcp.readreg_cmd(request_id, [gvcp.CCP_REGISTER])
        try:
            if camera.channel.host is not None:
                camera.channel.sock.send(packet)
            else:
                camera.channel.sock.sendto(packet, (camera.source_ip, self.port))
        except OSError as exc:
            unreachable = exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH)
            camera.notes.append(
                notice(Code.GIGE_CAMERA_UNREACHABLE, ip=camera.source_ip, error=_reason(exc))
                if unreachable
                else notice(Code.GIGE_CONTROL_UNASKED, error=_reason(exc))
            )
            camera.ready = True
            return
        pending[(index, request_id)] = key

    def _ready_records(self, cameras: dict[str, _Camera]) -> Iterator[CameraRecord]:
        for camera in cameras.values():
            if camera.ready and not camera.done:
                camera.done = True
                yield self._record(camera)

    def _nic_of(self, channel: _Channel, addresses: list[str]) -> Nic | None:
        """The receiving interface, unless the camera's address (from its answer, or the sender's) belongs to
        this computer itself (a camera simulator, or one on loopback hearing the broadcast): then the
        interface that owns that address."""
        nic = channel.nic
        for address in addresses:
            own = nic_for_address(self._nic_list, address)
            if own is None and ipaddress.IPv4Address(address).is_loopback:
                own = next((n for n in self._nic_list if n.is_loopback), None)
            if own is not None:
                return own
            if nic is not None and nic.contains(address):
                return nic
        return nic

    @staticmethod
    def _finished_early(channels: list[_Channel], cameras: dict[str, _Camera]) -> bool:
        """Only configured hosts were asked, each answered (or refused), and every camera is reported."""
        if any(channel.host is None for channel in channels):
            return False
        if not all(channel.answered or channel.refused for channel in channels):
            return False
        return all(camera.done for camera in cameras.values())

    def _silent_host_warning(self, channel: _Channel) -> ScanWarning:
        code = Code.GIGE_PORT_CLOSED if channel.refused else Code.GIGE_NO_ANSWER
        return ScanWarning(NAME, notice(code, host=channel.host or ""))

    @staticmethod
    def _record(camera: _Camera) -> CameraRecord:
        ack = camera.ack
        nic = camera.nic
        network = NetworkLocation(
            mac=ack.mac,
            ip=ack.ip or camera.source_ip,
            subnet=ack.subnet,
            gateway=ack.gateway,
            ip_config=ack.ip_config,
            nic=nic.name if nic else None,
            nic_ip=nic.ip if nic else None,
            nic_netmask=nic.netmask if nic else None,
            nic_mtu=nic.mtu if nic else None,
        )
        warnings = list(camera.notes)
        if not camera.unicast and nic is not None and nic.contains(network.ip or "") and not nic.is_loopback:
            warnings.append(notice(Code.GIGE_BROADCAST_ONLY, nic=nic.name))  # on its card's subnet: unexpected
        in_use = bool(camera.ccp)
        if in_use:
            warnings.append(notice(Code.GIGE_CAMERA_IN_USE))
        return CameraRecord(
            vendor=ack.manufacturer or None,
            model=ack.model or None,
            serial=ack.serial or None,
            device_version=ack.device_version or None,
            manufacturer_info=ack.manufacturer_info or None,
            user_name=ack.user_name or None,
            transport=Transport.GIGE_VISION,
            network=network,
            in_use=in_use,
            probes=(NAME,),
            warnings=tuple(warnings),
        )
