"""Which records are the same: a stable identity key per record, and duplicates.

:func:`record_key` gives the key under which a record is recognised within one export
(duplicates) and across exports of the same member taken at different times
(:func:`~linkedin_export.merge`, :func:`~linkedin_export.diff`). Keys are plain strings, the same in
every process and every run, so they can be stored and compared later.

========================================  =========================================================
records                                   key, best first
========================================  =========================================================
``Connection``                            ``in:<slug>`` (the profile's public id, case-folded),
                                          else ``email:<dedupe_key>`` of its addresses; else no key
                                          (never the name alone)
``ImportedContact``                       ``email:<dedupe_key>`` of its addresses, else
                                          ``tel:<E.164>`` of its phone numbers; else no key
``Message``                               ``message:<conversation id>|<sent at>|<sender>|<digest of
                                          the text>`` (the text without markup, so that the HTML
                                          bodies of 2023+ match the plain ones of earlier files)
``Profile``, ``ProfileSummary``,          one per member: ``profile``, ``profile-summary``,
``Registration``,                         ``registration``, ``job-seeker-preferences``
``JobSeekerPreferences``
``Position``                              ``position:<company>|<title>|<start>``
``EducationEntry``                        ``education:<school>|<degree>|<start>``
``Certification``                         ``certification:<name>|<authority>|<start>``
``Project``, ``Publication``, ``Honor``,  the title or name and its date (``project:…``, …)
``TestScore``
``Course``                                ``course:<name>|<number>``
``Organization``                          ``organization:<name>|<position>|<start>``
``VolunteerRole``                         ``volunteering:<organization>|<role>|<start>``
``Patent``                                ``patent:<number, else title>``
``Skill``, ``Language``, ``Cause``        the name (``skill:python``)
``OwnerEmailAddress``                     ``email:<dedupe_key>``
``OwnerPhoneNumber``, ``WhatsAppNumber``  ``tel:<E.164>`` (else the number as written)
``Invitation``                            ``invitation:<direction>|<sent at>|<from>|<to>``
``Recommendation``                        ``recommendation:<name>|<written at>`` (without a date:
                                          the data digest)
``Endorsement``                           ``endorsement:<skill>|<slug or name>|<endorsed at>``
``SavedJob``, ``JobApplication``          ``job:<job id, else URL>`` (and the date applied)
``SavedAnswer``                           ``answer:<question>``
``CompanyFollow``, ``HashtagFollow``,     what is followed (``follow:…``, ``hashtag:…``)
``MemberHashtag``
``MemberFollow``                          ``member-follow:<name>|<followed at>``
``Article``                               ``article:<URL or slug>``
anything else                             ``data:<digest>`` of every field but ``provenance`` and
                                          ``format_id`` (records that compare equal)
========================================  =========================================================

Text parts are compared with case and runs of spaces ignored. A composite key whose parts are
all empty falls back to ``data:<digest>``.

Two connections are the same when their slugs are equal; when one of them has no slug (exports
before 2023 have no URL column), when they share an email address. Imported contacts likewise
compare their email addresses first, then their phone numbers. Records without a key are never
the duplicate of anything.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import html
import json
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar, cast

import attrs

from linkedin_export.models import (
    Article,
    Cause,
    Certification,
    CompanyFollow,
    Connection,
    Course,
    EducationEntry,
    EmailInfo,
    Endorsement,
    HashtagFollow,
    Honor,
    ImportedContact,
    Invitation,
    JobApplication,
    JobSeekerPreferences,
    Language,
    MemberFollow,
    MemberHashtag,
    Message,
    Organization,
    OwnerEmailAddress,
    OwnerPhoneNumber,
    Patent,
    PhoneInfo,
    Position,
    Profile,
    ProfileSummary,
    Project,
    Publication,
    Recommendation,
    Record,
    Registration,
    SavedAnswer,
    SavedJob,
    Skill,
    TestScore,
    VolunteerRole,
    WhatsAppNumber,
)
from linkedin_export.models.dates import PartialDate

__all__ = ["Grouper", "find_duplicates", "groups", "record_key", "repeated_groups", "same_record"]

_R = TypeVar("_R", bound=Record)
_T = TypeVar("_T")

#: One fact that identifies a record: a finished key string, or a tuple rendered on demand
#: (``("message", …)`` or ``("data", record)``: cheap to compare, digested only for display).
_Fact = Hashable
#: The facts of a record, by level: the first level that both records fill decides.
_Levels = tuple[tuple[_Fact, ...], ...]

_NO_KEY: _Levels = ()
_TAG = re.compile(r"<[^>]*>")


def record_key(record: Record) -> str | None:
    """The identity key of ``record`` (see the table in this module's documentation), or
    ``None`` when it has none (a connection without profile URL and email address, an imported
    contact without email address and phone number)."""
    for level in _levels(record):
        if level:
            return _render(level[0])
    return None


def same_record(a: Record, b: Record) -> bool:
    """Whether ``a`` and ``b`` are the same record by their identity (not by every field): two
    connections with the same profile slug, a 2021 connection known by its email address and
    the 2024 one with that address and a profile URL, two messages with the same conversation,
    time, sender and text."""
    return type(a) is type(b) and _compatible(_levels(a), _levels(b))


def find_duplicates(records: Iterable[_R]) -> tuple[tuple[_R, ...], ...]:
    """Groups of two or more records of ``records`` that are the same record
    (:func:`same_record`), each group in the order given, groups in order of their first record.

    Records without a key are never in a group."""
    items = list(records)
    return tuple(tuple(items[i] for i in group) for group in repeated_groups(items))


def repeated_groups(records: Sequence[Record]) -> list[list[int]]:
    """The groups of two or more records of ``records`` that are the same record, as indexes
    (each group in order, groups in order of their first record)."""
    return [group for group in groups(records) if len(group) > 1]


def groups(records: Sequence[Record]) -> list[list[int]]:
    """Every record of ``records`` in its group of the same record (alone for most), as indexes:
    each group in order, groups in order of their first record.

    Only the records that share a fact with another one go through a :class:`Grouper`: in the
    usual export, where nothing repeats, that is none, and the cost is one set look-up per fact."""
    all_levels = [_levels(record) for record in records]
    seen: set[_Fact] = set()
    repeated: set[_Fact] = set()
    for levels in all_levels:
        for level in levels:
            for fact in level:
                if fact in seen:
                    repeated.add(fact)
                else:
                    seen.add(fact)
    if not repeated:
        return [[index] for index in range(len(records))]
    grouper: Grouper[int] = Grouper()
    alone: list[list[int]] = []
    for index, levels in enumerate(all_levels):
        if any(fact in repeated for level in levels for fact in level):
            grouper.add(records[index], index)
        else:
            alone.append([index])
    return sorted([*grouper.groups, *alone], key=lambda group: group[0])


class Grouper(Generic[_T]):
    """Collects items into groups of the same record, in order (first come, first grouped).

    An item joins a group that shares its best fact (the first level it fills: the slug of a
    connection before its email addresses) and that it is the same record as, the earliest such
    group first; a group learns the facts of every item that joins it (a 2024 connection with a
    slug and an email address, then the 2021 one with the address only)."""

    def __init__(self) -> None:
        self.groups: list[list[_T]] = []
        #: Per group of records with several levels, the facts learnt, per level.
        self._facts: dict[int, list[set[_Fact]]] = {}
        #: (model, level, fact) → the groups holding that fact, earliest first.
        self._index: dict[tuple[type, int, _Fact], list[int]] = {}

    def add(self, record: Record, item: _T) -> int:
        """Add ``item``, identified as ``record``; returns the number of its group."""
        levels = _levels(record)
        kind = type(record)
        index = self._index
        if len(levels) == 1:  # one level (every model but two): a shared fact is the same record
            for fact in levels[0]:
                found = index.get((kind, 0, fact))
                if found is not None:
                    return self._join(found[0], item, kind, levels)
        else:
            for depth, level in enumerate(levels):
                for number in sorted(
                    {n for fact in level for n in index.get((kind, depth, fact), ())}
                ):
                    if _compatible(self._facts[number], levels):
                        return self._join(number, item, kind, levels)
        number = len(self.groups)
        self.groups.append([item])
        if len(levels) > 1:
            self._facts[number] = [set() for _ in levels]
        self._learn(number, kind, levels)
        return number

    def _join(self, number: int, item: _T, kind: type, levels: _Levels) -> int:
        self.groups[number].append(item)
        self._learn(number, kind, levels)
        return number

    def _learn(self, number: int, kind: type, levels: _Levels) -> None:
        facts = self._facts.get(number)
        for depth, level in enumerate(levels):
            for fact in level:
                if facts is not None:
                    if fact in facts[depth]:
                        continue
                    facts[depth].add(fact)
                groups = self._index.setdefault((kind, depth, fact), [])
                if number not in groups:
                    groups.append(number)


def _compatible(a: Sequence[Iterable[_Fact]], b: Sequence[Iterable[_Fact]]) -> bool:
    """The first level that both sides fill decides; no such level: not the same."""
    for left, right in zip(a, b, strict=False):
        left_set, right_set = set(left), set(right)
        if left_set and right_set:
            return bool(left_set & right_set)
    return False


# --- the facts of each model ------------------------------------------------------------------


def _levels(record: Record) -> _Levels:
    rule = _RULES.get(type(record))
    levels = rule(record) if rule is not None else None
    if levels is None:
        return ((("data", record),),)
    return levels


def _norm(value: object) -> str:
    """A part of a composite key: text case-folded with runs of spaces collapsed, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, dt.date | PartialDate):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return " ".join(str(value).split()).casefold()


