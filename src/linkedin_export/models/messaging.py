"""Messages and the conversations they belong to (``messages.csv``, ``Messages.csv``,
``Inbox.csv`` and the guide, learning and coach message files)."""

from __future__ import annotations

import datetime as dt
import html
import re

import attrs

from linkedin_export.models._base import FrozenDict, Record

__all__ = ["Conversation", "Message", "html_to_text"]

#: Tags that end a line of text: ``<br>``, and the end of a paragraph, list item, block.
_LINE_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|ul|ol|h[1-6]|blockquote|tr)\s*>", re.IGNORECASE)
#: Any other tag (a letter after ``<`` or ``</``, so that ``a < b`` stays text).
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
#: Spaces of any width inside a line (no-break spaces included).
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(content: str | None) -> str | None:
    """Plain text of a message body as LinkedIn exports it.

    ``<br>`` and the end of paragraphs and list items become line breaks, other tags are removed,
    entities are unescaped (``&amp;`` → ``&``, ``&nbsp;`` → a space), runs of spaces become one
    space, each line is stripped and more than one blank line in a row becomes one. ``None`` when
    nothing is left.
    """
    if content is None:
        return None
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_BREAK.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _INLINE_SPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    return text or None


@attrs.frozen(kw_only=True)
class Message(Record):
    """One message, from any version of the messages files (FORMATS.md §3.4, §4.2).

    Attributes:
        conversation_id: LinkedIn's conversation id (``2-<base64>``); ``None`` before 2021.
        conversation_title: the conversation's title; set for group chats and sponsored
            messages, usually ``None``.
        sender_name: the sender's display name as exported (``LinkedIn Member`` for hidden or
            deleted members).
        sender_profile_url: the sender's profile URL, normalised; ``None`` before 2021 and for
            hidden members.
        sender_public_id: the ``<slug>`` of the sender's ``/in/<slug>`` URL.
        recipient_names: the recipients' display names. The ``TO`` cell joins them with ``", "``
            and a name can hold ``", "`` itself (``Ines Okafor, Ph.D.``): the number of recipient
            URLs decides how many names there are when the file has them, else parts that look
            like a credential or suffix are joined back to the name before them.
        recipient_profile_urls: the recipients' profile URLs, normalised (2023+).
        recipient_public_ids: the ``<slug>`` of each recipient URL (``None`` for legacy URLs).
        sent_at: when the message was sent (aware UTC ``datetime``).
        subject: the subject (InMail and sponsored messages, 2018 messages).
        content: the body as exported: HTML in 2023+, entities in 2018; see :attr:`text`.
        folder: ``INBOX``, ``ARCHIVE``, ``SPAM`` (2018: ``INBOX``, ``SENT``, ``ARCHIVED``), as
            exported.
        direction: ``INCOMING`` or ``OUTGOING``; written in 2018-2020 files only, else ``None``
            (see ``with_directions`` of the export's messages).
        is_draft: whether the message is a draft (``IS MESSAGE DRAFT``, late 2024+).
        is_conversation_draft: whether the conversation is a draft (``IS CONVERSATION DRAFT``).
        attachments: attachment URLs (2025+).
        is_from_hidden_member: the sender is ``LinkedIn Member`` without a profile URL (a hidden,
            closed or deleted account); reported with a ``hidden-member`` info warning.
        source: the file it came from: ``messages``, ``guide``, ``learning_role_play``,
            ``learning_coach`` or ``coach``.
        format_id: the id of the format version the row was read with (``messages/2023``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    conversation_id: str | None = None
    conversation_title: str | None = None
    sender_name: str | None = None
    sender_profile_url: str | None = None
    sender_public_id: str | None = None
    recipient_names: tuple[str, ...] = ()
    recipient_profile_urls: tuple[str, ...] = ()
    recipient_public_ids: tuple[str | None, ...] = ()
    sent_at: dt.datetime | None = None
    subject: str | None = None
    content: str | None = None
    folder: str | None = None
    direction: str | None = None
    is_draft: bool | None = None
    is_conversation_draft: bool | None = None
    attachments: tuple[str, ...] = ()
    is_from_hidden_member: bool = False
    source: str = "messages"
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)

    @property
    def text(self) -> str | None:
        """The body as plain text: tags removed, ``<br>`` and paragraph ends as line breaks,
        entities unescaped, whitespace tidied (see :func:`html_to_text`)."""
        return html_to_text(self.content)


@attrs.frozen(kw_only=True)
class Conversation:
    """A conversation: the messages of one conversation id (or, in files before 2021 that have
    none, of one set of participants).

    Attributes:
        id: LinkedIn's conversation id, or for older files ``local-<hash>`` computed from the
            participants' names.
        title: the conversation title if any message has one, else the first subject, else
            ``None``.
        participants: the names of everyone who sent or received a message, in order of first
            appearance; one name per person (people are told apart by profile public id when
            known, else by name).
        counterparts: the participants other than the owner of the export.
        is_group: more than two participants.
        first_at: when the first message was sent.
        last_at: when the last message was sent.
        message_count: the number of messages.
        messages: the messages, oldest first (messages without a date last, in file order).
    """

    id: str
    title: str | None = None
    participants: tuple[str, ...] = ()
    counterparts: tuple[str, ...] = ()
    is_group: bool = False
    first_at: dt.datetime | None = None
    last_at: dt.datetime | None = None
    message_count: int = 0
    messages: tuple[Message, ...] = attrs.field(default=(), repr=False)
