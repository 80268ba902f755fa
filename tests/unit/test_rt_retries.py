"""Retries: a GET is retried after a dropped connection, a POST never is (it may have created the ticket)."""

import socket
import threading
from contextlib import suppress

import pytest

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.backend import Submission, TicketRef, TransientError
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from pixrma_desktop.support.transport import TransportLimits


class HangUpServer:
    """Reads each request's head, then closes the connection without answering; counts the requests."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.requests: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self):
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                self.requests.append(data.split(b" ", 1)[0])

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        with suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self.thread.join(timeout=5)


@pytest.fixture
def server():
    with HangUpServer() as running:
        yield running


def backend_for(server):
    settings = SupportSettings(rt_url=f"http://127.0.0.1:{server.port}")
    limits = TransportLimits(connect_timeout_s=2, read_timeout_s=5, get_retries=2)
    return RtBackend(settings, Credential(token="t"), limits=limits)


def test_post_is_sent_once_and_the_failure_is_uncertain(server):
    submission = Submission("sub", "subject", "a@example.org", "body")
    with pytest.raises(TransientError) as caught:
        backend_for(server).create(submission)
    assert caught.value.uncertain
    assert server.requests == [b"POST"]


def test_get_is_retried_and_a_read_failure_is_not_uncertain(server):
    with pytest.raises(TransientError) as caught:
        backend_for(server).status(TicketRef("7"))
    assert not caught.value.uncertain
    assert server.requests.count(b"GET") == 2 * 3  # the ticket and the RMA search, each tried 1 + 2 times