def _composite(prefix: str, *parts: object) -> _Levels | None:
    texts = [_norm(part) for part in parts]
    if not any(texts):
        return None
    return ((f"{prefix}:{'|'.join(texts)}",),)


def _email_facts(emails: Iterable[EmailInfo | None]) -> tuple[_Fact, ...]:
    keys = (f"email:{email.dedupe_key}" for email in emails if email and email.dedupe_key)
    return tuple(dict.fromkeys(keys))


def _phone_facts(phones: Iterable[PhoneInfo | None]) -> tuple[_Fact, ...]:
    keys = (f"tel:{phone.e164}" for phone in phones if phone and phone.e164)
    return tuple(dict.fromkeys(keys))


def _connection(c: Connection) -> _Levels:
    slug = ("in:" + c.public_id.casefold(),) if c.public_id else ()
    if c.other_emails:
        return (slug, _email_facts(c.emails))
    email = c.email
    return (slug, ("email:" + email.dedupe_key,) if email and email.dedupe_key else ())


def _imported_contact(c: ImportedContact) -> _Levels:
    return (_email_facts(c.emails), _phone_facts(c.phones))


def _message_text(content: str | None) -> str:
    """The text of a body without markup or spaces: ``<p>Hi Tomas,</p>`` = ``Hi Tomas,``."""
    if not content:
        return ""
    text = _TAG.sub("", content) if "<" in content else content
    if "&" in text:
        text = html.unescape(text)
    return "".join(text.split())


