"""The privacy inventory of an export (``export.inventory()``): which files hold which categories
of personal data, how many other people they name, and which hold only the member's own data.

Purely informational: the library gives facts, not legal advice.
"""

from __future__ import annotations

import enum
import html
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from linkedin_export._formats._spec import Kind
from linkedin_export.models import Connection, Record
from linkedin_export.models.messaging import Message
from linkedin_export.models.privacy import Note
from linkedin_export.models.social import (
    Endorsement,
    ImportedContact,
    Invitation,
    MemberFollow,
    Recommendation,
)

if TYPE_CHECKING:
    from linkedin_export.export import Export

__all__ = ["WHY_IT_MATTERS", "DataCategory", "FileInventory", "PrivacyInventory"]


class DataCategory(enum.StrEnum):
    """A category of personal data a file holds (values are public API, like warning codes)."""

    #: Names and profiles of other people (connections, correspondents, endorsers).
    THIRD_PARTY_IDENTITIES = "third-party-identities"
    #: Email addresses, phone numbers and postal addresses of other people.
    THIRD_PARTY_CONTACT_DETAILS = "third-party-contact-details"
    #: Private messages and notes, written by the member and by other people.
    MESSAGE_CONTENT = "message-content"
    #: IP addresses (of logins, registration, security challenges).
    IP_ADDRESSES = "ip-addresses"
    #: Identity documents and their verification.
    IDENTITY_DOCUMENTS = "identity-documents"
    #: What LinkedIn inferred about the member (advertising segments, inferences).
    INFERRED_ATTRIBUTES = "inferred-attributes"
    #: Résumé and job-application texts (answers, summaries).
    RESUME_TEXT = "resume-text"
    #: Where the member lives or works (addresses, postal codes, locations).
    LOCATION = "location"
    #: Payments and receipts.
    FINANCIAL = "financial"
    #: The member's own email addresses and phone numbers.
    MEMBER_CONTACT_DETAILS = "member-contact-details"
    #: The member's own profile, career, skills and preferences.
    MEMBER_PROFILE = "member-profile"
    #: What the member did: posts, comments, reactions, searches, follows, logins.
    MEMBER_ACTIVITY = "member-activity"
    #: A file the library does not know: look at it yourself.
    UNCLASSIFIED = "unclassified"


