"""Messages in every generation and the sibling message files (FORMATS.md §3.4, §4.2), and the
conversation helpers of ``_build_messaging``."""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export._build_messaging import (
    build_conversations,
    detect_owner,
    direction,
    message_source,
    split_list,
    split_recipients,
    with_directions,
)
from linkedin_export._formats import SPECS_BY_ID, Kind, select_spec
from linkedin_export._formats.messaging import SPECS
from linkedin_export._values import ValueProblem
from linkedin_export.diagnostics import Severity, WarningCode
from linkedin_export.models.messaging import Conversation, Message, html_to_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import fixture_cases  # noqa: E402
import make_fixtures_messaging as fixtures  # noqa: E402

UTC = dt.UTC
M4 = list(fixtures.M4)


def _messages(data: bytes, name: str = "messages.csv") -> tuple[lx.ParsedFile, list[Message]]:
    parsed = lx.parse_file(data, name=name)
    records = [record for record in parsed.records if isinstance(record, Message)]
    assert len(records) == len(parsed.records)
    return parsed, records


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- the registry --------------------------------------------------------------------------------


def test_specs_are_registered_with_unique_ids() -> None:
    ids = [spec.id for spec in SPECS]
    assert ids == [
        "messages/2017-inbox",
        "messages/2018",
        "messages/2019",
        "messages/2021",
        "messages/2023",
        "messages/2024-drafts",
        "messages/2025-attachments",
        "messages/2025-attachments-draft",
        "messages/2026",
    ]
    for spec in SPECS:
        assert SPECS_BY_ID[spec.id] is spec
        assert spec.kind is Kind.MESSAGES
        assert spec.confidence in {"H", "M", "L", "?"}
        assert spec.reference.startswith("§")
        assert spec.build.__name__ == "build_message"


def test_column_counts_follow_the_catalog() -> None:
    counts = {spec.id: len(spec.columns) for spec in SPECS}
    assert counts["messages/2018"] == counts["messages/2019"] == 7
    assert counts["messages/2021"] == 9
    assert counts["messages/2023"] == 10
    assert counts["messages/2024-drafts"] == 12
    assert counts["messages/2025-attachments"] == 11
    assert counts["messages/2025-attachments-draft"] == 12
    assert counts["messages/2026"] == 13


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("9/14/18, 10:02 AM", "messages/2018"),
        ("2019-11-06T02:08:20", "messages/2019"),
    ],
)
def test_2018_and_2019_share_a_header_and_are_told_apart_by_the_date(
    date: str, expected: str
) -> None:
    for header in (fixtures.SEVEN, tuple(name.upper() for name in fixtures.SEVEN)):
        sample = [{"from": "Tomas Reyne", "date": date, "direction": "INCOMING"}]
        match = select_spec(list(header), "messages.csv", preamble=False, samples=sample)
        assert match is not None
        assert match.spec.id == expected


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("messages.csv", "messages"),
        ("Messages.csv", "messages"),
        ("Inbox.csv", "messages"),
        ("guide_messages.csv", "guide"),
        ("learning_role_play_messages.csv", "learning_role_play"),
        ("learning_coach_messages.csv", "learning_coach"),
        ("LearningCoachMessages.csv", "learning_coach"),
        ("coach_messages.csv", "coach"),
        ("Complete_LinkedInDataExport_04-02-2026/coach_messages.csv", "coach"),
        ("Copy of guide_messages.csv", "guide"),
    ],
)
def test_source_comes_from_the_file_name(name: str, source: str) -> None:
    assert message_source(name) == source
    match = select_spec(M4, name, preamble=False)
    assert match is not None
    assert match.spec.id == "messages/2023"
    assert match.name_matches == (name != "Inbox.csv")


def test_sibling_file_records_carry_their_source() -> None:
    parsed, records = _messages(fixtures.case_coach_messages_2023(), "coach_messages.csv")
    assert parsed.file.format_id == "messages/2023"
    assert [m.source for m in records] == ["coach"]
    parsed, records = _messages(fixtures.case_guide_messages_2023(), "guide_messages.csv")
    assert parsed.file.format_id == "messages/2023"
    assert (parsed.file.rows, parsed.file.records, records, parsed.warnings) == (0, 0, [], ())


