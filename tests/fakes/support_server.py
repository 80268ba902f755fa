"""A fake support server: a small JSON HTTP service on loopback that files tickets and counts them.

It is deliberately naive where a real server would be too: it files every POST it receives, even a second
one with the same submission id, so a test can count duplicates (``creates_per_submission``). Faults can be
scripted per request (``fail_next``): an HTTP status with an optional Retry-After, or ``drop`` — the request
is received and filed, then the connection is closed without an answer (the uncertain case).

API (JSON):
    POST /tickets                      {"submission_id", "subject", "requestor", "body", "serials", "models",
                                        "firmware", "attachments": [{"filename", "content_type", "data"}]}
                                       → 201 {"id", "url"}; 400/401 {"message", "problems"?}
    GET  /tickets?submission_id=ID     → 200 {"items": [{"id", "url"}]}
    GET  /tickets/N                    → 200 {"id", "step", "status", "rma_number"}
"""

from __future__ import annotations

import collections
import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Fault:
    status: int = 0
    """Answer with this HTTP status instead of filing (0: no status fault)."""
    retry_after: str | None = None
    drop: bool = False
    """File the ticket, then close the connection without answering."""
    message: str = "scripted failure"


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _authorized(self) -> bool:
        fake = self.server.fake
        if fake.token is None or self.headers.get("Authorization") == f"Bearer {fake.token}":
            return True
        self._send(401, {"message": "The access token is missing or wrong."})
        return False

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        fake = self.server.fake
        if urlsplit(self.path).path != "/tickets":
            self._send(404, {"message": "no such endpoint"})
            return
        if not self._authorized():
            return
        fault = fake.take_fault()
        if fault is not None and fault.status:
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            self._send(fault.status, {"message": fault.message}, headers)
            return
        try:
            data = json.loads(raw)
        except ValueError:
            self._send(400, {"message": "The body is not JSON."})
            return
        if not str(data.get("requestor") or "").strip():
            self._send(
                400,
                {
                    "message": "A requestor e-mail address is required.",
                    "problems": [{"field": "requestor", "message": "missing"}],
                },
            )
            return
        ticket = fake.file(data)
        if fault is not None and fault.drop:
            self.close_connection = True
            return
        self._send(201, {"id": ticket["id"], "url": ticket["url"]}, {"Location": ticket["url"]})

    def do_GET(self) -> None:
        fake = self.server.fake
        if not self._authorized():
            return
        parts = urlsplit(self.path)
        if parts.path == "/tickets":
            wanted = parse_qs(parts.query).get("submission_id", [""])[0]
            items = [{"id": t["id"], "url": t["url"]} for t in fake.tickets_snapshot() if t["submission_id"] == wanted]
            self._send(200, {"items": items})
            return
        if parts.path.startswith("/tickets/"):
            ticket_id = parts.path.rsplit("/", 1)[1]
            for ticket in fake.tickets_snapshot():
                if ticket["id"] == ticket_id:
                    self._send(
                        200,
                        {
                            "id": ticket_id,
                            "step": ticket["step"],
                            "status": ticket["status"],
                            "rma_number": ticket["rma_number"],
                        },
                    )
                    return
        self._send(404, {"message": "No such ticket."})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeSupportServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        self.fake.connection_errors += 1  # a client killed mid-request: expected in crash tests


class FakeSupportServer:
    """Start with ``start()`` (or ``with``); ``url`` is its base address on 127.0.0.1."""

    def __init__(self, token: str | None = None) -> None:
        self.token = token
        self._lock = threading.Lock()
        self._tickets: list[dict[str, Any]] = []
        self._faults: collections.deque[Fault] = collections.deque()
        self.connection_errors = 0
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-support", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeSupportServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> FakeSupportServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def fail_next(self, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend(faults)

    def take_fault(self) -> Fault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None

    def file(self, data: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            ticket_id = str(len(self._tickets) + 1)
            ticket = {
                **data,
                "id": ticket_id,
                "url": f"{self.url}/tickets/{ticket_id}",
                "step": "received",
                "status": "new",
                "rma_number": None,
            }
            self._tickets.append(ticket)
            return ticket

    def tickets_snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._tickets)

    def set_step(self, ticket_id: str, step: str, rma_number: str | None = None) -> None:
        with self._lock:
            for ticket in self._tickets:
                if ticket["id"] == ticket_id:
                    ticket["step"], ticket["rma_number"] = step, rma_number

    def creates_per_submission(self) -> collections.Counter[str]:
        return collections.Counter(t["submission_id"] for t in self.tickets_snapshot())
