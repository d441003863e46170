"""What changed between two exports of one member: :func:`diff`.

Connections and other records are followed from one export to the other by their identity key
(:mod:`linkedin_export.identity`): the profile slug, else the email address; never the name.
The result, :class:`ExportDiff`, is a value: ``str()`` gives a report to read, ``to_dict()`` the
same as JSON data.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

import attrs

from linkedin_export._formats import SPECS_BY_ID
from linkedin_export._merge import check_same_member, export_date
from linkedin_export.export import Export
from linkedin_export.identity import groups, record_key
from linkedin_export.models import (
    Connection,
    EmailInfo,
    EmailKind,
    FrozenDict,
    Position,
    Profile,
    Record,
)
from linkedin_export.models.messaging import Conversation

__all__ = ["ConnectionChange", "EmailChange", "ExportDiff", "FieldChange", "KindChange", "diff"]

#: The fields of a connection whose changes are reported.
CONNECTION_FIELDS = ("full_name", "company", "position")
#: Collections with their own part of the diff; every other one is counted in ``other_changes``.
_OWN = frozenset({"connections", "messages", "profile", "positions", "email_addresses"})


@attrs.frozen(kw_only=True)
class FieldChange:
    """One field that changed.

    Attributes:
        field: the field's name (``headline``, ``company``).
        old: the value in the old export (``None`` when it had none).
        new: the value in the new export (``None`` when it has none).
    """

    field: str
    old: object
    new: object


@attrs.frozen(kw_only=True)
class ConnectionChange:
    """A connection found in both exports whose name, company or position changed.

    Attributes:
        key: the connection's identity key (``in:<slug>`` or ``email:<address>``).
        name: its name in the new export.
        changes: what changed, in the order of :data:`CONNECTION_FIELDS`.
        old: the connection in the old export.
        new: the connection in the new export.
    """

    key: str
    name: str | None
    changes: tuple[FieldChange, ...]
    old: Connection = attrs.field(repr=False)
    new: Connection = attrs.field(repr=False)


@attrs.frozen(kw_only=True)
class EmailChange:
    """An email address that appeared or disappeared: a connection's, or the member's own.

    Attributes:
        address: the address (normalised when valid).
        kind: its :class:`~linkedin_export.EmailKind`.
        name: the connection's name; the member's own name for the member's addresses.
        connection: the connection's identity key; ``None`` for the member's own addresses.
    """

    address: str
    kind: EmailKind
    name: str | None
    connection: str | None


@attrs.frozen(kw_only=True)
class KindChange:
    """Records of one other collection (skills, invitations, …) added and removed.

    Attributes:
        kind: the collection (``skills``).
        added: records of the new export that the old one does not have.
        removed: records of the old export that the new one does not have.
    """

    kind: str
    added: int
    removed: int


@attrs.frozen(kw_only=True)
class ExportDiff:
    """What changed from one export of a member to a later one (:func:`diff`).

    A connection is **added** when the old export does not have it and it was made after the
    old export (``connected_on`` later than :attr:`old_date`), **removed** when the old export
    has it under a key (profile slug or email address) that no connection of the new export
    has. Connections that cannot be followed are neither: those of the old export without a key
    (exports before 2023 have no profile URL: only the connections that share an email address
    have one) are in :attr:`unmatched_old`; those of the new export that are missing from the
    old one but were made before it are in :attr:`unmatched_new` (most are connections of
    :attr:`unmatched_old`). Names are never used to match people.

    Attributes:
        old_label: the old export's source name.
        new_label: the new export's source name.
        old_date: the old export's date: the date in the archive's name, else the day of its
            newest record (as for :func:`~linkedin_export.merge`).
        new_date: the new export's date.
        connections_before: connections in the old export.
        connections_after: connections in the new export.
        connections_added: new connections, in the new export's order.
        connections_removed: connections no longer there, in the old export's order.
        connections_changed: connections whose name, company or position changed.
        unmatched_old: connections of the old export that cannot be followed (no key).
        unmatched_new: connections of the new export made before the old export but not found
            in it.
        emails_appeared: addresses of connections found in both exports that only the new
            export has, then the member's own new addresses.
        emails_disappeared: addresses that only the old export has, likewise.
        conversations_added: conversations of the new export that the old one does not have.
        messages_added: messages of the new export that the old one does not have.
        profile_changes: fields of the profile that changed (only fields that both exports'
            Profile.csv versions have).
        positions_added: positions of the member's career that the old export does not have.
        positions_removed: positions that the new export does not have.
        other_changes: every other collection with records added or removed.
    """

    old_label: str
    new_label: str
    old_date: dt.date | None
    new_date: dt.date | None
    connections_before: int
    connections_after: int
    connections_added: tuple[Connection, ...] = ()
    connections_removed: tuple[Connection, ...] = ()
    connections_changed: tuple[ConnectionChange, ...] = ()
    unmatched_old: tuple[Connection, ...] = ()
    unmatched_new: tuple[Connection, ...] = ()
    emails_appeared: tuple[EmailChange, ...] = ()
    emails_disappeared: tuple[EmailChange, ...] = ()
    conversations_added: tuple[Conversation, ...] = ()
    messages_added: int = 0
    profile_changes: tuple[FieldChange, ...] = ()
    positions_added: tuple[Position, ...] = ()
    positions_removed: tuple[Position, ...] = ()
    other_changes: tuple[KindChange, ...] = ()

    @property
    def has_changes(self) -> bool:
        """Whether anything was added, removed or changed."""
        return any(
            (
                self.connections_added,
                self.connections_removed,
                self.connections_changed,
                self.emails_appeared,
                self.emails_disappeared,
                self.conversations_added,
                self.messages_added,
                self.profile_changes,
                self.positions_added,
                self.positions_removed,
                self.other_changes,
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """The diff as JSON data (dates as ISO strings, records as short summaries)."""
        return {
            "old": {"source": self.old_label, "date": _iso(self.old_date)},
            "new": {"source": self.new_label, "date": _iso(self.new_date)},
            "connections": {
                "before": self.connections_before,
                "after": self.connections_after,
                "added": [_connection(c) for c in self.connections_added],
                "removed": [_connection(c) for c in self.connections_removed],
                "changed": [
                    {
                        "key": change.key,
                        "name": change.name,
                        "changes": [_field(f) for f in change.changes],
                    }
                    for change in self.connections_changed
                ],
                "unmatched_old": len(self.unmatched_old),
                "unmatched_new": len(self.unmatched_new),
            },
            "emails": {
                "appeared": [_email(e) for e in self.emails_appeared],
                "disappeared": [_email(e) for e in self.emails_disappeared],
            },
            "conversations": {
                "added": [_conversation(c) for c in self.conversations_added],
                "messages_added": self.messages_added,
            },
            "profile": [_field(f) for f in self.profile_changes],
            "positions": {
                "added": [_position(p) for p in self.positions_added],
                "removed": [_position(p) for p in self.positions_removed],
            },
            "other": {c.kind: {"added": c.added, "removed": c.removed} for c in self.other_changes},
        }

    def __str__(self) -> str:
        old_date = _iso(self.old_date) or "date unknown"
        new_date = _iso(self.new_date) or "date unknown"
        lines = [
            f"Changes from {self.old_label} ({old_date}) to {self.new_label} ({new_date})",
            "",
            f"Connections: {self.connections_before} -> {self.connections_after}",
        ]
        for title, connections, mark in (
            ("added", self.connections_added, "+"),
            ("removed", self.connections_removed, "-"),
        ):
            if connections:
                lines.append(f"  {title} ({len(connections)}):")
                lines.extend(f"    {mark} {_describe(c)}" for c in connections)
        if self.connections_changed:
            lines.append(f"  changed ({len(self.connections_changed)}):")
            for change in self.connections_changed:
                what = "; ".join(
                    f"{f.field} {_text(f.old)} -> {_text(f.new)}" for f in change.changes
                )
                lines.append(f"    ~ {change.name or change.key}: {what}")
        if self.unmatched_old or self.unmatched_new:
            lines.append(
                f"  not followed: {len(self.unmatched_old)} of the old export without profile "
                f"URL or email address, {len(self.unmatched_new)} of the new export made "
                "before the old one but not found in it"
            )
        if self.emails_appeared or self.emails_disappeared:
            lines.append("Email addresses:")
            lines.extend(f"  + {_email_line(e)}" for e in self.emails_appeared)
            lines.extend(f"  - {_email_line(e)}" for e in self.emails_disappeared)
        if self.conversations_added or self.messages_added:
            lines.append(
                f"Conversations: {len(self.conversations_added)} new, "
                f"{self.messages_added} new messages"
            )
            lines.extend(f"  + {_conversation_line(c)}" for c in self.conversations_added)
        if self.profile_changes:
            lines.append("Profile:")
            lines.extend(
                f"  ~ {f.field}: {_text(f.old)} -> {_text(f.new)}" for f in self.profile_changes
            )
        if self.positions_added or self.positions_removed:
            lines.append("Positions:")
            lines.extend(f"  + {_position_line(p)}" for p in self.positions_added)
            lines.extend(f"  - {_position_line(p)}" for p in self.positions_removed)
        if self.other_changes:
            lines.append("Other records:")
            lines.extend(f"  {c.kind}: +{c.added} -{c.removed}" for c in self.other_changes)
        if not self.has_changes:
            lines.append("No changes.")
        return "\n".join(lines)


def diff(old: Export, new: Export, *, check_owner: bool = True) -> ExportDiff:
    """What changed from ``old`` to ``new``, two exports of one member.

    Args:
        old: the earlier export.
        new: the later export.
        check_owner: refuse exports of different members
            (as :func:`~linkedin_export.merge` does).

    Raises:
        DifferentMembersError: the exports' owners are known and have nothing in common.
        TypeError: ``old`` or ``new`` is not an ``Export``.
    """
    for export in (old, new):
        if not isinstance(export, Export):
            raise TypeError(
                f"diff() takes exports loaded with linkedin_export.load, not "
                f"{type(export).__name__}"
            )
    if check_owner:
        check_same_member((old, new), (old.source, new.source))
    old_date, new_date = export_date(old), export_date(new)
    pairs, only_old, only_new = _match(old.connections, new.connections)

    added: list[Connection] = []
    unmatched_new: list[Connection] = []
    for connection in only_new:
        made_before = (
            old_date is not None
            and connection.connected_on is not None
            and connection.connected_on <= old_date
        )
        (unmatched_new if made_before else added).append(connection)
    removed = [c for c in only_old if record_key(c) is not None]
    unmatched_old = [c for c in only_old if record_key(c) is None]

    changed = []
    appeared: list[EmailChange] = []
    disappeared: list[EmailChange] = []
    for before, after in pairs:
        fields = tuple(
            FieldChange(field=name, old=getattr(before, name), new=getattr(after, name))
            for name in CONNECTION_FIELDS
            if getattr(before, name) != getattr(after, name)
        )
        key = record_key(after) or ""
        if fields:
            changed.append(
                ConnectionChange(
                    key=key, name=after.full_name, changes=fields, old=before, new=after
                )
            )
        appeared.extend(_emails(after.emails, before.emails, after.full_name, key))
        disappeared.extend(_emails(before.emails, after.emails, after.full_name, key))
    owner = new.owner or old.owner
    mine_old = [e.email for e in old.email_addresses if e.email]
    mine_new = [e.email for e in new.email_addresses if e.email]
    appeared.extend(_emails(mine_new, mine_old, owner, None))
    disappeared.extend(_emails(mine_old, mine_new, owner, None))

    old_conversations = {c.id for c in old.conversations}
    new_only_messages, _ = _only(new.messages, old.messages)
    positions_added, positions_removed = _only(new.positions, old.positions)
    other = []
    for kind in dict.fromkeys([*new._by_kind, *old._by_kind]):
        if kind in _OWN:
            continue
        more, fewer = _only(new.collection(kind), old.collection(kind))
        if more or fewer:
            other.append(KindChange(kind=kind, added=len(more), removed=len(fewer)))

    return ExportDiff(
        old_label=old.source,
        new_label=new.source,
        old_date=old_date,
        new_date=new_date,
        connections_before=len(old.connections),
        connections_after=len(new.connections),
        connections_added=tuple(added),
        connections_removed=tuple(removed),
        connections_changed=tuple(changed),
        unmatched_old=tuple(unmatched_old),
        unmatched_new=tuple(unmatched_new),
        emails_appeared=tuple(appeared),
        emails_disappeared=tuple(disappeared),
        conversations_added=tuple(c for c in new.conversations if c.id not in old_conversations),
        messages_added=len(new_only_messages),
        profile_changes=_profile_changes(old.profile, new.profile),
        positions_added=tuple(p for p in positions_added if isinstance(p, Position)),
        positions_removed=tuple(p for p in positions_removed if isinstance(p, Position)),
        other_changes=tuple(other),
    )


def _match(
    old: Sequence[Connection], new: Sequence[Connection]
) -> tuple[list[tuple[Connection, Connection]], list[Connection], list[Connection]]:
    """Pairs (old, new) of the same connection, in the new export's order, and the connections
    of each side alone, in their export's order (groups come in order of their first record:
    the new export's records first)."""
    records: list[Connection] = [*new, *old]
    cut = len(new)
    pairs = []
    only_old, only_new = [], []
    for group in groups(records):
        news = [records[i] for i in group if i < cut]
        olds = [records[i] for i in group if i >= cut]
        if news and olds:
            pairs.append((olds[0], news[0]))
        elif news:
            only_new.append(news[0])
        else:
            only_old.append(olds[0])
    return pairs, only_old, only_new


