"""GigE Vision probe: GVCP discovery on every IPv4 interface, plus unicast to the addresses the user gave.

On each interface that is up (loopback aside; none when the ``gige_search`` setting is off) a UDP socket bound
to the interface's address sends a DISCOVERY_CMD to 255.255.255.255; the kernel sends it out of that
interface, so a camera answers on the network card it is cabled to, and the answer tells which card that is.
A camera on another subnet may answer to the broadcast address instead; a listener on the same port hears it
on Linux (see ``gige.search``), so it is still attributed to its card.
Each configured host gets its own connected socket. Answers are collected until the discovery deadline
(``gige_discovery_s``). As soon as a camera answers, its control channel privilege register (CCP, 0x0A00) is
read on the same socket: non-zero means another application controls it. Each camera's record is yielded as
soon as that read is answered (or fails), the rest at the deadline. With only configured hosts and every one
answered, the probe ends early.

The probe never connects to a camera's control channel, so a camera streaming to another program is not
disturbed. Sockets come from ``open_socket`` and interfaces from ``nics``: tests pass their own. The search
itself is in ``gige.search``, imported only when there is something to search.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from pixrma_desktop.cameras.gige import NAME
from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem

if TYPE_CHECKING:
    import socket

    from pixrma_desktop.cameras.network import Nic

INTERFACES_ENV = "PIXRMA_GIGE_INTERFACES"
"""Comma-separated names of the network cards to search by broadcast (unset: every card; "none": no card)."""


class GigeVisionProbe:
    name = NAME

    def __init__(
        self,
        hosts: Sequence[str] = (),
        *,
        nics: Callable[[], list[Nic]] | None = None,
        open_socket: Callable[[str], socket.socket] | None = None,
        port: int | None = None,
        broadcast: bool = True,
        interfaces: Sequence[str] | None = None,
    ) -> None:
        self.hosts = tuple(hosts)
        """Addresses to ask directly, besides ``settings.gige_hosts`` (e.g. ``pixrma scan --gige-host``)."""
        self._nics = nics
        """The computer's interfaces (default: ``network.local_nics``)."""
        self._open = open_socket
        """Opens a UDP socket bound to an address (default: ``gige_search.open_udp_socket``)."""
        self.port = port
        """The GVCP port to ask (default: the standard 3956)."""
        self.broadcast = broadcast
        self.interfaces = interfaces
        """Broadcast only on these cards; None: from $PIXRMA_GIGE_INTERFACES, else every card."""

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        end = min(ctx.deadline, time.monotonic() + max(0.0, ctx.settings.gige_discovery_s))
        hosts = list(dict.fromkeys([*ctx.settings.gige_hosts, *self.hosts]))
        allowed = self._allowed_interfaces()
        broadcast = self.broadcast and ctx.settings.gige_search
        if not hosts and (not broadcast or allowed == set()):
            return  # nothing to search: no broadcast, no address to ask
        from pixrma_desktop.cameras.gige.search import GigeSearch

        search = GigeSearch(
            hosts, allowed, nics=self._nics, open_socket=self._open, port=self.port, broadcast=broadcast
        )
        yield from search.run(ctx, end)

    def _allowed_interfaces(self) -> set[str] | None:
        if self.interfaces is not None:
            return set(self.interfaces)
        value = os.environ.get(INTERFACES_ENV)
        if value is None:
            return None
        return {name.strip() for name in value.split(",") if name.strip() and name.strip().lower() != "none"}
