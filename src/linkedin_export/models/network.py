"""Your network: connections in every version, legacy Outlook/Yahoo/vCard contact exports too."""

from __future__ import annotations

import datetime as dt

import attrs

from linkedin_export.models._base import FrozenDict, Record
from linkedin_export.models.contact import EmailInfo, PhoneInfo

__all__ = ["Connection"]


@attrs.frozen(kw_only=True)
class Connection(Record):
    """A first-degree connection, from ``Connections.csv`` or a legacy contacts export.

    Attributes:
        first_name: first name, whitespace collapsed and Unicode NFC; ``None`` when empty.
        last_name: last name, cleaned the same way.
        full_name: first and last name joined with a space, or ``None``.
        plain_name: the full name without emoji, credentials (``PhD``, ``MBA``) or contact details;
            what you want in an address book. ``None`` when nothing is left.
        name_flags: what the name carries besides a name: ``emoji``, ``credentials``,
            ``contact_info``.
        raw_first_name: the first name as read, before name cleaning (surrounding whitespace
            removed; when double-encoded UTF-8 was repaired, the bytes as found are in the
            ``mojibake-repaired`` warning).
        raw_last_name: the last name as read, likewise.
        profile_url: the member's profile URL, normalised to ``https://www.linkedin.com/in/<slug>``
            (non-LinkedIn URLs of legacy files are kept as written).
        public_id: the ``<slug>`` of ``/in/<slug>`` (percent-decoded where safe), or ``None``.
        email: the (first) email address, classified; ``None`` for most connections, since members
            must opt in to sharing it.
        other_emails: further addresses (legacy exports carry up to three).
        phones: phone numbers (legacy exports only).
        company: current company as exported.
        position: current position (job title) as exported.
        connected_on: the day the connection was made (``None`` in legacy exports).
        is_hidden: ``True`` for rows where only the date is filled (a hidden or closed member).
        middle_name: middle name (legacy exports).
        name_prefix: name prefix such as ``Dr.`` (legacy exports).
        name_suffix: name suffix such as ``Jr.`` (legacy exports).
        nickname: nickname (legacy exports).
        department: department (legacy Outlook exports).
        websites: other web addresses (legacy exports).
        birthday: as written (legacy exports; formats vary).
        notes: free-text notes (legacy exports).
        addresses: postal addresses, each one line of text (legacy exports).
        format_id: the id of the format version the row was read with (``connections/2023``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    plain_name: str | None = None
    name_flags: frozenset[str] = frozenset()
    raw_first_name: str | None = attrs.field(default=None, repr=False)
    raw_last_name: str | None = attrs.field(default=None, repr=False)
    profile_url: str | None = None
    public_id: str | None = None
    email: EmailInfo | None = None
    other_emails: tuple[EmailInfo, ...] = ()
    phones: tuple[PhoneInfo, ...] = ()
    company: str | None = None
    position: str | None = None
    connected_on: dt.date | None = None
    is_hidden: bool = False
    middle_name: str | None = None
    name_prefix: str | None = None
    name_suffix: str | None = None
    nickname: str | None = None
    department: str | None = None
    websites: tuple[str, ...] = ()
    birthday: str | None = None
    notes: str | None = None
    addresses: tuple[str, ...] = ()
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)

    @property
    def emails(self) -> tuple[EmailInfo, ...]:
        """Every address of the connection: ``email`` first, then ``other_emails``."""
        return ((self.email,) if self.email else ()) + self.other_emails
