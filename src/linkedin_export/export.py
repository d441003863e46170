"""The loaded export: :class:`Export` and its per-file :class:`FileReport`."""

from __future__ import annotations

import html
import threading
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from linkedin_export._formats import SPECS_BY_ID, norm_name
from linkedin_export.diagnostics import DataWarning
from linkedin_export.models import Connection, FrozenDict, Record
from linkedin_export.models.account import (
    JobApplication,
    JobSeekerPreferences,
    OnlineJobPosting,
    OwnerEmailAddress,
    OwnerPhoneNumber,
    Registration,
    SavedAnswer,
    SavedJob,
    SavedJobAlert,
    WhatsAppNumber,
)
from linkedin_export.models.activity import (
    Comment,
    Event,
    InstantRepost,
    LearningItem,
    Reaction,
    RichMedia,
    SavedItem,
    SearchQuery,
    Share,
    Video,
    Vote,
)
from linkedin_export.models.archive import ArchiveInfo
from linkedin_export.models.articles import (
    Article,
)
from linkedin_export.models.career import (
    Cause,
    Certification,
    Course,
    EducationEntry,
    Honor,
    Interest,
    Language,
    Organization,
    Patent,
    Position,
    Profile,
    ProfileSummary,
    Project,
    Publication,
    Skill,
    TestScore,
    VolunteerRole,
)
from linkedin_export.models.messaging import Conversation, Message
from linkedin_export.models.privacy import (
    AccountStatusChange,
    AdClicked,
    AdTargeting,
    CalendarSource,
    Inference,
    LanAdEngagement,
    Login,
    Note,
    PrivateIdentityAsset,
    Receipt,
    SecurityChallenge,
    ServiceProvider,
    Verification,
)
from linkedin_export.models.social import (
    CompanyFollow,
    Endorsement,
    HashtagFollow,
    ImportedContact,
    Invitation,
    MemberFollow,
    MemberHashtag,
    Recommendation,
)

if TYPE_CHECKING:
    import pandas as pd

    from linkedin_export.inventory import PrivacyInventory
    from linkedin_export.report import QualityReport

__all__ = ["Deferred", "Export", "FileReport", "MessageStream", "ParsedFile"]

_R = TypeVar("_R", bound=Record)


def _typed(records: tuple[Record, ...], model: type[_R]) -> tuple[_R, ...]:
    return tuple(record for record in records if isinstance(record, model))


def _first(records: tuple[Record, ...], model: type[_R]) -> _R | None:
    typed = _typed(records, model)
    return typed[0] if typed else None


class Deferred:
    """Files of an export left to be read when first needed (made by ``lx.load``)."""

    #: Member names of the files not read yet.
    names: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.lock = threading.Lock()

    def settle(self) -> dict[str, Any]:
        """Read everything: the :class:`Export` fields of the whole export."""
        raise NotImplementedError

    def stream(self, owner: str | None, warnings: list[DataWarning]) -> Iterator[Message]:
        """The messages of the files not read yet, one at a time; their warnings are appended
        to ``warnings`` as each file ends."""
        raise NotImplementedError


