"""The vocabulary of format specs: :class:`FileSpec`, :class:`Column`, :class:`Kind`.

A spec is data: which file, which columns, which converter per column, when it was seen. The generic
engine (``linkedin_export._engine``) applies it; nothing here reads files.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterator

    from linkedin_export._engine import RowContext
    from linkedin_export._reading.table import MalformedRow, Row, Table
    from linkedin_export.models import Record

__all__ = [
    "Column",
    "Container",
    "Converter",
    "FileSpec",
    "Kind",
    "RowRepair",
    "norm_header",
    "norm_name",
]

Converter = Callable[[str], Any]
Builder = Callable[[dict[str, Any], "RowContext"], "Record"]
RowRepair = Callable[["Table", "RowContext"], "Iterator[Row | MalformedRow]"]


class Kind(enum.StrEnum):
    """A kind of file (one typed collection on :class:`~linkedin_export.Export`)."""

    CONNECTIONS = "connections"
    MESSAGES = "messages"
    PROFILE = "profile"
    PROFILE_SUMMARY = "profile_summary"
    POSITIONS = "positions"
    EDUCATION = "education"
    SKILLS = "skills"
    LANGUAGES = "languages"
    CERTIFICATIONS = "certifications"
    PROJECTS = "projects"
    PUBLICATIONS = "publications"
    HONORS = "honors"
    COURSES = "courses"
    ORGANIZATIONS = "organizations"
    VOLUNTEERING = "volunteering"
    TEST_SCORES = "test_scores"
    PATENTS = "patents"
    CAUSES = "causes"
    INTERESTS = "interests"
    INVITATIONS = "invitations"
    IMPORTED_CONTACTS = "imported_contacts"
    RECOMMENDATIONS_RECEIVED = "recommendations_received"
    RECOMMENDATIONS_GIVEN = "recommendations_given"
    ENDORSEMENTS_RECEIVED = "endorsements_received"
    ENDORSEMENTS_GIVEN = "endorsements_given"
    COMPANY_FOLLOWS = "company_follows"
    MEMBER_FOLLOWS = "member_follows"
    HASHTAG_FOLLOWS = "hashtag_follows"
    MEMBER_HASHTAGS = "member_hashtags"
    SHARES = "shares"
    COMMENTS = "comments"
    REACTIONS = "reactions"
    VOTES = "votes"
    INSTANT_REPOSTS = "instant_reposts"
    SAVED_ITEMS = "saved_items"
    RICH_MEDIA = "rich_media"
    VIDEOS = "videos"
    ARTICLES = "articles"
    EVENTS = "events"
    LEARNING = "learning"
    SEARCH_QUERIES = "search_queries"
    EMAIL_ADDRESSES = "email_addresses"
    PHONE_NUMBERS = "phone_numbers"
    WHATSAPP_NUMBERS = "whatsapp_numbers"
    REGISTRATION = "registration"
    LOGINS = "logins"
    SECURITY_CHALLENGES = "security_challenges"
    ACCOUNT_STATUS_HISTORY = "account_status_history"
    AD_TARGETING = "ad_targeting"
    INFERENCES = "inferences"
    ADS_CLICKED = "ads_clicked"
    LAN_ADS_ENGAGEMENT = "lan_ads_engagement"
    RECEIPTS = "receipts"
    CALENDAR = "calendar"
    VERIFICATIONS = "verifications"
    PRIVATE_IDENTITY_ASSETS = "private_identity_assets"
    SERVICES_MARKETPLACE = "services_marketplace"
    NOTES = "notes"
    SAVED_JOBS = "saved_jobs"
    JOB_APPLICATIONS = "job_applications"
    JOB_SEEKER_PREFERENCES = "job_seeker_preferences"
    JOB_SAVED_ANSWERS = "job_saved_answers"
    SAVED_JOB_ALERTS = "saved_job_alerts"
    ONLINE_JOB_POSTINGS = "online_job_postings"


class Container(enum.StrEnum):
    """How a file is laid out."""

    CSV = "csv"
    VCARD = "vcard"
    HTML = "html"


def norm_header(header: str) -> str:
    """Header names compare case- and space-insensitively (``Connected On`` = ``connectedon``)."""
    return "".join(header.split()).lower().lstrip("\ufeff")


_SUFFIX = re.compile(r"_\d+$")
_NAME_JUNK = re.compile(r"[\s_\-]+")


def norm_name(path: str) -> str:
    """A member's base name as compared with spec file names: folder and extension removed,
    a ``_<digits>`` suffix removed, case, spaces, underscores and hyphens ignored
    (``Jobs/Saved Jobs_1.csv`` → ``savedjobs``)."""
    base = path.rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    stem = _SUFFIX.sub("", stem.strip())
    stem = re.sub(r"\s*\(\d+\)$", "", stem)  # "Connections (1).csv", a browser's second download
    return _NAME_JUNK.sub("", stem).lower()


@attrs.frozen
class Column:
    """One column of a file version.

    Attributes:
        field: the model field it fills; ``None`` for a known column that is kept in ``extra``.
        header: the header as LinkedIn writes it.
        convert: converter for non-empty cells (default: surrounding whitespace removed).
        many: the field is a tuple collecting every column mapped to it (and repeated headers).
        optional: absent from some files of this version; no ``missing-column`` warning.
    """

    field: str | None
    header: str
    convert: Converter | None = None
    many: bool = False
    optional: bool = False

    @property
    def key(self) -> str:
        return norm_header(self.header)


@attrs.frozen(kw_only=True)
class FileSpec:
    """One version of one LinkedIn file.

    Attributes:
        id: stable identifier, ``<kind>/<version>`` (``connections/2023``).
        kind: the collection its records go to.
        title: a short human name of the version (``Connections.csv with URL``).
        files: regular expressions matched in full against :func:`norm_name` of a member.
        columns: the columns, in LinkedIn's order.
        build: turns converted fields into a record.
        first_seen: ``YYYY`` or ``YYYY-MM`` when the version was first seen.
        last_seen: when it was last seen, ``None`` while it is current.
        confidence: the catalog's confidence in the header (``H``, ``M``, ``L``, ``?``).
        preamble: whether the file starts with LinkedIn's ``Notes:`` block.
        shapes: field → regular expression that values of this version match in full; tells apart
            versions whose headers are identical.
        container: CSV or vCard.
        notes: quirks worth documenting.
        reference: the section of FORMATS.md that describes it.
        rows: an optional repair of LinkedIn's own writing faults, applied to the table's rows
            before records are built (it reports what it repairs in the context's warnings).
    """

    id: str
    kind: Kind
    title: str
    files: tuple[str, ...]
    columns: tuple[Column, ...]
    build: Builder = attrs.field(repr=False)
    first_seen: str
    last_seen: str | None = None
    confidence: str = "H"
    preamble: bool = False
    shapes: Mapping[str, re.Pattern[str]] = attrs.field(factory=dict, repr=False)
    container: Container = Container.CSV
    notes: str = ""
    reference: str = ""
    rows: RowRepair | None = attrs.field(default=None, repr=False)

    @property
    def fingerprint(self) -> frozenset[str]:
        """The set of normalised header names."""
        return frozenset(column.key for column in self.columns)

    @property
    def seen(self) -> str:
        """``2023-07..`` style range."""
        return f"{self.first_seen}..{self.last_seen or ''}"

    def matches_name(self, path: str) -> bool:
        """Whether a member's name is one this version is known under."""
        name = norm_name(path)
        return any(re.fullmatch(pattern, name) for pattern in self.files)
