"""Email addresses: syntax via ``email-validator`` (never DNS) and a work/personal classification.

The decision order (EMAIL_PHONE.md §6.2), first match wins:

1. clean: surrounding whitespace, ``mailto:``, ``Name <address>`` (each reported ``email-cleaned``);
   several addresses in one cell are split (``multiple-addresses``);
2. syntax (``email-validator``, ``check_deliverability=False``) → ``invalid``;
3. reserved (``example.com``, ``.test`` …) or placeholder domains, unknown top-level domains →
   ``invalid`` (a near-miss of a major provider adds ``possible-typo-domain``);
4. disposable-address services → ``disposable`` (relay services are personal, never disposable);
5. role mailboxes (``info@``, ``noreply@`` — the whole local part) → ``role``;
6. ``work_domains`` / ``personal_domains`` given by the caller;
7. government → ``government``; education → ``education`` (alumni-forwarding hosts → personal);
8. free-mail, ISP and relay providers → ``personal``;
9. otherwise ``work``: confidence ``high`` when the company name matches the domain, ``medium``
   otherwise; a domain built from the person's own name is ``personal`` with ``low`` confidence.

Lists ship as package data (``data/``, sources and licences in ``data/SOURCES.md``), loaded on
first use. Domain look-ups walk labels (``a.b.acme.co.uk`` → ``b.acme.co.uk`` → ``acme.co.uk`` →
``co.uk``), never a plain ``endswith``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.emails._classify import classify
from linkedin_export.models.contact import EmailInfo

__all__ = ["classify_email", "classify_emails", "domain_set", "split_addresses"]

_SEPARATORS = re.compile(r"[;,\s]+")
_DISPLAY_NAME = re.compile(r"^(?P<name>[^<>]*)<(?P<addr>[^<>]+)>\s*$")
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)


def split_addresses(cell: str) -> list[str]:
    """Split a cell holding several addresses (``a@x.com; b@y.com``); one address stays whole."""
    text = cell.strip()
    if text.count("@") <= 1:
        return [text] if text else []
    if _DISPLAY_NAME.match(text) and text.count("@") == 1:
        return [text]
    parts = re.findall(r"[^<>;,\s]*<[^<>]+>|[^;,\s]+", text)
    return [part for part in parts if part] or [text]


def domain_set(names: Iterable[str]) -> frozenset[str]:
    """User-given domains, normalised (``@Acme.COM.`` → ``acme.com``)."""
    if isinstance(names, str):
        raise TypeError("work_domains and personal_domains take a list of domains, not a str")
    if not names:
        return _NO_DOMAINS  # the common case, at every address of a load
    if isinstance(names, frozenset):
        return _normalised(names)
    return _normalised(frozenset(names))


_NO_DOMAINS: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=64)
def _normalised(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name.strip().lower().lstrip("@").rstrip(".") for name in names if name.strip())


def classify_email(
    address: str,
    *,
    company: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    work_domains: Iterable[str] = (),
    personal_domains: Iterable[str] = (),
) -> EmailInfo:
    """Validate and classify one email address; see the module docstring for the rules.

    Never raises for a ``str`` and never touches the network. A cell with several addresses gives
    the first one's classification with a ``multiple-addresses`` warning (:func:`classify_emails`
    gives all of them).

    Args:
        address: the address as found.
        company: the contact's company; a match with the domain raises ``work`` confidence (and
            never turns a free-mail address into work).
        first_name: the contact's first name (for vanity domains such as ``maraquill.com``).
        last_name: the contact's last name.
        work_domains: domains (and their subdomains) to classify as ``work`` whatever the lists say.
        personal_domains: domains (and their subdomains) to classify as ``personal``.

    Raises:
        TypeError: ``address`` is not a ``str``.
    """
    infos = classify_emails(
        address,
        company=company,
        first_name=first_name,
        last_name=last_name,
        work_domains=work_domains,
        personal_domains=personal_domains,
    )
    return infos[0]


def classify_emails(
    cell: str,
    *,
    company: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    work_domains: Iterable[str] = (),
    personal_domains: Iterable[str] = (),
) -> tuple[EmailInfo, ...]:
    """Every address of a cell, classified (at least one result, even for an empty cell)."""
    if not isinstance(cell, str):
        raise TypeError(f"classify_email() takes a str, not {type(cell).__name__}")
    work, personal = domain_set(work_domains), domain_set(personal_domains)
    parts = split_addresses(cell) or [cell]
    results: list[EmailInfo] = []
    for part in parts:
        candidate, cleaned = _clean(cell if len(parts) == 1 else part)
        info = classify(
            candidate,
            company=company,
            first_name=first_name,
            last_name=last_name,
            work_domains=work,
            personal_domains=personal,
            cleaned=cleaned,
        )
        if len(parts) > 1 and not results:
            note = DataWarning.make(
                WarningCode.MULTIPLE_ADDRESSES,
                f"{len(parts)} email addresses in one cell ({cell.strip()!r}); each is classified "
                "on its own",
                value=cell,
            )
            info = attrs.evolve(info, warnings=(*info.warnings, note))
        results.append(info)
    return tuple(results)


def _clean(raw: str) -> tuple[str, tuple[DataWarning, ...]]:
    """Remove surrounding whitespace, ``mailto:`` and a ``Name <address>`` wrapper."""
    warnings: list[DataWarning] = []
    text = raw.strip()
    if text != raw and text:
        warnings.append(_cleaned(raw, "surrounding whitespace removed"))
    if _MAILTO.match(text):
        text = _MAILTO.sub("", text).strip()
        warnings.append(_cleaned(raw, "'mailto:' removed"))
    if match := _DISPLAY_NAME.match(text):
        text = match["addr"].strip()
        warnings.append(_cleaned(raw, f"display name {match['name'].strip()!r} removed"))
    return text, tuple(warnings)


def _cleaned(raw: str, what: str) -> DataWarning:
    return DataWarning.make(
        WarningCode.EMAIL_CLEANED, f"email address {raw.strip()!r} cleaned: {what}", value=raw
    )