_C = DataCategory
#: Per kind of file: the categories it holds, and whether it holds only the member's own data.
CATEGORIES: dict[Kind, tuple[frozenset[DataCategory], bool]] = {
    Kind.CONNECTIONS: (
        frozenset({_C.THIRD_PARTY_IDENTITIES, _C.THIRD_PARTY_CONTACT_DETAILS}),
        False,
    ),
    Kind.MESSAGES: (frozenset({_C.MESSAGE_CONTENT, _C.THIRD_PARTY_IDENTITIES}), False),
    Kind.PROFILE: (frozenset({_C.MEMBER_PROFILE, _C.LOCATION}), True),
    Kind.PROFILE_SUMMARY: (frozenset({_C.MEMBER_PROFILE, _C.RESUME_TEXT}), True),
    Kind.POSITIONS: (frozenset({_C.MEMBER_PROFILE, _C.LOCATION}), True),
    Kind.EDUCATION: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.SKILLS: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.LANGUAGES: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.CERTIFICATIONS: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.PROJECTS: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.PUBLICATIONS: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.HONORS: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.COURSES: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.ORGANIZATIONS: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.VOLUNTEERING: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.TEST_SCORES: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.PATENTS: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.CAUSES: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.INTERESTS: (frozenset({_C.MEMBER_PROFILE}), True),
    Kind.INVITATIONS: (frozenset({_C.THIRD_PARTY_IDENTITIES, _C.MESSAGE_CONTENT}), False),
    Kind.IMPORTED_CONTACTS: (
        frozenset({_C.THIRD_PARTY_IDENTITIES, _C.THIRD_PARTY_CONTACT_DETAILS, _C.LOCATION}),
        False,
    ),
    Kind.RECOMMENDATIONS_RECEIVED: (
        frozenset({_C.THIRD_PARTY_IDENTITIES, _C.MESSAGE_CONTENT}),
        False,
    ),
    Kind.RECOMMENDATIONS_GIVEN: (frozenset({_C.THIRD_PARTY_IDENTITIES, _C.MESSAGE_CONTENT}), False),
    Kind.ENDORSEMENTS_RECEIVED: (frozenset({_C.THIRD_PARTY_IDENTITIES}), False),
    Kind.ENDORSEMENTS_GIVEN: (frozenset({_C.THIRD_PARTY_IDENTITIES}), False),
    Kind.COMPANY_FOLLOWS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.MEMBER_FOLLOWS: (frozenset({_C.THIRD_PARTY_IDENTITIES, _C.MEMBER_ACTIVITY}), False),
    Kind.HASHTAG_FOLLOWS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.MEMBER_HASHTAGS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.SHARES: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.COMMENTS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.REACTIONS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.VOTES: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.INSTANT_REPOSTS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.SAVED_ITEMS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.RICH_MEDIA: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.VIDEOS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.ARTICLES: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.EVENTS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.LEARNING: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.SEARCH_QUERIES: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.EMAIL_ADDRESSES: (frozenset({_C.MEMBER_CONTACT_DETAILS}), True),
    Kind.PHONE_NUMBERS: (frozenset({_C.MEMBER_CONTACT_DETAILS}), True),
    Kind.WHATSAPP_NUMBERS: (frozenset({_C.MEMBER_CONTACT_DETAILS}), True),
    Kind.REGISTRATION: (frozenset({_C.MEMBER_PROFILE, _C.IP_ADDRESSES}), True),
    Kind.LOGINS: (frozenset({_C.MEMBER_ACTIVITY, _C.IP_ADDRESSES}), True),
    Kind.SECURITY_CHALLENGES: (frozenset({_C.MEMBER_ACTIVITY, _C.IP_ADDRESSES, _C.LOCATION}), True),
    Kind.ACCOUNT_STATUS_HISTORY: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.AD_TARGETING: (frozenset({_C.INFERRED_ATTRIBUTES, _C.LOCATION}), True),
    Kind.INFERENCES: (frozenset({_C.INFERRED_ATTRIBUTES}), True),
    Kind.ADS_CLICKED: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.LAN_ADS_ENGAGEMENT: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.RECEIPTS: (frozenset({_C.FINANCIAL, _C.LOCATION}), True),
    Kind.CALENDAR: (frozenset({_C.MEMBER_CONTACT_DETAILS}), True),
    Kind.VERIFICATIONS: (frozenset({_C.IDENTITY_DOCUMENTS}), True),
    Kind.PRIVATE_IDENTITY_ASSETS: (frozenset({_C.IDENTITY_DOCUMENTS}), True),
    Kind.SERVICES_MARKETPLACE: (frozenset({_C.MEMBER_PROFILE, _C.MEMBER_CONTACT_DETAILS}), True),
    Kind.NOTES: (frozenset({_C.MESSAGE_CONTENT, _C.THIRD_PARTY_IDENTITIES}), False),
    Kind.SAVED_JOBS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.JOB_APPLICATIONS: (
        frozenset({_C.RESUME_TEXT, _C.MEMBER_CONTACT_DETAILS, _C.MEMBER_ACTIVITY}),
        True,
    ),
    Kind.JOB_SEEKER_PREFERENCES: (frozenset({_C.MEMBER_PROFILE, _C.LOCATION}), True),
    Kind.JOB_SAVED_ANSWERS: (frozenset({_C.RESUME_TEXT}), True),
    Kind.SAVED_JOB_ALERTS: (frozenset({_C.MEMBER_ACTIVITY}), True),
    Kind.ONLINE_JOB_POSTINGS: (frozenset({_C.MEMBER_ACTIVITY, _C.MEMBER_CONTACT_DETAILS}), True),
}

WHY_IT_MATTERS = (
    "Why it matters: a LinkedIn export holds personal data of other people, not only yours. The "
    "names, email addresses and phone numbers of your connections and imported contacts, and "
    "what your correspondents wrote to you, are their personal data under the GDPR (and similar "
    "laws). Once you store or import them elsewhere (a CRM, a mailing tool, a shared drive), you "
    "need a lawful basis to use them (for marketing, often their consent) and should keep only "
    "what you need. Files marked 'own data only' hold data about you alone. This inventory is "
    "purely informational: it gives facts, not legal advice."
)


@attrs.frozen(kw_only=True)
class FileInventory:
    """The personal data of one file.

    Attributes:
        path: the member path, as in :attr:`FileReport.path`.
        kind: the file's kind (``connections``), a known file's title, or ``None`` when unknown.
        categories: the categories of personal data it holds, in :class:`DataCategory` order.
        records: how many records it holds.
        people: how many distinct other people it names (the member not counted), told apart
            by profile slug, else email address (``dedupe_key``), else name.
        own_data_only: whether it holds only the member's own data.
    """

    path: str
    kind: str | None
    categories: tuple[DataCategory, ...]
    records: int
    people: int
    own_data_only: bool

    @property
    def third_party(self) -> bool:
        """Whether the file holds other people's personal data."""
        return not self.own_data_only and DataCategory.UNCLASSIFIED not in self.categories


