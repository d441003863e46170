"""Messages in every generation (FORMATS.md §3.4 Inbox.csv, §4.2 M0-M7) and the sibling files
with the same layout (guide, learning role-play, coach messages).

The sibling files (``guide_messages.csv``, ``learning_role_play_messages.csv``,
``learning_coach_messages.csv``, ``coach_messages.csv``) share the header of ``messages.csv``, so
they are read with the same specs; the builder records which file a message came from in
``Message.source`` (from the file name). ``LearningCoachMessages.csv`` whose whole content is
``No conversations found`` has no header any spec knows: it is listed, with no rows.
"""

from __future__ import annotations

import re

from linkedin_export._build_messaging import build_message, direction, split_list
from linkedin_export._formats._spec import Column, FileSpec, Kind
from linkedin_export._values import profile_url
from linkedin_export._values_time import instant, yes_no

__all__ = ["SPECS"]

_FROM = Column("sender_name", "FROM")
_TO = Column("recipient_names", "TO")
_DATE = Column("sent_at", "DATE", instant)
_SUBJECT = Column("subject", "SUBJECT")
_CONTENT = Column("content", "CONTENT")
_DIRECTION = Column("direction", "DIRECTION", direction)
_FOLDER = Column("folder", "FOLDER")
_CONVERSATION_ID = Column("conversation_id", "CONVERSATION ID")
_CONVERSATION_TITLE = Column("conversation_title", "CONVERSATION TITLE")
_SENDER_URL = Column("sender_profile_url", "SENDER PROFILE URL", profile_url)
_RECIPIENT_URLS = Column("recipient_profile_urls", "RECIPIENT PROFILE URLS", split_list)
_ATTACHMENTS = Column("attachments", "ATTACHMENTS", split_list)
_IS_DRAFT = Column("is_draft", "IS MESSAGE DRAFT", yes_no)
_IS_CONVERSATION_DRAFT = Column("is_conversation_draft", "IS CONVERSATION DRAFT", yes_no)

#: The 2018-2020 header, written ``From,To,…`` in 2018 and ``FROM,TO,…`` in 2019-2020.
_SEVEN = (_FROM, _TO, _DATE, _SUBJECT, _CONTENT, _DIRECTION, _FOLDER)
_M3 = (
    _CONVERSATION_ID,
    _CONVERSATION_TITLE,
    _FROM,
    _SENDER_URL,
    _TO,
    _DATE,
    _SUBJECT,
    _CONTENT,
    _FOLDER,
)
_M4 = (
    _CONVERSATION_ID,
    _CONVERSATION_TITLE,
    _FROM,
    _SENDER_URL,
    _TO,
    _RECIPIENT_URLS,
    _DATE,
    _SUBJECT,
    _CONTENT,
    _FOLDER,
)

#: ``messages.csv`` and, since 2023, the files with its header (``guide_messages.csv``,
#: ``learning_role_play_messages.csv``, ``learning_coach_messages.csv``, ``coach_messages.csv``;
#: ``Message.source`` tells them apart); a prefix is allowed (``Copy of messages.csv``).
_MESSAGES = (r".*messages",)
_MESSAGES_AND_SIBLINGS = _MESSAGES
_US_DATETIME = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},? .*")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ].*")

