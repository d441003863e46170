"""Email addresses: syntax via ``email-validator`` (never DNS) and a work/personal classification.

This is the first classifier (issue #2): reserved domains and invalid syntax are ``invalid``, a
short list of major personal providers is ``personal``, everything else is ``work``. The full
classifier of EMAIL_PHONE.md replaces the decision step behind the same :func:`classify_email`
interface.
"""

from __future__ import annotations

import functools
import re

from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.models.contact import Confidence, EmailInfo, EmailKind

__all__ = ["classify_email", "split_addresses"]

#: Major consumer providers (a first, short list; the full lists ship with the full classifier).
_PERSONAL_PROVIDERS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.fr",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.fr",
        "yahoo.de",
        "yahoo.co.in",
        "yahoo.co.jp",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.de",
        "gmx.net",
        "gmx.com",
        "web.de",
        "t-online.de",
        "mail.ru",
        "yandex.ru",
        "yandex.com",
        "qq.com",
        "163.com",
        "126.com",
        "naver.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "comcast.net",
        "verizon.net",
        "att.net",
        "sbcglobal.net",
        "btinternet.com",
        "fastmail.com",
        "zoho.com",
        "tutanota.com",
        "mail.com",
    ]
)
#: Providers that ignore dots in the local part (for the dedupe key only).
_DOTS_IGNORED = frozenset({"gmail.com", "googlemail.com"})
#: Providers with ``+tag`` sub-addressing (for the dedupe key only).
_PLUS_TAGS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "icloud.com",
        "me.com",
        "fastmail.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
    }
)
_RESERVED = frozenset({"example.com", "example.net", "example.org"})
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})
_SEPARATORS = re.compile(r"[;,\s]+")
_DISPLAY_NAME = re.compile(r"^(?P<name>[^<>]*)<(?P<addr>[^<>]+)>\s*$")


def split_addresses(cell: str) -> list[str]:
    """Split a cell holding several addresses (``a@x.com; b@y.com``); one address stays whole."""
    text = cell.strip()
    if text.count("@") <= 1:
        return [text] if text else []
    return [part for part in _SEPARATORS.split(text) if part]


def classify_email(
    address: str,
    *,
    company: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
) -> EmailInfo:
    """Validate and classify one email address.

    Never raises for a string, and never touches the network (``check_deliverability=False``).
    Surrounding whitespace, a ``mailto:`` prefix and a ``Name <addr>`` wrapper are removed.

    Args:
        address: the address as found.
        company: the contact's company (used by the full classifier to raise confidence).
        first_name: the contact's first name (used by the full classifier for vanity domains).
        last_name: the contact's last name.

    Raises:
        TypeError: ``address`` is not a ``str``.
    """
    if not isinstance(address, str):
        raise TypeError(f"classify_email() takes a str, not {type(address).__name__}")
    return _classify(address.strip())


@functools.lru_cache(maxsize=65_536)
def _classify(address: str) -> EmailInfo:
    from email_validator import EmailNotValidError, validate_email

    candidate = address
    if candidate.lower().startswith("mailto:"):
        candidate = candidate[len("mailto:") :].strip()
    if match := _DISPLAY_NAME.match(candidate):
        candidate = match["addr"].strip()
    try:
        valid = validate_email(candidate, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as error:
        return _invalid(address, str(error), "syntax")
    domain = valid.ascii_domain.lower()
    labels = domain.split(".")
    if domain in _RESERVED or labels[-1] in _RESERVED_TLDS:
        return _invalid(address, f"{domain} is a reserved domain", "reserved-domain", valid)
    local = valid.local_part
    flags = set()
    if valid.smtputf8:
        flags.add("smtputf8")
    if domain != valid.domain:
        flags.add("idn")
    key_local = local.lower()
    if "+" in key_local and domain in _PLUS_TAGS:
        key_local = key_local.split("+", 1)[0]
        flags.add("plus_tag")
    if domain in _DOTS_IGNORED:
        key_local = key_local.replace(".", "")
    key_domain = "gmail.com" if domain == "googlemail.com" else domain
    if _walk(domain, _PERSONAL_PROVIDERS):
        kind, is_work, reasons = EmailKind.PERSONAL, False, (f"freemail-list:{domain}",)
        flags.add("freemail")
        confidence = Confidence.HIGH
    else:
        kind, is_work, reasons = EmailKind.WORK, True, ("not-a-known-provider",)
        confidence = Confidence.MEDIUM
    return EmailInfo(
        address=address,
        normalized=valid.normalized,
        local_part=local,
        domain=valid.domain,
        ascii_domain=domain,
        kind=kind,
        is_work=is_work,
        confidence=confidence,
        reasons=reasons,
        flags=frozenset(flags),
        dedupe_key=f"{key_local}@{key_domain}",
    )


def _walk(domain: str, names: frozenset[str]) -> str | None:
    """The first suffix of ``domain``, label by label, that is in ``names`` (never ``endswith``)."""
    labels = domain.split(".")
    for index in range(len(labels) - 1):
        suffix = ".".join(labels[index:])
        if suffix in names:
            return suffix
    return None


def _invalid(address: str, why: str, reason: str, valid: object | None = None) -> EmailInfo:
    domain = getattr(valid, "domain", None)
    return EmailInfo(
        address=address,
        normalized=getattr(valid, "normalized", None),
        local_part=getattr(valid, "local_part", None),
        domain=domain,
        ascii_domain=getattr(valid, "ascii_domain", None),
        kind=EmailKind.INVALID,
        is_work=None,
        confidence=Confidence.HIGH,
        reasons=(reason,),
        dedupe_key=None,
        warnings=(
            DataWarning.make(
                WarningCode.INVALID_EMAIL,
                f"invalid email address {address!r}: {why}",
                value=address,
            ),
        ),
    )