@pytest.mark.parametrize("data", [b"No conversations found", b"No conversations found\n"])
def test_learning_coach_without_conversations_loads(data: bytes) -> None:
    parsed = lx.parse_file(data, name="LearningCoachMessages.csv")
    assert parsed.file.rows == parsed.file.records == 0
    assert parsed.records == ()
    assert not [w for w in parsed.warnings if w.code is WarningCode.MALFORMED_ROW]
    assert not [w for w in parsed.warnings if w.severity is not Severity.INFO]


def test_learning_coach_without_conversations_inside_an_export() -> None:
    export = lx.load(
        _zip(
            {
                "LearningCoachMessages.csv": b"No conversations found",
                "messages.csv": fixtures.case_messages_2023(),
                "guide_messages.csv": fixtures.case_guide_messages_2023(),
            }
        )
    )
    reports = {report.name: report for report in export.files}
    assert reports["LearningCoachMessages.csv"].records == 0
    assert reports["LearningCoachMessages.csv"].rows == 0
    assert reports["messages.csv"].format_id == "messages/2023"
    assert reports["guide_messages.csv"].format_id == "messages/2023"
    assert len(export.collection("messages")) == 3
    assert not [w for w in export.warnings if w.code is WarningCode.MALFORMED_ROW]


# --- each version -------------------------------------------------------------------------------


def test_inbox_2017() -> None:
    parsed, records = _messages(fixtures.case_inbox_2017(), "Inbox.csv")
    assert parsed.file.format_id == "messages/2017-inbox"
    first = records[0]
    assert first.sender_name == "Tomas Reyne"
    assert first.recipient_names == ("Mara Quill",)
    assert first.sent_at == dt.datetime(2017, 1, 12, 16, 12, tzinfo=UTC)
    assert first.content == "Hi Mara,\u00a0are you coming on Thursday?"
    assert first.text == "Hi Mara, are you coming on Thursday?"
    assert records[1].text == "Yes! See you there."
    assert first.direction is None
    assert first.conversation_id is None


def test_inbox_without_subject_has_no_missing_column_warning() -> None:
    data = b'From,To,Date,Content\nTomas Reyne,Mara Quill,"January 12, 2017, 4:12 PM",Hi\n'
    parsed, records = _messages(data, "Inbox.csv")
    assert parsed.file.format_id == "messages/2017-inbox"
    assert records[0].subject is None
    assert not [w for w in parsed.warnings if w.code is WarningCode.MISSING_COLUMN]


def test_messages_2018_entities_and_directions() -> None:
    parsed, records = _messages(fixtures.case_messages_2018(), "Messages.csv")
    assert parsed.file.format_id == "messages/2018"
    assert [m.direction for m in records] == ["INCOMING", "OUTGOING", "INCOMING"]
    assert [m.folder for m in records] == ["INBOX", "SENT", "ARCHIVED"]
    assert records[0].text == "Hi Mara, I\u2019d love to chat about the role at Fernwood Labs & Co."
    assert records[1].text == "Thanks Tomas, happy to talk next week."
    assert records[0].sent_at == dt.datetime(2018, 9, 14, 10, 2, tzinfo=UTC)
    assert parsed.warnings == ()


def test_messages_2019_iso_dates() -> None:
    parsed, records = _messages(fixtures.case_messages_2019())
    assert parsed.file.format_id == "messages/2019"
    assert records[0].sent_at == dt.datetime(2019, 11, 6, 2, 8, 20, tzinfo=UTC)
    assert records[1].direction == "OUTGOING"


def test_messages_2021_hidden_member() -> None:
    parsed, records = _messages(fixtures.case_messages_2021())
    assert parsed.file.format_id == "messages/2021"
    hidden = [m for m in records if m.is_from_hidden_member]
    assert [m.sender_name for m in hidden] == ["LinkedIn Member"]
    assert hidden[0].sender_profile_url is None
    (warning,) = parsed.warnings
    assert warning.code is WarningCode.HIDDEN_MEMBER
    assert warning.severity is Severity.INFO
    assert warning.column == "FROM"
    assert warning.line == 5
    group = records[2]
    assert group.recipient_names == ("Mara Quill", "Tomas Reyne")
    assert group.conversation_title == "Data contracts reading group"
    assert records[0].sender_public_id == "tomas-reyne"
    assert records[0].sent_at == dt.datetime(2021, 5, 3, 14, 33, 22, tzinfo=UTC)


