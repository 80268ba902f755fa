"""A stand-in for the two REST2 endpoints a reply uses, for killing reply senders: ``POST /ticket/N/correspond``
(recorded, then answered after a short random pause, so a kill often lands after the reply arrived but before
its sender heard so) and the filtered ``POST /ticket/N/attachments`` search the sender uses to look a reply up."""

from __future__ import annotations

import json
import random
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pixrma_desktop.support.rt_thread import reply_ids_in


class ReplyDeskServer:
    def __init__(self, *, max_pause_s: float = 0.05, seed: int = 1) -> None:
        self.correspondence: list[tuple[str, str]] = []
        """(ticket, text) of every correspondence received, in order."""
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._max_pause = max_pause_s
        desk = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"null")
                if match := re.match(r"/REST/2\.0/ticket/(\d+)/correspond$", self.path):
                    with desk._lock:
                        desk.correspondence.append((match.group(1), body["Content"]))
                        number = len(desk.correspondence)
                        pause = desk._rng.uniform(0, desk._max_pause)
                    # Fault injection, not a wait for a race: the answer is held back so the crash test's
                    # SIGKILL can land after the server kept the reply but before the client heard so.
                    time.sleep(pause)
                    self._answer(201, ["Correspondence added"], number)
                elif match := re.match(r"/REST/2\.0/ticket/(\d+)/attachments", self.path):
                    with desk._lock:
                        items = [
                            {"id": str(n + 1), "TransactionId": str(n + 1), "ContentType": "text/plain", "Content": t}
                            for n, (ticket, t) in enumerate(desk.correspondence)
                            if ticket == match.group(1)
                        ]
                    self._answer(200, {"page": 1, "per_page": 100, "pages": None, "items": items})
                else:
                    self._answer(404, {"message": "Not found"})

            def _answer(self, code: int, document: Any, _number: int = 0) -> None:
                data = json.dumps(document).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> ReplyDeskServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def replies_per_id(self) -> dict[str, int]:
        with self._lock:
            counts: dict[str, int] = {}
            for _, text in self.correspondence:
                for reply_id in reply_ids_in(text):
                    counts[reply_id] = counts.get(reply_id, 0) + 1
            return counts
