"""Several exports of one member, taken at different times, as one: :func:`merge`.

Records are recognised across exports by their identity key (:mod:`linkedin_export.identity`):
every record is in the result once, with the values of the newest export that has it. A
connection and the profile are combined field by field: each field holds the newest value known
(a 2021 email address is kept when the 2024 export has none), and :attr:`MergedExport.field_sources`
says which export each field came from.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from linkedin_export.errors import DifferentMembersError
from linkedin_export.export import Export, FileReport
from linkedin_export.identity import groups, record_key
from linkedin_export.models import Connection, FrozenDict, GenericRecord, Profile, Record
from linkedin_export.models.messaging import Message

__all__ = ["MergePart", "MergedExport", "check_same_member", "export_date", "merge"]

#: Models combined field by field (the newest value of each field wins).
_FIELD_BY_FIELD = (Connection, Profile)


@attrs.frozen(kw_only=True)
class MergePart:
    """One export of a :class:`MergedExport`.

    Attributes:
        label: how the merge names it (``sources`` values): the date of the archive
            (``2024-12-20``), else its source name; or the label given to :func:`merge`.
        source: the export's ``source``.
        date: the export's date: :func:`export_date`.
        owner: the export's owner, if known.
        files: how many files it has (its ``FileReport`` objects are in ``MergedExport.files``,
            newest export first).
        warnings: how many warnings it has (likewise in ``MergedExport.warnings``).
    """

    label: str
    source: str
    date: dt.date | None
    owner: str | None
    files: int
    warnings: int


@attrs.frozen(kw_only=True, eq=False)
class MergedExport(Export):
    """Exports of one member merged into one (:func:`merge`): an :class:`Export` whose
    collections hold every record once, with the newest values.

    The typed collections (``connections``, ``messages``, ``positions``, …), ``records(name)``,
    ``conversations`` and ``report()`` work as on any export. ``files`` and ``warnings`` are those
    of every export, newest first; ``archive`` is the newest export's; ``container`` is
    ``"merge"``.

    Attributes:
        parts: the exports merged, oldest first.
        sources: per collection (``"connections"``), per record key
            (:func:`~linkedin_export.record_key`), the label of the export the record's values
            come from (the newest that has it). Records without a key are not in it: see
            :meth:`source_of`.
        field_sources: per record key of a connection or of the profile (``"profile"``), per
            field, the label of the export the field's value comes from; fields without a value
            in any export are left out.
    """

    parts: tuple[MergePart, ...] = ()
    sources: FrozenDict[FrozenDict[str]] = attrs.field(factory=FrozenDict, repr=False)
    field_sources: FrozenDict[FrozenDict[str]] = attrs.field(factory=FrozenDict, repr=False)
    #: Per collection, the label of each record's export, in the collection's order.
    _origins: FrozenDict[tuple[str, ...]] = attrs.field(
        alias="origins", factory=FrozenDict, repr=False
    )

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels of the exports merged, oldest first."""
        return tuple(part.label for part in self.parts)

    def source_of(self, record: Record) -> str | None:
        """The label of the export ``record`` (a record of this merge) comes from; for a
        connection or the profile, the export of its newest field. ``None`` for a record that
        is not one of this merge's typed records."""
        for kind, records in self._by_kind.items():
            for candidate, label in zip(records, self._origins.get(kind, ()), strict=False):
                if candidate is record:
                    return label
        return None

    def _key(self) -> tuple[object, ...]:
        return (*super()._key(), self.parts, self.sources, self.field_sources, self._origins)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Export):
            return NotImplemented
        return type(self) is type(other) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __getstate__(self) -> dict[str, object]:
        return {a.name: getattr(self, a.name) for a in attrs.fields(type(self))}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        return (
            f"<MergedExport of {len(self.parts)} exports ({', '.join(self.labels)}): "
            f"{len(self.connections)} connections, {len(self.messages)} messages>"
        )