def test_messages_2023_recipients_urls_and_mojibake() -> None:
    parsed, records = _messages(fixtures.case_messages_2023())
    assert parsed.file.format_id == "messages/2023"
    first = records[0]
    assert first.recipient_names == ("Ines Okafor, Ph.D.", "Tomas Reyne")
    assert first.recipient_public_ids == ("ines-okafor-phd", "tomas-reyne")
    assert first.text == "Hi both, slides are attached.\nSee you Monday!"
    assert records[1].sender_name == "José Ruiz"
    codes = [w.code for w in parsed.warnings]
    assert codes == [WarningCode.MOJIBAKE_REPAIRED]
    assert records[2].folder is None
    assert records[2].subject == "Invitation to speak"
    assert records[2].text == "Hi %FIRSTNAME%,\nJoin us at the Leith data forum."


def test_messages_2024_html_and_draft_flags() -> None:
    parsed, records = _messages(fixtures.case_messages_2024_drafts())
    assert parsed.file.format_id == "messages/2024-drafts"
    assert [m.is_draft for m in records] == [False, False, True]
    assert [m.is_conversation_draft for m in records] == [False, False, False]
    assert records[1].text == "Sure!\nAgenda:\nQ&A\nRoadmap <draft>"
    assert parsed.warnings == ()


def test_messages_2025_attachments() -> None:
    parsed, records = _messages(fixtures.case_messages_2025_attachments())
    assert parsed.file.format_id == "messages/2025-attachments"
    assert len(records[0].attachments) == 2
    assert all("/dms/prv/image/" in url for url in records[0].attachments)
    assert records[1].attachments == ()
    assert records[0].is_draft is None


def test_messages_2025_attachments_draft_accepts_true_false() -> None:
    parsed, records = _messages(fixtures.case_messages_2025_attachments_draft())
    assert parsed.file.format_id == "messages/2025-attachments-draft"
    assert [m.is_draft for m in records] == [False, True]
    assert [m.is_conversation_draft for m in records] == [None, None]
    assert parsed.warnings == ()


def test_messages_2026_fully_quoted_with_line_breaks() -> None:
    data = fixtures.case_messages_2026()
    assert data.startswith(b'"CONVERSATION ID","CONVERSATION TITLE","FROM"')
    assert b',"",' in data
    parsed, records = _messages(data)
    assert parsed.file.format_id == "messages/2026"
    assert parsed.file.rows == parsed.file.records == 2
    first = records[0]
    assert first.content == 'Hi both,\nthe "schema drift" chapter is next.\r\nSee you!'
    assert first.text == 'Hi both,\nthe "schema drift" chapter is next.\nSee you!'
    assert first.attachments == ()
    assert first.subject is None
    assert first.recipient_names == ("Ines Okafor, Ph.D.", "Kenji Watanabe-Lund")
    assert records[1].provenance is not None
    assert records[1].provenance.line == 5
    assert parsed.warnings == ()


def test_tolerant_header_lower_case_extra_and_missing_columns() -> None:
    header = "conversation id,from,to,recipient profile urls,date,content,folder,SHARED POST"
    row = (
        "2-abc,Mara Quill,Tomas Reyne,https://www.linkedin.com/in/tomas-reyne,"
        "2023-06-11 15:33:58 UTC,<p>Hi</p>,INBOX,https://example.org/post"
    )
    parsed, (message,) = _messages(f"{header}\n{row}\n".encode())
    assert parsed.file.format_id == "messages/2023"
    assert message.text == "Hi"
    assert message.extra == {"SHARED POST": "https://example.org/post"}
    codes = {w.code for w in parsed.warnings}
    assert WarningCode.MISSING_COLUMN in codes
    assert WarningCode.UNKNOWN_COLUMN in codes


