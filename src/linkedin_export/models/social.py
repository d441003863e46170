"""Your network beyond connections: invitations, imported contacts, recommendations, endorsements
and the companies, members and hashtags you follow."""

from __future__ import annotations

import datetime as dt

import attrs

from linkedin_export.models._base import FrozenDict, Record
from linkedin_export.models.contact import EmailInfo, PhoneInfo

__all__ = [
    "CompanyFollow",
    "Endorsement",
    "HashtagFollow",
    "ImportedContact",
    "Invitation",
    "MemberFollow",
    "MemberHashtag",
    "Recommendation",
]


@attrs.frozen(kw_only=True)
class Invitation(Record):
    """A connection invitation you sent or received, from ``Invitations.csv``.

    Attributes:
        from_name: the name of the member who sent the invitation, as exported.
        to_name: the name of the member it was sent to, as exported.
        sent_at: when it was sent (UTC).
        message: the note sent with the invitation; ``None`` for most.
        direction: ``INCOMING`` (sent to you) or ``OUTGOING`` (sent by you), as exported.
        inviter_profile_url: the sender's profile URL, normalised to
            ``https://www.linkedin.com/in/<slug>`` (2024 onwards).
        inviter_public_id: the ``<slug>`` of the sender's profile URL.
        invitee_profile_url: the recipient's profile URL (2024 onwards).
        invitee_public_id: the ``<slug>`` of the recipient's profile URL.
        inviter_urn: the sender's member URN (``urn:li:member:123456789``; mid-2023 only).
        invitee_urn: the recipient's member URN (mid-2023 only).
        format_id: the id of the format version the row was read with (``invitations/2024``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    from_name: str | None = None
    to_name: str | None = None
    sent_at: dt.datetime | None = None
    message: str | None = None
    direction: str | None = None
    inviter_profile_url: str | None = None
    inviter_public_id: str | None = None
    invitee_profile_url: str | None = None
    invitee_public_id: str | None = None
    inviter_urn: str | None = None
    invitee_urn: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)

    @property
    def is_outgoing(self) -> bool | None:
        """``True`` when you sent it, ``False`` when you received it, ``None`` when unknown."""
        if self.direction is None:
            return None
        direction = self.direction.upper()
        return True if direction == "OUTGOING" else False if direction == "INCOMING" else None


@attrs.frozen(kw_only=True)
class ImportedContact(Record):
    """A contact of an address book you synced into LinkedIn (``Imported Contacts.csv``,
    ``Contacts.csv``, ``ImportedContacts.csv``).

    Attributes:
        source: where the contact came from (``GOOGLE_CONTACTS``, ``MOBILE_CONTACTS``; 2023-2024).
        first_name: first name, whitespace collapsed and Unicode NFC; ``None`` when empty.
        middle_name: middle name (2025 onwards).
        last_name: last name, cleaned the same way.
        maiden_name: maiden name (2025 onwards).
        nickname: nickname (2025 onwards).
        name_prefix: name prefix such as ``Dr.`` (2025 onwards).
        name_suffix: name suffix such as ``Jr.`` (2025 onwards).
        full_name: the full name the file gives, else first and last name joined.
        companies: the contact's companies, as exported (2018-2024).
        title: the contact's job title.
        emails: every email address, classified (the cell is a ``", "``-joined list).
        phones: every phone number, normalised (the cell is a ``", "``-joined list; the contact's
            own ``CountryCode`` / ``RegionCode`` is the region of numbers without ``+``).
        created_at: when the contact was imported (UTC).
        updated_at: when it was last updated (UTC; 2025 onwards).
        bookmarked_at: when it was bookmarked, as exported (2018-2024).
        addresses: postal addresses, a free-text blob as exported.
        sites: web sites, as exported.
        instant_message_handles: instant-messaging handles, as exported.
        birthday: birthday, as exported.
        location: location, as exported.
        profiles: social profiles, as exported.
        country_code: the contact's country code, as exported (2025 onwards).
        region_code: the contact's region code, as exported (2025 onwards).
        third_party_verified: whether a third party verified the contact (2025 onwards).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    source: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    maiden_name: str | None = None
    nickname: str | None = None
    name_prefix: str | None = None
    name_suffix: str | None = None
    full_name: str | None = None
    companies: str | None = None
    title: str | None = None
    emails: tuple[EmailInfo, ...] = ()
    phones: tuple[PhoneInfo, ...] = ()
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    bookmarked_at: dt.datetime | None = None
    addresses: str | None = None
    sites: str | None = None
    instant_message_handles: str | None = None
    birthday: str | None = None
    location: str | None = None
    profiles: str | None = None
    country_code: str | None = None
    region_code: str | None = None
    third_party_verified: bool | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Recommendation(Record):
    """A recommendation, received (``Recommendations_Received.csv``) or given
    (``Recommendations_Given.csv``); the two files share one layout.

    Attributes:
        first_name: first name of the other member (who wrote it for a received one, who it is
            about for a given one), whitespace collapsed and Unicode NFC.
        last_name: last name of the other member, cleaned the same way.
        full_name: first and last name joined with a space, or ``None``.
        company: the other member's company, as exported.
        job_title: the other member's job title, as exported.
        text: the recommendation, line breaks kept.
        created_at: when it was written (UTC; midnight when the file gives only a day).
        status: as exported: ``VISIBLE``, ``HIDDEN``, ``Shown`` (before mid-2017) or ``None``.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    company: str | None = None
    job_title: str | None = None
    text: str | None = None
    created_at: dt.datetime | None = None
    status: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)

    @property
    def is_visible(self) -> bool | None:
        """Whether it is shown on the profile (``VISIBLE`` or ``Shown``); ``None`` when unknown."""
        if self.status is None:
            return None
        return self.status.upper() in {"VISIBLE", "SHOWN"}


@attrs.frozen(kw_only=True)
class Endorsement(Record):
    """A skill endorsement, received (``Endorsement_Received_Info.csv``) or given
    (``Endorsement_Given_Info.csv``).

    Attributes:
        endorsed_at: when the endorsement was made (UTC).
        skill: the skill endorsed.
        first_name: first name of the other member (the endorser for a received endorsement, the
            endorsee for a given one), whitespace collapsed and Unicode NFC.
        last_name: last name of the other member, cleaned the same way.
        full_name: first and last name joined with a space, or ``None``.
        profile_url: the other member's profile URL, normalised to
            ``https://www.linkedin.com/in/<slug>`` (the file writes it without a scheme).
        public_id: the ``<slug>`` of the profile URL.
        status: as exported, usually ``ACCEPTED``.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    endorsed_at: dt.datetime | None = None
    skill: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    profile_url: str | None = None
    public_id: str | None = None
    status: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class CompanyFollow(Record):
    """A company or organization page you follow, from ``Company Follows.csv``.

    Attributes:
        organization: the organization's name.
        followed_at: when you started following it (UTC).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    organization: str | None = None
    followed_at: dt.datetime | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class MemberFollow(Record):
    """A member you follow, from ``Member_Follows.csv``.

    Attributes:
        followed_at: when you started following the member (UTC).
        status: as exported, usually ``Active``.
        full_name: the member's name, as exported.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    followed_at: dt.datetime | None = None
    status: str | None = None
    full_name: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class HashtagFollow(Record):
    """A hashtag you follow, from ``Hashtag_Follows.csv``.

    Attributes:
        hashtag: the hashtag, as exported.
        created_at: when you started following it (UTC).
        modified_at: when the follow last changed (UTC).
        state: as exported, usually ``Follow``.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    hashtag: str | None = None
    created_at: dt.datetime | None = None
    modified_at: dt.datetime | None = None
    state: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class MemberHashtag(Record):
    """A hashtag you post about, from ``Member Hashtags.csv`` (one column; seen once).

    Attributes:
        hashtag: the cell as exported.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    hashtag: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)
