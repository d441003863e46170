"""Small pure converters: dates, URLs, names.

A converter takes one non-empty cell (the engine never passes empty cells) and returns the value.
It raises :class:`ValueProblem` when the cell cannot be read (the field becomes ``None`` and the
engine emits a warning with file, line and column), or returns :class:`WithWarning` when it read
the cell but something deserves a warning (a date rewritten by Excel).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any, Generic, TypeVar
from urllib.parse import quote, unquote, urlsplit

import attrs

from linkedin_export.diagnostics import WarningCode

__all__ = [
    "CleanName",
    "ProfileUrl",
    "ValueProblem",
    "WithWarning",
    "clean_name",
    "clean_text",
    "linkedin_date",
    "profile_url",
    "web_url",
]

T = TypeVar("T")


class ValueProblem(ValueError):  # noqa: N818 - a value, not an error the user sees
    """A cell that cannot be converted; the engine turns it into a :class:`DataWarning`."""

    def __init__(self, code: WarningCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@attrs.frozen
class WithWarning(Generic[T]):
    """A converted value that also deserves a warning."""

    value: T
    code: WarningCode
    message: str


def clean_text(value: str) -> str | None:
    """Surrounding whitespace removed; ``None`` when nothing is left."""
    return value.strip() or None


# --- dates -------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MON_YEAR = re.compile(r"(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})")
_US_DATETIME = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])\.?[Mm]\.?"
)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s*(?:UTC|Z))?"
)
_EXCEL_DAY_MON = re.compile(r"(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{2}|\d{4})")
_EXCEL_NUMERIC = re.compile(
    r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
_SPREADSHEET = "looks rewritten by a spreadsheet program (LinkedIn writes dates as '03 Feb 2020')"


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _month(name: str) -> int:
    try:
        return _MONTHS[name.lower()]
    except KeyError:
        raise ValueProblem(WarningCode.INVALID_DATE, f"unknown month name {name!r}") from None


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise ValueProblem(
            WarningCode.INVALID_DATE,
            f"{year:04d}-{month:02d}-{day:02d} is not a calendar date ({error})",
        ) from None


def linkedin_date(value: str) -> dt.date | WithWarning[dt.date]:
    """A calendar date in any format LinkedIn used for a day, or one a spreadsheet made of it.

    ``03 Feb 2020`` (2020 onwards), ``7/3/18, 9:41 PM`` (2018; the time is dropped), ISO
    ``2020-02-03``. Spreadsheet re-saves (``4-Apr-21``, ``4/4/2021``) are read and flagged with
    ``spreadsheet-damage``. Anything else raises ``invalid-date``.
    """
    text = value.strip()
    if match := _DAY_MON_YEAR.fullmatch(text):
        return _date(int(match[3]), _month(match[2]), int(match[1]))
    if match := _US_DATETIME.fullmatch(text):
        return _date(_year(match[3]), int(match[1]), int(match[2]))
    if match := _ISO.fullmatch(text):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if match := _EXCEL_DAY_MON.fullmatch(text):
        day = _date(_year(match[3]), _month(match[2]), int(match[1]))
        return WithWarning(day, WarningCode.SPREADSHEET_DAMAGE, f"date {text!r} {_SPREADSHEET}")
    if match := _EXCEL_NUMERIC.fullmatch(text):
        first, second = int(match[1]), int(match[2])
        # Spreadsheets in the US write month/day; a first number over 12 can only be a day.
        month, day_of_month = (second, first) if first > 12 else (first, second)
        parsed = _date(_year(match[3]), month, day_of_month)
        return WithWarning(parsed, WarningCode.SPREADSHEET_DAMAGE, f"date {text!r} {_SPREADSHEET}")
    raise ValueProblem(WarningCode.INVALID_DATE, f"{text!r} is not a known date format")


# --- URLs ----------------------------------------------------------------------------------------

_UNSAFE_IN_SLUG = re.compile(r"[\s/?#%\x00-\x1f\x7f]")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
# The form LinkedIn writes in Connections.csv: nothing to normalise.
_CANONICAL_PROFILE = re.compile(r"https://www\.linkedin\.com/in/([A-Za-z0-9_-]+)/?")


@attrs.frozen
class ProfileUrl:
    """A LinkedIn URL, normalised; ``public_id`` is the ``/in/<slug>`` part (``None`` otherwise)."""

    url: str
    public_id: str | None


def _split_url(value: str) -> tuple[str, str, str]:
    """(scheme, lower-cased host, path) with a missing scheme assumed to be https."""
    text = value.strip()
    if not _SCHEME.match(text):
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
    except ValueError as error:
        raise ValueProblem(WarningCode.INVALID_URL, f"{value!r} is not a URL ({error})") from None
    if parts.scheme.lower() not in {"http", "https"} or "." not in host or " " in text.strip():
        raise ValueProblem(WarningCode.INVALID_URL, f"{value!r} is not a web URL")
    return parts.scheme.lower(), host, parts.path


def _is_linkedin(host: str) -> bool:
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def profile_url(value: str) -> ProfileUrl | WithWarning[ProfileUrl]:
    """Normalise a LinkedIn member profile URL to ``https://www.linkedin.com/in/<slug>``.

    Accepts ``http``, a missing scheme (``www.linkedin.com/in/…``, as in endorsement files),
    country hosts (``uk.linkedin.com``), a trailing slash, query strings and fragments. The slug
    is percent-decoded when the result is valid UTF-8 and holds no character that needs encoding.
    Legacy ``/pub/…`` and ``/profile/view`` URLs are kept (``public_id=None``). A URL of another
    site raises ``invalid-url``; a LinkedIn URL that is not a member profile is kept with a warning.
    """
    if match := _CANONICAL_PROFILE.fullmatch(value):
        return ProfileUrl(f"https://www.linkedin.com/in/{match[1]}", match[1])
    _scheme, host, path = _split_url(value)
    if not _is_linkedin(host):
        raise ValueProblem(WarningCode.INVALID_URL, f"{value.strip()!r} is not a LinkedIn URL")
    segments = [segment for segment in path.split("/") if segment]
    if len(segments) >= 2 and segments[0].lower() == "in":
        slug = segments[1]
        try:
            decoded = unquote(slug, errors="strict")
        except UnicodeDecodeError:
            decoded = slug
        if _UNSAFE_IN_SLUG.search(decoded):
            decoded = slug
        decoded = unicodedata.normalize("NFC", decoded)
        return ProfileUrl(f"https://www.linkedin.com/in/{decoded}", decoded)
    url = "https://www.linkedin.com/" + "/".join(quote(unquote(s), safe="-_.~%") for s in segments)
    kept = ProfileUrl(url.rstrip("/"), None)
    if segments and segments[0].lower() in {"pub", "profile"}:
        return kept
    return WithWarning(
        kept, WarningCode.INVALID_URL, f"{value.strip()!r} is not a LinkedIn member profile URL"
    )


def web_url(value: str) -> ProfileUrl | str:
    """A web address: LinkedIn profile URLs become :class:`ProfileUrl`, others stay as written."""
    try:
        _scheme, host, _path = _split_url(value)
    except ValueProblem:
        return value.strip()
    if _is_linkedin(host):
        try:
            result = profile_url(value)
        except ValueProblem:
            return value.strip()
        return result.value if isinstance(result, WithWarning) else result
    return value.strip()


# --- names ---------------------------------------------------------------------------------------

_PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)*")
_SPACES = re.compile(r"[\s\u200b\u200c\u2060\ufeff]+")
_EMAIL_IN_TEXT = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_URL_IN_TEXT = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|co)(?:/\S*)?\b")
_PHONE_IN_TEXT = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
_CREDENTIALS = frozenset(
    [
        "PhD",
        "Ph.D.",
        "Ph.D",
        "DPhil",
        "MBA",
        "EMBA",
        "CPA",
        "CFA",
        "PMP",
        "CISSP",
        "CISA",
        "CISM",
        "CFP",
        "CMA",
        "CPHR",
        "CHRP",
        "SHRM-CP",
        "SHRM-SCP",
        "SPHR",
        "PHR",
        "MSc",
        "M.Sc.",
        "BSc",
        "B.Sc.",
        "MEng",
        "M.Eng.",
        "BEng",
        "CEng",
        "PEng",
        "P.Eng.",
        "P.E.",
        "MD",
        "M.D.",
        "JD",
        "J.D.",
        "LLM",
        "LL.M.",
        "Esq",
        "Esq.",
        "DDS",
        "DVM",
        "RN",
        "MPH",
        "MSW",
        "LCSW",
        "EdD",
        "Ed.D.",
        "DBA",
        "CAE",
        "ACCA",
        "FCCA",
        "ACA",
        "FCA",
        "CIPD",
        "MCIPD",
        "FRSA",
        "CSM",
        "PSM",
        "PMI-ACP",
        "ITIL",
        "LION",
        "CSCP",
        "CPIM",
        "CMgr",
        "FCIPD",
        "CIPP",
        "CIPP/E",
        "CIPM",
        "CHFP",
        "FACHE",
        "MRICS",
        "FRICS",
        "CCIE",
        "CCNA",
        "CCNP",
        "AWS",
        "PgDip",
        "MA",
        "MS",
        "BA",
        "BS",
        "MFA",
        "MPA",
        "MPP",
        "CEO",
    ]
)
# Credentials that are also common name tokens count only after a comma ("Doe, MD", not "Md").
_STANDALONE_CREDENTIALS = _CREDENTIALS - {"MA", "MS", "BA", "BS", "MD", "RN", "CEO"}
# Tokens that are credentials only after a comma ("Doe, MD"), never on their own ("Ma", "Md").
_CREDENTIAL_LIKE = re.compile(r"[A-Z](?:[A-Z]|\.[A-Z]|-[A-Z]|/[A-Z]){1,7}\.?")


@attrs.frozen
class CleanName:
    """A cleaned name pair and what it carries besides a name."""

    first: str | None
    last: str | None
    full: str | None
    plain: str | None
    flags: frozenset[str]


def _normalise(value: str | None) -> str | None:
    if value is None:
        return None
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    return text or None


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or code in (0xFE0F, 0x200D, 0x20E3)
        or unicodedata.category(char) == "So"
    )


def _strip_credentials(text: str) -> tuple[str, bool]:
    """Remove credentials: tokens of the known list anywhere, or credential-like tokens after a
    comma ("Jane Doe, MD, FACP")."""
    found = False
    head, sep, tail = text.partition(",")
    if sep:
        tokens = [t for t in re.split(r"[\s,]+", tail) if t]
        if tokens and all(t in _CREDENTIALS or _CREDENTIAL_LIKE.fullmatch(t) for t in tokens):
            text, found = head, True
    kept = []
    for token in text.split(" "):
        bare = token.strip("(),|")
        if bare in _STANDALONE_CREDENTIALS:
            found = True
            continue
        kept.append(token)
    return " ".join(kept), found


def clean_name(first: str | None, last: str | None) -> CleanName:
    """Clean a first/last name pair: Unicode NFC, whitespace collapsed (no-break and zero-width
    spaces included). Flags ``emoji``, ``credentials`` and ``contact_info`` name what else the name
    carries; ``plain`` is the full name without any of it."""
    if (
        (first is None or _PLAIN_NAME.fullmatch(first))
        and (last is None or _PLAIN_NAME.fullmatch(last))
        and _STANDALONE_CREDENTIALS.isdisjoint(f"{first} {last}".split(" "))
    ):
        # The common case: single-spaced ASCII letters, nothing to clean or flag.
        full = " ".join(part for part in (first, last) if part) or None
        return CleanName(first or None, last or None, full, full, frozenset())
    first_n, last_n = _normalise(first), _normalise(last)
    full = " ".join(part for part in (first_n, last_n) if part) or None
    if full is None:
        return CleanName(None, None, None, None, frozenset())
    flags = set()
    plain = full
    if any(not char.isascii() and _is_emoji(char) for char in plain):
        flags.add("emoji")
        plain = "".join(char for char in plain if char.isascii() or not _is_emoji(char))
    for pattern in (_EMAIL_IN_TEXT, _URL_IN_TEXT, _PHONE_IN_TEXT):
        if pattern is _PHONE_IN_TEXT and sum(c.isdigit() for c in plain) < 7:
            continue
        if pattern.search(plain):
            flags.add("contact_info")
            plain = pattern.sub(" ", plain)
    plain, credentials = _strip_credentials(_SPACES.sub(" ", plain).strip())
    if credentials:
        flags.add("credentials")
    plain = re.sub(r"\(\s*\)|\[\s*\]", " ", plain)
    plain = _SPACES.sub(" ", plain).strip(" ,;|-/:\u2013\u2014\u00b7\u2022")
    return CleanName(first_n, last_n, full, plain if plain else None, frozenset(flags))


def as_tuple(value: Any) -> tuple[Any, ...]:
    """``()`` for ``None``, the tuple itself, or a one-tuple."""
    if value is None:
        return ()
    if isinstance(value, tuple):
        return value
    return (value,)
