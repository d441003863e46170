"""Activity files: converters, builders, spec choice (FORMATS.md §4.30-§4.40, §4.48)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export._build_activity import (
    Upload,
    comment_message,
    event_time,
    instant_unless_na,
    share_commentary,
    unless_dash,
    upload_sentence,
    upload_sentence_lenient,
)
from linkedin_export._formats import SPECS_BY_ID, select_spec
from linkedin_export._formats.activity import SPECS
from linkedin_export._values import ValueProblem, WithWarning
from linkedin_export.diagnostics import WarningCode
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import fixture_cases  # noqa: E402
import make_fixtures_activity as fixtures  # noqa: E402

UTC = dt.UTC

# --- the registry --------------------------------------------------------------------------------


def test_specs_are_registered_with_unique_ids() -> None:
    ids = [spec.id for spec in SPECS]
    assert len(ids) == len(set(ids)) == 13
    for spec in SPECS:
        assert SPECS_BY_ID[spec.id] is spec
        assert spec.id.split("/")[0] == spec.kind.value
        assert spec.confidence in {"H", "M", "L", "?"}
        assert spec.reference.startswith("§4.")


def test_every_spec_has_a_fixture_case() -> None:
    cased = {case.split("/")[0] for case in fixtures.CASES}
    assert {spec.kind.value for spec in SPECS} <= cased
    assert fixture_cases.check_cases(fixtures.CASES, fixtures.FIXTURES) == []


CASES = [
    ("Shares.csv", fixtures.shares_2018, "shares/2018", Share),
    ("Shares.csv", fixtures.shares_2024, "shares/2024", Share),
    ("Shares_7789716.csv", fixtures.shares_2026, "shares/2024", Share),
    ("Comments_7789716.csv", fixtures.comments_2024, "comments/2024", Comment),
    ("Reactions.csv", fixtures.reactions_2021, "reactions/2021", Reaction),
    ("Votes.csv", fixtures.votes_2024, "votes/2024", Vote),
    ("InstantReposts_7789716.csv", fixtures.instant_reposts_2026, "instant_reposts/2026",
     InstantRepost),
    ("Saved_Items.csv", fixtures.saved_items_2024, "saved_items/2024", SavedItem),
    ("Saved_Items_7789716.csv", fixtures.saved_items_2025, "saved_items/2024", SavedItem),
    ("Rich Media.csv", fixtures.rich_media_2024_03, "rich_media/2024-03", RichMedia),
    ("Rich_Media.csv", fixtures.rich_media_2024_12, "rich_media/2024-12", RichMedia),
    ("Videos.csv", fixtures.videos_2018, "videos/2018", Video),
    ("Events.csv", fixtures.events_2023, "events/2023", Event),
    ("Learning.csv", fixtures.learning_2023, "learning/2023", LearningItem),
    ("Search Queries.csv", fixtures.search_queries_2018, "search_queries/2018", SearchQuery),
    ("SearchQueries.csv", fixtures.search_queries_2024, "search_queries/2018", SearchQuery),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "expected", "model"), CASES)
def test_each_version_is_chosen_by_its_header(
    name: str, data: object, expected: str, model: type
) -> None:
    assert callable(data)
    for hint in (name, "unknown.csv"):
        parsed = lx.parse_file(data(), name=hint)
        assert parsed.file.format_id == expected, hint
        assert parsed.file.rows == parsed.file.records > 0
        assert not parsed.warnings
        assert all(isinstance(record, model) for record in parsed.records)


@pytest.mark.parametrize(
    ("header", "name", "expected"),
    [
        (["Date", "Link"], "InstantReposts_1.csv", "instant_reposts/2026"),
        (["Date", "Link", "Message"], "x.csv", "comments/2024"),
        (["Date", "Type", "Link"], "x.csv", "reactions/2021"),
        (["Date", "Link", "OptionText"], "x.csv", "votes/2024"),
        (["Type", "Link"], "Rich Media.csv", "rich_media/2024-03"),
        (["Description", "Link"], "Videos.csv", "videos/2018"),
        (["DATE", "sharelink", "ShareCommentary", "SharedUrl", "MediaUrl", "VISIBILITY"], "x.csv",
         "shares/2024"),
    ],
)  # fmt: skip
def test_close_headers_are_told_apart(header: list[str], name: str, expected: str) -> None:
    match = select_spec(header, name, preamble=False)
    assert match is not None
    assert match.spec.id == expected


# --- converters ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('para1 "\r\n"para2', "para1 \r\npara2"),  # R2024a
        ('para1."\n""\n"para2', "para1.\n\npara2"),  # R2026
        ('He said "go""\n"Then left.', 'He said "go"\nThen left.'),
        ('No breaks, "quoted" words.', 'No breaks, "quoted" words.'),
        ('  One line.  ', "One line."),
    ],
)  # fmt: skip
def test_share_commentary_strips_paragraph_quotes(text: str, expected: str) -> None:
    assert share_commentary(text) == expected


def test_comment_message_reads_backslash_quotes() -> None:
    assert comment_message('He said \\"hi\\" ok') == 'He said "hi" ok'
    assert comment_message('Doubled "quotes" stay') == 'Doubled "quotes" stay'
    assert comment_message("C:\\maps\\tides") == "C:\\maps\\tides"


def test_comments_with_backslash_quotes_in_a_file() -> None:
    data = (
        b"Date,Link,Message\r\n"
        b'2025-06-01 10:00:00,https://www.linkedin.com/feed/x,Nice \\"atlas\\"\r\n'
    )
    parsed = lx.parse_file(data, name="Comments.csv")
    (record,) = parsed.records
    assert isinstance(record, Comment)
    assert record.message == 'Nice "atlas"'
    assert not parsed.warnings


def test_comments_unquoted_line_breaks_are_joined_back() -> None:
    data = (
        b"Date,Link,Message\r\n"
        b"2024-03-12 09:15:02,https://www.linkedin.com/feed/x,First line\r\n"
        b"second line, with a comma\r\n"
        b"\r\n"
        b"third, and, more, commas\r\n"
        b"2024-03-11 09:15:02,https://www.linkedin.com/feed/y,Fine\r\n"
        b"2024-03-10 09:15:02,https://www.linkedin.com/feed/z,Two\r\n"
        b"lines\r\n"
    )
    parsed = lx.parse_file(data, name="Comments.csv")
    messages = [c.message for c in parsed.records if isinstance(c, Comment)]
    assert messages == [
        "First line\nsecond line, with a comma\nthird, and, more, commas",
        "Fine",
        "Two\nlines",
    ]
    assert parsed.file.rows == parsed.file.records == 3  # no row lost, none invented
    assert [(w.code, w.line) for w in parsed.warnings] == [
        (WarningCode.ROW_REPAIRED, 2),
        (WarningCode.ROW_REPAIRED, 7),
    ]
    assert "lines 2-5" in parsed.warnings[0].message


def test_comments_continuation_before_any_dated_row_is_kept_as_malformed() -> None:
    data = b"Date,Link,Message\r\norphan line\r\n2024-03-11 09:15:02,https://x.example/y,Fine\r\n"
    parsed = lx.parse_file(data, name="Comments.csv")
    assert [c.message for c in parsed.records if isinstance(c, Comment)] == ["Fine"]
    (warning,) = parsed.warnings
    assert (warning.code, warning.line, warning.value) == (
        WarningCode.MALFORMED_ROW,
        2,
        "orphan line",
    )


def test_comments_backslash_escaped_quotes_are_read_again() -> None:
    data = (
        b"Date,Link,Message\n"
        b'2025-06-01 10:00:00,https://www.linkedin.com/feed/a,"She said \\"yes\\", finally"\n'
        b'2025-06-02 10:00:00,https://www.linkedin.com/feed/b,"Doubled ""quotes"" too"\n'
    )
    parsed = lx.parse_file(data, name="Comments.csv")
    messages = [c.message for c in parsed.records if isinstance(c, Comment)]
    assert messages == ['She said "yes", finally', 'Doubled "quotes" too']
    assert [(w.code, w.line) for w in parsed.warnings] == [(WarningCode.ROW_REPAIRED, 2)]


@pytest.mark.parametrize(
    ("text", "kind", "at"),
    [
        ("You uploaded a video on September 12, 2024 at 9:05 PM (GMT)", "video",
         dt.datetime(2024, 9, 12, 21, 5, tzinfo=UTC)),
        ("You uploaded a profile photo on January 1, 2025 at 12:00 AM (GMT)", "profile photo",
         dt.datetime(2025, 1, 1, 0, 0, tzinfo=UTC)),
        ("You uploaded a group logo on Mar 3, 2025 at 12:10 PM", "group logo",
         dt.datetime(2025, 3, 3, 12, 10, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_upload_sentence(text: str, kind: str, at: dt.datetime) -> None:
    assert upload_sentence(text) == Upload(text, kind, at)
    assert upload_sentence_lenient(text) == Upload(text, kind, at)


def test_upload_sentence_unknown_text_is_kept() -> None:
    result = upload_sentence("Something else entirely")
    assert isinstance(result, WithWarning)
    assert result.value == Upload("Something else entirely")
    assert result.code is WarningCode.INVALID_DATE
    assert upload_sentence_lenient(" Group logo ") == Upload("Group logo")
    odd = upload_sentence("You uploaded a video on February 30, 2024 at 9:05 PM (GMT)")
    assert isinstance(odd, WithWarning)


def test_unless_dash() -> None:
    assert unless_dash(" -") is None
    assert unless_dash("A map") == "A map"


def test_rich_media_bad_sentence_warns_and_keeps_the_row() -> None:
    data = b"Date/Time,Media Description,Media Link\nyesterday,Tides,https://media.licdn.com/x\n"
    parsed = lx.parse_file(data, name="Rich_Media.csv")
    (record,) = parsed.records
    assert isinstance(record, RichMedia)
    assert record.activity == "yesterday"
    assert record.uploaded_at is None
    assert record.description == "Tides"
    assert [w.code for w in parsed.warnings] == [WarningCode.INVALID_DATE]
    assert parsed.warnings[0].column == "Date/Time"


def test_event_time() -> None:
    assert event_time("May 14, 2024 06:00 PM - May 14, 2024 07:30 PM") == (
        dt.datetime(2024, 5, 14, 18, 0, tzinfo=UTC),
        dt.datetime(2024, 5, 14, 19, 30, tzinfo=UTC),
    )
    assert event_time("May 14, 2024 06:00 PM") == (dt.datetime(2024, 5, 14, 18, tzinfo=UTC), None)
    with pytest.raises(ValueProblem) as raised:
        event_time("May 14, 2024 06:00 PM - soon")
    assert raised.value.code is WarningCode.INVALID_DATE


def test_event_ending_before_it_starts_warns() -> None:
    data = (
        b"Event Name,Event Time,Status,External Url\n"
        b'Meetup,"May 14, 2024 08:00 PM - May 14, 2024 07:30 PM",APPROVED,\n'
        b"Other,someday,APPROVED,\n"
    )
    parsed = lx.parse_file(data, name="Events.csv")
    assert len(parsed.records) == 2
    first, second = parsed.records
    assert isinstance(first, Event)
    assert isinstance(second, Event)
    assert first.ends_at is not None
    assert second.starts_at is None
    assert second.name == "Other"
    assert [(w.code, w.line, w.column) for w in parsed.warnings] == [
        (WarningCode.INVALID_DATE, 2, "Event Time"),
        (WarningCode.INVALID_DATE, 3, "Event Time"),
    ]


def test_instant_unless_na() -> None:
    assert instant_unless_na("N/A") is None
    assert instant_unless_na("2023-12-29 14:24 UTC") == dt.datetime(
        2023, 12, 29, 14, 24, tzinfo=UTC
    )
    with pytest.raises(ValueProblem):
        instant_unless_na("soon")


# --- records -------------------------------------------------------------------------------------


def test_shares_2026_and_2024_read_the_same() -> None:
    parsed = lx.parse_file(fixtures.shares_2026(), name="Shares_7789716.csv")
    (share,) = parsed.records
    assert isinstance(share, Share)
    assert share.commentary == "New role at Fernwood Labs.\n\nGrateful to everyone who helped."
    assert share.shared_url is None
    assert share.media_url is None
    assert share.shared_at == dt.datetime(2026, 1, 9, 12, 30, tzinfo=UTC)


def test_shares_2018_utf16() -> None:
    parsed = lx.parse_file(fixtures.shares_2018(), name="Shares.csv")
    assert parsed.file.encoding == "utf-16-le"
    first = parsed.records[0]
    assert isinstance(first, Share)
    assert first.shared_at == dt.datetime(2018, 11, 5, 14, 22, 10, tzinfo=UTC)
    assert first.commentary == 'Our field report is out: "tides first".\nComments welcome.'
    assert first.share_type == "Homepage"


def test_learning_trailing_column_and_values() -> None:
    parsed = lx.parse_file(fixtures.learning_2023(), name="Learning.csv")
    assert not parsed.warnings
    first, second = parsed.records
    assert isinstance(first, LearningItem)
    assert isinstance(second, LearningItem)
    assert first.saved is False
    assert first.completed_at == dt.datetime(2024, 1, 5, 9, 10, tzinfo=UTC)
    assert second.last_watched_at is None
    assert second.saved is True
    assert first.extra == {}


def test_learning_without_trailing_comma_still_reads() -> None:
    data = (fixtures.LEARNING.rstrip(",") + "\nMaps,,Video,N/A,N/A,false,\n").encode()
    parsed = lx.parse_file(data, name="Learning.csv")
    assert parsed.file.format_id == "learning/2023"
    assert not parsed.warnings
    (item,) = parsed.records
    assert isinstance(item, LearningItem)
    assert item.title == "Maps"


def test_generator_check_mode() -> None:
    assert fixtures.main(["--check"]) == 0
    assert fixtures.main(["--bogus"]) == 2
