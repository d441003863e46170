"""Write the input files of the golden fixtures of "your network beyond connections", byte-exact.

    python tools/make_fixtures_social.py          # (re)write tests/fixtures/<kind>/<case>/input.*
    python tools/make_fixtures_social.py --check  # exit 1 when a file differs from what this writes

Kinds: invitations, imported_contacts, recommendations_received, recommendations_given,
endorsements_received, endorsements_given, company_follows, member_follows, hashtag_follows,
member_hashtags. Then ``pytest tests/test_golden.py --update-golden`` writes each case's
``expected.json``; review the diff. Deterministic (no randomness, no clock).

Layouts follow FORMATS.md §3.4, §4.3, §4.14, §4.15, §4.26-§4.29 and §4.51: minimal RFC 4180
quoting, LF except the CRLF files (Member_Follows, Hashtag_Follows), no final newline where
LinkedIn omits it (Company Follows), TAB-delimited pre-2017 recommendations.

The recommendations files share one header; the kind comes from the file name. The golden test
reads each fixture by its path, so the received and given cases are named
``input.Recommendations_Received.csv`` and ``input.Recommendations_Given.csv`` (the specs accept a
prefix before the LinkedIn name, as in ``Copy of Recommendations_Given.csv``).

Every person, address and number is invented (fictional phone ranges +1 212 555 01xx and
+44 20 7946 0xxx; made-up company domains).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fixture_cases import run  # tools/fixture_cases.py, beside this script

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

LF = "\n"
CRLF = "\r\n"
TAB = "\t"


def lines_to_text(lines: Sequence[str], *, eol: str = LF, final_newline: bool = True) -> str:
    """Join ``lines`` with ``eol``; end with ``eol`` only when ``final_newline``."""
    return eol.join(lines) + (eol if final_newline else "")


def csv_line(cells: Sequence[str], delimiter: str = ",") -> str:
    """One CSV line with minimal RFC 4180 quoting: a cell is quoted only when it holds the
    delimiter, a quote or a line break; ``"`` is doubled."""
    return delimiter.join(
        '"' + cell.replace('"', '""') + '"'
        if delimiter in cell or any(char in cell for char in '"\r\n')
        else cell
        for cell in cells
    )


def table(
    header: str,
    rows: Sequence[Sequence[str]],
    *,
    eol: str = LF,
    final_newline: bool = True,
    delimiter: str = ",",
) -> bytes:
    """A UTF-8 file: the header line then one line per row."""
    lines = (header, *(csv_line(row, delimiter) for row in rows))
    return lines_to_text(lines, eol=eol, final_newline=final_newline).encode("utf-8")


# --- Invitations.csv (§4.3) ----------------------------------------------------------------------

HEADER_I1 = "From,To,Sent At,Message,Direction"


def case_invitations_2018() -> bytes:
    """I1: quoted ``M/D/YY, h:mm AM`` dates, mostly empty messages, one with a line break."""
    rows = (
        ("Tomas Reyne", "Mara Quill", "11/12/18, 10:02 AM", "", "INCOMING"),
        (
            "Mara Quill", "Ines Okafor", "1/5/19, 4:12 PM",
            "Hi Ines, great talk at the data meetup!", "OUTGOING",
        ),
        (
            "Mara Quill", "Kenji Watanabe-Lund", "12/31/22, 11:59 PM",
            "Kenji, we met at the Leith workshop.\nWould be glad to stay in touch.", "OUTGOING",
        ),
        ("José Ruiz", "Mara Quill", "2/28/20, 12:00 AM", "", "INCOMING"),
    )  # fmt: skip
    return table(HEADER_I1, rows)


def case_invitations_2023() -> bytes:
    """I2 (Jul 2023 Basic export): member URNs after Direction."""
    rows = (
        (
            "Ines Okafor", "Mara Quill", "6/2/23, 9:15 AM", "", "INCOMING",
            "urn:li:member:418220931", "urn:li:member:120045877",
        ),
        (
            "Mara Quill", "Lucas Brandt", "7/1/23, 6:40 PM", "", "OUTGOING",
            "urn:li:member:120045877", "urn:li:member:733190264",
        ),
    )  # fmt: skip
    return table(HEADER_I1 + ",inviterProfileUrn,inviteeProfileUrn", rows)


