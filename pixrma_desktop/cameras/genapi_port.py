"""A read-only GenApi port over our own transport, and a node map built from a camera's XML on it.

genicam's GenApi evaluates features by reading the device through a port; ours reads with the function it is
given (GVCP READMEM, GenCP READMEM) and refuses every write, so taking a snapshot can never change a camera.
The port still tells GenApi it is read-write, so each feature's access mode is the one the XML gives it.
genicam is imported when a port is made.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

Reader = Callable[[int, int], bytes]


class WriteRefused(Exception):
    """Something tried to write through a snapshot port (it never should)."""


def make_port(read: Reader) -> Any:
    """A ``genicam.genapi.AbstractPort`` whose reads go to ``read(address, length)`` and whose writes fail."""
    from genicam.genapi import AbstractPort, EAccessMode

    class ReadOnlyPort(AbstractPort):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.reads = 0
            self.write_attempts = 0

        def is_open(self) -> bool:
            return True

        def open(self, port_object: Any) -> None:
            pass

        def close(self) -> None:
            pass

        def read(self, address: int, length: int) -> bytes:
            self.reads += 1
            return read(address, length)

        def write(self, address: int, value: Any) -> None:
            self.write_attempts += 1
            raise WriteRefused(f"a configuration snapshot never writes (address 0x{address:X})")

        def get_access_mode(self) -> Any:
            return EAccessMode.RW

    return ReadOnlyPort()


def port_names(node_map: Any) -> list[str]:
    """The names of the XML's Port nodes."""
    names = []
    for node in node_map.nodes:
        with contextlib.suppress(Exception):  # a node GenApi cannot describe is no port
            if int(node.node.principal_interface_type) == 11:  # EInterfaceType.intfIPort
                names.append(str(node.node.name))
    return names


def node_map_on(xml: bytes, read: Reader) -> tuple[Any, Any]:
    """(node map, port): the XML loaded and connected to a read-only port over ``read``."""
    from genicam.genapi import NodeMap

    node_map = NodeMap()
    node_map.load_xml_from_string(xml.decode("utf-8", errors="replace"))
    port = make_port(read)
    names = port_names(node_map)
    node_map.connect(port, "Device" if "Device" in names or not names else names[0])
    return node_map, port