def merge(
    *exports: Export, labels: Sequence[str] | None = None, check_owner: bool = True
) -> MergedExport:
    """Merge exports of one member taken at different times into one export.

    Every record is in the result once (records are the same when their identity keys match:
    :func:`~linkedin_export.record_key`; the records of one export that repeat each other are
    collapsed too), in the order of the newest export, then the records only older exports have.
    A record takes the values of the newest export that has it; connections and the profile are
    combined field by field, each field holding the newest value any export has. Records without
    a key (hidden connections, connections without profile URL or email address) cannot be
    recognised and are all kept. Conversations are rebuilt from the merged messages.

    Exports are ordered by :func:`export_date`; exports without any date count as older than
    the others, in the order given.

    Args:
        exports: the exports, in any order (at least one).
        labels: a name for each export, in the order given (``MergedExport.sources`` and
            ``field_sources`` use them); by default the date in the archive's name, else the
            export's source name.
        check_owner: refuse exports of different members (see :func:`check_same_member`).

    Returns:
        A :class:`MergedExport` (an :class:`~linkedin_export.Export`).

    Raises:
        DifferentMembersError: the exports' owners are known and have nothing in common.
        TypeError: no export, or something that is not an ``Export``.
        ValueError: ``labels`` of the wrong length or with repeats.
    """
    from linkedin_export._build_messaging import build_conversations

    if not exports:
        raise TypeError("merge() needs at least one export (from linkedin_export.load)")
    for export in exports:
        if not isinstance(export, Export):
            raise TypeError(
                f"merge() takes exports loaded with linkedin_export.load, not "
                f"{type(export).__name__}"
            )
    names = _labels(exports, labels)
    if check_owner:
        check_same_member(exports, names)
    dates = [export_date(export) for export in exports]
    oldest_first = sorted(
        range(len(exports)), key=lambda i: (dates[i] is not None, dates[i] or dt.date.min, i)
    )
    newest_first = oldest_first[::-1]
    ordered = [exports[i] for i in newest_first]
    ordered_names = [names[i] for i in newest_first]

    by_kind: dict[str, tuple[Record, ...]] = {}
    origins: dict[str, tuple[str, ...]] = {}
    sources: dict[str, FrozenDict[str]] = {}
    field_sources: dict[str, FrozenDict[str]] = {}
    replaced: dict[int, Record] = {}
    for kind in _kinds(ordered):
        found = [(record, part) for part, e in enumerate(ordered) for record in e.collection(kind)]
        merged: list[Record] = []
        labels_of: list[str] = []
        keyed: dict[str, str] = {}
        for group in groups([record for record, _ in found]):
            members = [found[i] for i in group]
            record, fields_from = _combined(members, ordered_names)
            for original, _ in members:
                replaced[id(original)] = record
            label = ordered_names[members[0][1]]
            merged.append(record)
            labels_of.append(label)
            key = record_key(record)
            if key is not None:
                keyed[key] = label
                if fields_from is not None:
                    field_sources[key] = FrozenDict(fields_from)
        by_kind[kind] = tuple(merged)
        origins[kind] = tuple(labels_of)
        sources[kind] = FrozenDict(keyed)

    owner = next((e.owner for e in ordered if e.owner is not None), None)
    messages = tuple(r for r in by_kind.get("messages", ()) if isinstance(r, Message))
    parts = tuple(
        MergePart(
            label=names[i],
            source=exports[i].source,
            date=dates[i],
            owner=exports[i].owner,
            files=len(exports[i].files),
            warnings=len(exports[i].warnings),
        )
        for i in oldest_first
    )
    files: tuple[FileReport, ...] = tuple(f for e in ordered for f in e.files)
    return MergedExport(
        source=" + ".join(names[i] for i in oldest_first),
        container="merge",
        archive=ordered[0].archive,
        owner=owner,
        connections=tuple(r for r in by_kind.get("connections", ()) if isinstance(r, Connection)),
        conversations=build_conversations(messages, owner),
        files=files,
        warnings=tuple(w for e in ordered for w in e.warnings),
        ignored=tuple(dict.fromkeys(name for e in ordered for name in e.ignored)),
        by_file=FrozenDict(_by_file(ordered, replaced)),
        by_kind=FrozenDict(by_kind),
        parts=parts,
        sources=FrozenDict(sources),
        field_sources=FrozenDict(field_sources),
        origins=FrozenDict(origins),
    )


def _labels(exports: Sequence[Export], labels: Sequence[str] | None) -> list[str]:
    if labels is not None:
        names = [str(label) for label in labels]
        if len(names) != len(exports):
            raise ValueError(f"{len(names)} labels for {len(exports)} exports")
        if len(set(names)) != len(names):
            raise ValueError(f"labels must differ from each other: {names}")
        return names
    names = []
    for export in exports:
        date = export.archive.date if export.archive is not None else None
        base = date.isoformat() if date is not None else export.source
        name, n = base, 1
        while name in names:
            n += 1
            name = f"{base} ({n})"
        names.append(name)
    return names


def _kinds(exports: Sequence[Export]) -> list[str]:
    """The collections of the exports, in the order of the newest export first."""
    kinds: dict[str, None] = {}
    for export in exports:
        export._settle()  # every file read: the messages of large exports too
        kinds.update(dict.fromkeys(export._by_kind))
    return list(kinds)


def _missing(value: object) -> bool:
    if value is None:
        return True
    return isinstance(value, tuple | frozenset | FrozenDict) and not value


