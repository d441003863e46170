"""Activity: Shares, Comments, Reactions, Votes, Instant reposts, Saved items, Rich media, Videos,
Articles, Events, Learning, Search queries (FORMATS.md §4.30-§4.43, §4.48).

``Articles/**/*.html`` (§4.38) are HTML pages, not tables; no spec reads them.
"""

from __future__ import annotations

from linkedin_export._build_activity import (
    build_event,
    build_rich_media,
    comment_message,
    comment_rows,
    event_time,
    instant_unless_na,
    share_commentary,
    unless_dash,
    upload_sentence,
    upload_sentence_lenient,
)
from linkedin_export._builders import record_builder
from linkedin_export._formats._spec import Column, FileSpec, Kind
from linkedin_export._values_time import instant, yes_no
from linkedin_export.models.activity import (
    Comment,
    InstantRepost,
    LearningItem,
    Reaction,
    SavedItem,
    SearchQuery,
    Share,
    Video,
    Vote,
)

__all__ = ["SPECS"]

# --- Shares.csv (§4.30) ---------------------------------------------------------------------------

_SHARES = (r"shares",)
SHARES_2018 = FileSpec(
    id="shares/2018",
    kind=Kind.SHARES,
    title="Shares.csv, UTF-16 tab-separated, 9 columns",
    files=_SHARES,
    columns=(
        Column("shared_at", "Date", instant),
        Column("title", "Share Title"),
        Column("description", "Share Description"),
        Column("url", "Share Link"),
        Column("commentary", "Share Commentary"),
        Column("shared_url", "Shared URL"),
        Column("media_url", "Media URL"),
        Column("share_type", "Type"),
        Column("visibility", "Visibility"),
    ),
    build=record_builder(Share),
    first_seen="2018-11",
    last_seen="2018-11",
    confidence="M",
    notes="UTF-16 LE with a BOM, tab-separated, every field quoted; dates like "
    "2018/11/05 14:22:10 UTC; Visibility Public or Connections, Type Homepage.",
    reference="§4.30",
)
SHARES_2024 = FileSpec(
    id="shares/2024",
    kind=Kind.SHARES,
    title="Shares.csv, 6 columns (2026: Shares_<n>.csv)",
    files=_SHARES,
    columns=(
        Column("shared_at", "Date", instant),
        Column("url", "ShareLink"),
        Column("commentary", "ShareCommentary", share_commentary),
        Column("shared_url", "SharedURL"),
        Column("media_url", "MediaURL"),
        Column("visibility", "Visibility"),
    ),
    build=record_builder(Share),
    first_seen="2024-03",
    notes="CRLF in 2024, LF in 2026, when the headers became SharedUrl and MediaUrl (the same "
    "version: headers compare case-insensitively). Dates like 2024-03-17 18:03:34 (UTC). Each "
    "paragraph of ShareCommentary is wrapped in literal quotes; they are removed.",
    reference="§4.30",
)

# --- Comments, Reactions, Votes, Instant reposts, Saved items (§4.31-§4.35) -----------------------

COMMENTS_2024 = FileSpec(
    id="comments/2024",
    kind=Kind.COMMENTS,
    title="Comments.csv (2026: Comments_<n>.csv)",
    files=(r"comments",),
    columns=(
        Column("commented_at", "Date", instant),
        Column("url", "Link"),
        Column("message", "Message", comment_message),
    ),
    build=record_builder(Comment),
    rows=comment_rows,
    first_seen="2024-03",
    notes="CRLF line ends; dates like 2024-03-17 18:03:34 (UTC). Quotes are doubled (2024) or "
    'escaped with a backslash (2025-26): rows that need it are read again with \\" as an escaped '
    "quote. The lines of a message whose line breaks were written without quotes are joined "
    "back into one record. Both repairs are reported as row-repaired.",
    reference="§4.31",
)
REACTIONS_2021 = FileSpec(
    id="reactions/2021",
    kind=Kind.REACTIONS,
    title="Reactions.csv (2026: Reactions_<n>.csv)",
    files=(r"reactions",),
    columns=(
        Column("reacted_at", "Date", instant),
        Column("reaction", "Type"),
        Column("url", "Link"),
    ),
    build=record_builder(Reaction),
    first_seen="2021-05",
    notes="CRLF line ends; dates like 2024-03-17 18:03:34 (UTC); Type LIKE, APPRECIATION, "
    "EMPATHY, …",
    reference="§4.32",
)
VOTES_2024 = FileSpec(
    id="votes/2024",
    kind=Kind.VOTES,
    title="Votes.csv (2026: Votes_<n>.csv)",
    files=(r"votes",),
    columns=(
        Column("voted_at", "Date", instant),
        Column("url", "Link"),
        Column("option", "OptionText"),
    ),
    build=record_builder(Vote),
    first_seen="2024-03",
    notes="CRLF line ends; an OptionText starting with = is quoted and kept as written.",
    reference="§4.33",
)
INSTANT_REPOSTS_2026 = FileSpec(
    id="instant_reposts/2026",
    kind=Kind.INSTANT_REPOSTS,
    title="InstantReposts_<n>.csv",
    files=(r"instantreposts",),
    columns=(
        Column("reposted_at", "Date", instant),
        Column("url", "Link"),
    ),
    build=record_builder(InstantRepost),
    first_seen="2026",
    confidence="L",
    notes="Known from one source only; dates like 2026-01-17 18:03:34 (UTC).",
    reference="§4.34",
)
SAVED_ITEMS_2024 = FileSpec(
    id="saved_items/2024",
    kind=Kind.SAVED_ITEMS,
    title="Saved_Items.csv (2026: Saved_Items_<n>.csv)",
    files=(r"saveditems",),
    columns=(
        Column("url", "savedItem"),
        Column("saved_at", "createdTime", instant),
    ),
    build=record_builder(SavedItem),
    first_seen="2024-03",
    notes="The header createdTime became CreatedTime in 2025 (the same version: headers compare "
    "case-insensitively). CRLF line ends; dates like 2024-03-17 18:03:34 (UTC).",
    reference="§4.35",
)

