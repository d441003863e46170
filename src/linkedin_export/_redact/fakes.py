"""Deterministic, format-preserving fakes of personal values, derived from an HMAC of each value.

One :class:`Faker` serves one redaction. It first learns every word of the export
(:meth:`Faker.learn`), so that no fake is ever a word of the original (a fake ``Kemba`` never
stands for ``Quill`` while another row holds a real ``Kemba``), and so that compound words
(``quillandfern`` of an email domain) are faked piece by piece, like the names they are made of.

The building block is the word (a run of letters and digits): each letter becomes a letter of the
same kind (vowel or consonant) and case, each digit a digit; punctuation, spaces, line breaks and
accented Latin letters (``é``, ``ł``: not identifying alone, and what keeps mojibake and the file's
encoding intact) stay where they are. Letters of other scripts become letters of the same script.
The same word gives the same fake everywhere (names, slugs, email local parts, message text), and
two different words never share a fake.

Typed values get their own fakes: email addresses keep their kind (a free-mail domain is kept, a
company domain becomes an invented one, a role local part such as ``info`` is kept), phone numbers
keep their country, length and validity (fictional ranges where there are some), IP addresses go
to the documentation ranges, URLs keep their host when it is public (LinkedIn, free-mail, large
platforms) and their LinkedIn path words (``/in/``, ``/pulse/``), locations keep the places that
name a country, state or large city.
"""

from __future__ import annotations

import functools
import hmac
import ipaddress
import re
import unicodedata
from collections.abc import Callable, Iterable

from linkedin_export._regions import region_from_location
from linkedin_export._values import _CREDENTIALS
from linkedin_export.emails import classify_emails
from linkedin_export.emails._classify import _ROLE_PATTERNS
from linkedin_export.emails._data import domain_data
from linkedin_export.phones import normalize_phones

__all__ = ["Faker", "is_placeholder", "word_keys"]

_WORD = re.compile(r"[^\W_]+")
_VOWELS = "aeiou"
_CONSONANTS = "bcdfghjklmnprstvz"
_DIGITS = "0123456789"
#: How many fakes are tried before one that is also an original word is accepted.
_ATTEMPTS = 48

#: Values that stand for "nothing": kept as they are (``n/a`` in a phone column is not a number).
_PLACEHOLDERS = frozenset(
    {
        "n/a",
        "na",
        "n.a.",
        "none",
        "null",
        "nil",
        "-",
        "--",
        "—",
        "?",
        "unknown",
        "not available",
        "not specified",
        "no",
        "yes",
        "true",
        "false",
        "y",
        "n",
        "tbd",
    }
)

