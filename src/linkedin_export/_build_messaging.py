"""Builders, converters and pure helpers of the messages files (FORMATS.md §3.4, §4.2): one
:class:`~linkedin_export.models.messaging.Message` per row, and conversations, the owner and
message directions computed from many messages."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from linkedin_export._formats._spec import norm_name
from linkedin_export._values import (
    _CREDENTIAL_LIKE,
    _CREDENTIALS,
    ProfileUrl,
    ValueProblem,
    WithWarning,
    profile_url,
)
from linkedin_export.diagnostics import WarningCode
from linkedin_export.models import FrozenDict
from linkedin_export.models.messaging import Conversation, Message

if TYPE_CHECKING:
    from linkedin_export._engine import RowContext

__all__ = [
    "HIDDEN_MEMBER_NAME",
    "INCOMING",
    "OUTGOING",
    "build_conversations",
    "build_message",
    "detect_owner",
    "direction",
    "message_source",
    "same_person",
    "split_list",
    "split_recipients",
    "with_directions",
]

_NO_EXTRA: FrozenDict[str] = FrozenDict()
#: The display name LinkedIn gives hidden, closed or deleted members.
HIDDEN_MEMBER_NAME = "LinkedIn Member"
INCOMING, OUTGOING = "INCOMING", "OUTGOING"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

# Longest name first: "learningcoachmessages" also ends with "coachmessages".
_SOURCES = (
    ("learningroleplaymessages", "learning_role_play"),
    ("learningcoachmessages", "learning_coach"),
    ("guidemessages", "guide"),
    ("coachmessages", "coach"),
)
#: Name suffixes that follow a comma without being a name of their own ("Doe, Jr.").
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V", "Esq", "Esq."})
_LIST_SEPARATOR = re.compile(r"[,;]")


@functools.lru_cache(maxsize=256)
def message_source(path: str) -> str:
    """Which messages file a member is, by its name: ``guide``, ``learning_role_play``,
    ``learning_coach``, ``coach``, else ``messages`` (``messages.csv``, ``Inbox.csv``)."""
    name = norm_name(path)
    for suffix, source in _SOURCES:
        if name.endswith(suffix):
            return source
    return "messages"


def direction(value: str) -> str:
    """``INCOMING`` or ``OUTGOING`` (any case); anything else is an ``invalid-value``."""
    text = value.strip().upper()
    if text in {INCOMING, OUTGOING}:
        return text
    raise ValueProblem(
        WarningCode.INVALID_VALUE, f"{value.strip()!r} is neither INCOMING nor OUTGOING"
    )


def split_list(value: str) -> tuple[str, ...]:
    """The parts of a cell joined with ``,`` (or ``;``, which one source reports), stripped,
    empty parts dropped: ``RECIPIENT PROFILE URLS`` and ``ATTACHMENTS``."""
    return tuple(part.strip() for part in _LIST_SEPARATOR.split(value) if part.strip())


def _is_suffix(part: str) -> bool:
    """Whether a ``", "``-separated part of ``TO`` is a credential or suffix, not a name."""
    tokens = [token for token in re.split(r"[\s,]+", part.strip()) if token]
    return bool(tokens) and all(
        token in _CREDENTIALS or token in _SUFFIXES or _CREDENTIAL_LIKE.fullmatch(token)
        for token in tokens
    )


def split_recipients(cell: str | None, count: int | None = None) -> tuple[str, ...]:
    """The names of a ``TO`` cell.

    Names are joined with ``", "`` and may hold ``", "`` themselves (``Ines Okafor, Ph.D.``).
    With ``count`` (the number of recipient URLs), parts are joined back until there are
    ``count`` names, credential-like parts first, then one-word parts, leftmost first. Without
    it, only credential-like parts (``Ph.D.``, ``MBA``, ``Jr.``) are joined to the name before.
    """
    if cell is None or not cell.strip():
        return ()
    if ", " not in cell:  # one name, the common case
        return (cell.strip(),)
    parts = [part.strip() for part in cell.strip().split(", ") if part.strip()]
    if count is not None and count >= 1:
        while len(parts) > count:
            scores = [2 if _is_suffix(part) else 1 if " " not in part else 0 for part in parts[1:]]
            index = 1 + scores.index(max(scores))
            parts[index - 1 : index + 1] = [f"{parts[index - 1]}, {parts[index]}"]
        return tuple(parts)
    names: list[str] = []
    for part in parts:
        if names and _is_suffix(part):
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    return tuple(names)


#: Recipients repeat from message to message: their URLs are read once.
_profile_url = functools.lru_cache(maxsize=4096)(profile_url)


def _recipient_urls(
    raw: tuple[str, ...], ctx: RowContext
) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    urls: list[str] = []
    ids: list[str | None] = []
    for value in raw:
        try:
            result = _profile_url(value)
        except ValueProblem as problem:
            ctx.warn(problem.code, problem.message, field="recipient_profile_urls", value=value)
            continue
        if isinstance(result, WithWarning):
            ctx.warn(result.code, result.message, field="recipient_profile_urls", value=value)
            result = result.value
        urls.append(result.url)
        ids.append(result.public_id)
    return tuple(urls), tuple(ids)


def build_message(f: dict[str, Any], ctx: RowContext) -> Message:
    """A :class:`Message` from any version of the messages files."""
    sender = f.get("sender_profile_url")
    sender_url, sender_id = (
        (sender.url, sender.public_id) if isinstance(sender, ProfileUrl) else (None, None)
    )
    raw_urls: tuple[str, ...] = f.get("recipient_profile_urls") or ()
    urls, ids = _recipient_urls(raw_urls, ctx)
    sender_name = f.get("sender_name")
    hidden = sender_name == HIDDEN_MEMBER_NAME and sender_url is None
    if hidden:
        ctx.warn(
            WarningCode.HIDDEN_MEMBER,
            "the sender is 'LinkedIn Member' without a profile URL (a hidden, closed or deleted "
            "account); the message is kept with is_from_hidden_member=True",
            field="sender_name",
        )
    return Message(
        provenance=ctx.provenance(),
        conversation_id=f.get("conversation_id"),
        conversation_title=f.get("conversation_title"),
        sender_name=sender_name,
        sender_profile_url=sender_url,
        sender_public_id=sender_id,
        recipient_names=split_recipients(f.get("recipient_names"), len(raw_urls) or None),
        recipient_profile_urls=urls,
        recipient_public_ids=ids,
        sent_at=f.get("sent_at"),
        subject=f.get("subject"),
        content=f.get("content"),
        folder=f.get("folder"),
        direction=f.get("direction"),
        is_draft=f.get("is_draft"),
        is_conversation_draft=f.get("is_conversation_draft"),
        attachments=f.get("attachments") or (),
        is_from_hidden_member=hidden,
        source=message_source(ctx.file),
        format_id=ctx.spec_id,
        extra=FrozenDict(f["extra"]) if "extra" in f else _NO_EXTRA,
    )


# --- many messages ------------------------------------------------------------------------------


def same_person(a: str | None, b: str | None) -> bool:
    return (
        a is not None
        and b is not None
        and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
    )


def detect_owner(messages: Iterable[Message], profile_name: str | None = None) -> str | None:
    """The name of the export's owner: ``profile_name`` (the profile's full name) when given,
    else the participant (sender or recipient) of the most messages, ``LinkedIn Member`` aside;
    ``None`` without messages."""
    if profile_name is not None and profile_name.strip():
        return " ".join(profile_name.split())
    counts: Counter[str] = Counter()
    for message in messages:
        names = {name for name in (message.sender_name, *message.recipient_names) if name}
        counts.update(names - {HIDDEN_MEMBER_NAME})
    return counts.most_common(1)[0][0] if counts else None


def with_directions(messages: Sequence[Message], owner: str | None) -> tuple[Message, ...]:
    """The messages with ``direction`` filled where the file does not say it: ``OUTGOING`` when
    the sender is ``owner`` (compared case- and space-insensitively), else ``INCOMING``. Without
    an owner, or for messages that have a direction, nothing changes."""
    if owner is None:
        return tuple(messages)
    return tuple(
        message
        if message.direction is not None
        else attrs.evolve(
            message,
            direction=OUTGOING if same_person(message.sender_name, owner) else INCOMING,
        )
        for message in messages
    )


def _people(message: Message) -> list[tuple[str, str | None]]:
    """(name, public id or None) of the sender and each recipient."""
    people: list[tuple[str, str | None]] = []
    if message.sender_name:
        people.append((message.sender_name, message.sender_public_id))
    ids = message.recipient_public_ids
    same_count = len(ids) == len(message.recipient_names)
    for index, name in enumerate(message.recipient_names):
        people.append((name, ids[index] if same_count else None))
    return people


def _local_id(messages: Sequence[Message]) -> str:
    names = sorted({_fold(name) for message in messages for name, _id in _people(message)})
    digest = hashlib.sha1("\n".join(names).encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"local-{digest[:16]}"


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _participants(messages: Sequence[Message]) -> tuple[str, ...]:
    """Names in order of first appearance, one per person: the key is the public id when the
    name has one anywhere in the conversation, else the name (case and spaces ignored)."""
    by_name: dict[str, str] = {}
    for message in messages:
        for name, public_id in _people(message):
            if public_id and name != HIDDEN_MEMBER_NAME:
                by_name.setdefault(_fold(name), public_id)
    seen: dict[str, str] = {}
    for message in messages:
        for name, public_id in _people(message):
            known = public_id or by_name.get(_fold(name))
            seen.setdefault(f"id:{known}" if known else f"name:{_fold(name)}", name)
    return tuple(seen.values())


def build_conversations(
    messages: Sequence[Message], owner: str | None = None
) -> tuple[Conversation, ...]:
    """Group messages into conversations, in order of each conversation's first message.

    Messages are grouped by ``conversation_id``; files before 2021 have none, so their messages
    are grouped by the set of names of sender and recipients. With an ``owner`` (see
    :func:`detect_owner`), missing directions are filled (:func:`with_directions`) and
    ``counterparts`` leaves the owner out.
    """
    groups: dict[str, list[Message]] = {}
    for message in with_directions(messages, owner):
        key = message.conversation_id
        if key is None:
            names = sorted({_fold(name) for name, _id in _people(message)})
            key = "\x00names:" + "\n".join(names)
        groups.setdefault(key, []).append(message)
    conversations = []
    for key, group in groups.items():
        dated = sorted(
            (m for m in group if m.sent_at is not None), key=lambda m: m.sent_at or _EPOCH
        )
        ordered = (*dated, *(m for m in group if m.sent_at is None))
        participants = _participants(ordered)
        title = next((m.conversation_title for m in ordered if m.conversation_title), None)
        conversations.append(
            Conversation(
                id=key if not key.startswith("\x00") else _local_id(ordered),
                title=title or next((m.subject for m in ordered if m.subject), None),
                participants=participants,
                counterparts=tuple(p for p in participants if not same_person(p, owner)),
                is_group=len(participants) > 2,
                first_at=dated[0].sent_at if dated else None,
                last_at=dated[-1].sent_at if dated else None,
                message_count=len(ordered),
                messages=ordered,
            )
        )
    conversations.sort(key=lambda c: (c.first_at is None, c.first_at or _EPOCH))
    return tuple(conversations)