# --- Rich media, Videos (§4.36, §4.37) ------------------------------------------------------------

_RICH_MEDIA = (r"richmedia",)
RICH_MEDIA_2024_03 = FileSpec(
    id="rich_media/2024-03",
    kind=Kind.RICH_MEDIA,
    title="Rich Media.csv, Type and Link",
    files=_RICH_MEDIA,
    columns=(
        Column("activity", "Type", upload_sentence_lenient),
        Column("url", "Link"),
    ),
    build=build_rich_media,
    first_seen="2024-03",
    last_seen="2024-03",
    confidence="L",
    notes="Seen in one export only; Type holds a sentence, read like the later Date/Time when it "
    "has the same shape and kept as text otherwise.",
    reference="§4.36",
)
RICH_MEDIA_2024_12 = FileSpec(
    id="rich_media/2024-12",
    kind=Kind.RICH_MEDIA,
    title="Rich_Media.csv, Date/Time, Media Description, Media Link",
    files=_RICH_MEDIA,
    columns=(
        Column("activity", "Date/Time", upload_sentence),
        Column("description", "Media Description", unless_dash),
        Column("url", "Media Link"),
    ),
    build=build_rich_media,
    first_seen="2024-12",
    notes="Date/Time is a sentence (You uploaded a video on September 12, 2024 at 9:05 PM (GMT)); "
    "the kind and the instant are read from it. Media Description is often -, read as empty.",
    reference="§4.36",
)
VIDEOS_2018 = FileSpec(
    id="videos/2018",
    kind=Kind.VIDEOS,
    title="Videos.csv",
    files=(r"videos",),
    columns=(
        Column("description", "Description"),
        Column("url", "Link"),
    ),
    build=record_builder(Video),
    first_seen="2018-11",
    last_seen="2018-11",
    confidence="L",
    notes="Seen in one export only.",
    reference="§4.37",
)

# --- Events, Learning, Search queries (§4.39, §4.40, §4.48) ---------------------------------------

EVENTS_2023 = FileSpec(
    id="events/2023",
    kind=Kind.EVENTS,
    title="Events.csv",
    files=(r"events",),
    columns=(
        Column("name", "Event Name"),
        Column("starts_at", "Event Time", event_time),
        Column("status", "Status"),
        Column("external_url", "External Url"),
    ),
    build=build_event,
    first_seen="2023-07",
    notes="Event Time is a range (May 14, 2024 06:00 PM - May 14, 2024 07:30 PM), read as start "
    "and end (the builder splits the pair); Status APPROVED or RELINQUISHED.",
    reference="§4.48",
)
LEARNING_2023 = FileSpec(
    id="learning/2023",
    kind=Kind.LEARNING,
    title="Learning.csv",
    files=(r"learning",),
    columns=(
        Column("title", "Content Title"),
        Column("description", "Content Description"),
        Column("content_type", "Content Type"),
        Column("last_watched_at", "Content Last Watched Date (if viewed)", instant_unless_na),
        Column("completed_at", "Content Completed At (if completed)", instant_unless_na),
        Column("saved", "Content Saved", yes_no),
        Column("notes", "Notes taken on videos (if taken)"),
    ),
    build=record_builder(LearningItem),
    first_seen="2023-07",
    notes="The header ends with a comma (an empty 8th column). Dates like 2023-12-29 14:24 UTC or "
    "N/A; Content Saved true or false; descriptions may hold HTML and line breaks.",
    reference="§4.39",
)
SEARCH_QUERIES_2018 = FileSpec(
    id="search_queries/2018",
    kind=Kind.SEARCH_QUERIES,
    title="SearchQueries.csv (2018: Search Queries.csv)",
    files=(r"searchqueries",),
    columns=(
        Column("searched_at", "Time", instant),
        Column("query", "Search Query"),
    ),
    build=record_builder(SearchQuery),
    first_seen="2018-11",
    notes="2018: UTF-16 LE with a BOM, tab-separated, every field quoted; 2024 onwards UTF-8 CSV "
    "with the same header. Time like 2024/05/10 09:12:44 UTC. Queries with an unquoted comma "
    "(seen once) come out as malformed rows, content kept.",
    reference="§4.40",
)

SPECS: tuple[FileSpec, ...] = (
    SHARES_2018,
    SHARES_2024,
    COMMENTS_2024,
    REACTIONS_2021,
    VOTES_2024,
    INSTANT_REPOSTS_2026,
    SAVED_ITEMS_2024,
    RICH_MEDIA_2024_03,
    RICH_MEDIA_2024_12,
    VIDEOS_2018,
    EVENTS_2023,
    LEARNING_2023,
    SEARCH_QUERIES_2018,
)