def _only(mine: Sequence[Record], theirs: Sequence[Record]) -> tuple[list[Record], list[Record]]:
    """Records of ``mine`` that ``theirs`` does not have, and the reverse (by identity key;
    records without a key are never found on the other side)."""
    records = [*mine, *theirs]
    cut = len(mine)
    ours, others = [], []
    for group in groups(records):
        here = [i for i in group if i < cut]
        there = [i for i in group if i >= cut]
        if here and not there:
            ours.append(records[here[0]])
        elif there and not here:
            others.append(records[there[0]])
    return ours, others


def _address(email: EmailInfo) -> str:
    return email.dedupe_key or email.normalized or email.address


def _emails(
    mine: Sequence[EmailInfo], theirs: Sequence[EmailInfo], name: str | None, key: str | None
) -> list[EmailChange]:
    """The addresses of ``mine`` that ``theirs`` does not have (compared by ``dedupe_key``)."""
    known = {_address(email) for email in theirs}
    return [
        EmailChange(address=str(email), kind=email.kind, name=name, connection=key)
        for email in mine
        if _address(email) not in known
    ]


def _profile_fields(profile: Profile) -> set[str] | None:
    spec = SPECS_BY_ID.get(profile.format_id) if profile.format_id else None
    if spec is None:
        return None
    return {column.field for column in spec.columns if column.field}