def case_invitations_2024() -> bytes:
    """I3: profile URLs with percent-encoding and an emoji slug; a note with a comma."""
    rows = (
        (
            "Tomas Reyne", "Mara Quill", "3/14/24, 9:05 AM", "Great meeting you at the meetup",
            "INCOMING", "https://www.linkedin.com/in/tomas-reyne",
            "https://www.linkedin.com/in/mara-quill-4b1a2c",
        ),
        (
            "Mara Quill", "José Ruiz", "11/20/24, 10:03 AM", "", "OUTGOING",
            "https://www.linkedin.com/in/mara-quill-4b1a2c",
            "https://www.linkedin.com/in/jos%C3%A9-ruiz-5a1b2c",
        ),
        (
            "Kenji Watanabe-Lund", "Mara Quill", "1/2/25, 12:30 PM",
            "Hello Mara, loved your post on data contracts", "INCOMING",
            "https://www.linkedin.com/in/kenji-\U0001f680-lund",
            "https://www.linkedin.com/in/mara-quill-4b1a2c",
        ),
    )  # fmt: skip
    return table(HEADER_I1 + ",inviterProfileUrl,inviteeProfileUrl", rows)


# --- Contacts files (§4.51) ----------------------------------------------------------------------


def case_imported_contacts_2018() -> bytes:
    """2018 ``Imported Contacts.csv``: ``", "``-joined emails and phones, `` +`` phones."""
    header = (
        "First Name,Last Name,Companies,Title,Email Address,Phone Numbers,Created At,"
        "Instant Message Handles,Addresses,Sites,Full Name,Birthday,Location,Bookmarked At,"
        "Profiles"
    )
    rows = (
        (
            "Mara", "Quill", "Fernwood Labs", "Data Engineer",
            "mara.quill@fernwood-labs.io, mara.quill@gmail.com",
            " +1 212 555 0142, +44 20 7946 0123", "7/3/18, 9:41 PM", "", "", "", "Mara Quill",
            "", "", "", "",
        ),
        (
            "Tomas", "Reyne", "", "", "tomas.reyne@outlook.com", "", "11/12/18, 10:02 AM", "",
            "12 Harbour Row, Leith, Edinburgh", "", "Tomas Reyne", "", "", "", "",
        ),
        (
            "", "", "", "", "ines.okafor@brightmoor-analytics.de", " +44 20 7946 0456",
            "1/5/18, 4:12 PM", "", "", "", "", "", "", "", "",
        ),
    )  # fmt: skip
    return table(header, rows)


def case_imported_contacts_2023() -> bytes:
    """``Contacts.csv`` (2023-2024) with ``Source``."""
    header = (
        "Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,"
        "InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles"
    )
    rows = (
        (
            "GOOGLE_CONTACTS", "Kenji", "Watanabe-Lund", "Brightmoor Analytics", "Head of Data",
            "kenji.wlund@gmail.com, kenji@brightmoor-analytics.de", " +1 212 555 0187",
            "03/14/24, 9:05 AM", "", "", "", "Kenji Watanabe-Lund", "", "", "", "",
        ),
        (
            "MOBILE_CONTACTS", "Zoë", "Ferreira", "", "", "",
            " +44 20 7946 0654, +1 212 555 0110", "11/02/23, 6:30 PM", "", "", "", "Zoë Ferreira",
            "", "", "", "",
        ),
        (
            "GOOGLE_CONTACTS", "Lucas", "Brandt", "Northwind Cartography", "",
            "lucas.brandt@northwind-carto.com", "", "07/19/23, 11:00 AM", "",
            "https://northwind-carto.com", "", "Lucas Brandt", "", "", "", "",
        ),
    )  # fmt: skip
    return table(header, rows)


