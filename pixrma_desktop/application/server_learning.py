"""Learning from the support server what it keeps, and using what was learned.

``learn_from_server`` asks Request Tracker for its queues, their ticket fields (which hold one value only),
subject tags and correspond addresses (``RtBackend.learn_profile``) and saves the answer in the data folder
(``server_profile.json``): on "Test connection", on login, and at most daily before sending
(``refresh_if_stale``). The root's backend is then made with the saved profile, so a field that holds one value
gets the cameras' values joined; ``field_fit`` tells the user before sending what is joined and what would not fit,
``row_notes`` what the read-back found missing after. ``ticket_link`` is where the user sees a
filed ticket on the support site (the self-service page for a customer account).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from pixrma_desktop.application.accounts import ConnectionCheck
from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.outbox.records import StoredRequest
    from pixrma_desktop.rma.request import RmaRequest
    from pixrma_desktop.settings import Settings, SupportSettings
    from pixrma_desktop.support.credentials import CredentialStore
    from pixrma_desktop.support.server_profile import ServerProfile


def saved_profile(root: AppRoot) -> ServerProfile | None:
    """What the server said last time, if it is the configured server (else None)."""
    from pixrma_desktop.support.server_profile import load

    profile = load(root.paths.data_dir)
    if profile is None or _base_url(root.settings.support) != profile.url:
        return None
    return profile


def _base_url(support: SupportSettings) -> str:
    return support.rt_url.strip().rstrip("/")


def learn_from_server(
    root: AppRoot, settings: Settings | None = None, credentials: CredentialStore | None = None
) -> ServerProfile | None:
    """Ask the configured Request Tracker what it keeps and save the answer; None when the settings choose no
    server that can tell (e-mail support). Raises ``SupportError`` when the server cannot be asked."""
    from pixrma_desktop.support.factory import make_backend
    from pixrma_desktop.support.server_profile import save

    settings = settings or root.settings
    if settings.support.backend != "rt" or not settings.support.rt_url:
        return None
    if credentials is None or root.backend_factory is not None:
        backend = root.backend(settings)  # the root's own (a test's fake, or the configured server)
    else:
        backend = make_backend(settings.support, credentials)  # the Settings form's, maybe not saved yet
    learn = getattr(backend, "learn_profile", None)
    if learn is None:
        return None
    profile: ServerProfile = learn(root.clock())
    root.paths.ensure()
    save(root.paths.data_dir, profile)
    return profile


def refresh_if_stale(root: AppRoot, backend: Any) -> ServerProfile | None:
    """At most daily: learn again when the saved profile is older than a day (or for another server), and
    hand it to ``backend``. A server that cannot be asked now keeps the old profile (or none)."""
    from pixrma_desktop.support.backend import SupportError
    from pixrma_desktop.support.server_profile import load, save

    learn = getattr(backend, "learn_profile", None)
    if learn is None:
        return None
    now = root.clock()
    profile = load(root.paths.data_dir)
    if profile is None or profile.is_stale(now, getattr(backend, "base_url", "")):
        try:
            profile = learn(now)
        except SupportError:
            return getattr(backend, "profile", None)
        root.paths.ensure()
        save(root.paths.data_dir, profile)
    backend.profile = profile
    return profile


def is_customer_account(profile: ServerProfile | None, support: SupportSettings) -> bool:
    """The account is a customer's (self-service) one: it sees the support queue but not the RMA queue, which
    only the vendor's staff and the app's own account see."""
    if profile is None or not support.rt_rma_queue:
        return False
    return profile.queue(support.rt_support_queue) is not None and profile.queue(support.rt_rma_queue) is None


def ticket_link(root: AppRoot, ticket_number: str, stored_url: str | None = None) -> str:
    """Where the user sees the ticket on the support site: RT's ticket page, or for a customer account the
    self-service page (``/SelfService/Display.html?id=N``); "" when no link is known (e-mail support)."""
    support = root.settings.support
    number = "".join(ch for ch in ticket_number if ch.isdigit())
    if support.backend != "rt" or not support.rt_url or not number:
        return stored_url or ""
    base = _base_url(support)
    if is_customer_account(saved_profile(root), support):
        return f"{base}/SelfService/Display.html?id={number}"
    return stored_url or f"{base}/Ticket/Display.html?id={number}"


def field_values(support: SupportSettings, request: RmaRequest) -> dict[str, list[str]]:
    """The camera fields a request fills in on the server (several values each), as ``RtBackend`` sends them."""

    def unique(values: Iterable[str]) -> list[str]:
        return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))

    cameras = request.cameras
    found: dict[str, list[str]] = {}
    for name, values in (
        (support.rt_cf_serials, unique(c.serial for c in cameras)),
        (support.rt_cf_model, unique(c.model for c in cameras)),
        (support.rt_cf_firmware, unique(c.firmware for c in cameras)),
    ):
        if name and values:
            found[name] = values
    return found


class FieldFit(NamedTuple):
    """How a request's camera values fit the server's fields, before sending."""

    joined: dict[str, str]
    """Fields that hold one value and get several values joined into it: the text they will hold."""
    not_kept: dict[str, tuple[str, ...]]
    """Per field, the values the server will not keep (the joined values do not fit in its one value)."""


def field_fit(root: AppRoot, request: RmaRequest, profile: ServerProfile | None = None) -> FieldFit:
    """Before sending, from what the server said it keeps (``profile``, else the saved one): which fields get
    values joined, and which values would still be lost. Empty when nothing is known (or all fits as it is)."""
    from pixrma_desktop.support.server_profile import plan_fields

    support = root.settings.support
    if support.backend != "rt":
        return FieldFit({}, {})
    profile = profile or saved_profile(root)
    if profile is None:
        return FieldFit({}, {})
    values = field_values(support, request)
    plan = plan_fields(values, profile.queue(support.rt_support_queue))
    joined = {
        name: value for name, value in plan.sent.items() if isinstance(value, str) and len(values.get(name, [])) > 1
    }
    return FieldFit(joined, plan.not_kept)


class LearnedCheck(NamedTuple):
    check: ConnectionCheck
    profile: ServerProfile | None = None
    problem: str = ""
    """Why nothing was learned although the connection works (e.g. a queue this account may not see)."""


def check_and_learn(root: AppRoot, settings: Settings, credentials: CredentialStore) -> LearnedCheck:
    """The Settings page's "Test connection": check the connection the form describes and, when it works,
    learn what the server keeps (saved for the requests to come)."""
    from pixrma_desktop.application.accounts import check_connection
    from pixrma_desktop.support.backend import SupportError

    check = check_connection(settings, credentials)
    if not check.ok or settings.support.backend != "rt":
        return LearnedCheck(check)
    try:
        return LearnedCheck(check, learn_from_server(root, settings, credentials))
    except SupportError as exc:
        return LearnedCheck(check, problem=str(exc))


class RowNote(NamedTuple):
    """What the outbox shows about a request besides its state."""

    not_kept: tuple[str, ...] = ()
    """What the server's read-back found missing when it was filed."""
    dealer_folder: str = ""
    """The dealer package written for it ("" when none)."""


def row_notes(root: AppRoot, rows: Sequence[StoredRequest]) -> dict[str, RowNote]:
    """For the Outbox page: per request, what the server did not keep and where its dealer package is (only
    requests with either)."""
    from pixrma_desktop.application.dealer import package_folder
    from pixrma_desktop.outbox.state import FILED_STATES, RequestState

    notes: dict[str, RowNote] = {}
    for row in rows:
        not_kept = root.outbox.not_kept(row.id) if row.state in FILED_STATES else ()
        folder = package_folder(root, row.id) if row.state is RequestState.DRAFT else None
        if not_kept or folder is not None:
            notes[row.id] = RowNote(not_kept, str(folder) if folder is not None else "")
    return notes