#: Parts of a name that are no name: kept (they decide how ``TO`` cells split).
_NAME_WORDS = _CREDENTIALS | frozenset(
    {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "Esq", "Esq.", "Dr", "Dr.", "Mr", "Mr.", "Mrs"}
    | {"Mrs.", "Ms", "Ms.", "Prof", "Prof."}
)
_NAME_PROTECT = re.compile(
    r"LinkedIn Member|(?<![^\s,(])(?:"
    + "|".join(re.escape(word) for word in sorted(_NAME_WORDS, key=len, reverse=True))
    + r")(?![^\s,)])"
    r"|(?<=, )[A-Z](?:[A-Z]|\.[A-Z]|-[A-Z]|/[A-Z]){1,7}\.?(?=$|[\s,])"
)
#: Legal forms and institution words of organisation names: kept, so fakes keep their shape
#: (``Quill & Fern Ltd`` → ``Vemba & Kolt Ltd``, ``University of Northfield`` → ``University of
#: Dasnorpelt``).
_ORGANISATION_WORDS = frozenset(
    """inc incorporated corp corporation co company llc llp lp ltd limited gmbh ag kg ohg ug se
    sa sas sarl srl spa nv bv oy oyj ab as asa aps plc pty pte kk bhd sdn cv sl slu sro group
    holding holdings international intl university college school institute academy of the and
    for de la du des der und et""".split()
)
#: Words of LinkedIn paths and URNs (``/in/``, ``urn:li:activity:``): kept in LinkedIn URLs.
_ROUTE_WORDS = frozenset(
    """in pub profile view company school showcase jobs job feed update posts post pulse events
    event groups group learning psettings help answer urn li activity ugcpost share comment member
    fsd fs organization miniprofile detail recent search results people mynetwork invite messaging
    thread redir redirect dms prv image document video playlist media v2 ad sales lead talent
    premium newsletters newsletter embed article articles collections safety go comm legal privacy
    settings email www http https html htm jpg jpeg png pdf gif mp4 webp feedshare shrink sharing
    saved items me notifications hashtag""".split()
)
#: Hosts whose URLs are LinkedIn's own: the host and the path words above are kept.
_LINKEDIN_HOSTS = ("linkedin.com", "licdn.com", "lnkd.in", "linkedin.cn")
#: Large platforms: the host is public; a personal subdomain (``sam.substack.com``) is not.
_PLATFORMS = frozenset(
    """github.com gitlab.com bitbucket.org twitter.com x.com facebook.com fb.com instagram.com
    youtube.com youtu.be medium.com google.com goo.gl bit.ly t.co wordpress.com blogspot.com
    substack.com behance.net dribbble.com vimeo.com slideshare.net tiktok.com apple.com
    microsoft.com amazon.com wikipedia.org stackoverflow.com kaggle.com researchgate.net
    orcid.org scholar.google.com calendly.com notion.so notion.site linktr.ee about.me
    wixsite.com squarespace.com sites.google.com drive.google.com docs.google.com""".split()
)
#: Brands of large email providers and platforms: kept in organisation names (``Google`` is no
#: one's personal data, and the classifier compares it with ``gmail.com``).
_BRANDS = frozenset(
    """gmail googlemail google yahoo ymail hotmail outlook microsoft icloud apple aol protonmail
    proton gmx yandex naver zoho fastmail tutanota comcast verizon btinternet linkedin github
    gitlab twitter facebook instagram youtube medium amazon wordpress substack""".split()
)
_KEPT_IN_ORGANISATIONS = _ORGANISATION_WORDS | _BRANDS
_KEPT_HOST_LABELS = frozenset({"www", "www2", "m", "mail", "en"})
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})
_RESERVED_DOMAINS = frozenset({"example.com", "example.net", "example.org"})
#: Attributes of HTML tags whose value is a URL, or text, to fake; others are kept.
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "cite", "poster", "data-href", "data-src"})
_TEXT_ATTRIBUTES = frozenset({"title", "alt", "aria-label", "value", "placeholder", "label"})