def _message(m: Message) -> _Levels:
    sender = _norm(m.sender_name)
    return ((("message", m.conversation_id or "", m.sent_at, sender, _message_text(m.content)),),)


def _owner_phone(p: OwnerPhoneNumber | WhatsAppNumber) -> _Levels | None:
    if p.phone is None:
        return None
    return (((f"tel:{p.phone.e164}" if p.phone.e164 else f"tel:{_norm(p.phone.raw)}"),),)


def _job(url: str | None, job_id: str | None, *more: object) -> _Levels | None:
    return _composite("job", job_id or url, *more) if (job_id or url) else None


def _one(key: str) -> Callable[[Any], _Levels]:
    return lambda _record: ((key,),)


_RULES: dict[type, Callable[[Any], _Levels | None]] = {
    Connection: _connection,
    ImportedContact: _imported_contact,
    Message: _message,
    Profile: _one("profile"),
    ProfileSummary: _one("profile-summary"),
    Registration: _one("registration"),
    JobSeekerPreferences: _one("job-seeker-preferences"),
    Position: lambda r: _composite("position", r.company, r.title, r.started_on),
    EducationEntry: lambda r: _composite("education", r.school, r.degree, r.started_on),
    Certification: lambda r: _composite("certification", r.name, r.authority, r.started_on),
    Project: lambda r: _composite("project", r.title, r.started_on),
    Publication: lambda r: _composite("publication", r.name, r.published_on),
    Honor: lambda r: _composite("honor", r.title, r.issued_on),
    Course: lambda r: _composite("course", r.name, r.number),
    Organization: lambda r: _composite("organization", r.name, r.position, r.started_on),
    VolunteerRole: lambda r: _composite("volunteering", r.organization, r.role, r.started_on),
    TestScore: lambda r: _composite("test-score", r.name, r.tested_on),
    Patent: lambda r: _composite("patent", r.number or r.title),
    Skill: lambda r: _composite("skill", r.name),
    Language: lambda r: _composite("language", r.name),
    Cause: lambda r: _composite("cause", r.name),
    OwnerEmailAddress: lambda r: (_email_facts([r.email]),) if _email_facts([r.email]) else None,
    OwnerPhoneNumber: _owner_phone,
    WhatsAppNumber: _owner_phone,
    Invitation: lambda r: _composite("invitation", r.direction, r.sent_at, r.from_name, r.to_name),
    Recommendation: lambda r: (
        _composite("recommendation", r.full_name, r.created_at) if r.created_at else None
    ),
    Endorsement: lambda r: _composite(
        "endorsement", r.skill, r.public_id or r.full_name, r.endorsed_at
    ),
    SavedJob: lambda r: _job(r.job_url, r.job_id),
    JobApplication: lambda r: _job(r.job_url, r.job_id, r.applied_at),
    SavedAnswer: lambda r: _composite("answer", r.question),
    CompanyFollow: lambda r: _composite("follow", r.organization),
    MemberFollow: lambda r: _composite("member-follow", r.full_name, r.followed_at),
    HashtagFollow: lambda r: _composite("hashtag", r.hashtag),
    MemberHashtag: lambda r: _composite("member-hashtag", r.hashtag),
    Article: lambda r: _composite("article", r.url or r.slug) if (r.url or r.slug) else None,
}


# --- rendering ------------------------------------------------------------------------------


def _render(fact: _Fact) -> str:
    if isinstance(fact, str):
        return fact
    assert isinstance(fact, tuple)
    if fact[0] == "message":
        _, conversation, sent, sender, text = fact
        when = sent.isoformat() if sent else ""
        return f"message:{conversation}|{when}|{sender}|{_digest(text)}"
    return f"data:{_digest(json.dumps(_plain(fact[1]), sort_keys=True, ensure_ascii=False))}"


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()


def _plain(value: object) -> object:
    """``value`` as JSON data, for digests: the fields that take part in equality only."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if attrs.has(type(value)):
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(value)))
        plain = {f.name: _plain(getattr(value, f.name)) for f in fields if f.eq}
        return [type(value).__name__, plain]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, frozenset | set):
        return sorted((_plain(item) for item in value), key=json.dumps)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return repr(value)
