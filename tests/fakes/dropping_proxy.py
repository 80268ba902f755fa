"""A TCP proxy on loopback that loses the answer to a POST: the fault the exactly-once logic must survive.

Every connection is forwarded to the target. When a connection carries a POST, the proxy forwards the request,
lets the server finish it (reads the server's whole answer), then drops the client connection with a reset
instead of passing the answer on: the ticket exists, but the client never hears about it.

``drop_paths`` limits this to POSTs whose path contains one of the given pieces (``"/correspond"``: a reply
is lost, while the searches REST2 also does with POST pass), and ``drop_limit`` to the first so many.
"""

from __future__ import annotations

import socket
import struct
import threading
from contextlib import suppress


class DroppingProxy:
    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        drop_posts: bool = True,
        drop_paths: tuple[str, ...] = (),
        drop_limit: int | None = None,
    ) -> None:
        self.target = (target_host, target_port)
        self.drop_posts = drop_posts
        self.drop_paths = tuple(p.encode() for p in drop_paths)
        self.drop_limit = drop_limit
        self.dropped = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> DroppingProxy:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        with suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept() on Linux
        with suppress(OSError):
            self._listener.close()
        for thread in self._threads:
            thread.join(timeout=10)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _should_drop(self, request_line: bytes) -> bool:
        if self.drop_paths and not any(piece in request_line for piece in self.drop_paths):
            return False
        with self._lock:
            if self.drop_limit is not None:
                if self.drop_limit <= 0:
                    return False
                self.drop_limit -= 1
        return True

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection(self.target, timeout=120)
        saw_post = threading.Event()

        def client_to_server() -> None:
            with suppress(OSError):
                while data := client.recv(256 * 1024):
                    if data.startswith(b"POST ") and self._should_drop(data.split(b"\r\n", 1)[0]):
                        saw_post.set()
                    upstream.sendall(data)
            with suppress(OSError):
                upstream.shutdown(socket.SHUT_WR)

        pump = threading.Thread(target=client_to_server, daemon=True)
        pump.start()
        try:
            while data := upstream.recv(256 * 1024):
                if self.drop_posts and saw_post.is_set():
                    _read_whole_answer(upstream, data)  # let the server finish its answer, then lose it
                    with self._lock:
                        self.dropped += 1
                    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    break
                client.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (client, upstream):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)  # wakes the other pump, blocked in recv()
                with suppress(OSError):
                    sock.close()
            pump.join(timeout=10)


def _read_whole_answer(upstream: socket.socket, received: bytes) -> None:
    """Read until the HTTP answer that begins with ``received`` is complete (or the server closes)."""
    while b"\r\n\r\n" not in received:
        if not (more := upstream.recv(65536)):
            return
        received += more
    head, body = received.split(b"\r\n\r\n", 1)
    headers = {
        name.strip().lower(): value.strip()
        for name, _, value in (line.decode("latin-1").partition(":") for line in head.split(b"\r\n")[1:])
    }
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while not body.endswith(b"0\r\n\r\n"):
            if not (more := upstream.recv(65536)):
                return
            body += more
        return
    length = int(headers.get("content-length", "0") or 0)
    while len(body) < length:
        if not (more := upstream.recv(65536)):
            return
        body += more
