"""Write the input files of the golden fixtures of the activity files, byte-exact.

    python tools/make_fixtures_activity.py          # (re)write tests/fixtures/<kind>/<case>/input.*
    python tools/make_fixtures_activity.py --check  # exit 1 when an input differs

Then ``pytest tests/test_golden.py --update-golden`` writes each case's ``expected.json``; review
the diff. Deterministic: no randomness, no clock. Layouts follow FORMATS.md §2, §4.30-§4.40 and
§4.48: the 2018 UTF-16 LE tab-separated files with every field quoted, CRLF for Shares, Comments,
Reactions, Votes and Saved_Items (2024), LF elsewhere, the per-paragraph quotes of ShareCommentary,
the trailing comma of Learning.csv, the prose dates of Rich_Media.csv, a blank trailing line (2025).

Every person, company and URL is invented (fernwood-labs.io, brightmoor-analytics.de, …).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fixture_cases import csv_line, run  # tools/fixture_cases.py, beside this script

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

LF = "\n"
CRLF = "\r\n"
FEED = "https://www.linkedin.com/feed/update/urn%3Ali%3A"
POLL = "https://www.linkedin.com/feed/update/urn:li:"


def table(
    header: str,
    rows: Sequence[Sequence[str] | str],
    *,
    eol: str = LF,
    final_newline: bool = True,
    trailer: str = "",
) -> bytes:
    """A UTF-8 file: ``header`` as written, then the rows quoted the LinkedIn way (a row given as
    a string is written as it is), ``eol`` line ends, ``trailer`` appended at the very end."""
    lines = [header, *(row if isinstance(row, str) else csv_line(row) for row in rows)]
    return (eol.join(lines) + (eol if final_newline else "") + trailer).encode("utf-8")


def utf16_tsv(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """A 2018 file (§2): UTF-16 LE with a BOM, tab-separated, every field quoted, LF."""

    def line(cells: Sequence[str]) -> str:
        return "\t".join('"' + cell.replace('"', '""') + '"' for cell in cells)

    text = LF.join(line(cells) for cells in (header, *rows)) + LF
    return b"\xff\xfe" + text.encode("utf-16-le")


# --- Shares.csv (§4.30) ---------------------------------------------------------------------------


def shares_2018() -> bytes:
    """Nov 2018: UTF-16 TSV, slash dates with UTC, an empty and a multi-line commentary."""
    return utf16_tsv(
        (
            "Date",
            "Share Title",
            "Share Description",
            "Share Link",
            "Share Commentary",
            "Shared URL",
            "Media URL",
            "Type",
            "Visibility",
        ),
        (
            (
                "2018/11/05 14:22:10 UTC",
                "Mapping the coast, one tide at a time",
                "Notes from the Fernwood field season.",
                f"{FEED}share%3A6465512345678901234",
                'Our field report is out: "tides first".\nComments welcome.',
                "https://fernwood-labs.io/blog/tides",
                "",
                "Homepage",
                "Public",
            ),
            (
                "2018/10/30 08:01:55 UTC",
                "",
                "",
                f"{FEED}activity%3A6463312345678901234",
                "",
                "",
                "https://media.licdn.com/dms/image/C4E22AQH1a2b3c4d5e6/feedshare-shrink_800/0",
                "Homepage",
                "Connections",
            ),
        ),
    )


def shares_2024() -> bytes:
    """Mar 2024: CRLF, and each paragraph of ShareCommentary wrapped in literal quotes
    (decoded: ``para1 "\\r\\n"para2``)."""
    return table(
        "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility",
        (
            (
                "2024-03-17 18:03:34",
                f"{FEED}share%3A7175012345678901234",
                (
                    'Thrilled to announce the Brightmoor tide atlas! "\r\n"'
                    'Built with Ines Okafor and Tomas Reyne, "open by default" as always.'
                ),
                "https://brightmoor-analytics.de/atlas",
                "",
                "MEMBER_NETWORK",
            ),
            (
                "2024-02-01 07:45:00",
                f"{FEED}ugcPost%3A7158812345678901234",
                "One line, no paragraphs.",
                "",
                "https://media.licdn.com/dms/image/D4E22AQF9z8y7x6w5v4/feedshare-shrink_2048/0",
                "PUBLIC",
            ),
        ),
        eol=CRLF,
    )


def shares_2026() -> bytes:
    """2026 (``Shares_<n>.csv``): LF, ``SharedUrl``/``MediaUrl``, a blank line between paragraphs
    (decoded: ``para1."\\n""\\n"para2``), empty URLs written as ``""``."""
    commentary = 'New role at Fernwood Labs."\n""\n"Grateful to everyone who helped.'
    return table(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility",
        (
            csv_line(("2026-01-09 12:30:00", f"{FEED}share%3A7283312345678901234", commentary))
            + ',"","",MEMBER_NETWORK',
        ),
    )


# --- Comments, Reactions, Votes, InstantReposts, Saved_Items (§4.31-§4.35) ------------------------


def comments_2024() -> bytes:
    """CRLF; doubled quotes, a comma, and a quoted multi-line message (CRLF inside)."""
    return table(
        "Date,Link,Message",
        (
            (
                "2024-03-12 09:15:02",
                f"{FEED}comment%3A(ugcPost%3A7172212345678901234%2C7172298765432109876)",
                'Congratulations, Mara! "Well deserved" indeed.',
            ),
            (
                "2024-01-28 21:40:11",
                f"{FEED}comment%3A(activity%3A7157712345678901234%2C7157798765432109876)",
                "Two thoughts:\r\nfirst the data, then the map.",
            ),
            ("2023-12-02 16:05:47", f"{FEED}activity%3A7136612345678901234", "Agreed"),
        ),
        eol=CRLF,
    )


def reactions_2021() -> bytes:
    """CRLF; LIKE, APPRECIATION, EMPATHY."""
    return table(
        "Date,Type,Link",
        (
            ("2021-05-03 11:22:33", "LIKE", f"{FEED}activity%3A6795512345678901234"),
            ("2021-04-29 19:00:01", "APPRECIATION", f"{FEED}ugcPost%3A6793312345678901234"),
            ("2021-04-02 06:45:59", "EMPATHY", f"{FEED}share%3A6783312345678901234"),
        ),
        eol=CRLF,
    )


def votes_2024() -> bytes:
    """CRLF; an OptionText starting with ``=`` is quoted."""
    return table(
        "Date,Link,OptionText",
        (
            ("2024-03-01 10:00:00", f"{POLL}activity:7169912345678901234", "Remote first"),
            f'2024-02-14 17:30:12,{POLL}ugcPost:7163312345678901234,"= 5 years"',
        ),
        eol=CRLF,
    )


def instant_reposts_2026() -> bytes:
    """``InstantReposts_<n>.csv`` (2026): ``Date,Link``, LF."""
    return table(
        "Date,Link",
        (
            ("2026-02-03 08:12:45", f"{FEED}activity%3A7291112345678901234"),
            ("2026-01-20 22:01:09", f"{FEED}ugcPost%3A7286612345678901234"),
        ),
    )


def saved_items_2024() -> bytes:
    """Mar 2024: ``savedItem,createdTime``, CRLF."""
    return table(
        "savedItem,createdTime",
        (
            (f"{FEED}activity%3A7170012345678901234", "2024-03-05 13:14:15"),
            (f"{FEED}ugcPost%3A7166612345678901234", "2024-02-24 09:00:00"),
        ),
        eol=CRLF,
    )


def saved_items_2025() -> bytes:
    """Mar 2025: ``savedItem,CreatedTime``, LF, and the blank trailing line seen in R2025."""
    return table(
        "savedItem,CreatedTime",
        ((f"{FEED}share%3A7301112345678901234", "2025-03-20 18:45:30"),),
        trailer=LF,
    )


# --- Rich media, Videos (§4.36, §4.37) ------------------------------------------------------------


def rich_media_2024_03() -> bytes:
    """Mar 2024 ``Rich Media.csv``: ``Type,Link``, Type holds a sentence."""
    return table(
        "Type,Link",
        (
            (
                "You uploaded a profile photo on March 2, 2024 at 8:15 AM (GMT)",
                "https://media.licdn.com/dms/image/D4E03AQG1h2i3j4k5l6/profile-displayphoto/0",
            ),
            (
                "Group logo",
                "https://media.licdn.com/dms/image/D4E0BAQH7m8n9o0p1q2/company-logo_200_200/0",
            ),
        ),
    )


def rich_media_2024_12() -> bytes:
    """Dec 2024 onwards ``Rich_Media.csv``: prose dates, Media Description `` -``."""
    return table(
        "Date/Time,Media Description,Media Link",
        (
            (
                "You uploaded a video on September 12, 2024 at 9:05 PM (GMT)",
                " -",
                "https://www.linkedin.com/embed/feed/update/urn:li:ugcPost:7240012345678901234",
            ),
            (
                "You uploaded a document on November 3, 2024 at 12:30 AM (GMT)",
                "Brightmoor tide atlas, field guide",
                "https://media.licdn.com/dms/document/media/D4E1FAQE2r3s4t5u6v7/feedshare/0",
            ),
            (
                "You uploaded a group background photo on December 1, 2024 at 12:05 PM (GMT)",
                " -",
                "https://media.licdn.com/dms/image/D4E1BAQF3w4x5y6z7a8/group-background/0",
            ),
        ),
    )


def videos_2018() -> bytes:
    """Nov 2018 ``Videos.csv``: ``Description,Link``."""
    return table(
        "Description,Link",
        (
            (
                "Tide gauge time-lapse, Fernwood pier",
                "https://www.linkedin.com/feed/update/urn:li:activity:6461112345678901234",
            ),
        ),
    )


# --- Events, Learning, Search queries (§4.39, §4.40, §4.48) ---------------------------------------


def events_2023() -> bytes:
    """``Event Name,Event Time,Status,External Url``: quoted time ranges."""
    return table(
        "Event Name,Event Time,Status,External Url",
        (
            (
                "Open Maps Meetup: Edinburgh",
                "May 14, 2024 06:00 PM - May 14, 2024 07:30 PM",
                "APPROVED",
                "https://fernwood-labs.io/events/open-maps",
            ),
            (
                "Data Engineering Night",
                "Dec 31, 2023 11:00 PM - Jan 1, 2024 01:00 AM",
                "RELINQUISHED",
                "",
            ),
        ),
    )


LEARNING = (
    "Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),"
    "Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),"
)


def learning_2023() -> bytes:
    """Trailing comma on every line, ``N/A`` dates, HTML and CRLF inside a description."""
    return table(
        LEARNING,
        (
            csv_line(
                (
                    "Cartography Foundations",
                    "<p>Learn to read and make maps.</p>\r\n<p>Six short chapters.</p>",
                    "Course",
                    "2023-12-29 14:24 UTC",
                    "2024-01-05 09:10 UTC",
                    "false",
                    "Projections matter",
                    "",
                )
            ),
            csv_line(
                (
                    "Become a Data Engineer",
                    "A path of eight courses.",
                    "Learning Path",
                    "N/A",
                    "N/A",
                    "true",
                    "",
                    "",
                )
            ),
        ),
    )


def search_queries_2018() -> bytes:
    """Nov 2018 ``Search Queries.csv``: UTF-16 TSV, every field quoted."""
    return utf16_tsv(
        ("Time", "Search Query"),
        (
            ("2018/11/02 16:20:05 UTC", "tomas reyne"),
            ("2018/10/15 08:03:44 UTC", "cartographer, edinburgh"),
        ),
    )


def search_queries_2024() -> bytes:
    """2024 onwards ``SearchQueries.csv``: UTF-8 CSV, the same header."""
    return table(
        "Time,Search Query",
        (
            ("2024/05/10 09:12:44 UTC", "fernwood labs"),
            ("2024/05/09 21:00:00 UTC", "ines okafor, brightmoor"),
        ),
    )


#: Case folder (``<kind>/<case>``) → (extension of ``input.*``, writer).
CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "shares/2018": ("csv", shares_2018),
    "shares/2024": ("csv", shares_2024),
    "shares/2026": ("csv", shares_2026),
    "comments/2024": ("csv", comments_2024),
    "reactions/2021": ("csv", reactions_2021),
    "votes/2024": ("csv", votes_2024),
    "instant_reposts/2026": ("csv", instant_reposts_2026),
    "saved_items/2024": ("csv", saved_items_2024),
    "saved_items/2025": ("csv", saved_items_2025),
    "rich_media/2024-03": ("csv", rich_media_2024_03),
    "rich_media/2024-12": ("csv", rich_media_2024_12),
    "videos/2018": ("csv", videos_2018),
    "events/2023": ("csv", events_2023),
    "learning/2023": ("csv", learning_2023),
    "search_queries/2018": ("csv", search_queries_2018),
    "search_queries/2024": ("csv", search_queries_2024),
}


def main(argv: Sequence[str] | None = None) -> int:
    return run(CASES, FIXTURES, __file__, argv)


if __name__ == "__main__":
    sys.exit(main())