MESSAGES_2017_INBOX = FileSpec(
    id="messages/2017-inbox",
    kind=Kind.MESSAGES,
    title="Inbox.csv of the pre-2018 member archive",
    files=(r".*inbox",),
    columns=(
        Column("sender_name", "From"),
        Column("recipient_names", "To"),
        Column("sent_at", "Date", instant),
        Column("subject", "Subject", optional=True),
        Column("content", "Content"),
    ),
    build=build_message,
    first_seen="2015",
    last_seen="2018-01",
    confidence="L",
    notes="Only From, To, Date and Content are known (from one positional parser); Subject is "
    "assumed. Dates like 'January 12, 2017, 4:12 PM'; content may hold no-break spaces.",
    reference="§3.4",
)
MESSAGES_2018 = FileSpec(
    id="messages/2018",
    kind=Kind.MESSAGES,
    title="Messages.csv, 7 columns, dates like 1/5/18, 4:12 PM",
    files=_MESSAGES,
    columns=_SEVEN,
    build=build_message,
    first_seen="2018-09",
    last_seen="2018-11",
    confidence="M",
    shapes={"sent_at": _US_DATETIME},
    notes="Header in title case; Direction INCOMING or OUTGOING; Folder INBOX, SENT or ARCHIVED; "
    "content holds HTML entities (&amp;, &rsquo;, &nbsp;) but no tags.",
    reference="§4.2 M1",
)
MESSAGES_2019 = FileSpec(
    id="messages/2019",
    kind=Kind.MESSAGES,
    title="messages.csv, 7 columns, ISO dates without zone",
    files=_MESSAGES,
    columns=_SEVEN,
    build=build_message,
    first_seen="2019-11",
    last_seen="2020-02",
    confidence="L",
    shapes={"sent_at": _ISO_DATETIME},
    notes="The 2018 header in upper case; dates like 2019-11-06T02:08:20 (UTC). Told apart from "
    "2018 by the shape of DATE.",
    reference="§4.2 M2",
)
MESSAGES_2021 = FileSpec(
    id="messages/2021",
    kind=Kind.MESSAGES,
    title="messages.csv with conversation id and sender URL",
    files=_MESSAGES,
    columns=_M3,
    build=build_message,
    first_seen="2021-05",
    last_seen="2023-02",
    notes="Dates like 2023-06-11 15:33:58 UTC; no DIRECTION (sent messages are in INBOX); hidden "
    "members are 'LinkedIn Member' without a sender URL.",
    reference="§4.2 M3",
)
MESSAGES_2023 = FileSpec(
    id="messages/2023",
    kind=Kind.MESSAGES,
    title="messages.csv with recipient profile URLs",
    files=_MESSAGES_AND_SIBLINGS,
    columns=_M4,
    build=build_message,
    first_seen="2023-06",
    last_seen="2025-03",
    notes="CONTENT holds HTML; RECIPIENT PROFILE URLS joins URLs with ',' (';' is accepted). "
    "Also the header of guide_messages.csv, learning_role_play_messages.csv, "
    "learning_coach_messages.csv and coach_messages.csv (often header-only).",
    reference="§4.2 M4",
)
MESSAGES_2024_DRAFTS = FileSpec(
    id="messages/2024-drafts",
    kind=Kind.MESSAGES,
    title="messages.csv with draft flags",
    files=_MESSAGES_AND_SIBLINGS,
    columns=(*_M4, _IS_DRAFT, _IS_CONVERSATION_DRAFT),
    build=build_message,
    first_seen="2024-12",
    last_seen="2024-12",
    notes="IS MESSAGE DRAFT and IS CONVERSATION DRAFT are Yes or No.",
    reference="§4.2 M5",
)
MESSAGES_2025_ATTACHMENTS = FileSpec(
    id="messages/2025-attachments",
    kind=Kind.MESSAGES,
    title="messages.csv with attachments (11 columns)",
    files=_MESSAGES_AND_SIBLINGS,
    columns=(*_M4, _ATTACHMENTS),
    build=build_message,
    first_seen="2025",
    last_seen="2025",
    confidence="M",
    notes="ATTACHMENTS joins attachment URLs with commas.",
    reference="§4.2 M6",
)
MESSAGES_2025_ATTACHMENTS_DRAFT = FileSpec(
    id="messages/2025-attachments-draft",
    kind=Kind.MESSAGES,
    title="messages.csv with attachments and message draft flag (12 columns)",
    files=_MESSAGES_AND_SIBLINGS,
    columns=(*_M4, _ATTACHMENTS, _IS_DRAFT),
    build=build_message,
    first_seen="2025",
    last_seen="2025",
    confidence="M",
    notes="Draft flags seen as Yes/No and as false/TRUE.",
    reference="§4.2 M6",
)
MESSAGES_2026 = FileSpec(
    id="messages/2026",
    kind=Kind.MESSAGES,
    title="messages.csv, 13 columns, every field quoted",
    files=_MESSAGES_AND_SIBLINGS,
    columns=(*_M4, _ATTACHMENTS, _IS_DRAFT, _IS_CONVERSATION_DRAFT),
    build=build_message,
    first_seen="2026",
    confidence="M",
    notes='Every field quoted, header included, "" for empty fields; CONTENT may hold real line '
    "breaks (LF or CRLF) inside its quotes.",
    reference="§4.2 M7",
)

SPECS: tuple[FileSpec, ...] = (
    MESSAGES_2017_INBOX,
    MESSAGES_2018,
    MESSAGES_2019,
    MESSAGES_2021,
    MESSAGES_2023,
    MESSAGES_2024_DRAFTS,
    MESSAGES_2025_ATTACHMENTS,
    MESSAGES_2025_ATTACHMENTS_DRAFT,
    MESSAGES_2026,
)