def test_bad_values_become_warnings() -> None:
    header = "FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER"
    row = "Mara Quill,Tomas Reyne,2019-11-06T02:08:20,,Hi,SIDEWAYS,INBOX"
    parsed, (message,) = _messages(f"{header}\n{row}\n".encode())
    assert message.direction is None
    assert [w.code for w in parsed.warnings] == [WarningCode.INVALID_VALUE]
    m5 = ",".join([*M4, "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"])
    row5 = (
        "2-x,,Mara Quill,https://www.linkedin.com/in/mara-quill,Tomas Reyne,"
        "https://example.org/tomas,not a date,,Hi,INBOX,maybe,No"
    )
    parsed, (message,) = _messages(f"{m5}\n{row5}\n".encode())
    assert message.sent_at is None
    assert message.is_draft is None
    assert message.recipient_profile_urls == ()
    assert message.recipient_names == ("Tomas Reyne",)
    codes = sorted(str(w.code) for w in parsed.warnings)
    assert codes == ["invalid-date", "invalid-url", "invalid-value"]


# --- converters and helpers ---------------------------------------------------------------------


def test_direction_converter() -> None:
    assert direction("incoming") == "INCOMING"
    assert direction(" OUTGOING ") == "OUTGOING"
    with pytest.raises(ValueProblem):
        direction("SENT")


def test_split_list_accepts_comma_and_semicolon() -> None:
    assert split_list("a,b") == ("a", "b")
    assert split_list("a; b;") == ("a", "b")


@pytest.mark.parametrize(
    ("cell", "count", "expected"),
    [
        ("Mara Quill", None, ("Mara Quill",)),
        ("Mara Quill, Tomas Reyne", None, ("Mara Quill", "Tomas Reyne")),
        ("Ines Okafor, Ph.D., Tomas Reyne", None, ("Ines Okafor, Ph.D.", "Tomas Reyne")),
        ("Ines Okafor, Ph.D., Tomas Reyne", 2, ("Ines Okafor, Ph.D.", "Tomas Reyne")),
        ("Lucas Brandt, MBA, PMP", None, ("Lucas Brandt, MBA, PMP",)),
        ("Lucas Brandt, Jr., Mara Quill", None, ("Lucas Brandt, Jr.", "Mara Quill")),
        ("Quill, Mara", 1, ("Quill, Mara",)),
        ("Ana Lee, Bo, Kim Ra", 2, ("Ana Lee, Bo", "Kim Ra")),
        ("Mara Quill, Tomas Reyne", 3, ("Mara Quill", "Tomas Reyne")),
        ("", None, ()),
        (None, 2, ()),
    ],
)
def test_split_recipients(cell: str | None, count: int | None, expected: tuple[str, ...]) -> None:
    assert split_recipients(cell, count) == expected


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (None, None),
        ("", None),
        ("<p></p>", None),
        ("plain", "plain"),
        ("a &lt; b &amp;&amp; c", "a < b && c"),
        ("a < b and c > d", "a < b and c > d"),
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("line<br/>break<BR>again", "line\nbreak\nagain"),
        ('<a href="https://fernwood-labs.io">link</a> here', "link here"),
        ("<p>a</p>\n\n\n\n<p>b</p>", "a\n\nb"),
        ("  x \u00a0 y  ", "x y"),
        ("caf&eacute;&nbsp;&rsquo;", "café \u2019"),
    ],
)
def test_html_to_text(content: str | None, text: str | None) -> None:
    assert html_to_text(content) == text


# --- conversations, owner, directions -------------------------------------------------------------


def _conversation_messages() -> list[Message]:
    parsed = lx.parse_file(fixtures.case_messages_2021(), name="messages.csv")
    more = lx.parse_file(fixtures.case_messages_2026(), name="messages.csv")
    return [m for m in (*parsed.records, *more.records) if isinstance(m, Message)]


def test_detect_owner() -> None:
    messages = _conversation_messages()
    assert detect_owner(messages) == "Mara Quill"
    assert detect_owner(messages, "  Ines   Okafor ") == "Ines Okafor"
    assert detect_owner(messages, "") == "Mara Quill"
    assert detect_owner([]) is None


def test_with_directions_fills_only_missing_directions() -> None:
    messages = _conversation_messages()
    filled = with_directions(messages, "mara quill")
    assert [m.direction for m in filled] == [
        "INCOMING", "OUTGOING", "INCOMING", "INCOMING", "OUTGOING", "INCOMING",
    ]  # fmt: skip
    assert with_directions(messages, None) == tuple(messages)
    parsed = lx.parse_file(fixtures.case_messages_2018(), name="Messages.csv")
    old = [m for m in parsed.records if isinstance(m, Message)]
    assert [m.direction for m in with_directions(old, "Tomas Reyne")] == [m.direction for m in old]