_TEXT_TOKEN = re.compile(
    r"(?P<tag></?[A-Za-z][^<>]*>)"
    r"|(?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)"
    r"|(?P<url>(?:[Hh][Tt][Tt][Pp][Ss]?://|www\.)[^\s<>\"'\[\]{}]+)"
    r"|(?P<email>[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<ip>(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]))"
    r"|(?P<phone>(?<![\w+])\+\s?\d[\d ().-]{6,}\d)"
)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)""")
_URL_TRAILER = re.compile(r"[.,;:!?)]+$")
_URL = re.compile(r"(?s)^(\s*)([A-Za-z][A-Za-z0-9+.-]*://)?([^/?#\s]*)(.*?)(\s*)$")
_SEGMENT_TOKEN = re.compile(r"%[0-9A-Fa-f]{2}|(?<![\w+])\+\d[\d().-]{6,}\d|[^\W_]+")
_PIECES = re.compile(r"[^\W\d_]+|\d+|[^\W_]")
_PHONE_RUN = re.compile(r"\+?\d(?:[\d\s().\-/]*\d)?")
_PHONE_WORDS = frozenset(
    {"ext", "x", "extension", "tel", "fax", "mobile", "cell", "home", "work", "office", "phone"}
)
#: A part of a cell of several addresses, as ``split_addresses`` cuts it.
_ADDRESS_PART = re.compile(r"[^<>;,\s]*<[^<>]+>|[^;,\s]+")
#: One address with what may surround it: space, ``mailto:``, a display name and ``<>``.
_WRAPPED = re.compile(r"(?is)(\s*)(mailto:)?(?:([^<>]*)(<))?([^<>]*?)(>?)(\s*)")
_URN_PREFIX = re.compile(r"^(urn:li:[A-Za-z_]+:)")
_ID_PREFIX = re.compile(r"^(\d+-)")
_CONNECTORS = frozenset({"and", "und", "et", "of", "the"})


def _fold(char: str) -> str:
    """One character as compared in word keys: lower case, Latin accents removed."""
    if char.isascii():
        return char.lower()
    base = unicodedata.normalize("NFKD", char)[:1]
    if base.isascii() and base.isalpha():
        return base.lower()
    low = char.lower()
    return low if len(low) == 1 else char


def _key(word: str) -> str:
    if word.isascii():
        return word.lower()
    return "".join(_fold(char) for char in word)


def word_keys(text: str) -> Iterable[str]:
    """The key of every word of ``text`` (how :class:`Faker` compares words)."""
    return {_key(word) for word in set(_WORD.findall(text))}


def _kept_letter(char: str) -> bool:
    """Accented Latin letters stay: not identifying alone, and they keep mojibake readable."""
    code = ord(char)
    return 0x80 <= code < 0x250 or 0x1E00 <= code < 0x1F00


@functools.cache
def _script_pool(char: str) -> str:
    """Letters of the same Unicode block and category as ``char``."""
    category = unicodedata.category(char)
    start = ord(char) & ~0x7F
    pool = "".join(
        chr(code)
        for code in range(start, start + 0x80)
        if chr(code).isalpha() and unicodedata.category(chr(code)) == category
    )
    return pool or char


def is_placeholder(value: str) -> bool:
    """``n/a``, ``-``, ``Yes``… : not a personal value."""
    return value.strip().casefold() in _PLACEHOLDERS


def _shape(original: str, fake: str) -> str:
    """``fake`` (a key) with the case and kept characters of ``original``."""
    out = []
    for char, new in zip(original, fake, strict=True):
        if not char.isascii() and _kept_letter(char):
            out.append(char)
        elif char.isupper() and len(new.upper()) == 1:
            out.append(new.upper())
        else:
            out.append(new)
    return "".join(out)


def _replaceable(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or (not char.isascii() and char.isalpha())


class Faker:
    """The fakes of one redaction (see the module docstring).

    Args:
        salt: the secret the fakes are derived from; the same salt gives the same fakes.
    """

    def __init__(self, salt: bytes) -> None:
        self.salt = salt
        #: Keys of every word of the original export.
        self.forbidden: set[str] = set()
        #: Keys of the words found outside email addresses and URLs (names, companies, text).
        self.standalone: set[str] = set()
        self._words: dict[str, str] = {}
        self._shaped: dict[str, str] = {}
        self._taken: dict[str, str] = {}
        self._values: dict[tuple[str, str], str] = {}
        self._fakes: dict[tuple[str, str], str] = {}

    # --- learning -------------------------------------------------------------------------------

    def learn(self, text: str) -> None:
        """Remember the words of an original file's text."""
        self.forbidden.update(word_keys(text))
        bare = _TEXT_TOKEN.sub(
            lambda m: " " if m.lastgroup in {"url", "email"} else m.group(), text
        )
        self.standalone.update(word_keys(bare))

    # --- random material ------------------------------------------------------------------------

    def _stream(self, kind: str, value: str, attempt: int, size: int) -> bytes:
        out = b""
        block = 0
        while len(out) < size:
            message = f"{kind}\x00{attempt}\x00{block}\x00{value}".encode(errors="surrogatepass")
            out += hmac.digest(self.salt, message, "sha256")
            block += 1
        return out[:size]

    # --- words ----------------------------------------------------------------------------------

    def _fake_key(self, key: str, attempt: int) -> str:
        stream = self._stream("w", key, attempt, len(key))
        out = []
        for char, byte in zip(key, stream, strict=True):
            if "a" <= char <= "z":
                pool = _VOWELS if char in _VOWELS else _CONSONANTS
            elif "0" <= char <= "9":
                pool = _DIGITS
            elif not char.isascii() and char.isalpha() and not _kept_letter(char):
                pool = _script_pool(char)
            else:
                out.append(char)
                continue
            out.append(pool[byte % len(pool)])
        return "".join(out)

    def _word_key(self, key: str) -> str:
        found = self._words.get(key)
        if found is not None:
            return found
        fake = key
        if any(_replaceable(char) and not _kept_letter(char) for char in key):
            first_different = None
            for attempt in range(_ATTEMPTS):
                candidate = self._fake_key(key, attempt)
                if candidate == key:
                    continue
                if first_different is None:
                    first_different = candidate
                owner = self._taken.get(candidate)
                if candidate in self.forbidden or (owner is not None and owner != key):
                    continue
                fake = candidate
                break
            else:
                fake = first_different or key
        self._words[key] = fake
        self._taken.setdefault(fake, key)
        return fake

    def word(self, word: str) -> str:
        """One word (letters and digits) faked, with its case and length."""
        found = self._shaped.get(word)
        if found is None:
            found = self._shaped[word] = _shape(word, self._word_key(_key(word)))
        return found

    def words(self, text: str, keep: Callable[[str], bool] | None = None) -> str:
        """Every word of ``text`` faked (those ``keep`` accepts stay); everything else stays."""

        def one(match: re.Match[str]) -> str:
            found = match.group()
            return found if keep is not None and keep(found) else self.word(found)

        return _WORD.sub(one, text)

    def compound(self, token: str) -> str:
        """A word that may be made of several (``quillandfern``, ``kenji54``): each piece faked
        like the word it is, so ``mara-quill`` and ``maraquill.com`` follow ``Mara Quill``."""
        out = []
        for piece in _PIECES.findall(token):
            if piece.isdigit() or not piece.isalpha():
                out.append(self.word(piece))
                continue
            parts = self._segment(_key(piece))
            if parts is None:
                out.append(self.word(piece))
                continue
            start = 0
            for part in parts:
                chunk = piece[start : start + len(part)]
                out.append(chunk if part in _CONNECTORS else self.word(chunk))
                start += len(part)
        return "".join(out)

    def _segment(self, key: str) -> list[str] | None:
        """``key`` as known words, fewest first; ``None`` when it is one or none."""
        if key in self.standalone or len(key) < 6:
            return None
        size = len(key)
        best: list[list[str] | None] = [None] * (size + 1)
        best[0] = []
        for end in range(1, size + 1):
            for start in range(max(0, end - 30), end - 2):
                head = best[start]
                part = key[start:end]
                if head is None or not (part in self.standalone or part in _CONNECTORS):
                    continue
                if best[end] is None or len(head) + 1 < len(best[end] or ()):
                    best[end] = [*head, part]
        found = best[size]
        return found if found is not None and len(found) > 1 else None

    # --- text -----------------------------------------------------------------------------------

    def text(self, text: str, protect: re.Pattern[str] | None = None) -> str:
        """Free text: HTML tags and entities kept, URLs, email and IP addresses faked as such,
        every other word faked; spans ``protect`` matches are kept."""
        if protect is not None and protect.search(text):
            out = []
            start = 0
            for match in protect.finditer(text):
                out.append(self.text(text[start : match.start()]))
                out.append(match.group())
                start = match.end()
            out.append(self.text(text[start:]))
            return "".join(out)
        out = []
        start = 0
        for match in _TEXT_TOKEN.finditer(text):
            out.append(self.words(text[start : match.start()]))
            out.append(self._text_token(match))
            start = match.end()
        out.append(self.words(text[start:]))
        return "".join(out)

    def _text_token(self, match: re.Match[str]) -> str:
        found = match.group()
        group = match.lastgroup
        if group == "tag":
            return self._tag(found)
        if group == "entity":
            return found
        if group == "url":
            trailer = _URL_TRAILER.search(found)
            if trailer:
                return self.url(found[: trailer.start()]) + trailer.group()
            return self.url(found)
        if group == "email":
            return self.email(found)
        if group == "phone":
            return self.phones(found, None)
        return self.ip(found)

    def _tag(self, tag: str) -> str:
        def attribute(match: re.Match[str]) -> str:
            name, equals, value = match.groups()
            quote = value[0] if value[:1] in {'"', "'"} else ""
            inner = value[1:-1] if quote else value
            lowered = name.lower()
            if lowered in _URL_ATTRIBUTES:
                inner = self.url(inner)
            elif (
                lowered in _TEXT_ATTRIBUTES
                or lowered.startswith("data-")
                or (lowered == "content" and "charset" not in inner.lower())
            ):
                inner = self.text(inner)
            return f"{name}{equals}{quote}{inner}{quote}"

        return _ATTRIBUTE.sub(attribute, tag)

    def name(self, text: str) -> str:
        """A person's name (or several): ``LinkedIn Member`` and credentials (``Ph.D.``) kept."""
        return self.text(text, _NAME_PROTECT)

    def organisation(self, text: str) -> str:
        """A company or school name: legal forms and institution words kept, and the names of
        email providers and large platforms (``Google``, ``Yahoo``: no one's personal data)."""
        return self.words(text, keep=lambda word: word.casefold() in _KEPT_IN_ORGANISATIONS)

    def ident(self, text: str) -> str:
        """An identifier (conversation id, URN, invoice number): its prefix kept."""
        for prefix in (_URN_PREFIX, _ID_PREFIX):
            if match := prefix.match(text):
                return match.group() + self.words(text[match.end() :])
        return self.words(text)

    def labelled(self, text: str) -> str:
        """``[PERSONAL:https://…]``, ``SKYPE:handle``: labels kept, the rest faked."""
        out = []
        start = 0
        for match in re.finditer(r"(?<![\w])[A-Z][A-Z0-9_]*:(?!//)", text):
            out.append(self.text(text[start : match.start()]))
            out.append(match.group())
            start = match.end()
        out.append(self.text(text[start:]))
        return "".join(out)

    def location(self, text: str) -> str:
        """``City, Region, Country``: parts that name a country, state or large city kept."""
        parts = text.split(",")
        out = [part if region_from_location(part) else self.words(part) for part in parts]
        return ",".join(out)

    # --- URLs -----------------------------------------------------------------------------------

    def url(self, url: str) -> str:
        """A URL: scheme, public hosts and LinkedIn path words kept."""
        match = _URL.match(url)
        if match is None:  # pragma: no cover - the pattern matches any text
            return self.words(url)
        lead, scheme, authority, rest, trail = match.groups()
        if not scheme and "." not in authority:
            return self.words(url)
        user, at, hostport = authority.rpartition("@")
        host, colon, port = hostport.partition(":")
        linkedin = _is_linkedin(host.lower())
        new_user = self.words(user) if at else ""
        out = [lead, scheme or "", new_user, at, self.host(host), colon, port]
        path, hash_mark, fragment = rest.partition("#")
        path, question, query = path.partition("?")
        out.append(self._path(path, linkedin=linkedin))
        if question:
            out.append(question)
            out.append(self._query(query, linkedin=linkedin))
        if hash_mark:
            out.append(hash_mark)
            out.append(self._segment_text(fragment, linkedin=linkedin))
        out.append(trail)
        return "".join(out)

    def _path(self, path: str, *, linkedin: bool) -> str:
        return "/".join(self._segment_text(part, linkedin=linkedin) for part in path.split("/"))

    def _query(self, query: str, *, linkedin: bool) -> str:
        pairs = []
        for pair in query.split("&"):
            key, equals, value = pair.partition("=")
            pairs.append(key + equals + self._segment_text(value, linkedin=linkedin))
        return "&".join(pairs)

    def _segment_text(self, segment: str, *, linkedin: bool) -> str:
        def one(match: re.Match[str]) -> str:
            found = match.group()
            if found.startswith("%"):
                return found
            if found.startswith("+"):  # a phone number: its country decides the export's region
                return self.phones(found, None)
            if found.casefold() in _ROUTE_WORDS and (linkedin or found.casefold() in _EXTENSIONS):
                return found
            return self.compound(found)

        return _SEGMENT_TOKEN.sub(one, segment)

    def host(self, host: str) -> str:
        """A host name: kept when public (LinkedIn, free-mail, large platforms, reserved
        domains); otherwise its labels are faked, its public suffix kept."""
        lower = host.lower().rstrip(".")
        if not lower or _is_public_host(lower) or not re.search(r"[^\W\d_]", lower):
            return host
        labels = host.split(".")
        kept = _kept_suffix_labels(lower)
        out = []
        for index, label in enumerate(labels):
            if index >= len(labels) - kept or (index == 0 and label.lower() in _KEPT_HOST_LABELS):
                out.append(label)
            else:
                out.append("-".join(self.compound(part) for part in label.split("-")))
        return ".".join(out)

    # --- email addresses -------------------------------------------------------------------------

    def email(self, address: str) -> str:
        """An email address of the same kind (see the module docstring)."""
        cached = self._values.get(("email", address))
        if cached is not None:
            return cached
        local, at, domain = address.rpartition("@")
        if not at or not local or not domain:
            return self.words(address)
        original = _email_signature(address)
        fake = address
        for attempt in range(8):
            fake = f"{self._local(local, attempt)}@{self._email_domain(domain, original, attempt)}"
            taken = self._fakes.get(("email", fake.lower()))
            fresh = taken is None or taken == address.lower()
            if fake != address and fresh and _email_signature(fake) == original:
                break
        self._values[("email", address)] = fake
        self._fakes[("email", fake.lower())] = address.lower()
        return fake

    def emails(self, cell: str) -> str:
        """A cell of email addresses, split as the classifier splits it (one address unless
        the cell holds several ``@``): each address faked, separators and wrappers kept."""
        if cell.count("@") <= 1:
            return self._address(cell)
        return _ADDRESS_PART.sub(lambda m: self._address(m.group()), cell)

    def _address(self, text: str) -> str:
        """One address as written: surrounding space, ``mailto:``, ``Name <address>`` kept."""
        match = _WRAPPED.fullmatch(text)
        if match is None:
            return self.words(text)
        lead, mailto, name, opening, address, close, trail = match.groups()
        if "@" not in address:
            return self.text(text)
        shown = self.name(name) if name else ""
        return f"{lead}{mailto or ''}{shown}{opening or ''}{self.email(address)}{close}{trail}"

    def _local(self, local: str, attempt: int) -> str:
        """A local part: role (``info``) and placeholder ones kept; others faked like the words
        they are made of, or, after two tries that changed the address's kind, at random."""
        lower = local.lower()
        bare = lower.split("+", 1)[0]
        if bare in domain_data().roles or _ROLE_PATTERNS.fullmatch(bare) or is_placeholder(lower):
            return local
        if attempt < 2:
            return _WORD.sub(lambda m: self.compound(m.group()), local)
        return self._hashed(local, attempt)

    def _email_domain(self, domain: str, original: tuple[object, ...], attempt: int) -> str:
        lower = domain.lower().rstrip(".")
        if _is_public_host(lower, email=True) or "possible-typo-domain" in original[1:]:
            return domain
        if attempt == 0:
            return self.host(domain)
        kind = original[0]
        labels = domain.split(".")
        kept = _kept_suffix_labels(lower)
        head = labels[: len(labels) - kept]
        fake_head = [self._hashed(label, attempt) for label in head] or [self._hashed("x", attempt)]
        tail = labels[len(labels) - kept :]
        if attempt >= 4 and kind == "education":
            tail = ["edu"]
        elif attempt >= 4 and kind == "government":
            tail = ["gov"]
        return ".".join([*fake_head, *tail])

    def _hashed(self, label: str, attempt: int) -> str:
        """A label faked without the word map (another try when the first fake changed kind)."""
        key = _key(label)
        return _shape(label, self._fake_key(key, attempt + 1000))

    # --- phone numbers ---------------------------------------------------------------------------

    def phones(self, cell: str, region: str | None) -> str:
        """Every phone number of a cell, of the same country, length and validity."""
        if is_placeholder(cell) or not any(char.isdigit() for char in cell):
            return cell if is_placeholder(cell) else self.words(cell, keep=_phone_word)
        cache_key = (f"phone:{region}", cell)
        cached = self._values.get(cache_key)
        if cached is not None:
            return cached
        original = _phone_signature(cell, region)
        fake = cell
        for attempt in range(24):
            candidate = _PHONE_RUN.sub(
                functools.partial(self._phone_match, region=region, attempt=attempt), cell
            )
            candidate = self.words(candidate, keep=lambda w: _phone_word(w) or w.isdigit())
            digits = "".join(char for char in candidate if char.isdigit())
            taken = self._fakes.get(("phone", digits))
            if candidate == cell or (taken is not None and taken != cell):
                continue
            fake = candidate
            if _phone_signature(candidate, region) == original:
                break
        if fake == cell:  # no candidate at all: every digit replaced
            fake = _PHONE_RUN.sub(lambda m: self._digits(m.group(), 0, "p"), cell)
        self._values[cache_key] = fake
        self._fakes[("phone", "".join(char for char in fake if char.isdigit()))] = cell
        return fake

    def _phone_match(self, match: re.Match[str], *, region: str | None, attempt: int) -> str:
        return self._phone_run(match.group(), region, attempt)

    def _phone_run(self, run: str, region: str | None, attempt: int) -> str:
        digits = [char for char in run if char.isdigit()]
        if len(digits) < 4:
            return self._digits(run, attempt, "p")
        keep, country = _phone_prefix(run)
        size = len(digits) - keep
        stream = self._stream("phone", "".join(digits), attempt, size)
        randoms = "".join(_DIGITS[byte % 10] for byte in stream)
        template = None
        if attempt < 2:
            template = _fictional(country or region, "".join(digits[keep:]), randoms)
        if template is None:
            fixed = max(0, min(3 if attempt < 12 else 5, size - 4))
            template = "".join(digits[keep : keep + fixed]) + randoms[fixed:]
        new = iter("".join(digits[:keep]) + template)
        return "".join(next(new) if char.isdigit() else char for char in run)

    def _digits(self, text: str, attempt: int, kind: str) -> str:
        stream = iter(self._stream(kind, text, attempt, len(text)))
        return "".join(_DIGITS[next(stream) % 10] if char.isdigit() else char for char in text)

    # --- IP addresses ----------------------------------------------------------------------------

    def ip(self, value: str) -> str:
        """An IP address in the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
        203.0.113.0/24; 2001:db8::/32)."""
        text = value.strip()
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            return self.words(value)
        cached = self._values.get(("ip", text))
        if cached is None:
            cached = text
            for attempt in range(64):
                stream = self._stream("ip", text, attempt, 16)
                if address.version == 4:
                    net = ("192.0.2", "198.51.100", "203.0.113")[stream[0] % 3]
                    candidate = f"{net}.{1 + stream[1] % 254}"
                    if attempt >= 48:
                        candidate = f"10.{stream[2]}.{stream[3]}.{1 + stream[1] % 254}"
                else:
                    candidate = str(ipaddress.IPv6Address(b"\x20\x01\x0d\xb8" + stream[4:16]))
                if self._fakes.get(("ip", candidate), text) == text:
                    cached = candidate
                    break
            self._values[("ip", text)] = cached
            self._fakes[("ip", cached)] = text
        return value.replace(text, cached)


