"""The HTTP conversation with Request Tracker's REST2 API, and what its failures mean for the user.

``RtHttp`` adds the credentials to every request, sends it with the configured timeouts, reads the answer
within the size bound, and turns HTTP status codes and connection failures into the error taxonomy of
``support.backend`` (``TransientError`` with ``uncertain`` / ``retry_after``, ``PermanentError`` with the
settings to fix, ``AuthError``), each saying what to do next. The session is injected (tests pass one
pointed at a fake or a real server); by default ``support.transport`` builds it with verification, timeouts
and GET-only retries. What the requests ask for is ``support.rt``'s business.
"""

from __future__ import annotations

import base64
import email.utils
import json
import time
from typing import TYPE_CHECKING, Any

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support import rt_parse
from pixrma_desktop.support.backend import AuthError, FieldProblem, PermanentError, TransientError
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.transport import TransportLimits, check_base_url, make_session, read_bounded

if TYPE_CHECKING:
    import requests

API = "/REST/2.0"


class RtHttp:
    """Authenticated, bounded requests to one RT server's REST2 API, failures mapped to the error taxonomy."""

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
        self.credential = credential

    def __repr__(self) -> str:
        return f"RtHttp({self.base_url!r}, {self.credential})"

    def get_json(self, path: str, params: dict[str, str] | None = None) -> Any:
        return self.read_json(self.send("GET", path, params=params), "GET")

    def query_json(self, path: str, conditions: list[dict[str, str]], params: dict[str, str] | None = None) -> Any:
        """A collection filtered on the server: REST2 takes the conditions as a JSON list in a POST body. It
        only reads, so its failures are those of a GET (never "may have arrived")."""
        data = json.dumps(conditions).encode("utf-8")
        response = self.send(
            "POST", path, params=params, data=data, headers={"Content-Type": "application/json"}, read_only=True
        )
        return self.read_json(response, "GET")

    def send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        data: Any = None,
        headers: dict[str, str] | None = None,
        read_only: bool = False,
    ) -> requests.Response:
        """The response to ``method`` on ``path`` below the API, with a 2xx status; anything else raises.

        ``read_only``: the request changes nothing on the server even if it is not a GET (a filtered search)."""
        import requests

        changes = method != "GET" and not read_only

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
                f"The support server {self.base_url} stopped answering (timed out).", uncertain=changes
            ) from None
        except requests.exceptions.ConnectionError as exc:
            if _never_connected(exc):
                raise TransientError(
                    f"Cannot connect to the support server {self.base_url}. Check the network and the address; "
                    "the request stays in the outbox."
                ) from None
            raise TransientError(
                f"The connection to the support server {self.base_url} broke off.", uncertain=changes
            ) from None
        except requests.exceptions.RequestException as exc:
            raise TransientError(
                f"Talking to the support server failed ({type(exc).__name__}).", uncertain=changes
            ) from None
        self._raise_for_status(response, method if changes else "GET")
        return response

    def read_json(self, response: requests.Response, method: str) -> Any:
        """The decoded body of a response from ``send`` (``{}`` when empty), read within the size bound."""
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

    def _auth_headers(self) -> dict[str, str]:
        if self.credential.token:
            return {"Authorization": f"token {self.credential.token}"}
        pair = f"{self.credential.user}:{self.credential.password}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}

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
        raise PermanentError(self._explain(code, message), self._problems(code, message), status_code=code)

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


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


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