def _combined(
    members: Sequence[tuple[Record, int]], names: Sequence[str]
) -> tuple[Record, dict[str, str] | None]:
    """The record of a group (newest first): the newest one, or for connections and the
    profile each field's newest value, with the label each field comes from."""
    newest = members[0][0]
    if not isinstance(newest, _FIELD_BY_FIELD):
        return newest, None
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for field in attrs.fields(type(newest)):
        if field.name in {"provenance", "format_id"} or not field.init:
            continue
        for record, index in members:
            value = getattr(record, field.name)
            if not _missing(value):
                sources[field.name] = names[index]
                if record is not newest:
                    values[field.name] = value
                break
    if not values:
        return newest, sources
    return attrs.evolve(newest, **values), sources


def _by_file(
    exports: Sequence[Export], replaced: dict[int, Record]
) -> dict[str, tuple[Record, ...]]:
    """``records(name)`` of the merge: the merged records of each file name (newest export
    first), each once; generic records (files without a model) once per distinct content."""
    by_file: dict[str, list[Record]] = {}
    seen: dict[str, set[int]] = {}
    generic: dict[str, set[GenericRecord]] = {}
    for export in exports:
        for name, records in export._by_file.items():
            bucket = by_file.setdefault(name, [])
            ids = seen.setdefault(name, set())
            rows = generic.setdefault(name, set())
            for record in records:
                merged = replaced.get(id(record))
                if merged is not None:
                    if id(merged) not in ids:
                        ids.add(id(merged))
                        bucket.append(merged)
                elif isinstance(record, GenericRecord):
                    if record not in rows:
                        rows.add(record)
                        bucket.append(record)
                else:
                    bucket.append(record)
    return {name: tuple(records) for name, records in by_file.items()}


def export_date(export: Export) -> dt.date | None:
    """When ``export`` was made: the date in its archive's name, else the day of the newest
    instant in its data (a message, an invitation, a connection's date), else ``None``."""
    if export.archive is not None and export.archive.date is not None:
        return export.archive.date
    export._settle()
    latest: dt.date | None = None
    for records in export._by_kind.values():
        for record in records:
            for value in _instants(record):
                if latest is None or value > latest:
                    latest = value
    return latest


def _instants(record: Record) -> Iterator[dt.date]:
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if isinstance(value, dt.datetime):
            yield value.date()
        elif isinstance(value, dt.date):
            yield value


# --- owners ---------------------------------------------------------------------------------


def _fold(name: str) -> str:
    """A name compared without case, accents or extra spaces (``José  Ruiz`` = ``jose ruiz``)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split()).casefold()


def _owner_facts(export: Export) -> tuple[frozenset[str], ...]:
    """What identifies an export's owner: the profile's name (else ``owner``), the owner's
    email addresses (``dedupe_key``) and phone numbers (E.164)."""
    profile = export.profile
    name = None
    if profile is not None:
        name = " ".join(part for part in (profile.first_name, profile.last_name) if part) or None
    name = name or export.owner
    emails = {e.email.dedupe_key for e in export.email_addresses if e.email and e.email.dedupe_key}
    phones = {p.phone.e164 for p in export.phone_numbers if p.phone and p.phone.e164}
    return (
        frozenset({_fold(name)} if name else ()),
        frozenset(emails),
        frozenset(phones),
    )


def check_same_member(exports: Sequence[Export], labels: Sequence[str] | None = None) -> None:
    """Raise :class:`DifferentMembersError` when two of ``exports`` belong to different members.

    An owner is known by the profile's name (else the export's ``owner``, the participant of
    most messages), the member's email addresses and phone numbers. Two exports are of
    different members when at least one of these is known on both sides and none of those known
    on both sides have anything in common: a member who changed name but kept an email address,
    or changed every address but kept the name, is the same member. When nothing is known on one
    side, nothing is refused.
    """
    names = list(labels) if labels is not None else [e.source for e in exports]
    facts = [_owner_facts(export) for export in exports]
    for i in range(len(exports)):
        for j in range(i + 1, len(exports)):
            compared = [(a, b) for a, b in zip(facts[i], facts[j], strict=True) if a and b]
            if compared and not any(a & b for a, b in compared):
                raise DifferentMembersError(
                    f"{names[i]} (owner {_owner_name(exports[i])}) and {names[j]} (owner "
                    f"{_owner_name(exports[j])}) look like exports of different members: no "
                    "name, email address or phone number of the owner in common. Pass "
                    "check_owner=False if they are the same member under another name and "
                    "other addresses."
                )


def _owner_name(export: Export) -> str:
    profile = export.profile
    if profile is not None and (profile.first_name or profile.last_name):
        return " ".join(part for part in (profile.first_name, profile.last_name) if part)
    return export.owner or "unknown"