_EXTENSIONS = frozenset({"html", "htm", "jpg", "jpeg", "png", "pdf", "gif", "mp4", "webp"})


def _phone_word(word: str) -> bool:
    return word.casefold() in _PHONE_WORDS


def _is_linkedin(host: str) -> bool:
    return any(host == name or host.endswith("." + name) for name in _LINKEDIN_HOSTS)


def _is_public_host(host: str, *, email: bool = False) -> bool:
    """LinkedIn, reserved (``example.com``, ``.test``), free-mail, ISP, relay and disposable
    domains, large platforms (exactly, or under ``www.``)."""
    if _is_linkedin(host) and not email:
        return True
    if host in _RESERVED_DOMAINS or host.rsplit(".", 1)[-1] in _RESERVED_TLDS:
        return True
    bare = host.removeprefix("www.")
    if not email and bare in _PLATFORMS:
        return True
    data = domain_data()
    curated = data.curated.get(host)
    if curated in {"free", "isp", "relay", "disposable", "placeholder"}:
        return True
    return host in data.freemail or host in data.disposable


def _kept_suffix_labels(host: str) -> int:
    """How many labels at the end of ``host`` are a public suffix (``co.uk``: 2), at least 1."""
    data = domain_data()
    if data.psl.is_known_tld(host):
        suffix = data.psl.public_suffix(host)
        if suffix and suffix != host:
            return suffix.count(".") + 1
    return 1


