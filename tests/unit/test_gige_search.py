"""The pairing of each card's socket with its broadcast-answer listener (real sockets on 127.0.0.1)."""

import errno
import socket

import pytest

from pixrma_desktop.cameras.gige.search import (
    LIMITED_BROADCAST,
    LISTENER_ATTEMPTS,
    open_broadcast_listener,
    open_card_sockets,
    open_udp_socket,
)


@pytest.fixture
def sockets():
    opened = []
    yield opened
    for sock in opened:
        sock.close()


def test_the_listener_is_on_the_broadcast_address_at_the_card_sockets_port(sockets):
    sock, listener = open_card_sockets("127.0.0.1")
    sockets += [sock, listener]
    assert sock.getsockname()[0] == "127.0.0.1"
    assert listener is not None
    assert listener.getsockname() == (LIMITED_BROADCAST, sock.getsockname()[1])
    assert listener.getblocking() is False


def test_a_port_taken_on_the_broadcast_address_moves_the_card_to_another_port(sockets):
    """Another card's socket can have the same port number; its listener then holds 255.255.255.255 there."""
    other = open_broadcast_listener(0)
    sockets.append(other)
    taken = other.getsockname()[1]

    def open_socket(local_ip):
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind((local_ip, 0 if sockets[1:] else taken))
        sockets.append(sock)
        return sock

    sock, listener = open_card_sockets("127.0.0.1", open_socket)
    sockets.append(listener)
    assert sockets[1].fileno() == -1, "the socket on the taken port is closed"
    assert listener is not None
    assert listener.getsockname()[1] == sock.getsockname()[1] != taken


def test_where_the_system_refuses_the_listener_the_card_socket_searches_alone(sockets):
    def refuse(port):
        raise OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")

    sock, listener = open_card_sockets("127.0.0.1", open_listener=refuse)
    sockets.append(sock)
    assert listener is None
    assert sock.fileno() != -1


def test_a_broadcast_port_never_free_gives_up_on_the_listener(sockets):
    def open_socket(local_ip):
        sockets.append(open_udp_socket(local_ip))
        return sockets[-1]

    def busy(port):
        raise OSError(errno.EADDRINUSE, "Address already in use")

    sock, listener = open_card_sockets("127.0.0.1", open_socket, busy)
    assert listener is None
    assert len(sockets) == LISTENER_ATTEMPTS + 1
    assert [s.fileno() == -1 for s in sockets] == [True] * LISTENER_ATTEMPTS + [False]
    assert sock is sockets[-1]


def test_a_card_socket_that_cannot_be_opened_raises():
    def cannot(local_ip):
        raise OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")

    with pytest.raises(OSError, match="Cannot assign"):
        open_card_sockets("192.0.2.1", cannot)