class MessageStream(Iterator[Message]):
    """The messages of an export, one at a time: :meth:`Export.iter_messages`.

    Attributes:
        warnings: the warnings of the messages files, as far as they have been read.
    """

    def __init__(self, messages: Iterator[Message], warnings: list[DataWarning]) -> None:
        self._messages = messages
        self._warnings = warnings

    @property
    def warnings(self) -> tuple[DataWarning, ...]:
        """The warnings of the messages files read so far (all of them once exhausted)."""
        return tuple(self._warnings)

    def __iter__(self) -> MessageStream:
        return self

    def __next__(self) -> Message:
        return next(self._messages)

    def close(self) -> None:
        """Stop reading and release the file being read."""
        close = getattr(self._messages, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> MessageStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _with_owner(messages: Iterator[Message], owner: str) -> Iterator[Message]:
    from linkedin_export._build_messaging import with_directions

    for message in messages:
        yield with_directions((message,), owner)[0]


def _same_file(known: str, name: str) -> bool:
    wanted = name.strip().strip("/").lower()
    key = known.lower()
    return key == wanted or key.rsplit("/", 1)[-1] == wanted or norm_name(known) == norm_name(name)


@attrs.frozen(kw_only=True)
class FileReport:
    """What happened to one file of the export.

    Attributes:
        path: the member path as stored in the archive (or relative to the folder).
        name: the path without the export's top-level folder (what ``records(name)`` takes).
        kind: the collection the records went to (``connections``), the title of a known file that
            has no model yet (``Messages``), or ``None`` for an unknown or unreadable file.
        format_id: the id of the format version used (``connections/2023``), or ``None``.
        encoding: the text encoding used, or ``None`` for files that are not text.
        encoding_guessed: whether the encoding was guessed.
        header: the header cells as written.
        header_line: the 1-based line of the header (after a preamble), or ``None``.
        preamble: whether a preamble (the ``Notes:`` block) preceded the header.
        rows: data rows read (blank and padding rows not counted).
        records: records made; ``rows - records`` rows are in ``malformed-row`` warnings.
        blank_rows: blank or padding rows skipped.
        size: the file's size in bytes.
        warnings: how many warnings the file produced.
    """

    path: str
    name: str
    kind: str | None = None
    format_id: str | None = None
    encoding: str | None = None
    encoding_guessed: bool = False
    header: tuple[str, ...] = ()
    header_line: int | None = None
    preamble: bool = False
    rows: int = 0
    records: int = 0
    blank_rows: int = 0
    size: int = 0
    warnings: int = 0

    @property
    def modelled(self) -> bool:
        """Whether the file was read into typed records."""
        return self.format_id is not None


@attrs.frozen(kw_only=True)
class ParsedFile:
    """The result of :func:`linkedin_export.parse_file`: one file, its records and warnings."""

    file: FileReport
    records: tuple[Record, ...]
    warnings: tuple[DataWarning, ...]


@attrs.frozen(kw_only=True, eq=False)
class Export:
    """A loaded LinkedIn export: typed collections, per-file reports and every warning.

    Build it with :func:`linkedin_export.load`. It is immutable and picklable; its ``repr`` is
    short whatever the size of the export.

    Attributes:
        source: what was loaded (file or folder name).
        container: ``zip``, ``folder`` or ``file``.
        owner: the export owner's name (the profile's name, else the most frequent participant of
            the messages), used to tell incoming from outgoing messages; ``None`` when unknown.
        conversations: the messages grouped into conversations (participants, first and last
            message, count), in order of their first message.
        archive: which kind of export it is (Complete, Basic, pre-GDPR, a legacy contacts file)
            and the date in its name.
        connections: every connection, of every format version found.
        files: one :class:`FileReport` per file, in archive order.
        warnings: every data-quality warning, in file and line order.
        ignored: operating-system clutter skipped on purpose (``__MACOSX/…``, ``.DS_Store``).
    """

    source: str
    container: str
    archive: ArchiveInfo | None = None
    _owner: str | None = attrs.field(alias="owner", default=None)
    connections: tuple[Connection, ...] = ()
    _conversations: tuple[Conversation, ...] = attrs.field(
        alias="conversations", default=(), repr=False
    )
    _files: tuple[FileReport, ...] = attrs.field(alias="files", default=())
    _warnings: tuple[DataWarning, ...] = attrs.field(alias="warnings", default=())
    ignored: tuple[str, ...] = ()
    _by_file: FrozenDict[tuple[Record, ...]] = attrs.field(
        alias="by_file", factory=FrozenDict, repr=False
    )
    _by_kind: FrozenDict[tuple[Record, ...]] = attrs.field(
        alias="by_kind", factory=FrozenDict, repr=False
    )
    #: The messages files not read yet (large exports), or ``None`` once everything is read.
    _pending: Deferred | None = attrs.field(alias="pending", default=None, repr=False)

    # --- the parts that need every file read ---------------------------------------------------

    def _settle(self) -> None:
        """Read the messages files that were left for later, once (thread-safe)."""
        pending = self._pending
        if pending is None:
            return
        with pending.lock:
            if self._pending is None:
                return
            fields = pending.settle()
            for name in ("owner", "conversations", "files", "warnings", "by_file", "by_kind"):
                object.__setattr__(self, f"_{name}", fields[name])
            object.__setattr__(self, "_pending", None)

    @property
    def owner(self) -> str | None:
        """The export owner's name: the profile's name, else the participant of the most
        messages; used to tell incoming from outgoing messages. ``None`` when unknown."""
        if self._owner is None:
            self._settle()
        return self._owner

    @property
    def conversations(self) -> tuple[Conversation, ...]:
        """The messages grouped into conversations, in order of their first message."""
        self._settle()
        return self._conversations

    @property
    def files(self) -> tuple[FileReport, ...]:
        """One :class:`FileReport` per file, in archive order."""
        self._settle()
        return self._files

    @property
    def warnings(self) -> tuple[DataWarning, ...]:
        """Every data-quality warning, in file and line order."""
        self._settle()
        return self._warnings

    @property
    def messages(self) -> tuple[Message, ...]:
        """Every message, of every generation and sibling file (``Message.source``), with its
        ``direction`` filled from the owner where the file does not say it.

        This holds every message in memory; :meth:`iter_messages` reads them one at a time."""
        self._settle()
        return _typed(self._by_kind.get("messages", ()), Message)

    def iter_messages(self, *, owner: str | None = None) -> MessageStream:
        """The messages one at a time, in constant memory however large the files are.

        When a messages file is large (over 32 MiB), :func:`~linkedin_export.load` does not read
        it; this method then reads it anew at each call, holding one message at a time, and
        keeps nothing (:attr:`messages`, which holds them all, reads it at its first use). For
        smaller exports it iterates over :attr:`messages`.

        Args:
            owner: the owner's name, to fill ``direction`` where the file has no DIRECTION
                column (2021 and later). By default the name in Profile.csv; when the export has
                none, streamed messages keep ``direction=None`` (only :attr:`messages`, which sees
                every message first, can pick the most frequent participant).

        Returns:
            A :class:`MessageStream`: an iterator of :class:`Message` whose ``warnings`` lists
            the warnings of the messages files (as they are found, when streaming). Close it (or
            use it in a ``with`` block) to stop early and release the file.
        """
        pending = self._pending
        if pending is None:
            paths = {f.path for f in self._files if f.kind == "messages"}
            found = [w for w in self._warnings if w.file in paths]
            messages: Iterator[Message] = iter(self.messages)
            if self._owner is None and owner is not None:
                messages = _with_owner(messages, owner)
            return MessageStream(messages, found)
        found = []
        return MessageStream(pending.stream(owner or self._owner, found), found)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Export):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[object, ...]:
        self._settle()
        return tuple(getattr(self, a.name) for a in attrs.fields(Export) if a.name != "_pending")

    def __getstate__(self) -> dict[str, object]:
        self._settle()
        return {a.name: getattr(self, a.name) for a in attrs.fields(Export)}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    @property
    def profile(self) -> Profile | None:
        """The ``profile`` record (one row per export), or ``None``."""
        return _first(self._by_kind.get("profile", ()), Profile)

    @property
    def profile_summary(self) -> ProfileSummary | None:
        """The ``profile_summary`` record (one row per export), or ``None``."""
        return _first(self._by_kind.get("profile_summary", ()), ProfileSummary)

    @property
    def positions(self) -> tuple[Position, ...]:
        """Every ``positions`` record, from every version of the file."""
        return _typed(self._by_kind.get("positions", ()), Position)

    @property
    def education(self) -> tuple[EducationEntry, ...]:
        """Every ``education`` record, from every version of the file."""
        return _typed(self._by_kind.get("education", ()), EducationEntry)

    @property
    def skills(self) -> tuple[Skill, ...]:
        """Every ``skills`` record, from every version of the file."""
        return _typed(self._by_kind.get("skills", ()), Skill)

    @property
    def languages(self) -> tuple[Language, ...]:
        """Every ``languages`` record, from every version of the file."""
        return _typed(self._by_kind.get("languages", ()), Language)

    @property
    def certifications(self) -> tuple[Certification, ...]:
        """Every ``certifications`` record, from every version of the file."""
        return _typed(self._by_kind.get("certifications", ()), Certification)

    @property
    def projects(self) -> tuple[Project, ...]:
        """Every ``projects`` record, from every version of the file."""
        return _typed(self._by_kind.get("projects", ()), Project)

    @property
    def publications(self) -> tuple[Publication, ...]:
        """Every ``publications`` record, from every version of the file."""
        return _typed(self._by_kind.get("publications", ()), Publication)

    @property
    def honors(self) -> tuple[Honor, ...]:
        """Every ``honors`` record, from every version of the file."""
        return _typed(self._by_kind.get("honors", ()), Honor)

    @property
    def courses(self) -> tuple[Course, ...]:
        """Every ``courses`` record, from every version of the file."""
        return _typed(self._by_kind.get("courses", ()), Course)

    @property
    def organizations(self) -> tuple[Organization, ...]:
        """Every ``organizations`` record, from every version of the file."""
        return _typed(self._by_kind.get("organizations", ()), Organization)

    @property
    def volunteering(self) -> tuple[VolunteerRole, ...]:
        """Every ``volunteering`` record, from every version of the file."""
        return _typed(self._by_kind.get("volunteering", ()), VolunteerRole)

    @property
    def test_scores(self) -> tuple[TestScore, ...]:
        """Every ``test_scores`` record, from every version of the file."""
        return _typed(self._by_kind.get("test_scores", ()), TestScore)

    @property
    def patents(self) -> tuple[Patent, ...]:
        """Every ``patents`` record, from every version of the file."""
        return _typed(self._by_kind.get("patents", ()), Patent)

    @property
    def causes(self) -> tuple[Cause, ...]:
        """Every ``causes`` record, from every version of the file."""
        return _typed(self._by_kind.get("causes", ()), Cause)

    @property
    def interests(self) -> tuple[Interest, ...]:
        """Every ``interests`` record, from every version of the file."""
        return _typed(self._by_kind.get("interests", ()), Interest)

    @property
    def invitations(self) -> tuple[Invitation, ...]:
        """Every ``invitations`` record, from every version of the file."""
        return _typed(self._by_kind.get("invitations", ()), Invitation)

    @property
    def imported_contacts(self) -> tuple[ImportedContact, ...]:
        """Every ``imported_contacts`` record, from every version of the file."""
        return _typed(self._by_kind.get("imported_contacts", ()), ImportedContact)

    @property
    def recommendations_received(self) -> tuple[Recommendation, ...]:
        """Every ``recommendations_received`` record, from every version of the file."""
        return _typed(self._by_kind.get("recommendations_received", ()), Recommendation)

    @property
    def recommendations_given(self) -> tuple[Recommendation, ...]:
        """Every ``recommendations_given`` record, from every version of the file."""
        return _typed(self._by_kind.get("recommendations_given", ()), Recommendation)

    @property
    def endorsements_received(self) -> tuple[Endorsement, ...]:
        """Every ``endorsements_received`` record, from every version of the file."""
        return _typed(self._by_kind.get("endorsements_received", ()), Endorsement)

    @property
    def endorsements_given(self) -> tuple[Endorsement, ...]:
        """Every ``endorsements_given`` record, from every version of the file."""
        return _typed(self._by_kind.get("endorsements_given", ()), Endorsement)

    @property
    def company_follows(self) -> tuple[CompanyFollow, ...]:
        """Every ``company_follows`` record, from every version of the file."""
        return _typed(self._by_kind.get("company_follows", ()), CompanyFollow)

    @property
    def member_follows(self) -> tuple[MemberFollow, ...]:
        """Every ``member_follows`` record, from every version of the file."""
        return _typed(self._by_kind.get("member_follows", ()), MemberFollow)

    @property
    def hashtag_follows(self) -> tuple[HashtagFollow, ...]:
        """Every ``hashtag_follows`` record, from every version of the file."""
        return _typed(self._by_kind.get("hashtag_follows", ()), HashtagFollow)

    @property
    def member_hashtags(self) -> tuple[MemberHashtag, ...]:
        """Every ``member_hashtags`` record, from every version of the file."""
        return _typed(self._by_kind.get("member_hashtags", ()), MemberHashtag)

    @property
    def email_addresses(self) -> tuple[OwnerEmailAddress, ...]:
        """Every ``email_addresses`` record, from every version of the file."""
        return _typed(self._by_kind.get("email_addresses", ()), OwnerEmailAddress)

    @property
    def phone_numbers(self) -> tuple[OwnerPhoneNumber, ...]:
        """Every ``phone_numbers`` record, from every version of the file."""
        return _typed(self._by_kind.get("phone_numbers", ()), OwnerPhoneNumber)

    @property
    def whatsapp_numbers(self) -> tuple[WhatsAppNumber, ...]:
        """Every ``whatsapp_numbers`` record, from every version of the file."""
        return _typed(self._by_kind.get("whatsapp_numbers", ()), WhatsAppNumber)

    @property
    def registration(self) -> Registration | None:
        """The ``registration`` record (one row per export), or ``None``."""
        return _first(self._by_kind.get("registration", ()), Registration)

    @property
    def saved_jobs(self) -> tuple[SavedJob, ...]:
        """Every ``saved_jobs`` record, from every version of the file."""
        return _typed(self._by_kind.get("saved_jobs", ()), SavedJob)

    @property
    def job_applications(self) -> tuple[JobApplication, ...]:
        """Every ``job_applications`` record, from every version of the file."""
        return _typed(self._by_kind.get("job_applications", ()), JobApplication)

    @property
    def job_seeker_preferences(self) -> JobSeekerPreferences | None:
        """The ``job_seeker_preferences`` record (one row per export), or ``None``."""
        return _first(self._by_kind.get("job_seeker_preferences", ()), JobSeekerPreferences)

    @property
    def job_saved_answers(self) -> tuple[SavedAnswer, ...]:
        """Every ``job_saved_answers`` record, from every version of the file."""
        return _typed(self._by_kind.get("job_saved_answers", ()), SavedAnswer)

    @property
    def saved_job_alerts(self) -> tuple[SavedJobAlert, ...]:
        """Every ``saved_job_alerts`` record, from every version of the file."""
        return _typed(self._by_kind.get("saved_job_alerts", ()), SavedJobAlert)

    @property
    def online_job_postings(self) -> tuple[OnlineJobPosting, ...]:
        """Every ``online_job_postings`` record, from every version of the file."""
        return _typed(self._by_kind.get("online_job_postings", ()), OnlineJobPosting)

    @property
    def shares(self) -> tuple[Share, ...]:
        """Every ``shares`` record, from every version of the file."""
        return _typed(self._by_kind.get("shares", ()), Share)

    @property
    def comments(self) -> tuple[Comment, ...]:
        """Every ``comments`` record, from every version of the file."""
        return _typed(self._by_kind.get("comments", ()), Comment)

    @property
    def reactions(self) -> tuple[Reaction, ...]:
        """Every ``reactions`` record, from every version of the file."""
        return _typed(self._by_kind.get("reactions", ()), Reaction)

    @property
    def votes(self) -> tuple[Vote, ...]:
        """Every ``votes`` record, from every version of the file."""
        return _typed(self._by_kind.get("votes", ()), Vote)

    @property
    def instant_reposts(self) -> tuple[InstantRepost, ...]:
        """Every ``instant_reposts`` record, from every version of the file."""
        return _typed(self._by_kind.get("instant_reposts", ()), InstantRepost)

    @property
    def saved_items(self) -> tuple[SavedItem, ...]:
        """Every ``saved_items`` record, from every version of the file."""
        return _typed(self._by_kind.get("saved_items", ()), SavedItem)

    @property
    def rich_media(self) -> tuple[RichMedia, ...]:
        """Every ``rich_media`` record, from every version of the file."""
        return _typed(self._by_kind.get("rich_media", ()), RichMedia)

    @property
    def videos(self) -> tuple[Video, ...]:
        """Every ``videos`` record, from every version of the file."""
        return _typed(self._by_kind.get("videos", ()), Video)

    @property
    def events(self) -> tuple[Event, ...]:
        """Every ``events`` record, from every version of the file."""
        return _typed(self._by_kind.get("events", ()), Event)

    @property
    def learning(self) -> tuple[LearningItem, ...]:
        """Every ``learning`` record, from every version of the file."""
        return _typed(self._by_kind.get("learning", ()), LearningItem)

    @property
    def search_queries(self) -> tuple[SearchQuery, ...]:
        """Every ``search_queries`` record, from every version of the file."""
        return _typed(self._by_kind.get("search_queries", ()), SearchQuery)

    @property
    def logins(self) -> tuple[Login, ...]:
        """Every ``logins`` record, from every version of the file."""
        return _typed(self._by_kind.get("logins", ()), Login)

    @property
    def security_challenges(self) -> tuple[SecurityChallenge, ...]:
        """Every ``security_challenges`` record, from every version of the file."""
        return _typed(self._by_kind.get("security_challenges", ()), SecurityChallenge)

    @property
    def account_status_history(self) -> tuple[AccountStatusChange, ...]:
        """Every ``account_status_history`` record, from every version of the file."""
        return _typed(self._by_kind.get("account_status_history", ()), AccountStatusChange)

    @property
    def ad_targeting(self) -> AdTargeting | None:
        """The ``ad_targeting`` record (one row per export), or ``None``."""
        return _first(self._by_kind.get("ad_targeting", ()), AdTargeting)

    @property
    def inferences(self) -> tuple[Inference, ...]:
        """Every ``inferences`` record, from every version of the file."""
        return _typed(self._by_kind.get("inferences", ()), Inference)

    @property
    def ads_clicked(self) -> tuple[AdClicked, ...]:
        """Every ``ads_clicked`` record, from every version of the file."""
        return _typed(self._by_kind.get("ads_clicked", ()), AdClicked)

    @property
    def lan_ads_engagement(self) -> tuple[LanAdEngagement, ...]:
        """Every ``lan_ads_engagement`` record, from every version of the file."""
        return _typed(self._by_kind.get("lan_ads_engagement", ()), LanAdEngagement)

    @property
    def receipts(self) -> tuple[Receipt, ...]:
        """Every ``receipts`` record, from every version of the file."""
        return _typed(self._by_kind.get("receipts", ()), Receipt)

    @property
    def calendar(self) -> tuple[CalendarSource, ...]:
        """Every ``calendar`` record, from every version of the file."""
        return _typed(self._by_kind.get("calendar", ()), CalendarSource)

    @property
    def verifications(self) -> tuple[Verification, ...]:
        """Every ``verifications`` record, from every version of the file."""
        return _typed(self._by_kind.get("verifications", ()), Verification)

    @property
    def private_identity_assets(self) -> tuple[PrivateIdentityAsset, ...]:
        """Every ``private_identity_assets`` record, from every version of the file."""
        return _typed(self._by_kind.get("private_identity_assets", ()), PrivateIdentityAsset)

    @property
    def services_marketplace(self) -> tuple[ServiceProvider, ...]:
        """Every ``services_marketplace`` record, from every version of the file."""
        return _typed(self._by_kind.get("services_marketplace", ()), ServiceProvider)

    @property
    def notes(self) -> tuple[Note, ...]:
        """Every ``notes`` record, from every version of the file."""
        return _typed(self._by_kind.get("notes", ()), Note)

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every ``articles`` record, from every version of the file."""
        return _typed(self._by_kind.get("articles", ()), Article)

    def collection(self, kind: str) -> tuple[Record, ...]:
        """Every typed record of one kind (``"positions"``, ``"invitations"``, …), from every
        file and version of that kind; ``()`` when the export has none. The kinds are the values
        of ``FileReport.kind`` for typed files and of ``lx.supported_formats()[i].kind``."""
        if kind == "messages":
            self._settle()
        return self._by_kind.get(kind, ())

    def records(self, name: str) -> tuple[Record, ...]:
        """The records of one file, typed when the file has a model, generic otherwise.

        ``name`` is matched against member names case-insensitively, with or without folder,
        extension, ``_<digits>`` suffix, spaces or underscores: ``"Connections.csv"``,
        ``"connections"``, ``"Saved Jobs"`` and ``"Jobs/Saved Jobs.csv"`` all work.

        Raises:
            KeyError: no file of the export has that name; the message lists the names there are.
        """
        pending = self._pending
        if pending is not None and any(_same_file(known, name) for known in pending.names):
            self._settle()
        if name in self._by_file:
            return self._by_file[name]
        wanted = name.strip().strip("/").lower()
        for key, records in self._by_file.items():
            if key.lower() == wanted or key.lower().rsplit("/", 1)[-1] == wanted:
                return records
        matches = [key for key in self._by_file if norm_name(key) == norm_name(name)]
        if len(matches) == 1:
            return self._by_file[matches[0]]
        if matches:
            merged: list[Record] = []
            for key in matches:
                merged.extend(self._by_file[key])
            return tuple(merged)
        available = ", ".join(sorted(self._by_file)) or "none"
        raise KeyError(f"no file named {name!r} in {self.source}; files with rows: {available}")

    def report(self) -> QualityReport:
        """A :class:`~linkedin_export.QualityReport` of this export's data quality."""
        from linkedin_export.report import QualityReport

        return QualityReport.of(self)

    @property
    def format_ids(self) -> tuple[str, ...]:
        """Ids of the format versions found, in file order, without repeats."""
        return tuple(dict.fromkeys(f.format_id for f in self.files if f.format_id))

    @property
    def era(self) -> str | None:
        """When the export was probably made, from the format versions found (``2023-07..``).

        The latest ``first_seen`` and the earliest ``last_seen`` over the versions found, or
        ``None`` when no file has a known version.
        """
        specs = [SPECS_BY_ID[format_id] for format_id in self.format_ids]
        if not specs:
            return None
        start = max(spec.first_seen for spec in specs)
        ends = [spec.last_seen for spec in specs if spec.last_seen]
        end = min(ends) if ends else ""
        return f"{start}..{end}" if start <= (end or "9999") else f"{start}..?"

    def to_dicts(self, kind: str) -> Iterator[dict[str, Any]]:
        """The records of one kind as plain JSON-able dicts (see
        :func:`linkedin_export.to_dict`), lazily.

        Args:
            kind: a kind as :meth:`collection` takes it (``"connections"``, ``"positions"``).

        Returns:
            An iterator of dicts, one per record, in collection order.

        Raises:
            ValueError: ``kind`` is not a kind; the message lists the kinds there are.
        """
        from linkedin_export.output import _check_kind, to_dicts

        return to_dicts(self.collection(_check_kind(kind)))

    def to_frame(self, kind: str) -> pd.DataFrame:
        """The records of one kind as a pandas DataFrame (see :func:`linkedin_export.to_frame`):
        ``datetime64[…, UTC]`` instants, ``category`` enums (``email_kind``), one row per record.
        An empty kind gives a frame with the model's columns and no rows.

        Args:
            kind: a kind as :meth:`collection` takes it (``"connections"``, ``"messages"``).

        Returns:
            A ``pandas.DataFrame``.

        Raises:
            ValueError: ``kind`` is not a kind; the message lists the kinds there are.
            MissingDependencyError: pandas is not installed
                (``pip install "linkedin-export[pandas]"``).
        """
        from linkedin_export.output import _check_kind, _kind_model, to_frame

        return to_frame(self.collection(_check_kind(kind)), model=_kind_model(kind))

    def deduplicated(self) -> Export:
        """A copy of this export without the records that repeat an earlier record of their
        collection (the ``duplicate-record`` warnings): of each group of records with the same
        identity key (:func:`~linkedin_export.record_key`), the first is kept. Records without
        a key are all kept. ``files`` and ``warnings`` still describe the export as read;
        conversations are rebuilt from the messages kept. Returns this export itself when it
        has no duplicates."""
        from linkedin_export._dedupe import deduplicate

        return deduplicate(self)

    def inventory(self) -> PrivacyInventory:
        """A :class:`~linkedin_export.PrivacyInventory`: which files hold which categories of
        personal data, how many other people they name, which hold only your own data (facts,
        not legal advice)."""
        from linkedin_export.inventory import PrivacyInventory

        return PrivacyInventory.of(self)

    def __repr__(self) -> str:
        if self._pending is not None:
            return (
                f"<Export {self.source!r}: {len(self.connections)} connections, messages not "
                f"read yet ({', '.join(self._pending.names)})>"
            )
        counts = Counter(w.severity.value for w in self.warnings)
        warned = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no warnings"
        return (
            f"<Export {self.source!r}: {len(self.files)} files, "
            f"{len(self.connections)} connections, {warned}>"
        )

    def _repr_html_(self) -> str:
        if self._pending is not None:
            return f"<p><b>LinkedIn export</b> {html.escape(repr(self))}</p>"
        rows = "".join(
            f"<tr><td>{html.escape(f.name)}</td><td>{html.escape(f.kind or '')}</td>"
            f"<td>{html.escape(f.format_id or '')}</td><td>{f.rows}</td><td>{f.records}</td>"
            f"<td>{f.warnings}</td></tr>"
            for f in self.files[:25]
        )
        if len(self.files) > 25:  # compact: the rest is in export.files and export.report()
            rows += f'<tr><td colspan="6">… {len(self.files) - 25} more files</td></tr>'
        return (
            f"<p><b>LinkedIn export</b> {html.escape(self.source)}: "
            f"{len(self.connections)} connections, {len(self.warnings)} warnings</p>"
            "<table><thead><tr><th>file</th><th>kind</th><th>format</th><th>rows</th>"
            f"<th>records</th><th>warnings</th></tr></thead><tbody>{rows}</tbody></table>"
        )
