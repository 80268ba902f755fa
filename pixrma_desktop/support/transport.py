"""Safe HTTP for the support backends: HTTPS (plain HTTP only on loopback), verified certificates, timeouts,
bounded responses, and automatic retries for idempotent reads only.

A request that creates something (POST) is never retried here: whether to send it again is the outbox's
decision, after it has asked the server whether the first attempt arrived.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pixrma_desktop.support.backend import PermanentError

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

    import requests
    from urllib3.connectionpool import ConnectionPool
    from urllib3.response import BaseHTTPResponse

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
USER_AGENT = "pixrma-desktop"
"""Deliberately without "Mozilla": RT answers a rejected token with a login redirect for browser agents."""


class UnsafeTransportError(PermanentError):
    """The configured address or CA bundle would make the connection unsafe; nothing was sent."""


@dataclass(frozen=True)
class TransportLimits:
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    max_response_bytes: int = 8 * 1024 * 1024
    get_retries: int = 3

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.connect_timeout_s, self.read_timeout_s)


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """The URL without a trailing slash, or ``UnsafeTransportError`` saying what to change."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UnsafeTransportError(
            f"The support address {url!r} is not a web address. Set it like "
            "`pixrma config set support.rt_url https://support.example.com`."
        )
    if parts.username or parts.password:
        raise UnsafeTransportError(
            "The support address must not contain a user name or password; store them with `pixrma login`."
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise UnsafeTransportError(
            f"The support address {url!r} uses plain HTTP. Use https:// (plain HTTP is accepted only for a "
            "server on this computer, such as a test server on 127.0.0.1)."
        )
    if parts.query or parts.fragment:
        raise UnsafeTransportError(f"The support address {url!r} must not have a query or fragment.")
    return url.strip().rstrip("/")


def verify_option(ca_bundle: str) -> str | bool:
    """Always verify; with a custom CA bundle, verify against it."""
    if not ca_bundle:
        return True
    path = os.path.expanduser(ca_bundle)
    if not os.path.isfile(path):
        raise UnsafeTransportError(
            f"The CA bundle {ca_bundle!r} does not exist. Fix `support.ca_bundle` or clear it to use the "
            "system's certificate authorities."
        )
    return path


def make_session(limits: TransportLimits, ca_bundle: str = "") -> requests.Session:
    """A session that verifies certificates and retries only idempotent requests (a few times, briefly)."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    class IdempotentOnlyRetry(Retry):
        """urllib3 retries failed connects for every method; for a POST we want no retry at all."""

        def increment(
            self,
            method: str | None = None,
            url: str | None = None,
            response: BaseHTTPResponse | None = None,
            error: Exception | None = None,
            _pool: ConnectionPool | None = None,
            _stacktrace: TracebackType | None = None,
        ) -> Self:
            if method is not None and method.upper() not in IDEMPOTENT_METHODS:
                return self.new(total=0, connect=0, read=0, status=0, other=0).increment(
                    None, url, response, error, _pool, _stacktrace
                )
            return super().increment(method, url, response, error, _pool, _stacktrace)

    retry = IdempotentOnlyRetry(
        total=limits.get_retries,
        connect=limits.get_retries,
        read=limits.get_retries,
        status=limits.get_retries,
        redirect=False,
        allowed_methods=IDEMPOTENT_METHODS,
        status_forcelist=(502, 503, 504),
        backoff_factor=0.3,
        backoff_max=5.0,
        respect_retry_after_header=False,
        raise_on_status=False,
    )
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.verify = verify_option(ca_bundle)
    session.trust_env = False  # no proxies or netrc credentials picked up behind the user's back
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = "application/json"
    return session


def read_bounded(response: requests.Response, limit: int) -> bytes:
    """The body of a streamed response, refusing more than ``limit`` bytes."""
    length = response.headers.get("Content-Length")
    if length and length.isascii() and length.isdigit() and int(length) > limit:
        response.close()
        raise PermanentError(f"The support server sent a {int(length)} byte answer, more than the {limit} allowed.")
    chunks: list[bytes] = []
    size = 0
    for chunk in _iter_chunks(response):
        size += len(chunk)
        if size > limit:
            response.close()
            raise PermanentError(f"The support server sent an answer larger than the {limit} bytes allowed.")
        chunks.append(chunk)
    return b"".join(chunks)


def _iter_chunks(response: requests.Response) -> Iterator[bytes]:
    yield from response.iter_content(chunk_size=64 * 1024)