def _profile_changes(old: Profile | None, new: Profile | None) -> tuple[FieldChange, ...]:
    if old is None or new is None:
        return ()
    shared_old, shared_new = _profile_fields(old), _profile_fields(new)
    changes = []
    for field in attrs.fields(Profile):
        if not field.eq or field.name in {"extra"}:
            continue
        if shared_old is not None and field.name not in shared_old:
            continue
        if shared_new is not None and field.name not in shared_new:
            continue
        before, after = getattr(old, field.name), getattr(new, field.name)
        if before != after:
            changes.append(FieldChange(field=field.name, old=before, new=after))
    return tuple(changes)


# --- rendering ------------------------------------------------------------------------------


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date is not None else None


def _json(value: object) -> object:
    """A field's value as JSON data."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return _json(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset):
        return [_json(item) for item in value]
    if isinstance(value, FrozenDict):
        return {key: _json(item) for key, item in value.items()}
    return str(value)


def _text(value: object) -> str:
    """A field's value in the text report."""
    if value is None or value == ():
        return "(none)"
    if isinstance(value, str):
        short = value if len(value) <= 60 else value[:57] + "..."
        return '"' + short.replace("\n", " ") + '"'
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def _field(change: FieldChange) -> dict[str, object]:
    return {"field": change.field, "old": _json(change.old), "new": _json(change.new)}


