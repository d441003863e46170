"""The decision order of EMAIL_PHONE.md §6.2, on one cleaned address.

The domain-level decision is memoised per (address, overrides); what depends on the contact
(company match, vanity domain) is applied per call on top, which is cheap.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container

import attrs

from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.emails._company import company_match, name_tokens
from linkedin_export.emails._data import DomainData, domain_data
from linkedin_export.models.contact import Confidence, EmailInfo, EmailKind

__all__ = ["classify"]

_RESERVED_DOMAINS = frozenset({"example.com", "example.net", "example.org"})
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})
_PLACEHOLDER_LOCAL = frozenset(
    {"noemail", "no-email", "no_email", "nomail", "no-mail", "none", "null", "unknown", "na", "n/a"}
)
_ROLE_PATTERNS = re.compile(
    r"(?:no|do[-_.]?not)[-_.]?reply(?:[-_.].*)?|mailer[-_.]?daemon|bounces?|postmaster"
    r"|notifications?|alerts?|newsletters?"
)
#: Second-level labels of government domains under a two-letter country code.
_GOVERNMENT_SLD = frozenset({"gov", "gouv", "gob", "go", "govt", "gv", "gub", "mil"})
_GOVERNMENT_TLDS = frozenset({"gov", "mil", "int"})
#: First labels of US local-government domains under ``<place>.<st>.us``.
_US_LOCAL_GOVERNMENT = frozenset({"ci", "co", "city", "county", "town", "twp", "vil", "cty"})
_ALUMNI_LABELS = frozenset({"alumni", "alum", "alumnae", "alumnus", "alumni-mail"})
#: Providers that ignore dots in the local part, and that deliver ``+tag`` sub-addresses.
_DOTS_IGNORED = frozenset({"gmail.com", "googlemail.com"})
_PLUS_TAGS = frozenset(
    """gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk hotmail.fr live.com msn.com
    icloud.com me.com mac.com fastmail.com fastmail.fm proton.me protonmail.com protonmail.ch
    pm.me""".split()
)
#: Major providers a typo is measured against (EMAIL_PHONE.md §2.2 "Typos", §7.2, §7.3).
_TOP_PROVIDERS = tuple(
    """gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com icloud.com aol.com
    msn.com me.com mac.com protonmail.com proton.me gmx.de gmx.net web.de yahoo.co.uk
    hotmail.co.uk yahoo.fr hotmail.fr orange.fr comcast.net verizon.net att.net sbcglobal.net
    btinternet.com mail.ru yandex.ru qq.com 163.com naver.com libero.it free.fr t-online.de
    yahoo.co.in rediffmail.com""".split()
)
_PERSONAL_CLASSES = frozenset({"free", "isp", "relay"})


_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
#: Plain ASCII addresses: a dot-atom local part, LDH labels, an alphabetic top-level domain.
_PLAIN = re.compile(rf"({_ATEXT}(?:\.{_ATEXT})*)@((?:{_LABEL}\.)+[A-Za-z]{{1,63}})")


@attrs.frozen
class _Plain:
    """What email-validator would say of a plain ASCII address (see :func:`_plain`)."""

    local_part: str
    domain: str
    ascii_domain: str
    normalized: str
    smtputf8: bool = False


def _plain(address: str, special_use: Container[str]) -> _Plain | None:
    """The validation of the common, plain ASCII address without calling email-validator
    (about 60 µs saved per address); ``None`` for anything else, which email-validator then
    checks. Only addresses on which both are known to agree are taken: a dot-atom local part of
    at most 64 characters, letters-digits-hyphens labels without ``--``, an alphabetic top-level
    domain, no special-use domain (a property test compares the two)."""
    match = _PLAIN.fullmatch(address)
    if match is None or len(address) > 254:
        return None
    local, domain = match.groups()
    if len(local) > 64 or "--" in domain:
        return None
    domain = domain.lower()
    labels = domain.split(".")
    if any(".".join(labels[i:]) in special_use for i in range(len(labels))):
        return None
    if local.lower() in _case_insensitive_mailboxes():  # RFC 2142: postmaster, info, ...
        local = local.lower()
    return _Plain(local, domain, domain, f"{local}@{domain}")


@functools.cache
def _case_insensitive_mailboxes() -> frozenset[str]:
    from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

    return frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)


@attrs.frozen
class _Parts:
    """The parts of an address that email-validator refused (for a reserved domain)."""

    local_part: str | None
    domain: str | None


@attrs.frozen
class _Base:
    """The part of a classification that depends only on the address and the overrides."""

    info: EmailInfo
    label: str | None  # the registrable domain's first label, for company and vanity matching


def classify(
    address: str,
    *,
    company: str | None,
    first_name: str | None,
    last_name: str | None,
    work_domains: frozenset[str],
    personal_domains: frozenset[str],
    cleaned: tuple[DataWarning, ...],
) -> EmailInfo:
    """Classify one cleaned address (see :func:`linkedin_export.classify_email`)."""
    base = _base(address, work_domains, personal_domains)
    info = base.info
    if cleaned:
        info = attrs.evolve(info, warnings=cleaned + info.warnings)
    if base.label is None:
        return info
    if info.kind is EmailKind.WORK and not info.reasons[0].startswith("user-"):
        return _work_evidence(info, base.label, company, first_name, last_name)
    if (
        info.kind is EmailKind.PERSONAL
        and company
        and info.flags & {"freemail", "isp", "relay"}
        and company_match(company, base.label) >= 0.75
    ):
        warning = DataWarning.make(
            WarningCode.FREEMAIL_DOMAIN_MATCHES_COMPANY,
            f"{info.domain} is a free-mail or ISP provider whose name matches the company "
            f"{company!r}; the address stays personal",
            value=info.address,
        )
        return attrs.evolve(info, warnings=(*info.warnings, warning))
    return info


def _work_evidence(
    info: EmailInfo,
    label: str,
    company: str | None,
    first_name: str | None,
    last_name: str | None,
) -> EmailInfo:
    score = company_match(company, label) if company else 0.0
    if score >= 0.75:
        return attrs.evolve(
            info,
            confidence=Confidence.HIGH,
            reasons=(*info.reasons, f"company-match:{score:.2f}"),
            flags=info.flags | {"company_match"},
        )
    if _vanity(label, first_name, last_name):
        return attrs.evolve(
            info,
            kind=EmailKind.PERSONAL,
            is_work=False,
            confidence=Confidence.LOW,
            reasons=("vanity-domain", *info.reasons[1:]),
            flags=info.flags | {"vanity_domain"},
        )
    return info


def _vanity(label: str, first_name: str | None, last_name: str | None) -> bool:
    """The domain's first label holds the person's first+last name or last name (§7.5)."""
    target = label.replace("-", "").lower()
    last = "".join(name_tokens(last_name)) if last_name else ""
    first = "".join(name_tokens(first_name)) if first_name else ""
    if last and first and first + last in target:
        return True
    return len(last) >= 3 and last in target


@functools.lru_cache(maxsize=131_072)
def _base(address: str, work: frozenset[str], personal: frozenset[str]) -> _Base:
    from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

    data = domain_data()
    domain_raw = address.rpartition("@")[2]
    domain_guess = domain_raw.strip().lower()
    if _is_reserved(domain_guess):
        try:
            parsed: object = validate_email(address, check_deliverability=False)
        except EmailNotValidError:  # .test, .invalid, .localhost: email-validator rejects them
            local_raw = address.rpartition("@")[0]
            parsed = _Parts(local_raw or None, domain_guess or None)
        why = f"{domain_guess} is a reserved domain (RFC 2606)"
        return _Base(_invalid(address, why, "reserved-domain", parsed), None)
    try:
        valid = _plain(address, SPECIAL_USE_DOMAIN_NAMES) or validate_email(
            address, check_deliverability=False, allow_smtputf8=True
        )
    except EmailNotValidError as error:
        suggestion = _typo(domain_guess.rstrip("."), data) if "@" in address else None
        return _Base(_invalid(address, str(error), "syntax-error", suggestion=suggestion), None)
    ascii_domain = valid.ascii_domain.lower()
    local = valid.local_part
    warnings: list[DataWarning] = []
    flags: set[str] = set()
    if valid.smtputf8:
        flags.add("smtputf8")
        warnings.append(
            DataWarning.make(
                WarningCode.SMTPUTF8_REQUIRED,
                f"{address!r} has a non-ASCII local part; only SMTPUTF8 mail servers deliver it",
                value=address,
            )
        )
    if ascii_domain != valid.domain.lower():
        flags.add("idn")
        warnings.append(
            DataWarning.make(
                WarningCode.IDN_DOMAIN,
                f"{valid.domain} is an internationalised domain ({ascii_domain})",
                value=address,
            )
        )
    if len(local) > 64:
        warnings.append(
            DataWarning.make(
                WarningCode.LOCAL_PART_OVER_64,
                f"the local part of {address!r} has {len(local)} characters (RFC 5321 allows 64)",
                value=address,
            )
        )
    registrable = data.psl.registrable_domain(ascii_domain)
    unicode_domain = valid.domain.lower()
    unicode_registrable = (
        ".".join(unicode_domain.split(".")[-registrable.count(".") - 1 :]) if registrable else None
    )
    label = registrable.split(".", 1)[0] if registrable else None
    common = {
        "address": address,
        "normalized": valid.normalized,
        "local_part": local,
        "domain": unicode_domain,
        "ascii_domain": ascii_domain,
        "registrable_domain": unicode_registrable,
        "dedupe_key": _dedupe_key(local, ascii_domain, unicode_domain, flags),
    }

    def made(kind: EmailKind, confidence: Confidence, reason: str, *extra_flags: str) -> EmailInfo:
        return EmailInfo(
            **common,  # type: ignore[arg-type]
            kind=kind,
            is_work=_is_work(kind, flags | set(extra_flags)),
            confidence=confidence,
            reasons=(reason,),
            flags=frozenset(flags | set(extra_flags)),
            warnings=tuple(warnings),
        )

    curated_hit = _walk(ascii_domain, data.curated)
    curated = data.curated[curated_hit] if curated_hit else None
    # 3. placeholders and unknown top-level domains
    if curated == "placeholder" or (
        local.lower() in _PLACEHOLDER_LOCAL or (local.lower() == "test" and label == "test")
    ):
        info = _invalid(address, f"{address!r} is a placeholder address", "placeholder", valid)
        return _Base(info, None)
    if not data.psl.is_known_tld(ascii_domain):
        suggestion = _typo(ascii_domain, data)
        why = f"{ascii_domain.rsplit('.', 1)[-1]!r} is not a top-level domain"
        return _Base(_invalid(address, why, "unknown-tld", valid, suggestion=suggestion), None)
    suggestion = None
    # 4. disposable (relay services are personal, never disposable)
    disposable = _walk(ascii_domain, data.disposable)
    if curated == "disposable" or (disposable and curated not in _PERSONAL_CLASSES):
        where = curated_hit if curated == "disposable" else disposable
        return _Base(made(EmailKind.DISPOSABLE, Confidence.HIGH, f"disposable-list:{where}"), label)
    domain_class = _domain_class(ascii_domain, curated_hit, curated, data)
    # 5. role mailboxes (the whole local part, +tag removed)
    role_local = local.lower().split("+", 1)[0]
    if role_local in data.roles or _ROLE_PATTERNS.fullmatch(role_local):
        role_flag = domain_class[0]
        return _Base(
            made(EmailKind.ROLE, Confidence.HIGH, f"role-local-part:{role_local}", role_flag), label
        )
    # user overrides
    if user := _walk(ascii_domain, work):
        return _Base(made(EmailKind.WORK, Confidence.HIGH, f"user-work-domain:{user}"), label)
    if user := _walk(ascii_domain, personal):
        return _Base(
            made(EmailKind.PERSONAL, Confidence.HIGH, f"user-personal-domain:{user}"), label
        )
    # 6.-9. the domain's class
    kind_name, reason, confidence = domain_class
    if kind_name in {"freemail", "isp", "relay", "alumni"}:
        info = made(EmailKind.PERSONAL, confidence, reason, kind_name)
    elif kind_name == "education":
        info = made(EmailKind.EDUCATION, confidence, reason)
    elif kind_name == "government":
        info = made(EmailKind.GOVERNMENT, confidence, reason)
    else:
        suggestion = None if curated == "work" else _typo(ascii_domain, data)
        info = made(EmailKind.WORK, confidence, reason)
    if suggestion:
        info = attrs.evolve(info, warnings=(*info.warnings, _typo_warning(address, suggestion)))
    return _Base(info, label)


def _domain_class(
    domain: str, curated_hit: str | None, curated: str | None, data: DomainData
) -> tuple[str, str, Confidence]:
    """(class, reason, confidence) of a domain: freemail, isp, relay, alumni, education,
    government or work (the flag a role address carries, and the kind of any other)."""
    labels = domain.split(".")
    if curated is not None:
        name = {"free": "freemail"}.get(curated, curated)
        if name == "education" and labels[0] in _ALUMNI_LABELS and len(labels) > 2:
            return "alumni", f"alumni-host:{domain}", Confidence.HIGH
        if name == "alumni":
            return "alumni", f"alumni-host:{curated_hit}", Confidence.HIGH
        reason = {
            "freemail": "freemail-list",
            "isp": "isp-list",
            "relay": "relay",
            "education": "education-list",
            "government": "government-list",
            "work": "override-not-freemail",
        }.get(name, f"curated-{name}")
        # An override only removes a corporate domain from the free-mail lists: it is then an
        # ordinary work domain, whose confidence a company match can still raise.
        confidence = Confidence.MEDIUM if name == "work" else Confidence.HIGH
        return name, f"{reason}:{curated_hit}", confidence
    if labels[-1] in _GOVERNMENT_TLDS:
        return "government", f"government-tld:.{labels[-1]}", Confidence.HIGH
    if rule := _government_suffix(labels):
        return "government", f"government-suffix:{rule}", Confidence.HIGH
    if domain.endswith((".gc.ca", ".admin.ch")) or domain in {"gc.ca", "admin.ch"}:
        return "government", "government-suffix", Confidence.HIGH
    education = _walk(domain, data.education)
    suffix = None if education else _walk(domain, data.education_suffixes)
    if education or suffix:
        if labels[0] in _ALUMNI_LABELS and len(labels) > 2:
            return "alumni", f"alumni-host:{domain}", Confidence.HIGH
        if education:
            return "education", f"education-list:{education}", Confidence.HIGH
        return "education", f"education-suffix:{suffix}", Confidence.MEDIUM
    free = _walk(domain, data.freemail)
    if free:
        category = "isp" if data.freemail[free] == "isp" else "freemail"
        return category, f"{category}-list:{free}", Confidence.HIGH
    return "work", "not-a-known-provider", Confidence.MEDIUM


def _government_suffix(labels: list[str]) -> str | None:
    """The government suffix rule ``labels`` fall under, if any:

    - ``gov.<cc>``, ``gouv.<cc>``, ``gob.<cc>``, ``go.<cc>`` … under a two-letter country code;
    - the same one level down, under a province or state: ``gov.on.ca``, ``gouv.qc.ca``;
    - US state and local governments: ``state.<st>.us``, ``ci.<city>.<st>.us``,
      ``co.<county>.<st>.us`` (``k12.<st>.us`` schools are education).
    """
    count = len(labels)
    if count >= 2 and labels[-2] in _GOVERNMENT_SLD and len(labels[-1]) == 2:
        return ".".join(labels[-2:])
    if count >= 3 and labels[-3] in _GOVERNMENT_SLD and len(labels[-2]) == 2 == len(labels[-1]):
        return ".".join(labels[-3:])
    if count >= 3 and labels[-1] == "us" and len(labels[-2]) == 2:
        if labels[-3] == "state":
            return ".".join(labels[-3:])
        if count >= 4 and labels[-4] in _US_LOCAL_GOVERNMENT:
            return f"{labels[-4]}.*.{labels[-2]}.us"
    return None


def _walk(domain: str, names: Container[str]) -> str | None:
    """The most specific suffix of ``domain``, label by label, that is in ``names`` (never a
    plain ``endswith``: ``gmail.com`` is not under ``mail.com``)."""
    labels = domain.split(".")
    for index in range(len(labels)):
        suffix = ".".join(labels[index:])
        if suffix in names:
            return suffix
    return None


def _is_reserved(domain: str) -> bool:
    domain = domain.rstrip(".")
    return domain in _RESERVED_DOMAINS or domain.rsplit(".", 1)[-1] in _RESERVED_TLDS


def _is_work(kind: EmailKind, flags: set[str]) -> bool | None:
    if kind in {EmailKind.WORK, EmailKind.EDUCATION, EmailKind.GOVERNMENT}:
        return True
    if kind is EmailKind.ROLE:
        return None if flags & {"freemail", "isp", "relay", "alumni"} else True
    if kind in {EmailKind.PERSONAL, EmailKind.DISPOSABLE}:
        return False
    return None


def _dedupe_key(local: str, ascii_domain: str, domain: str, flags: set[str]) -> str:
    key = unicodedata.normalize("NFC", local).lower()
    if ascii_domain in _PLUS_TAGS and "+" in key:
        key = key.split("+", 1)[0]
        flags.add("plus_tag")
    if ascii_domain in _DOTS_IGNORED:
        key = key.replace(".", "")
    return f"{key}@{'gmail.com' if ascii_domain == 'googlemail.com' else domain}"


def _typo(domain: str, data: DomainData) -> str | None:
    """A major provider one edit away from ``domain`` (or with a mistyped ``.com``), if any."""
    if not domain or domain in _TOP_PROVIDERS or _walk(domain, data.freemail):
        return None
    return _near_provider(domain)


@functools.lru_cache(maxsize=16_384)
def _near_provider(domain: str) -> str | None:
    for provider in _TOP_PROVIDERS:
        if abs(len(provider) - len(domain)) <= 1 and _one_edit(domain, provider):
            return provider
    head, _, tld = domain.rpartition(".")
    if tld in {"con", "cm", "co", "om", "cmo", "comm", "vom", "xom", "cpm"}:
        fixed = f"{head}.com"
        if fixed in _TOP_PROVIDERS:
            return fixed
    return None


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance 1, or one transposition of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diffs) == 1 or (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:index] + long[index + 1 :] == short for index in range(len(long)))


def _typo_warning(address: str, suggestion: str) -> DataWarning:
    return DataWarning.make(
        WarningCode.POSSIBLE_TYPO_DOMAIN,
        f"the domain of {address!r} looks like a typo of {suggestion}",
        value=address,
    )


def _invalid(
    address: str,
    why: str,
    reason: str,
    valid: object | None = None,
    *,
    suggestion: str | None = None,
) -> EmailInfo:
    warnings = [
        DataWarning.make(
            WarningCode.INVALID_EMAIL, f"invalid email address {address!r}: {why}", value=address
        )
    ]
    if suggestion:
        warnings.append(_typo_warning(address, suggestion))
    domain = getattr(valid, "domain", None)
    return EmailInfo(
        address=address,
        normalized=getattr(valid, "normalized", None),
        local_part=getattr(valid, "local_part", None),
        domain=domain.lower() if isinstance(domain, str) else None,
        ascii_domain=getattr(valid, "ascii_domain", None),
        kind=EmailKind.INVALID,
        is_work=None,
        confidence=Confidence.HIGH,
        reasons=(reason,),
        dedupe_key=None,
        warnings=tuple(warnings),
    )
