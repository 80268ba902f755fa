"""Properties of the redaction: whatever the address or secret, seeded into log-like text, it does not survive."""

import ipaddress

from hypothesis import given
from hypothesis import strategies as st

from pixrma_desktop.diagnostics.redact import Identity, Redactor
from pixrma_desktop.diagnostics.secrets import scrub

REDACTOR = Redactor(identity=Identity(user="alice", home="/home/alice", host="labpc"))
SEPARATORS = st.sampled_from([" ", ", ", "(", ")", "=", '"', "'", "[", "]", "\n", "\t", "/", " ip "])
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=20)


def _mask(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    full = (1 << addr.max_prefixlen) - 1
    inverted = ~int(addr) & full
    return int(addr) != 0 and (inverted & (inverted + 1)) == 0


@given(st.ip_addresses(v=4), WORDS, SEPARATORS, SEPARATORS, WORDS)
def test_ipv4_addresses_do_not_survive(addr, before, left, right, after):
    text = f"{before}{left}{addr}{right}{after}"
    out = REDACTOR.redact(text).text
    if addr.is_loopback or addr.is_unspecified or _mask(addr):
        assert str(addr) in out
    else:
        assert str(addr) not in out


@given(st.ip_addresses(v=6), WORDS, SEPARATORS, SEPARATORS, WORDS)
def test_ipv6_addresses_do_not_survive(addr, before, left, right, after):
    for form in {addr.compressed, addr.exploded}:
        out = REDACTOR.redact(f"{before}{left}{form}{right}{after}").text
        if not (addr.is_loopback or addr.is_unspecified or _mask(addr)):
            assert form not in out, form


@given(st.binary(min_size=6, max_size=6), st.sampled_from([":", "-"]), st.booleans(), SEPARATORS, SEPARATORS)
def test_mac_addresses_do_not_survive(raw, sep, upper, left, right):
    mac = sep.join(f"{b:02x}" for b in raw)
    mac = mac.upper() if upper else mac
    out = REDACTOR.redact(f"nic{left}{mac}{right}up").text
    if mac.lower().replace("-", ":") not in ("00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff"):
        assert mac not in out


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=20).filter(
        lambda s: s[0].isalnum()
    ),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12),
    st.sampled_from(["com", "org", "de", "example", "co.uk"]),
    SEPARATORS,
)
def test_email_addresses_do_not_survive(local, domain, tld, left):
    email = f"{local}@{domain}.{tld}"
    out = REDACTOR.redact(f"mail{left}{email} now").text
    assert f"@{domain}.{tld}" not in out


SECRET_VALUES = st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="\"',;&)]}"), min_size=1
)


@given(
    st.sampled_from(["password", "Password", "PASSWD", "api_key", "token", "client_secret", "refresh_token"]),
    st.sampled_from(["=", ": ", " = ", '": "']),
    SECRET_VALUES,
)
def test_secret_values_after_their_names_do_not_survive(name, sep, value):
    text = f"config {name}{sep}{value} end"
    out = scrub(text)
    assert f"{sep}{value} end" not in out
    assert "<secret>" in out


@given(st.integers(1, 99), st.integers(1, 9999), st.text(alphabet="0123456789abcdef", min_size=32, max_size=32))
def test_rt_tokens_do_not_survive_anywhere(token_id, uid, hexpart):
    token = f"{token_id}-{uid}-{hexpart}"
    for text in (f"loaded {token}", f"x={token};", f'"{token}"', f"({token})"):
        assert token not in scrub(text)