def _email_signature(address: str) -> tuple[str, ...]:
    infos = classify_emails(address)
    codes = sorted({str(w.code) for info in infos for w in info.warnings})
    return (str(infos[0].kind), *codes)


def _phone_signature(cell: str, region: str | None) -> tuple[object, ...]:
    return tuple(
        (
            info.e164 is None,
            info.region,
            info.number_type,
            info.is_valid,
            info.extension is None,
            tuple(sorted(str(w.code) for w in info.warnings)),
        )
        for info in normalize_phones(cell, region=region)
    )


def _phone_prefix(run: str) -> tuple[int, str | None]:
    """How many leading digits are kept (country code, ``00``, trunk ``0``), and the number's
    region when it carries its country code."""
    import phonenumbers

    text = run.strip()
    digits = "".join(char for char in text if char.isdigit())
    international = text.startswith("+") or digits.startswith("00")
    offset = 2 if not text.startswith("+") and digits.startswith("00") else 0
    if international:
        for size in (1, 2, 3):
            code = digits[offset : offset + size]
            regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(code or "0"))
            if regions:
                return offset + size, regions[0]
        return offset, None
    return (1 if digits.startswith("0") else 0), None


def _fictional(region: str | None, number: str, randoms: str) -> str | None:
    """The national digits of a fictional number of the same region and length, where there
    are such ranges: ``20 7946 0xxx`` and ``7700 900xxx`` (GB), ``NPA 555 01xx`` (US, CA),
    ``491 570 xxx`` and ``2 5550 xxxx`` (AU); ``None`` elsewhere. ``randoms`` fills the ``x``."""
    size = len(number)
    if region == "GB" and size == 10:
        return ("7700900" if number.startswith("7") else "2079460") + randoms[-3:]
    if region in {"US", "CA"} and size == 10:
        return number[:3] + "55501" + randoms[-2:]
    if region == "AU" and size == 9:
        return ("491570" + randoms[-3:]) if number.startswith("4") else ("25550" + randoms[-4:])
    return None