def _connection(c: Connection) -> dict[str, object]:
    return {
        "key": record_key(c),
        "name": c.full_name,
        "company": c.company,
        "position": c.position,
        "connected_on": _iso(c.connected_on),
        "email": str(c.email) if c.email else None,
    }


def _describe(c: Connection) -> str:
    work = " at ".join(part for part in (c.position, c.company) if part)
    when = f", connected {c.connected_on.isoformat()}" if c.connected_on else ""
    return f"{c.full_name or '(hidden member)'}" + (f" ({work})" if work else "") + when


def _email(e: EmailChange) -> dict[str, object]:
    return {"address": e.address, "kind": str(e.kind), "name": e.name, "connection": e.connection}


def _email_line(e: EmailChange) -> str:
    whose = "the member's own" if e.connection is None else (e.name or e.connection)
    return f"{e.address} ({e.kind}): {whose}"


def _conversation(c: Conversation) -> dict[str, object]:
    return {
        "id": c.id,
        "title": c.title,
        "participants": list(c.participants),
        "first_at": c.first_at.isoformat() if c.first_at else None,
        "messages": c.message_count,
    }


def _conversation_line(c: Conversation) -> str:
    who = c.title or ", ".join(c.counterparts or c.participants) or c.id
    when = f", from {c.first_at.date().isoformat()}" if c.first_at else ""
    return f"{who} ({c.message_count} messages{when})"


def _position(p: Position) -> dict[str, object]:
    return {
        "company": p.company,
        "title": p.title,
        "started_on": str(p.started_on) if p.started_on else None,
        "finished_on": str(p.finished_on) if p.finished_on else None,
    }


def _position_line(p: Position) -> str:
    period = f"{p.started_on or '?'} to {p.finished_on or 'now'}"
    return f"{p.title or '?'} at {p.company or '?'} ({period})"
