"""A ``SupportBackend`` client for the fake JSON support server (``support_server.py``) and look-alikes.

It maps HTTP outcomes onto the backend error taxonomy the way a real backend must: a connection that never
opened is a certain failure; anything going wrong after the request left is *uncertain* (the server may have
filed it); 429 / 503 are certain transient failures with Retry-After; other 5xx are uncertain transient;
401 asks for credentials; other 4xx need the user's attention.
"""

from __future__ import annotations

import base64
import http.client
import json
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urlsplit

from pixrma_desktop.support.backend import (
    AuthError,
    CaseStep,
    FieldProblem,
    PermanentError,
    Submission,
    TicketRef,
    TicketStatus,
    TransientError,
)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        import time

        return max(0.0, parsedate_to_datetime(value).timestamp() - (now or time.time()))
    except (TypeError, ValueError):
        return None


class FakeJsonBackend:
    name = "fake-json"

    def __init__(self, base_url: str, *, token: str | None = None, timeout: float = 10.0) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.token = token
        self.timeout = timeout

    def _call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> tuple[int, dict[str, Any], Any]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            try:
                conn.connect()
            except OSError as exc:
                raise TransientError(f"The support server cannot be reached ({exc}).", uncertain=False) from exc
            body = json.dumps(payload).encode() if payload is not None else None
            headers = {"Content-Type": "application/json", "Accept": "application/json"}
            if self.token:
                headers["Authorization"] = f"Bearer {self.token}"
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                raw = response.read()
            except (OSError, http.client.HTTPException) as exc:
                raise TransientError(
                    f"The connection to the support server broke ({exc or type(exc).__name__}).",
                    uncertain=method == "POST",
                ) from exc
            try:
                data = json.loads(raw) if raw else {}
            except ValueError:
                data = {"message": raw.decode("utf-8", "replace")[:200]}
            return response.status, data if isinstance(data, dict) else {}, response.headers
        finally:
            conn.close()

    @staticmethod
    def _raise_for(status: int, data: dict[str, Any], headers: Any, *, creating: bool) -> None:
        message = str(data.get("message") or f"HTTP {status}")
        if status == 401:
            raise AuthError(f"The support server refused the credentials: {message} Log in again.")
        if status in (429, 503):
            raise TransientError(
                f"The support server is busy ({status}): {message}",
                retry_after=parse_retry_after(headers.get("Retry-After")),
                uncertain=False,
            )
        if status >= 500:
            raise TransientError(f"The support server failed ({status}): {message}", uncertain=creating)
        problems = [
            FieldProblem(str(p.get("field", "")), str(p.get("message", "")))
            for p in data.get("problems") or ()
            if isinstance(p, dict)
        ]
        raise PermanentError(f"The support server refused the request ({status}): {message}", problems)

    def create(self, submission: Submission) -> TicketRef:
        payload = submission_payload(submission)
        status, data, headers = self._call("POST", "/tickets", payload)
        if status != 201:
            self._raise_for(status, data, headers, creating=True)
        return TicketRef(str(data["id"]), data.get("url"), self.name)

    def find(self, submission_id: str) -> TicketRef | None:
        status, data, headers = self._call("GET", f"/tickets?submission_id={quote(submission_id)}")
        if status != 200:
            self._raise_for(status, data, headers, creating=False)
        items = data.get("items") or []
        if not items:
            return None
        return TicketRef(str(items[0]["id"]), items[0].get("url"), self.name)

    def status(self, ticket: TicketRef) -> TicketStatus:
        status, data, headers = self._call("GET", f"/tickets/{quote(ticket.ticket_id)}")
        if status != 200:
            self._raise_for(status, data, headers, creating=False)
        return TicketStatus(
            ticket, CaseStep(data.get("step", "received")), str(data.get("status", "")), data.get("rma_number")
        )


def submission_payload(submission: Submission) -> dict:
    """The JSON the fake support API takes for one submission (attachments inline, base64)."""
    return {
        "submission_id": submission.submission_id,
        "subject": submission.subject,
        "requestor": submission.requestor_email,
        "body": submission.body,
        "serials": list(submission.serials),
        "models": list(submission.models),
        "firmware": list(submission.firmware_versions),
        "attachments": [
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "data": base64.b64encode(a.path.read_bytes()).decode(),
            }
            for a in submission.attachments
        ],
    }
