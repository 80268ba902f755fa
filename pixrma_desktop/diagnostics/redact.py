"""Removing what is private from text before it leaves the machine, and counting what was removed.

Always removed: secrets (see ``secrets``), the user's home folder and the user's login name. Removed unless
the user turns it off (``EvidenceSettings`` flags, all on by default): the computer's host name, e-mail
addresses, IPv4 / IPv6 addresses and MAC addresses.

Kept on purpose: what support needs to identify a camera and its link — serial numbers, model and firmware
versions, and the camera's own network identity (its IP, MAC, subnet and gateway, and the address of the
network card it is reached through, because a camera outside the card's subnet is the most common GigE
problem). These values are collected from the camera records into ``keep`` and survive in every file of the
bundle, not only in ``cameras.json``. Generic account names (``root``, ``admin``, ``user`` …) identify no
one, and removing them would mangle log text ("root hub"), so they stay too.

Each removed value is replaced by a short mark: ``<home>``, ``<user>``, ``<host>``, ``<email>``, ``<ipv4>``,
``<ipv6>``, ``<mac>``, ``<secret>``.
"""

from __future__ import annotations

import getpass
import ipaddress
import os
import re
import socket
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.diagnostics.secrets import scrub_secrets
from pixrma_desktop.settings import EvidenceSettings

GENERIC_ACCOUNTS = frozenset(
    {"root", "admin", "administrator", "user", "users", "guest", "pi", "ubuntu", "debian", "default", "public"}
)
_NOT_PRIVATE = frozenset({"00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff"})
KINDS = ("secret", "home", "user", "host", "email", "ipv4", "ipv6", "mac")

_HEX = frozenset("0123456789abcdefABCDEF")
_DIGITS = frozenset("0123456789")
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


@dataclass(frozen=True)
class _Anchored:
    """An address pattern found from its first punctuation mark, then grown backwards by hand.

    Python's matcher is fast at finding a pattern that starts with a literal character (".", ":", "@") and
    slow at trying a character class at every position, which is what a plain address pattern does. So
    ``core`` starts at the first separator, the start is extended over up to ``back_max`` characters of
    ``back``, and the whole candidate must then match ``whole``, with no character of ``before`` / ``after``
    touching it (so a version number 1.2.3.4.5 or a word like std::string is not taken for an address).
    """

    kind: str
    core: re.Pattern[str]
    back: frozenset[str]
    back_min: int
    back_max: int
    whole: re.Pattern[str]
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()


_MAC_WHOLE = re.compile(r"[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}")
_EMAIL = _Anchored(
    "email",
    re.compile(r"@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-"),
    1,
    64,
    re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
)
_MACS = tuple(
    _Anchored(
        "mac",
        re.compile(f"{sep}(?:[0-9A-Fa-f]{{2}}{sep}){{4}}[0-9A-Fa-f]{{2}}"),
        _HEX,
        2,
        2,
        _MAC_WHOLE,
        _HEX | {":", "-"},
        _HEX | {":", "-"},
    )
    for sep in (":", "-")
)
_IPV6S = (
    _Anchored(  # compressed: has "::"
        "ipv6",
        re.compile(r"::[0-9A-Fa-f:]*(?:%[\w.]+)?"),
        _HEX | {":"},
        0,
        39,
        re.compile(r"[0-9A-Fa-f:]*::[0-9A-Fa-f:]*(?:%[\w.]+)?"),
        _WORD | {":", "."},
        _WORD | {":", "."},
    ),
    _Anchored(  # full: eight groups
        "ipv6",
        re.compile(r":[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){6}(?:%[\w.]+)?"),
        _HEX,
        1,
        4,
        re.compile(r"[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7}(?:%[\w.]+)?"),
        _WORD | {":", "."},
        _WORD | {":", "."},
    ),
)
_IPV4 = _Anchored(
    "ipv4",
    re.compile(r"\.\d{1,3}\.\d{1,3}\.\d{1,3}"),
    _DIGITS,
    1,
    3,
    re.compile(r"\d{1,3}(?:\.\d{1,3}){3}"),
    _WORD | {"."},
    _WORD | {"."},
)


@dataclass(frozen=True)
class Identity:
    """What identifies the person and the machine: the values removed as user, home and host."""

    user: str | None
    home: str | None
    host: str | None

    @classmethod
    def of_this_machine(cls) -> Identity:
        try:
            user: str | None = getpass.getuser()
        except (OSError, KeyError):
            user = None
        home = os.path.expanduser("~")
        return cls(user=user, home=None if home == "~" else home, host=socket.gethostname() or None)


@dataclass(frozen=True)
class RedactionOptions:
    hostname: bool = True
    emails: bool = True
    ip: bool = True
    mac: bool = True

    @classmethod
    def from_settings(cls, evidence: EvidenceSettings, *, enabled: bool = True) -> RedactionOptions:
        """The user's choices; ``enabled=False`` (``--no-redact``) turns all optional kinds off."""
        if not enabled:
            return cls(hostname=False, emails=False, ip=False, mac=False)
        return cls(evidence.redact_hostname, evidence.redact_emails, evidence.redact_ip, evidence.redact_mac)

    def kinds(self) -> tuple[str, ...]:
        optional = {"host": self.hostname, "email": self.emails, "ipv4": self.ip, "ipv6": self.ip, "mac": self.mac}
        return tuple(k for k in KINDS if optional.get(k, True))


@dataclass(frozen=True)
class Redacted:
    text: str
    counts: Mapping[str, int] = field(default_factory=dict)


