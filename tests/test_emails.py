"""The email classifier: properties, the Public Suffix List matcher, company matching, lists."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import linkedin_export as lx
from linkedin_export.emails import split_addresses
from linkedin_export.emails._company import company_match
from linkedin_export.emails._data import domain_data
from linkedin_export.emails._psl import PublicSuffixList

DOMAINS = st.sampled_from(
    [
        "gmail.com",
        "fernwood-labs.io",
        "mail.quillandfern.co.uk",
        "stanford.edu",
        "agency.gov.uk",
        "mailinator.com",
        "duck.com",
        "münchen.de",
        "example.com",
        "gmail.con",
    ]
)
LOCALS = st.from_regex(r"[a-z][a-z0-9._+-]{0,20}[a-z0-9]", fullmatch=True)


def _essence(info: lx.EmailInfo) -> tuple[object, ...]:
    return (
        info.kind,
        info.is_work,
        info.confidence,
        info.reasons,
        info.flags,
        info.dedupe_key,
        info.registrable_domain,
        info.normalized,
    )


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_never_raises_for_any_str(text: str) -> None:
    info = lx.classify_email(text)
    assert isinstance(info.kind, lx.EmailKind)
    assert info.address == text.strip() or info.address in text
    if info.kind is lx.EmailKind.INVALID:
        assert info.is_work is None
        assert info.dedupe_key is None


@settings(max_examples=300, deadline=None)
@given(local=LOCALS, domain=DOMAINS, upper=st.lists(st.booleans(), min_size=1, max_size=40))
def test_case_insensitive_in_the_domain(local: str, domain: str, upper: list[bool]) -> None:
    shouted = "".join(
        char.upper() if upper[index % len(upper)] else char for index, char in enumerate(domain)
    )
    assert _essence(lx.classify_email(f"{local}@{shouted}")) == _essence(
        lx.classify_email(f"{local}@{domain}")
    )


@settings(max_examples=300, deadline=None)
@given(
    local=LOCALS,
    domain=DOMAINS,
    before=st.text(" \t\n\r\u00a0", max_size=3),
    after=st.text(" \t\n\r\u00a0", max_size=3),
)
def test_invariant_under_surrounding_whitespace(
    local: str, domain: str, before: str, after: str
) -> None:
    plain = lx.classify_email(f"{local}@{domain}")
    padded = lx.classify_email(f"{before}{local}@{domain}{after}")
    assert _essence(padded) == _essence(plain)
    extra = [w.code for w in padded.warnings if w.code not in {w.code for w in plain.warnings}]
    assert extra == ([lx.WarningCode.EMAIL_CLEANED] if before or after else [])


@pytest.mark.parametrize(
    ("domain", "suffix", "registrable"),
    [
        ("mail.acme.co.uk", "co.uk", "acme.co.uk"),
        ("acme.com", "com", "acme.com"),
        ("co.uk", "co.uk", None),
        ("www.city.kawasaki.jp", "kawasaki.jp", "city.kawasaki.jp"),  # !city.kawasaki.jp
        ("a.b.ck", "b.ck", "a.b.ck"),  # *.ck
        ("www.ck", "ck", "www.ck"),  # !www.ck
        ("x.wits.ac.za", "ac.za", "wits.ac.za"),
        ("xn--mnchen-3ya.de", "de", "xn--mnchen-3ya.de"),
    ],
)
def test_public_suffix_list(domain: str, suffix: str, registrable: str | None) -> None:
    psl = domain_data().psl
    assert psl.public_suffix(domain) == suffix
    assert psl.registrable_domain(domain) == registrable


def test_public_suffix_list_tlds_include_those_with_only_deeper_rules() -> None:
    psl = PublicSuffixList("// comment\nac.za\n*.ck\n!www.ck\ncom\n")
    assert psl.is_known_tld("wits.ac.za")
    assert psl.is_known_tld("x.ck")
    assert psl.is_known_tld("acme.com")
    assert not psl.is_known_tld("acme.con")


@pytest.mark.parametrize(
    ("company", "label", "matches"),
    [
        ("Acme Corp", "acme", True),
        ("Müller GmbH", "mueller", True),
        ("Müller GmbH", "muller", True),
        ("L'Oréal", "loreal", True),
        ("AT&T", "att", True),
        ("Quill & Fern Ltd", "quillandfern", True),
        ("Procter & Gamble", "pg", True),
        ("Deutsche Telekom", "telekom", True),
        ("Apple", "applebees", False),
        ("Meta", "metallica", False),
        ("Fernwood Labs", "northwind", False),
        ("G", "gmail", False),  # found by hypothesis: one letter plus "mail" is no match
        ("Acme", "acmegroup", True),
    ],
)
def test_company_match(company: str, label: str, matches: bool) -> None:
    assert (company_match(company, label) >= 0.75) is matches


def test_user_overrides_beat_the_lists() -> None:
    assert lx.classify_email("a@gmail.com", work_domains=["gmail.com"]).kind is lx.EmailKind.WORK
    info = lx.classify_email("a@eu.fernwood-labs.io", personal_domains=["fernwood-labs.io"])
    assert info.kind is lx.EmailKind.PERSONAL
    assert info.reasons == ("user-personal-domain:fernwood-labs.io",)
    with pytest.raises(TypeError, match="list of domains"):
        lx.classify_email("a@b.io", work_domains="fernwood-labs.io")


def test_overrides_apply_when_loading() -> None:
    data = (
        b"First Name,Last Name,Email Address,Company,Position,Connected On\n"
        b"Mara,Quill,mara@gmail.com,Fernwood Labs,Engineer,03 Feb 2020\n"
    )
    export = lx.load(data, work_domains=["gmail.com"])
    assert export.connections[0].email is not None
    assert export.connections[0].email.kind is lx.EmailKind.WORK


def test_several_addresses() -> None:
    assert split_addresses("a@x.io; b@y.io, c@z.io") == ["a@x.io", "b@y.io", "c@z.io"]
    assert split_addresses("Mara Quill <m@x.io>") == ["Mara Quill <m@x.io>"]
    infos = lx.classify_emails("a@fernwood-labs.io; b@gmail.com")
    assert [i.kind for i in infos] == [lx.EmailKind.WORK, lx.EmailKind.PERSONAL]
    assert [w.code for w in infos[0].warnings] == [lx.WarningCode.MULTIPLE_ADDRESSES]


def test_lists_are_consistent() -> None:
    data = domain_data()
    assert not data.disposable & set(data.freemail)
    assert not data.education & set(data.freemail)
    assert "duck.com" not in data.disposable
    assert "facebook.com" not in data.freemail
    assert {"ceo", "founder", "director", "hi", "home"}.isdisjoint(data.roles)
    for domain in [*data.disposable, *data.freemail, *data.education, *data.curated]:
        assert domain == domain.strip().lower()
        assert domain.isascii()


def test_lists_load_lazily_and_import_stays_light() -> None:
    code = (
        "import sys, linkedin_export as lx\n"
        "from linkedin_export.emails import _data\n"
        "assert _data.domain_data.cache_info().currsize == 0\n"
        "heavy = [m for m in ('chardet', 'phonenumbers', 'email_validator') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "lx.classify_email('a@gmail.com')\n"
        "assert _data.domain_data.cache_info().currsize == 1\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr


# --- the fast path for plain ASCII addresses agrees with email-validator -------------------------

_MAILBOXES = ["Info", "POSTMASTER", "abuse", "Webmaster"]  # RFC 2142: lower-cased
_PIECES = st.sampled_from(
    [*"aZ09.-_+@!#'`~{} é", "xn--", "..", "@@", ".com", ".io", ".local", ".test", "-.", *_MAILBOXES]
)


@settings(max_examples=400, deadline=None)
@given(address=st.lists(_PIECES, min_size=1, max_size=24).map("".join))
def test_plain_address_fast_path_agrees_with_email_validator(address: str) -> None:
    from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

    from linkedin_export.emails._classify import _plain

    fast = _plain(address, SPECIAL_USE_DOMAIN_NAMES)
    if fast is None:
        return  # email-validator decides
    try:
        valid = validate_email(address, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as error:  # pragma: no cover - the failure this test looks for
        pytest.fail(f"the fast path accepts {address!r}, email-validator does not: {error}")
    assert (fast.local_part, fast.domain, fast.ascii_domain, fast.normalized, fast.smtputf8) == (
        valid.local_part,
        valid.domain,
        valid.ascii_domain,
        valid.normalized,
        valid.smtputf8,
    )


@pytest.mark.parametrize(
    "address",
    ["Mara.Quill@Fernwood-Labs.IO", "a+tag@gmail.com", "x@1.2.3.com", "o'neil@example-co.uk"],
)
def test_plain_addresses_take_the_fast_path(address: str) -> None:
    from email_validator import SPECIAL_USE_DOMAIN_NAMES

    from linkedin_export.emails._classify import _plain

    assert _plain(address, SPECIAL_USE_DOMAIN_NAMES) is not None


@pytest.mark.parametrize(
    "address",
    ["a@b.c0m", "a..b@x.com", "a@x-.com", "a@xn--bcher-kva.ch", "a@host.local", "é@x.com"],
)
def test_other_addresses_are_left_to_email_validator(address: str) -> None:
    from email_validator import SPECIAL_USE_DOMAIN_NAMES

    from linkedin_export.emails._classify import _plain

    assert _plain(address, SPECIAL_USE_DOMAIN_NAMES) is None