@attrs.frozen(kw_only=True)
class PrivacyInventory:
    """Which files of an export hold which personal data (``export.inventory()``).

    Attributes:
        source: what was loaded.
        files: one :class:`FileInventory` per file, in the export's file order.
        people: how many distinct other people the whole export names (the member not counted).
    """

    source: str
    files: tuple[FileInventory, ...]
    people: int

    @classmethod
    def of(cls, export: Export) -> PrivacyInventory:
        """The inventory of ``export``."""
        owner = _fold(export.owner) if export.owner else None
        everyone = _People(owner)
        files = []
        for report in export.files:
            kind = _kind(report.kind)
            records: tuple[Record, ...] = ()
            if report.records:
                try:
                    records = export.records(report.path)
                except KeyError:  # pragma: no cover - every file with records is listed
                    records = ()
            if kind is None:
                categories: frozenset[DataCategory] = frozenset({DataCategory.UNCLASSIFIED})
                own = False
            else:
                categories, own = CATEGORIES[kind]
            people = _People(owner)
            for record in records:
                for person in _persons(record):
                    people.add(*person)
                    everyone.add(*person)
            files.append(
                FileInventory(
                    path=report.path,
                    kind=report.kind,
                    categories=tuple(c for c in DataCategory if c in categories),
                    records=len(records),
                    people=people.count(),
                    own_data_only=own,
                )
            )
        return cls(source=export.source, files=tuple(files), people=everyone.count())

    @property
    def third_party_files(self) -> tuple[FileInventory, ...]:
        """The files holding other people's personal data."""
        return tuple(f for f in self.files if f.third_party)

    @property
    def own_data_files(self) -> tuple[FileInventory, ...]:
        """The files holding only the member's own data."""
        return tuple(f for f in self.files if f.own_data_only)

    @property
    def unclassified_files(self) -> tuple[FileInventory, ...]:
        """The files the library does not know (check them yourself)."""
        return tuple(f for f in self.files if DataCategory.UNCLASSIFIED in f.categories)

    def by_category(self) -> dict[DataCategory, tuple[str, ...]]:
        """The paths of the files holding each category, for the categories found."""
        found: dict[DataCategory, tuple[str, ...]] = {}
        for category in DataCategory:
            paths = tuple(f.path for f in self.files if category in f.categories)
            if paths:
                found[category] = paths
        return found

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "source": self.source,
            "people": self.people,
            "files": [
                {
                    "path": f.path,
                    "kind": f.kind,
                    "categories": [str(c) for c in f.categories],
                    "records": f.records,
                    "people": f.people,
                    "own_data_only": f.own_data_only,
                }
                for f in self.files
            ],
            "by_category": {str(c): list(paths) for c, paths in self.by_category().items()},
            "why_it_matters": WHY_IT_MATTERS,
        }

    def __str__(self) -> str:
        third = self.third_party_files
        lines = [
            (
                f"Privacy inventory of {self.source}: {len(self.files)} files, {len(third)} "
                f"with other people's personal data ({self.people} distinct people), "
                f"{len(self.own_data_files)} with your own data only."
            )
        ]
        width = max((len(f.path) for f in self.files), default=10)
        groups = (
            ("Other people's personal data:", third),
            ("Your own data only:", self.own_data_files),
            ("Not classified (unknown files; check them yourself):", self.unclassified_files),
        )
        for title, files in groups:
            if not files:
                continue
            lines.append("")
            lines.append(title)
            for f in files:
                people = f"{f.people:>6} people" if f.people else " " * 13
                lines.append(
                    f"  {f.path:<{width}} {f.records:>7} records {people}  "
                    + ", ".join(str(c) for c in f.categories)
                )
        lines.append("")
        lines.append(textwrap.fill(WHY_IT_MATTERS, width=100))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(f.path)}</td><td>{f.records}</td><td>{f.people}</td>"
            f"<td>{'yes' if f.own_data_only else 'no'}</td>"
            f"<td>{html.escape(', '.join(str(c) for c in f.categories))}</td></tr>"
            for f in self.files
        )
        return (
            f"<p><b>Privacy inventory</b> {html.escape(self.source)}: "
            f"{len(self.third_party_files)} files with other people's personal data "
            f"({self.people} distinct people)</p>"
            "<table><thead><tr><th>file</th><th>records</th><th>people</th>"
            f"<th>own data only</th><th>categories</th></tr></thead><tbody>{rows}</tbody></table>"
            f"<p><small>{html.escape(WHY_IT_MATTERS)}</small></p>"
        )


