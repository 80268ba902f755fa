"""Request Tracker 5 REST2 backend: files the support ticket, finds it again, tracks it and its RMA ticket.

Queue names, custom field names and the link type that marks an RMA ticket come from ``SupportSettings``.
The HTTP conversation (credentials, timeouts, size bounds, what a failure means) is ``support.rt_http``'s;
its session is injected (tests pass one pointed at a fake or a real server).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support import rt_parse
from pixrma_desktop.support.backend import (
    ConnectionCheck,
    FieldProblem,
    OpenTicket,
    PermanentError,
    Submission,
    SupportError,
    TicketRef,
    TicketStatus,
    TransientError,
)
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.json_body import FileContent, StreamedJsonBody
from pixrma_desktop.support.rt_conversation import RtConversationMixin
from pixrma_desktop.support.rt_http import RtHttp
from pixrma_desktop.support.rt_steps import rma_step, step_detail, support_step
from pixrma_desktop.support.server_profile import FieldPlan, FieldProfile, QueueProfile, ServerProfile, plan_fields
from pixrma_desktop.support.transport import TransportLimits

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

A = TypeVar("A")
B = TypeVar("B")


def _unique(values: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


class RtBackend(RtConversationMixin):
    """``SupportBackend`` for Request Tracker 5's REST2 API; the conversation after filing (reading it,
    replying) comes from ``RtConversationMixin``."""

    name = "rt"

    def __init__(
        self,
        settings: SupportSettings,
        credential: Credential,
        *,
        session: requests.Session | None = None,
        limits: TransportLimits | None = None,
        profile: ServerProfile | None = None,
    ) -> None:
        self.settings = settings
        self.profile = profile
        """What the server said about its queues (``server_profile``): single-value fields get values joined."""
        self._http = RtHttp(settings, credential, session=session, limits=limits)
        self.base_url = self._http.base_url
        self.limits = self._http.limits
        self._field_names: frozenset[str] | None = None

    def __repr__(self) -> str:
        return f"RtBackend({self.base_url!r}, {self._http.credential})"

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
        """The ticket custom fields as sent: several values as a list, the submission id as one string; a
        field the server keeps one value in gets the values joined (see ``field_plan``)."""
        return self.field_plan(submission).sent

    def field_plan(self, submission: Submission) -> FieldPlan:
        """The fields to send and, per field, the values the server will not keep (shown before sending)."""
        queue = self.profile.queue(self.settings.rt_support_queue) if self.profile is not None else None
        return plan_fields(self._field_values(submission), queue)

    def _field_values(self, submission: Submission) -> dict[str, Any]:
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
        response = self._http.send("POST", "/ticket", data=body, headers={"Content-Type": "application/json"})
        answer = self._http.read_json(response, "POST")
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
        data, rma_tickets = _both(
            lambda: self._http.get_json(f"/ticket/{ticket_id}"), lambda: self.rma_tickets(ticket_id)
        )
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

    def open_tickets_naming(self, serials: Sequence[str]) -> list[OpenTicket]:
        """The user's tickets in the support queue, not resolved or rejected, that name any of ``serials``
        (the server shows a customer only their own tickets), with the RMA number where one was issued."""
        s = self.settings
        if not s.rt_cf_serials:
            return []
        found: dict[str, OpenTicket] = {}
        for serial in dict.fromkeys(x.strip() for x in serials if x.strip()):
            query = (
                f"Queue = {rt_parse.ticket_sql_string(s.rt_support_queue)} AND "
                f"CF.{{{s.rt_cf_serials}}} = {rt_parse.ticket_sql_string(serial)} AND "
                "Status != 'resolved' AND Status != 'rejected'"
            )
            for item in self._search(query, fields="Status,Subject,Created"):
                ticket_id = rt_parse.as_id(item["id"]) or ""
                earlier = found.get(ticket_id)
                found[ticket_id] = OpenTicket(
                    ticket_id=ticket_id,
                    status=rt_parse.as_text(item.get("Status")),
                    subject=rt_parse.as_text(item.get("Subject")),
                    created=rt_parse.as_text(item.get("Created")),
                    serials=(*(earlier.serials if earlier else ()), serial),
                )
        tickets = sorted(found.values(), key=lambda t: int(t.ticket_id or 0))
        return [
            dataclasses.replace(t, rma_number=", ".join(rma for rma, _ in self.rma_tickets(t.ticket_id)) or None)
            for t in tickets
        ]

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

    def learn_profile(self, now: float) -> ServerProfile:
        """Ask the server what it keeps: the support and RMA queues this account sees, their subject tags and
        correspond addresses, and which of their ticket fields hold one value."""
        s = self.settings
        wanted = [name for name in (s.rt_support_queue, s.rt_rma_queue) if name]
        listing = self._http.get_json(
            "/queues/all", params={"fields": "Name,SubjectTag,CorrespondAddress", "per_page": "100"}
        )
        visible = {rt_parse.as_text(item.get("Name")): item for item in rt_parse.search_items(listing)}
        queues: list[QueueProfile] = []
        problems: list[str] = []
        max_values: dict[str, int] = {}
        for name in wanted:
            item = visible.get(name)
            if item is None:
                problems.append(f"The queue {name!r} is not visible to this account.")
                continue
            queue = self._http.get_json(f"/queue/{rt_parse.as_id(item['id'])}")
            fields: list[FieldProfile] = []
            refs = queue.get("TicketCustomFields") if isinstance(queue, dict) else None
            for ref in refs if isinstance(refs, list) else []:
                field_id = rt_parse.as_id(ref.get("id")) if isinstance(ref, dict) else None
                if field_id is None or not isinstance(ref, dict):
                    continue
                if field_id not in max_values:
                    described = self._http.get_json(f"/customfield/{field_id}")
                    max_values[field_id] = rt_parse.as_int(
                        described.get("MaxValues") if isinstance(described, dict) else None, 0
                    )
                fields.append(FieldProfile(rt_parse.as_text(ref.get("name")), max_values[field_id]))
            queues.append(
                QueueProfile(
                    name=name,
                    subject_tag=rt_parse.as_text(item.get("SubjectTag")),
                    correspond_address=rt_parse.as_text(item.get("CorrespondAddress")),
                    fields=tuple(fields),
                )
            )
        return ServerProfile(self.base_url, now, tuple(queues), tuple(problems))

    def queue_field_names(self) -> frozenset[str]:
        """Names of the ticket custom fields the support queue has (asked once per backend)."""
        if self._field_names is None:
            queue = self._http.get_json(f"/queue/{_quote(self.settings.rt_support_queue)}")
            queue_id = rt_parse.as_id(queue.get("id")) if isinstance(queue, dict) else None
            if queue_id is None:
                raise PermanentError(
                    f"The support server did not describe the queue {self.settings.rt_support_queue!r}."
                )
            listing = self._http.get_json(
                f"/queue/{queue_id}/customfields", params={"fields": "Name", "per_page": "100"}
            )
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

    # ---- reading back and searching ----

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
                lambda: self._http.get_json(f"/ticket/{ticket_id}"),
                lambda: self._http.get_json(
                    f"/ticket/{ticket_id}/attachments", params={"fields": "Filename,ContentLength", "per_page": "100"}
                ),
            )
        else:
            ticket = self._http.get_json(f"/ticket/{ticket_id}")
        stored = rt_parse.custom_field_values(ticket)
        missing: list[str] = []
        for name, value in sent.items():
            wanted = value if isinstance(value, list) else [value]
            if sorted(stored.get(name, [])) != sorted(wanted):
                missing.append(name)
        requestor = submission.requestor_email.strip().lower()
        if requestor and requestor not in self._requestor_emails(ticket):
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

    def _requestor_emails(self, ticket: Any) -> list[str]:
        """The ticket's requestors as addresses. REST2 names a requestor by user name, which is the address for
        users RT made from mail but not for accounts a vendor creates (``customer-a``): those are looked up."""
        found = rt_parse.requestor_addresses(ticket)
        for name in [n for n in found if "@" not in n]:
            try:
                user = self._http.get_json(f"/user/{_quote(name)}")
            except PermanentError:
                continue  # a user we may not read stays a name: the requestor then counts as not kept
            address = rt_parse.as_text(user.get("EmailAddress") if isinstance(user, dict) else None).strip().lower()
            if address:
                found.append(address)
        return found

    def _search(self, query: str, *, fields: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        page = 1
        while True:
            body = self._http.get_json(
                "/tickets",
                params={"query": query, "fields": fields, "page": str(page), "per_page": "100", "orderby": "id"},
            )
            batch = list(rt_parse.search_items(body))
            items.extend(batch)
            pages = rt_parse.as_int(body.get("pages"), 1) if isinstance(body, dict) else 1
            if not batch or page >= pages or page >= 20:
                return items
            page += 1


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