def test_build_conversations_by_id() -> None:
    messages = _conversation_messages()
    conversations = build_conversations(messages, "Mara Quill")
    assert all(isinstance(c, Conversation) for c in conversations)
    assert [c.message_count for c in conversations] == [2, 3, 1]
    first = conversations[0]
    assert first.id == fixtures.CONV_1
    assert first.participants == ("Tomas Reyne", "Mara Quill")
    assert first.counterparts == ("Tomas Reyne",)
    assert not first.is_group
    assert first.first_at == dt.datetime(2021, 5, 3, 14, 33, 22, tzinfo=UTC)
    assert first.last_at == dt.datetime(2021, 5, 3, 15, 1, 9, tzinfo=UTC)
    assert [m.direction for m in first.messages] == ["INCOMING", "OUTGOING"]
    # The reading group in 2022 (M3, names only) and in 2026 (M7, with URLs) shares one id.
    group = conversations[1]
    assert group.id == fixtures.CONV_3
    assert group.title == "Data contracts reading group"
    assert group.is_group
    assert group.participants == (
        "Kenji Watanabe-Lund", "Mara Quill", "Tomas Reyne", "Ines Okafor, Ph.D.",
    )  # fmt: skip
    assert group.counterparts == ("Kenji Watanabe-Lund", "Tomas Reyne", "Ines Okafor, Ph.D.")
    assert group.first_at == dt.datetime(2022, 1, 10, 8, tzinfo=UTC)
    assert group.last_at == dt.datetime(2026, 4, 2, 9, 0, 41, tzinfo=UTC)
    hidden = conversations[2]
    assert hidden.title == "An opportunity for you"
    assert hidden.participants == ("LinkedIn Member", "Mara Quill")
    assert not hidden.is_group


def test_build_conversations_dedupes_participants_by_public_id() -> None:
    messages = [
        Message(
            sender_name="Mara Quill",
            sender_public_id="mara-quill",
            recipient_names=("Tomas Reyne",),
            recipient_public_ids=("tomas-reyne",),
            sent_at=dt.datetime(2024, 1, 2, tzinfo=UTC),
            conversation_id="2-x",
        ),
        Message(  # Tomas renamed himself; his URL tells he is the same person.
            sender_name="Tomas R.",
            sender_public_id="tomas-reyne",
            recipient_names=("Mara Quill",),
            recipient_public_ids=("mara-quill",),
            sent_at=dt.datetime(2024, 1, 1, tzinfo=UTC),
            conversation_id="2-x",
        ),
        Message(conversation_id="2-x", sender_name="Tomas R.", recipient_names=("mara  quill",)),
    ]
    (conversation,) = build_conversations(messages)
    assert conversation.participants == ("Tomas R.", "Mara Quill")
    assert conversation.counterparts == conversation.participants
    assert conversation.first_at == dt.datetime(2024, 1, 1, tzinfo=UTC)
    assert conversation.last_at == dt.datetime(2024, 1, 2, tzinfo=UTC)
    assert conversation.messages[-1].sent_at is None
    assert conversation.message_count == 3


def test_build_conversations_without_ids_groups_by_participants() -> None:
    parsed = lx.parse_file(fixtures.case_messages_2018(), name="Messages.csv")
    messages = [m for m in parsed.records if isinstance(m, Message)]
    conversations = build_conversations(messages, detect_owner(messages))
    assert [c.message_count for c in conversations] == [2, 1]
    assert all(c.id.startswith("local-") for c in conversations)
    assert conversations[0].title == "Fernwood Labs &amp; you"
    again = build_conversations(list(reversed(messages)))
    assert {c.id for c in again} == {c.id for c in conversations}
    assert build_conversations([]) == ()


# --- the generator ------------------------------------------------------------------------------


def test_generator_check_is_clean() -> None:
    assert fixture_cases.check_cases(fixtures.CASES, fixtures.FIXTURES) == []
    assert fixtures.main(["--check"]) == 0


def test_every_spec_has_a_case() -> None:
    assert {spec.id for spec in SPECS} <= set(fixtures.CASES)