def camera_keep_values(cameras: Iterable[CameraRecord]) -> frozenset[str]:
    """The camera values support needs, which redaction leaves in place wherever they appear."""
    keep: set[str] = set()
    for cam in cameras:
        versions = (cam.firmware_version, cam.fpga_version, cam.xml_version, cam.bootloader_version)
        keep.update(v for v in (cam.serial, cam.model, cam.device_version, *versions) if v)
        if cam.network:
            net = cam.network
            for v in (net.mac, net.ip, net.subnet, net.gateway, net.nic_ip, net.nic_netmask):
                if v:
                    keep.update((v, v.lower(), v.upper(), _canonical(v)))
    return frozenset(keep)


def _canonical(value: str) -> str:
    """One spelling per address: lower case, MAC bytes separated by colons."""
    return value.lower().replace("-", ":")


def _is_netmask(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A contiguous mask like 255.255.255.0 or ffff:ffff::, which says nothing about anyone."""
    full = (1 << addr.max_prefixlen) - 1
    inverted = ~int(addr) & full
    return int(addr) != 0 and (inverted & (inverted + 1)) == 0


class Redactor:
    """Redacts text line by line or block by block; safe to reuse, keeps no state between calls."""

    def __init__(
        self,
        options: RedactionOptions | None = None,
        identity: Identity | None = None,
        keep: Iterable[str] = (),
    ) -> None:
        self.options = options or RedactionOptions()
        self.identity = identity or Identity.of_this_machine()
        self.keep = frozenset(keep)
        self._literals = self._literal_patterns()

    def _literal_patterns(self) -> list[tuple[str, str, re.Pattern[str]]]:
        """(kind, lower-case text that must be present, pattern) for home folder, user name and host name."""
        out: list[tuple[str, str, re.Pattern[str]]] = []
        ident = self.identity
        home = (ident.home or "").rstrip("/\\")
        if home and home not in ("/", "") and len(home) > 3:
            forms = {home, home.replace("\\", "\\\\"), home.replace("\\", "/")}
            alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            needle = min(forms, key=len).lower().rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
            out.append(("home", needle, re.compile(f"(?:{alternation})(?![\\w.-])")))
        user = ident.user or ""
        if len(user) >= 2 and user.lower() not in GENERIC_ACCOUNTS:
            out.append(("user", user.lower(), re.compile(rf"(?i)(?<![a-z0-9]){re.escape(user)}(?![a-z0-9])")))
        host = (ident.host or "").split(".")[0]
        if self.options.hostname and len(host) >= 2 and host.lower() not in ("localhost", *GENERIC_ACCOUNTS):
            out.append(("host", host.lower(), re.compile(rf"(?i)(?<![\w-]){re.escape(host)}(?:\.[\w-]+)*(?![\w-])")))
        return out

    def redact(self, text: str) -> Redacted:
        counts: Counter[str] = Counter()
        text, n = scrub_secrets(text)
        counts["secret"] += n
        if self.options.emails and "@" in text:
            text = self._anchored(_EMAIL, text, counts)
        if self._literals:
            low = text.lower()
            for kind, needle, pattern in self._literals:
                if needle in low:
                    text = self._sub(pattern, kind, text, counts)
                    low = text.lower()
        if self.options.mac:
            for rule in _MACS:
                text = self._anchored(rule, text, counts)
        if self.options.ip:
            for rule in _IPV6S:
                text = self._anchored(rule, text, counts)
            text = self._anchored(_IPV4, text, counts)
        return Redacted(text, {k: v for k, v in sorted(counts.items()) if v})

    def _sub(self, pattern: re.Pattern[str], kind: str, text: str, counts: Counter[str]) -> str:
        def replace(match: re.Match[str]) -> str:
            value = match.group(0)
            if value in self.keep:
                return value
            counts[kind] += 1
            return f"<{kind}>"

        return pattern.sub(replace, text)

    def _anchored(self, rule: _Anchored, text: str, counts: Counter[str]) -> str:
        check = _CHECKS.get(rule.kind)
        out: list[str] = []
        last = 0
        size = len(text)
        for match in rule.core.finditer(text):
            start, end = match.span()
            limit = max(last, start - rule.back_max)
            while start > limit and text[start - 1] in rule.back:
                start -= 1
            if match.start() - start < rule.back_min:
                continue
            value = text[start:end]
            if (start > 0 and text[start - 1] in rule.before) or (end < size and text[end] in rule.after):
                continue
            canonical = _canonical(value)
            if not rule.whole.fullmatch(value) or value in self.keep or canonical in self.keep:
                continue
            if canonical in _NOT_PRIVATE:
                continue
            if check is not None and not check(value):
                continue
            out.append(text[last:start])
            out.append(f"<{rule.kind}>")
            last = end
            counts[rule.kind] += 1
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    @staticmethod
    def _is_private_ipv4(value: str) -> bool:
        try:
            addr = ipaddress.IPv4Address(value)
        except ValueError:
            return False  # a version number like 1.2.300.4
        return not (addr.is_loopback or addr.is_unspecified or _is_netmask(addr) or value == "255.255.255.255")

    @staticmethod
    def _is_private_ipv6(value: str) -> bool:
        try:
            addr = ipaddress.IPv6Address(value.split("%")[0])
        except ValueError:
            return False  # a time of day, or a MAC address, not an address
        return not (addr.is_loopback or addr.is_unspecified or _is_netmask(addr))


_CHECKS: dict[str, Callable[[str], bool]] = {
    "ipv4": Redactor._is_private_ipv4,
    "ipv6": Redactor._is_private_ipv6,
}