def _kind(name: str | None) -> Kind | None:
    try:
        return Kind(name) if name else None
    except ValueError:  # the title of a known file without a model
        return None


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


#: A person as a record names them: profile slug, email ``dedupe_key``, name.
_Person = tuple[str | None, str | None, str | None]


class _People:
    """Distinct people, told apart by profile slug, else email address, else name. A mention
    without a slug is the person of the one slug its email (or name) was seen with, when there
    is one; two slugs are two people even under one name. The member is not counted."""

    def __init__(self, owner: str | None) -> None:
        self.owner = owner
        self.mentions: list[_Person] = []

    def add(self, slug: str | None, email: str | None, name: str | None) -> None:
        folded = _fold(name) if name else None
        if folded == "linkedin member":
            folded = None
        if slug or email or folded:
            self.mentions.append((slug.lower() if slug else None, email, folded))

    def count(self) -> int:
        slugs: dict[str, set[str]] = {}
        emails: dict[str, set[str]] = {}
        own: set[str] = set()
        for slug, email, name in self.mentions:
            for key in (f"email:{email}" if email else "", f"name:{name}" if name else ""):
                if key and slug:
                    slugs.setdefault(key, set()).add(slug)
            if name and email:
                emails.setdefault(f"name:{name}", set()).add(email)
            if name is not None and name == self.owner:
                own.update(key for key in (slug, email) if key)
        people: set[str] = set()
        for slug, email, name in self.mentions:
            key = self._key(slug, email, name, slugs, emails)
            if (name is None or name != self.owner) and key.partition(":")[2] not in own:
                people.add(key)
        return len(people)

    @staticmethod
    def _key(
        slug: str | None,
        email: str | None,
        name: str | None,
        slugs: dict[str, set[str]],
        emails: dict[str, set[str]],
    ) -> str:
        if slug:
            return f"slug:{slug}"
        if email:
            found = slugs.get(f"email:{email}", set())
            return f"slug:{next(iter(found))}" if len(found) == 1 else f"email:{email}"
        found = slugs.get(f"name:{name}", set())
        if len(found) == 1:
            return f"slug:{next(iter(found))}"
        addresses = emails.get(f"name:{name}", set())
        if not found and len(addresses) == 1:
            return _People._key(None, next(iter(addresses)), None, slugs, emails)
        return f"name:{name}"


def _connection(record: Connection) -> Iterator[_Person]:
    if not record.is_hidden:
        email = record.email.dedupe_key if record.email else None
        yield record.public_id, email, record.full_name


def _contact(record: ImportedContact) -> Iterator[_Person]:
    email = next((e.dedupe_key for e in record.emails if e.dedupe_key), None)
    name = record.full_name or " ".join(p for p in (record.first_name, record.last_name) if p)
    yield None, email, name or None


def _message(record: Message) -> Iterator[_Person]:
    yield record.sender_public_id, None, record.sender_name
    ids = list(record.recipient_public_ids) + [None] * len(record.recipient_names)
    for name, slug in zip(record.recipient_names, ids, strict=False):
        yield slug, None, name


def _invitation(record: Invitation) -> Iterator[_Person]:
    yield record.inviter_public_id, None, record.from_name
    yield record.invitee_public_id, None, record.to_name


def _recommendation(record: Recommendation) -> Iterator[_Person]:
    name = record.full_name or " ".join(p for p in (record.first_name, record.last_name) if p)
    yield None, None, name or None


def _endorsement(record: Endorsement) -> Iterator[_Person]:
    name = record.full_name or " ".join(p for p in (record.first_name, record.last_name) if p)
    yield record.public_id, None, name or None


def _member_follow(record: MemberFollow) -> Iterator[_Person]:
    yield None, None, record.full_name


def _note(record: Note) -> Iterator[_Person]:
    yield None, None, record.subject


#: Who a record names, per model (records of other models name no one but the member).
_WHO: dict[type[Record], Callable[[Any], Iterator[_Person]]] = {
    Connection: _connection,
    ImportedContact: _contact,
    Message: _message,
    Invitation: _invitation,
    Recommendation: _recommendation,
    Endorsement: _endorsement,
    MemberFollow: _member_follow,
    Note: _note,
}


def _persons(record: Record) -> Iterator[_Person]:
    who = _WHO.get(type(record))
    return who(record) if who is not None else iter(())
