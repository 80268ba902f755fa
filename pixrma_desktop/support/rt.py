"""Request Tracker 5 REST2 backend: files the support ticket, finds it again, tracks it and its RMA ticket.

Queue names, custom field names and the link type that marks an RMA ticket come from ``SupportSettings``.
The HTTP session is injected (tests pass one pointed at a fake or a real server); by default it is built by
``support.transport`` with verification, timeouts and GET-only retries.
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support import rt_parse
from pixrma_desktop.support.backend import (
    AuthError,
    ConnectionCheck,
    FieldProblem,
    PermanentError,
    Submission,
    SupportError,
    TicketRef,
    TicketStatus,
    TransientError,
)
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.json_body import FileContent, StreamedJsonBody
from pixrma_desktop.support.rt_steps import rma_step, step_detail, support_step
from pixrma_desktop.support.transport import TransportLimits, check_base_url, make_session, read_bounded

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

API = "/REST/2.0"
A = TypeVar("A")
B = TypeVar("B")


def _unique(values: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class RtBackend:
    """``SupportBackend`` for Request Tracker 5's REST2 API."""

    name = "rt"

    def __init__(
        self,
        settings: SupportSettings,
        credential: Credential,
        *,
        session: requests.Session | None = None,
        limits: TransportLimits | None = None,
    ) -> None:
        self.settings = settings
        self.base_url = check_base_url(settings.rt_url)
        self.limits = limits or TransportLimits(
            connect_timeout_s=settings.connect_timeout_s,
            read_timeout_s=settings.timeout_s,
            max_response_bytes=int(settings.max_response_mb * 1024 * 1024),
        )
        self._session = session or make_session(self.limits, settings.ca_bundle)
        if credential.kind == "none":
            raise AuthError("No credentials for the support server. Log in with `pixrma login`.")
        self._credential = credential
        self._field_names: frozenset[str] | None = None

    def __repr__(self) -> str:
        return f"RtBackend({self.base_url!r}, {self._credential})"

    # ---- the SupportBackend interface ----

    def create(self, submission: Submission) -> TicketRef:
        """File the ticket, then read it back and report in ``unsaved_fields`` what RT silently dropped."""
        ref = self.file_ticket(submission)
        try:
            unsaved = self._unsaved_fields(ref.ticket_id, submission, self.custom_fields(submission))
        except SupportError as exc:
            log.warning("ticket %s was created but could not be read back: %s", ref.ticket_id, exc)
            return ref
        return TicketRef(ticket_id=ref.ticket_id, url=ref.url, backend=self.name, unsaved_fields=unsaved)

    def custom_fields(self, submission: Submission) -> dict[str, Any]:
        """The ticket custom fields as sent: several values as a list, the submission id as one string."""
        s = self.settings
        fields: dict[str, Any] = {}
        for name, values in (
            (s.rt_cf_serials, _unique(submission.serials)),
            (s.rt_cf_model, _unique(submission.models)),
            (s.rt_cf_firmware, _unique(submission.firmware_versions)),
        ):
            if name and values:
                fields[name] = values
        if s.rt_cf_submission_id:
            fields[s.rt_cf_submission_id] = submission.submission_id
        return fields

    def file_ticket(self, submission: Submission) -> TicketRef:
        """Only the POST that creates the ticket (never retried automatically), without the read-back."""
        s = self.settings
        document: dict[str, Any] = {
            "Queue": s.rt_support_queue,
            "Subject": submission.subject,
            "Requestor": submission.requestor_email,
            "Content": submission.body,
            "ContentType": "text/plain",
            "CustomFields": self.custom_fields(submission),
        }
        if submission.attachments:
            document["Attachments"] = [
                {"FileName": a.filename, "FileType": a.content_type, "FileContent": FileContent(Path(a.path))}
                for a in submission.attachments
            ]
        try:
            body = StreamedJsonBody(document)
        except OSError as exc:
            raise PermanentError(f"An attachment cannot be read ({exc.strerror or exc}); rebuild the bundle.") from None
        response = self._send("POST", "/ticket", data=body, headers={"Content-Type": "application/json"})
        answer = self._json(response, "POST")
        ticket_id = rt_parse.ticket_id_from_create(answer, response.headers.get("Location"))
        if ticket_id is None:
            raise TransientError(
                "The support server accepted the request but did not say which ticket it created; "
                "the app will look it up before sending again.",
                uncertain=True,
            )
        return TicketRef(ticket_id=ticket_id, url=self.ticket_url(ticket_id), backend=self.name)

    def find(self, submission_id: str) -> TicketRef | None:
        s = self.settings
        if not s.rt_cf_submission_id:
            raise PermanentError(
                "No custom field holds the submission id (support.rt_cf_submission_id is empty), so the app "
                "cannot tell whether a request already arrived. Set it to the field's name."
            )
        self._require_field(s.rt_cf_submission_id, "support.rt_cf_submission_id")
        query = (
            f"Queue = {rt_parse.ticket_sql_string(s.rt_support_queue)} AND "
            f"CF.{{{s.rt_cf_submission_id}}} = {rt_parse.ticket_sql_string(submission_id)}"
        )
        items = self._search(query, fields="Status")
        if not items:
            return None
        first = min(items, key=lambda item: int(rt_parse.as_id(item["id"]) or 0))
        ticket_id = rt_parse.as_id(first["id"]) or ""
        return TicketRef(ticket_id=ticket_id, url=self.ticket_url(ticket_id), backend=self.name)

    def status(self, ticket: TicketRef) -> TicketStatus:
        ticket_id = self._path_id(ticket.ticket_id)
        data, rma_tickets = _both(lambda: self._get_json(f"/ticket/{ticket_id}"), lambda: self.rma_tickets(ticket_id))
        support_status = rt_parse.as_text(data.get("Status")) if isinstance(data, dict) else ""
        if rma_tickets:
            rma_number = ", ".join(rma_id for rma_id, _ in rma_tickets)
            step = rma_step(rma_tickets[-1][1], support_status)
            server = f"{support_status}; RMA ticket: {rma_tickets[-1][1]}"
        else:
            rma_number = None
            step = support_step(support_status)
            server = support_status
        return TicketStatus(
            ticket=ticket, step=step, server_status=server, rma_number=rma_number, detail=step_detail(step, rma_number)
        )

    # ---- more than the interface ----

    def rma_tickets(self, ticket_id: str) -> list[tuple[str, str]]:
        """``(RMA ticket id, its status)`` of RMA-queue tickets linked to the support ticket, oldest first."""
        s = self.settings
        link = "".join(ch for ch in s.rt_rma_link if ch.isalnum())
        if not link or not s.rt_rma_queue:
            return []
        query = f"Queue = {rt_parse.ticket_sql_string(s.rt_rma_queue)} AND {link} = {self._path_id(ticket_id)}"
        items = self._search(query, fields="Status")
        found = [(rt_parse.as_id(i["id"]) or "", rt_parse.as_text(i.get("Status"))) for i in items]
        return sorted(found, key=lambda pair: int(pair[0]))

    def check(self) -> ConnectionCheck:
        """Do the support queue and its custom fields exist? Rejected credentials raise ``AuthError``."""
        s = self.settings
        try:
            names = self.queue_field_names()
        except PermanentError as exc:
            return ConnectionCheck(
                False, f"Logged in, but the support queue {s.rt_support_queue!r} is not usable: {exc}"
            )
        except TransientError as exc:
            return ConnectionCheck(False, str(exc))
        missing = [
            f"support.{key} = {getattr(s, key)!r} is not a custom field of the {s.rt_support_queue} queue"
            for key in ("rt_cf_serials", "rt_cf_model", "rt_cf_firmware", "rt_cf_submission_id")
            if getattr(s, key) and getattr(s, key) not in names
        ]
        if missing:
            return ConnectionCheck(False, "Logged in, but some field names do not match the server.", missing)
        return ConnectionCheck(
            True, f"Connected to {self.base_url}; the {s.rt_support_queue} queue and its fields exist."
        )

    def queue_field_names(self) -> frozenset[str]:
        """Names of the ticket custom fields the support queue has (asked once per backend)."""
        if self._field_names is None:
            queue = self._get_json(f"/queue/{_quote(self.settings.rt_support_queue)}")
            queue_id = rt_parse.as_id(queue.get("id")) if isinstance(queue, dict) else None
            if queue_id is None:
                raise PermanentError(
                    f"The support server did not describe the queue {self.settings.rt_support_queue!r}."
                )
            listing = self._get_json(f"/queue/{queue_id}/customfields", params={"fields": "Name", "per_page": "100"})
            self._field_names = frozenset(rt_parse.as_text(i.get("Name")) for i in rt_parse.search_items(listing))
        return self._field_names

    def _require_field(self, name: str, setting: str) -> None:
        if name not in self.queue_field_names():
            raise PermanentError(
                f"The {self.settings.rt_support_queue} queue has no custom field {name!r}, so the app cannot check "
                f"whether a request already arrived. Set `{setting}` to the field's name (`pixrma config show`).",
                [FieldProblem(setting, f"no custom field {name!r} in the queue")],
            )

    def ticket_url(self, ticket_id: str) -> str:
        return f"{self.base_url}/Ticket/Display.html?id={ticket_id}"

    # ---- plumbing ----

    @staticmethod
    def _path_id(ticket_id: str) -> str:
        found = rt_parse.as_id(ticket_id)
        if found is None:
            raise PermanentError(f"{ticket_id!r} is not a ticket number.")
        return found

    def _unsaved_fields(self, ticket_id: str, submission: Submission, sent: Mapping[str, Any]) -> tuple[str, ...]:
        listing: Any = None
        if submission.attachments:
            ticket, listing = _both(
                lambda: self._get_json(f"/ticket/{ticket_id}"),
                lambda: self._get_json(
                    f"/ticket/{ticket_id}/attachments", params={"fields": "Filename,ContentLength", "per_page": "100"}
                ),
            )
        else:
            ticket = self._get_json(f"/ticket/{ticket_id}")
        stored = rt_parse.custom_field_values(ticket)
        missing: list[str] = []
        for name, value in sent.items():
            wanted = value if isinstance(value, list) else [value]
            if sorted(stored.get(name, [])) != sorted(wanted):
                missing.append(name)
        requestor = submission.requestor_email.strip().lower()
        if requestor and requestor not in rt_parse.requestor_addresses(ticket):
            missing.append("Requestor")
        if listing is not None:
            sizes: dict[str, set[int]] = {}
            for item in rt_parse.search_items(listing):
                name = rt_parse.as_text(item.get("Filename"))
                sizes.setdefault(name, set()).add(rt_parse.as_int(item.get("ContentLength"), -1))
            for attachment in submission.attachments:
                have = sizes.get(attachment.filename, set())
                size = Path(attachment.path).stat().st_size
                if not have or (size not in have and -1 not in have):
                    missing.append(f"attachment {attachment.filename}")
        return tuple(missing)

    def _search(self, query: str, *, fields: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        page = 1
        while True:
            body = self._get_json(
                "/tickets",
                params={"query": query, "fields": fields, "page": str(page), "per_page": "100", "orderby": "id"},
            )
            batch = list(rt_parse.search_items(body))
            items.extend(batch)
            pages = rt_parse.as_int(body.get("pages"), 1) if isinstance(body, dict) else 1
            if not batch or page >= pages or page >= 20:
                return items
            page += 1

    def _get_json(self, path: str, params: dict[str, str] | None = None) -> Any:
        return self._json(self._send("GET", path, params=params), "GET")

    def _auth_headers(self) -> dict[str, str]:
        if self._credential.token:
            return {"Authorization": f"token {self._credential.token}"}
        import base64

        pair = f"{self._credential.user}:{self._credential.password}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        data: Any = None,
        headers: dict[str, str] | None = None,
    ) -> requests.Response:
        import requests

        all_headers = {**self._auth_headers(), **(headers or {})}
        url = f"{self.base_url}{API}{path}"
        try:
            response = self._session.request(
                method,
                url,
                params=params,
                data=data,
                headers=all_headers,
                timeout=self.limits.timeout,
                allow_redirects=False,
                stream=True,
            )
        except requests.exceptions.ConnectTimeout:
            raise TransientError(
                f"The support server {self.base_url} did not answer (connection timed out). "
                "Check the network; the request stays in the outbox."
            ) from None
        except requests.exceptions.SSLError as exc:
            raise PermanentError(
                f"The support server's certificate was not accepted ({_reason(exc)}). If your company uses its own "
                "certificate authority, set `support.ca_bundle` to its PEM file."
            ) from None
        except requests.exceptions.ReadTimeout:
            raise TransientError(
                f"The support server {self.base_url} stopped answering (timed out).", uncertain=method != "GET"
            ) from None
        except requests.exceptions.ConnectionError as exc:
            if _never_connected(exc):
                raise TransientError(
                    f"Cannot connect to the support server {self.base_url}. Check the network and the address; "
                    "the request stays in the outbox."
                ) from None
            raise TransientError(
                f"The connection to the support server {self.base_url} broke off.", uncertain=method != "GET"
            ) from None
        except requests.exceptions.RequestException as exc:
            raise TransientError(
                f"Talking to the support server failed ({type(exc).__name__}).", uncertain=method != "GET"
            ) from None
        self._raise_for_status(response, method)
        return response

    def _json(self, response: requests.Response, method: str) -> Any:
        import requests

        try:
            raw = read_bounded(response, self.limits.max_response_bytes)
        except requests.exceptions.RequestException:
            raise TransientError("The support server's answer was cut off.", uncertain=method != "GET") from None
        except PermanentError as exc:
            if method == "GET":
                raise
            # The server accepted the request but its answer is unusable: the ticket may exist.
            raise TransientError(str(exc), uncertain=True) from None
        finally:
            response.close()
        if not raw.strip():
            return {}
        try:
            return json.loads(raw)
        except ValueError:
            raise TransientError(
                f"The support server sent something that is not JSON (HTTP {response.status_code}); is "
                f"{self.base_url} really a Request Tracker server?",
                uncertain=method != "GET",
            ) from None

    def _raise_for_status(self, response: requests.Response, method: str) -> None:
        code = response.status_code
        if 200 <= code < 300:
            return
        try:
            body = json.loads(read_bounded(response, 256 * 1024) or b"{}")
        except Exception:  # the explanation is a courtesy: an unreadable one must not hide the status code
            body = {}
        finally:
            response.close()
        message = rt_parse.error_message(body)
        if code == 401 or 300 <= code < 400:  # RT answers a rejected login with a redirect to its login page
            raise AuthError(
                "The support server did not accept the stored credentials (the API token may have expired or "
                "been revoked). Log in again with `pixrma login`."
            )
        if code == 429 or code >= 500:
            retry_after = _retry_after(response.headers.get("Retry-After"))
            busy = code in (429, 503)
            raise TransientError(
                f"The support server is {'busy' if busy else 'having trouble'} (HTTP {code}"
                f"{': ' + message if message else ''}); the request stays in the outbox and is retried later.",
                retry_after=retry_after,
                uncertain=method != "GET" and not busy,
            )
        raise PermanentError(self._explain(code, message), self._problems(code, message))

    def _explain(self, code: int, message: str) -> str:
        server = f"The support server refused the request (HTTP {code}: {message or 'no reason given'})."
        if code == 403 and "queue" in message.lower():
            return (
                f"{server} Check `support.rt_support_queue` (now {self.settings.rt_support_queue!r}) and that "
                "your account may create tickets there."
            )
        if code == 403:
            return f"{server} Your account lacks a right on the support server; ask the vendor's support."
        if code == 404:
            return f"{server} The ticket or address does not exist on {self.base_url}."
        if code == 400 and "query" in message.lower():
            return f"{server} Check the custom field names in the settings (`pixrma config show`)."
        return server

    def _problems(self, code: int, message: str) -> list[FieldProblem]:
        lowered = message.lower()
        if "queue" in lowered:
            return [FieldProblem("support.rt_support_queue", message)]
        if "requestor" in lowered or "email" in lowered:
            return [FieldProblem("requestor_email", message)]
        for setting in ("rt_cf_serials", "rt_cf_model", "rt_cf_firmware", "rt_cf_submission_id"):
            name = getattr(self.settings, setting)
            if name and name.lower() in lowered:
                return [FieldProblem(f"support.{setting}", message)]
        if "attachment" in lowered:
            return [FieldProblem("attachments", message)]
        return []


def _both(first: Callable[[], A], second: Callable[[], B]) -> tuple[A, B]:
    """Two independent reads at once: every RT request pays for a token check, so they overlap."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rt-read") as pool:
        later = pool.submit(second)
        now = first()
        return now, later.result()


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _reason(exc: BaseException) -> str:
    text = str(exc.args[0] if exc.args else exc)
    return text.split("(Caused by", 1)[-1].strip(" )")[:200] or type(exc).__name__


def _never_connected(exc: BaseException) -> bool:
    """True when the request cannot have reached the server (refused, unknown host, no route)."""
    from urllib3.exceptions import NameResolutionError, NewConnectionError

    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, NewConnectionError | NameResolutionError | ConnectionRefusedError):
            return True
        stack.extend(arg for arg in item.args if isinstance(arg, BaseException))
        for attr in ("reason", "__cause__", "__context__"):
            nested = getattr(item, attr, None)
            if isinstance(nested, BaseException):
                stack.append(nested)
    return False