def case_imported_contacts_2025() -> bytes:
    """``ImportedContacts.csv`` (2025-2026): the row's ``CountryCode`` is the phones' region."""
    header = (
        "FirstName,MiddleName,LastName,MaidenName,NickName,NamePrefix,NameSuffix,Title,Emails,"
        "PhoneNumbers,CreatedAt,UpdatedAt,CountryCode,RegionCode,ThirdPartyVerified,Location"
    )
    rows = (
        (
            "Siobhán", "", "O\u2019Callaghan", "", "", "Dr.", "", "Survey Lead",
            "siobhan@northwind-carto.com", "020 7946 0789", "03/14/25, 9:05 AM",
            "04/01/25, 10:10 AM", "GB", "", "false", "London",
        ),
        (
            "Priya", "", "Castellanos", "", "Pri", "", "", "Clinical Data Manager",
            "priya.castellanos@larkspur-health.org, priya.c@icloud.com",
            " +1 212 555 0199", "01/20/26, 8:00 PM", "", "US", "", "true", "New York",
        ),
    )  # fmt: skip
    return table(header, rows)


# --- Recommendations (§4.14, §3.4) ---------------------------------------------------------------

HEADER_RECOMMENDATIONS = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status"


def case_recommendations_2015() -> bytes:
    """2015 - Jul 2017 ``Recommendations Received.csv``: TAB-delimited UTF-8."""
    header = TAB.join(
        (
            "Recommendation Date", "Recommendation Body", "Recommender First Name",
            "Recommender Last Name", "Recommender Company", "Recommender Title", "Display Status",
        )
    )  # fmt: skip
    rows = (
        (
            "10/14/15", "Mara is a careful engineer, and a generous mentor.", "Tomas", "Reyne",
            "Fernwood Labs", "CTO", "Shown",
        ),
        ("3/2/16", "I'd hire Mara again.", "Ines", "Okafor", "Quill & Fern", "Founder", "Hidden"),
    )  # fmt: skip
    return table(header, rows, delimiter=TAB)


def case_recommendations_2017() -> bytes:
    """Jul 2017 ``Recommendations Received.csv``: comma, other order, ``VISIBLE``."""
    header = "First Name,Last Name,Date,Body,Company,Title,Status"
    rows = (
        (
            "Kenji", "Watanabe-Lund", "8/21/17", "Mara turned our data platform around.",
            "Brightmoor Analytics", "Head of Data", "VISIBLE",
        ),
    )  # fmt: skip
    return table(header, rows)


def case_recommendations_received_2018() -> bytes:
    """``Recommendations_Received.csv``: quoted dates, a multi-line text with quotes."""
    rows = (
        (
            "Tomas", "Reyne", "Fernwood Labs", "CTO",
            (
                'Mara led our migration to a "boring" and reliable pipeline.\n\n'
                "She is a joy to work with."
            ),
            "07/14/21, 3:05 PM", "VISIBLE",
        ),
        (
            "Ines", "Okafor", "Quill & Fern, Ltd.", "Principal Scientist", "Thoughtful, precise.",
            "11/02/23, 9:41 AM", "",
        ),
    )  # fmt: skip
    return table(HEADER_RECOMMENDATIONS, rows)


def case_recommendations_given_2018() -> bytes:
    """``Recommendations_Given.csv``: the same header as received."""
    rows = (
        (
            "José", "Ruiz", "Brightmoor Analytics", "Account Executive",
            "José knows every customer by name.", "02/28/24, 12:00 PM", "VISIBLE",
        ),
        ("Lucas", "Brandt", "", "", "", "", ""),
    )  # fmt: skip
    return table(HEADER_RECOMMENDATIONS, rows)


# --- Endorsements (§4.15) ------------------------------------------------------------------------


def case_endorsements_received_2021() -> bytes:
    """``Endorsement_Received_Info.csv`` without ``Endorser Public Url``."""
    header = "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status"
    rows = (
        ("2022/05/10 09:12:44 UTC", "Data Modeling", "Tomas", "Reyne", "ACCEPTED"),
        ("2021/11/03 18:00:01 UTC", "Python (Programming Language)", "Zoë", "Ferreira", "ACCEPTED"),
    )
    return table(header, rows)


