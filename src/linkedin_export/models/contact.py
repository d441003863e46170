"""Contact details: classified email addresses and normalised phone numbers."""

from __future__ import annotations

import enum

import attrs

from linkedin_export.diagnostics import DataWarning

__all__ = ["Confidence", "EmailInfo", "EmailKind", "PhoneInfo"]


class EmailKind(enum.StrEnum):
    """What kind of mailbox an address is (EMAIL_PHONE.md §6.1)."""

    WORK = "work"
    """An address at an organisation's own domain."""
    PERSONAL = "personal"
    """A free-mail, ISP, relay or personal-vanity address."""
    ROLE = "role"
    """A shared function mailbox (``info@``, ``sales@``, ``noreply@``) rather than a person."""
    EDUCATION = "education"
    """An address at a school or university."""
    GOVERNMENT = "government"
    """An address at a government or intergovernmental body."""
    DISPOSABLE = "disposable"
    """A throw-away address (mailinator and the like)."""
    INVALID = "invalid"
    """Not a usable address: bad syntax, a reserved or placeholder domain."""


class Confidence(enum.StrEnum):
    """How sure the classifier is of an :class:`EmailKind`."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@attrs.frozen(kw_only=True)
class EmailInfo:
    """An email address as found, its normalised form and its classification.

    Attributes:
        address: the address as it appeared in the export (surrounding whitespace removed).
        normalized: the address as normalised by ``email-validator`` (domain lower-cased, Unicode
            NFC), or ``None`` when it is not valid.
        local_part: the part before ``@`` (normalised), or ``None``.
        domain: the domain in Unicode, lower-cased, or ``None``.
        ascii_domain: the domain in IDNA ASCII form, used for list look-ups, or ``None``.
        registrable_domain: the domain one label below its public suffix (``acme.co.uk`` for
            ``mail.acme.co.uk``), or ``None``.
        kind: the :class:`EmailKind`.
        is_work: ``True`` for work, education, government and role addresses at a non-free domain;
            ``False`` for personal and disposable; ``None`` for invalid.
        confidence: how sure the classification is.
        reasons: short kebab-case strings saying why (``freemail-list:gmail.com``).
        flags: extra facts (``freemail``, ``plus_tag``, ``smtputf8``, ``idn``, …).
        dedupe_key: a key under which the same mailbox written differently compares equal
            (lower-cased; Gmail dots and ``+tag`` removed only for providers that ignore them).
        warnings: problems found in the address, without file or line (the loader adds them).
    """

    address: str
    normalized: str | None
    local_part: str | None = None
    domain: str | None = None
    ascii_domain: str | None = None
    registrable_domain: str | None = None
    kind: EmailKind
    is_work: bool | None
    confidence: Confidence
    reasons: tuple[str, ...] = ()
    flags: frozenset[str] = frozenset()
    dedupe_key: str | None = None
    warnings: tuple[DataWarning, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return self.normalized or self.address


@attrs.frozen(kw_only=True)
class PhoneInfo:
    """A phone number as found and its normalised form.

    Attributes:
        raw: the value as it appeared in the export.
        e164: the number in E.164 form (``+442079460123``) when it is valid or at least possible,
            else ``None``.
        region: the ISO 3166 region the number belongs to (``GB``), or ``None``.
        number_type: ``mobile``, ``fixed_line``, ``fixed_line_or_mobile``, ``toll_free``, …, or
            ``None`` when unknown.
        extension: the extension, kept apart from the number, or ``None``.
        is_valid: whether ``phonenumbers`` considers the number valid.
        assumed_region: the default region that was assumed to read a national number, or ``None``.
        annotation: text that was removed before parsing (``mobile`` from ``… (mobile)``), or
            ``None``.
        warnings: problems found, without file or line (the loader adds them).
    """

    raw: str
    e164: str | None
    region: str | None = None
    number_type: str | None = None
    extension: str | None = None
    is_valid: bool
    assumed_region: str | None = None
    annotation: str | None = None
    warnings: tuple[DataWarning, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return self.e164 or self.raw