def case_endorsements_received_2023() -> bytes:
    """``Endorsement_Received_Info.csv`` with scheme-less profile URLs."""
    header = (
        "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,"
        "Endorsement Status"
    )
    rows = (
        (
            "2024/05/10 09:12:44 UTC", "Data Modeling", "Tomas", "Reyne",
            "www.linkedin.com/in/tomas-reyne", "ACCEPTED",
        ),
        (
            "2023/09/30 07:05:00 UTC", "SQL", "José", "Ruiz",
            "www.linkedin.com/in/jos%C3%A9-ruiz-5a1b2c", "ACCEPTED",
        ),
    )  # fmt: skip
    return table(header, rows)


def case_endorsements_given_2023() -> bytes:
    """``Endorsement_Given_Info.csv``."""
    header = (
        "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,"
        "Endorsement Status"
    )
    rows = (
        (
            "2024/01/15 12:00:00 UTC", "Cartography", "Lucas", "Brandt",
            "www.linkedin.com/in/lucas-brandt-9f8e7d", "ACCEPTED",
        ),
    )  # fmt: skip
    return table(header, rows)


# --- Follows (§4.26-§4.29) -----------------------------------------------------------------------


def case_company_follows() -> bytes:
    """``Company Follows.csv``: Java ``Date.toString`` dates, no final newline."""
    rows = (
        ("Fernwood Labs", "Tue Mar 07 10:22:33 UTC 2023"),
        ("Quill & Fern, Ltd.", "Fri Nov 22 08:01:09 UTC 2024"),
    )
    return table("Organization,Followed On", rows, final_newline=False)


def case_member_follows() -> bytes:
    """``Member_Follows.csv``: CRLF, dates without a zone."""
    rows = (
        ("2024-03-17 18:03:34", "Active", "Ines Okafor"),
        ("2023-12-01 07:45:00", "Active", "Kenji Watanabe-Lund"),
    )
    return table("Date,Status,FullName", rows, eol=CRLF)


def case_hashtag_follows() -> bytes:
    """``Hashtag_Follows.csv``: CRLF, dates without a zone."""
    rows = (
        ("datascience", "2024-03-17 18:03:34", "2024-03-17 18:03:34", "Follow"),
        ("cartography", "2023-06-11 15:33:58", "2024-01-02 09:00:00", "Follow"),
    )
    return table("HashTag,CreatedTime,LastModifiedTime,State", rows, eol=CRLF)


def case_member_hashtags() -> bytes:
    """``Member Hashtags.csv``: one column."""
    rows = (("dataengineering",), ("opensource",))
    return table("Member Posts About Hashtags", rows)


#: Case folder under tests/fixtures → (name of the input file, writer).
CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "invitations/2018": ("input.csv", case_invitations_2018),
    "invitations/2023": ("input.csv", case_invitations_2023),
    "invitations/2024": ("input.csv", case_invitations_2024),
    "imported_contacts/2018": ("input.csv", case_imported_contacts_2018),
    "imported_contacts/2023": ("input.csv", case_imported_contacts_2023),
    "imported_contacts/2025": ("input.csv", case_imported_contacts_2025),
    "recommendations_received/2015": ("input.csv", case_recommendations_2015),
    "recommendations_received/2017": ("input.csv", case_recommendations_2017),
    "recommendations_received/2018": (
        "input.Recommendations_Received.csv",
        case_recommendations_received_2018,
    ),
    "recommendations_given/2018": (
        "input.Recommendations_Given.csv",
        case_recommendations_given_2018,
    ),
    "endorsements_received/2021": ("input.csv", case_endorsements_received_2021),
    "endorsements_received/2023": ("input.csv", case_endorsements_received_2023),
    "endorsements_given/2023": ("input.csv", case_endorsements_given_2023),
    "company_follows/2023": ("input.csv", case_company_follows),
    "member_follows/2024": ("input.csv", case_member_follows),
    "hashtag_follows/2024": ("input.csv", case_hashtag_follows),
    "member_hashtags/2024": ("input.csv", case_member_hashtags),
}


def main(argv: Sequence[str] | None = None) -> int:
    return run(CASES, FIXTURES, __file__, argv)


if __name__ == "__main__":
    sys.exit(main())
