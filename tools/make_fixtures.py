"""Write the input files of the golden fixtures of connections, byte-exact.

    python tools/make_fixtures.py          # (re)write tests/fixtures/connections/<case>/input.*
    python tools/make_fixtures.py --check  # exit 1 when a file differs from what this writes

Then ``pytest tests/test_golden.py --update-golden`` writes each case's ``expected.json``; review
the diff. The script is deterministic (no randomness, no clock): the files it writes are the source
of truth, and each case folder holds exactly one ``input.*`` file.

Every file is written with ``open(path, "wb")`` from explicit bytes, so encodings (UTF-8, cp1252,
UTF-16 LE), byte-order marks, line endings and the presence of a final newline are exactly what each
case documents. Layouts follow FORMATS.md (§2, §3.1-3.3, §4.1, §5.1).

Every person, address and number is invented: company domains are made up, personal addresses use
invented local parts, and phone numbers come from fictional ranges (+1 212 555 01xx,
+44 20 7946 0xxx, and UK drama mobiles 07700 900xxx, which are invalid on purpose).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from fixture_cases import csv_line, run  # tools/fixture_cases.py, beside this script
from linkedin_export._formats.network import NOTES_PREAMBLE

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "connections"

LF = "\n"
CRLF = "\r\n"
TAB = "\t"

#: The three preamble lines of Connections.csv (C3, C4; FORMATS.md §4.1): ``Notes:``, the quoted
#: sentence, an empty line.
PREAMBLE = tuple(NOTES_PREAMBLE.split("\n")[:3])
NOTES_TEXT = PREAMBLE[1]

HEADER_2017 = (
    "First Name,Last Name,Address,Email Address,Company,Position,Connected On,Websites,"
    "Instant Messengers"
)
#: C1 (2018), C2 (2020) and C3 (2021) share this header.
HEADER_SIX = "First Name,Last Name,Email Address,Company,Position,Connected On"
#: C4 (2023 onwards).
HEADER_URL = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"

#: The legacy Outlook CSV header, 59 names, each quoted (FORMATS.md §3.1, verbatim).
OUTLOOK_COLUMNS = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "E-mail Address",
    "E-mail 2 Address", "E-mail 3 Address", "Business Street", "Business Street 2",
    "Business Street 3", "Business City", "Business State", "Business Postal Code",
    "Business Country", "Home Street", "Home Street 2", "Home Street 3", "Home City", "Home State",
    "Home Postal Code", "Home Country", "Other Street", "Other Street 2", "Other Street 3",
    "Other City", "Other State", "Other Postal Code", "Other Country", "Company", "Department",
    "Job Title", "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2",
    "Callback", "Car Phone", "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN",
    "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone",
    "TTY/TDD Phone", "Telex", "Assistant's Name", "Birthday", "Manager's Name", "Notes",
    "Other Address PO Box", "Spouse", "Web Page", "Personal Web Page",
)  # fmt: skip

#: The Yahoo! address-book header (FORMATS.md §3.2) with its optional tail, in Yahoo's order.
YAHOO_COLUMNS = (
    "First", "Middle", "Last", "Nickname", "Email", "Category", "Distribution Lists", "Yahoo! ID",
    "Home", "Work", "Pager", "Fax", "Mobile", "Other", "Yahoo! Phone", "Primary",
    "Alternate Email 1", "Alternate Email 2", "Personal Website", "Business Website", "Title",
    "Company", "Work Address", "Work City", "Work State", "Work ZIP", "Work Country",
    "Home Address", "Home City", "Home State", "Home ZIP", "Home Country", "Birthday",
    "Anniversary", "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Comments",
)  # fmt: skip


def lines_to_text(lines: Sequence[str], *, eol: str = LF, final_newline: bool = True) -> str:
    """Join ``lines`` with ``eol``; end with ``eol`` only when ``final_newline``."""
    return eol.join(lines) + (eol if final_newline else "")


def hidden(date: str, width: int) -> tuple[str, ...]:
    """A hidden member's row: every cell empty but the last (``,,,,,,07 Jun 2022``)."""
    return ("",) * (width - 1) + (date,)


def quote_all(cells: Sequence[str]) -> str:
    """One CSV line with every field double-quoted (``"`` doubled), as the legacy exports do."""
    return ",".join('"' + cell.replace('"', '""') + '"' for cell in cells)


def quoted_row(columns: Sequence[str], values: Mapping[str, str]) -> str:
    """A fully quoted row of ``columns``, empty except for ``values`` (checked to be columns)."""
    unknown = set(values) - set(columns)
    if unknown:
        raise ValueError(f"not columns of this layout: {sorted(unknown)}")
    return quote_all([values.get(column, "") for column in columns])


def mojibake(text: str) -> str:
    """``text`` double-encoded: its UTF-8 bytes read as cp1252 (``José`` → ``JosÃ©``).

    The five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control
    of the same number, as Windows decodes them (``Ł`` → ``Å`` + U+0081).
    """
    return "".join(
        bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
        for byte in text.encode("utf-8")
    )


def excel_padded(line: str, width: int) -> str:
    """A one-cell line as Excel saves it in a ``width``-column sheet (``Notes:,,,,,``)."""
    return line + "," * (width - 1)


# --- GDPR-era Connections.csv and its ancestors ---------------------------------------------------


def case_2017() -> bytes:
    """The 9-column Connections.csv of an early-2018 archive (FORMATS.md §3.4), US dates."""
    rows = (
        (
            "Tomas", "Reyne", "12 Harbour Row, Leith, Edinburgh", "tomas.reyne@fernwood-labs.io",
            "Fernwood Labs", "Platform Engineer", "11/4/17, 8:15 AM",
            "https://www.linkedin.com/in/tomas-reyne-77a1b2", "",
        ),
        (
            "Kenji", "Watanabe-Lund", "", "kenji.wlund@gmail.com", "Brightmoor Analytics",
            "Head of Data", "2/14/17, 12:05 PM", "https://brightmoor-analytics.de/team/kenji",
            "SKYPE:kenji.wlund",
        ),
        ("Mara", "Quill", "", "", "Quill & Fern", "Founder", "6/30/16, 11:59 PM", "", ""),
        (
            "Zoë", "Ferreira", "Rua das Flores 8, Porto", "zoe.ferreira@outlook.com", "", "",
            "1/2/18, 7:00 AM", "http://www.linkedin.com/in/zoe-ferreira/", "",
        ),
        (
            "Ines", "Okafor", "", "", "Fernwood Labs, Inc.", "Research Scientist, NLP",
            "10/9/17, 3:30 PM", "", "",
        ),
    )  # fmt: skip
    return lines_to_text((HEADER_2017, *map(csv_line, rows))).encode("utf-8")


def case_2018() -> bytes:
    """C1: LF, quoted ``M/D/YY, h:mm AM`` dates, a few emails (one invalid)."""
    rows = (
        (
            "Mara", "Quill", "mara.quill@@fernwood-labs.io", "Fernwood Labs, Inc.",
            "Senior Data Engineer", "7/3/18, 9:41 PM",
        ),
        (
            "Tomas", "Reyne", "tomas.reyne@quillandfern.co.uk", "Quill & Fern",
            "Head of Partnerships", "11/12/18, 10:02 AM",
        ),
        (
            "Ines", "Okafor", "ines.okafor.dev@gmail.com", "Brightmoor Analytics",
            "Research Scientist", "1/5/18, 4:12 PM",
        ),
        ("Kenji", "Watanabe-Lund", "", "", "", "12/31/17, 11:59 PM"),
        (
            "José", "Ruiz", "", "Fernwood Labs", "Director, Sales & Partnerships",
            "2/28/18, 12:00 AM",
        ),
        (
            "Zoë", "Ferreira", "Zoe.Ferreira+linkedin@Outlook.com", "", "Data Analyst",
            "9/1/18, 6:07 AM",
        ),
    )  # fmt: skip
    return lines_to_text((HEADER_SIX, *map(csv_line, rows))).encode("utf-8")


def case_2020() -> bytes:
    """C2: no preamble, ``03 Feb 2020`` dates, no final newline."""
    rows = (
        ("Zoë", "Ferreira", "", "Brightmoor Analytics", "Data Analyst", "03 Feb 2020"),
        ("Tomas", "Reyne", "", "Fernwood Labs, Ltd.", "CTO", "17 Dec 2019"),
        (
            "Mara", "Quill", "mara@quillandfern.co.uk", "Quill & Fern", "Founder & CEO",
            "09 Jan 2020",
        ),
        ("Ines ", " Okafor", "", 'The "Data" Guild', "Community Lead", "29 Feb 2020"),
        ("Kenji", "Watanabe-Lund", "", "", "", "11 Mar 2021"),
    )  # fmt: skip
    text = lines_to_text((HEADER_SIX, *map(csv_line, rows)), final_newline=False)
    return text.encode("utf-8")


def case_2021() -> bytes:
    """C3: the exact 3-line ``Notes:`` preamble, no URL column, a hidden member."""
    rows = (
        ("José", "Ruiz", "", "Brightmoor Analytics", "Account Executive", "14 Aug 2021"),
        hidden("01 Jun 2021", 6),
        ("Mara", "Quill", "", "Quill & Fern, Ltd.", "Founder", "22 Sep 2021"),
        (
            "Tomas", "Reyne", "tomas.reyne@fernwood-labs.io", "Fernwood Labs", "VP Engineering",
            "03 Jan 2022",
        ),
        ("Ines", "Okafor", "", "", "", "30 Nov 2022"),
    )  # fmt: skip
    return lines_to_text((*PREAMBLE, HEADER_SIX, *map(csv_line, rows))).encode("utf-8")


def case_2023() -> bytes:
    """C4: preamble, URL column and the known value quirks; no final newline."""
    rows = (
        (
            "Mara", "Quill", "https://www.linkedin.com/in/mara-quill-4b1a2c", "",
            "Fernwood Labs, Inc.", "Senior Data Engineer", "14 Mar 2024",
        ),
        (
            "José", "Ruiz", "https://www.linkedin.com/in/jos%C3%A9-ruiz-5a1b2c", "",
            "Brightmoor Analytics", "Account Executive", "02 Aug 2023",
        ),
        hidden("07 Jun 2022", 7),
        (
            "Ines", "Okafor, PhD", "https://www.linkedin.com/in/ines-okafor-phd", "",
            "Quill & Fern", "Principal Scientist", "21 Nov 2023",
        ),
        (
            "Kenji 🚀", "Watanabe-Lund", "https://www.linkedin.com/in/kenji-watanabe-lund", "",
            "Fernwood Labs", "Growth Lead", "05 Jan 2024",
        ),
        (
            "Tomas", "Reyne | tomas.reyne@outlook.com", "https://www.linkedin.com/in/tomasreyne",
            "", "", "Freelance Consultant", "30 Sep 2023",
        ),
        ("Zoë", "Ferreira", "", "", "Brightmoor Analytics", "Data Analyst", "12 Feb 2024"),
        (
            "Lucas", "Brandt", "https://www.linkedin.com/in/lucas-brandt-9f8e7d",
            "urn:li:member:123456789", "Northwind Cartography", "Cartographer", "19 Jul 2023",
        ),
        hidden("02 Aug 2019", 7),
    )  # fmt: skip
    text = lines_to_text((*PREAMBLE, HEADER_URL, *map(csv_line, rows)), final_newline=False)
    return text.encode("utf-8")


def case_2023_trailing_blank() -> bytes:
    """C4 with a padding row in the middle and a blank line at the end (``\\n\\n``)."""
    rows = (
        (
            "Priya", "Castellanos", "https://www.linkedin.com/in/priya-castellanos", "",
            "Larkspur Health", "Clinical Data Manager", "08 Oct 2024",
        ),
        (
            "Oskar", "Venn +44 7700 900456", "https://www.linkedin.com/in/oskar-venn-1a2b3c", "",
            "", "Recruiter", "15 Jul 2024",
        ),
        hidden("", 7),  # a padding row: ",,,,,,"
        (
            "Ana", "Lindqvist", "https://www.linkedin.com/in/ana-lindqvist/",
            "ana.lindqvist@gmail.com", "Saltmarsh Robotics", "Robotics Engineer", "27 Feb 2025",
        ),
        hidden("11 Nov 2020", 7),
        (
            "Elif (+1 212 555 0175)", "Korkmaz", "https://www.linkedin.com/in/elif-korkmaz", "",
            "Obsidian Ferry Co.", "Operations Lead", "19 Jan 2025",
        ),
        (
            "Mara", "Quill", "https://uk.linkedin.com/in/mara-quill-4b1a2c?trk=people", "",
            "Fernwood Labs", "Staff Engineer", "31 Mar 2025",
        ),
    )  # fmt: skip
    lines = (*PREAMBLE, HEADER_URL, *map(csv_line, rows), "")  # "" + final LF: ends with "\n\n"
    return lines_to_text(lines).encode("utf-8")


def case_excel_2022() -> bytes:
    """A C3 file re-saved by Excel: cp1252, no BOM, CRLF, ``4-Apr-21`` dates, padded preamble."""
    rows = (
        ("Zoë", "Ferreira", "", "Brightmoor Analytics", "Data Analyst", "4-Apr-21"),
        (
            "François", "Dubois", "francois.dubois@quillandfern.co.uk", "Quill & Fern",
            "Directeur Commercial", "15-Jan-20",
        ),
        ("Lena", "Müller", "", "Fernwood Labs, GmbH", "Werkstudentin", "9-Nov-21"),
        (
            "Siobhán", "O\u2019Callaghan", "", "Northwind Cartography",
            "Survey Lead \u2013 Ireland", "23-Jun-21",
        ),
        hidden("2-Dec-21", 6),
    )  # fmt: skip
    preamble = (excel_padded(line, 6) for line in PREAMBLE)
    lines = (*preamble, HEADER_SIX, *map(csv_line, rows))
    return lines_to_text(lines, eol=CRLF).encode("cp1252")


def case_excel_bom() -> bytes:
    """A C4 file saved by Excel as "CSV UTF-8": BOM, CRLF, ``4/4/2021`` dates, padded preamble."""
    rows = (
        (
            "Kenji", "Watanabe-Lund", "https://www.linkedin.com/in/kenji-watanabe-lund", "",
            "Brightmoor Analytics", "Head of Data", "4/4/2021",
        ),
        (
            "Zoë", "Ferreira", "https://www.linkedin.com/in/zo%C3%AB-ferreira", "",
            "Brightmoor Analytics", "Data Analyst", "3/14/2024",
        ),
        (
            "Tomas", "Reyne", "https://www.linkedin.com/in/tomasreyne", "",
            "Fernwood Labs, Ltd.", "CTO", "11/2/2023",
        ),
        hidden("12/25/2022", 7),
    )  # fmt: skip
    preamble = (excel_padded(line, 7) for line in PREAMBLE)
    lines = (*preamble, HEADER_URL, *map(csv_line, rows))
    return b"\xef\xbb\xbf" + lines_to_text(lines, eol=CRLF).encode("utf-8")


def case_mojibake_2023() -> bytes:
    """C4 in UTF-8 whose names were double-encoded (UTF-8 read as cp1252, saved again)."""
    rows = (
        (
            mojibake("José"), mojibake("Ruíz"), "https://www.linkedin.com/in/jose-ruiz-5a1b2c", "",
            "Brightmoor Analytics", "Account Executive", "06 May 2024",
        ),
        (
            mojibake("François"), mojibake("Lefèvre"),
            "https://www.linkedin.com/in/francois-lefevre", "", mojibake("Café Analytics"),
            "Data Scientist", "18 Sep 2023",
        ),
        (
            mojibake("Łukasz"), mojibake("Wiśniewski-Nuñez"), "", "", "Fernwood Labs",
            "Backend Engineer", "29 Jan 2024",
        ),
        (
            "Zoë", "Ferreira", "https://www.linkedin.com/in/zoe-ferreira", "",
            "Brightmoor Analytics", "Data Analyst", "12 Feb 2024",
        ),
    )  # fmt: skip
    text = lines_to_text((*PREAMBLE, HEADER_URL, *map(csv_line, rows)), final_newline=False)
    return text.encode("utf-8")


def case_connections_tsv() -> bytes:
    """A C2 file re-saved TAB-delimited (UTF-8, LF), with commas inside unquoted cells."""
    rows = (
        (
            "Ines", "Okafor", "", "Fernwood Labs, Inc.", "Research Scientist, NLP",
            "19 Feb 2020",
        ),
        (
            "Kenji", "Watanabe-Lund", "kenji@brightmoor-analytics.de", "Brightmoor Analytics",
            "Head of Data", "07 Apr 2021",
        ),
        ("José", "Ruiz", "", "", "", "23 Oct 2020"),
        hidden("01 May 2020", 6),
    )  # fmt: skip
    lines = (HEADER_SIX.replace(",", TAB), *(csv_line(row, TAB) for row in rows))
    return lines_to_text(lines).encode("utf-8")


# --- legacy "Export connections" files ------------------------------------------------------------


def case_outlook() -> bytes:
    """The legacy Outlook CSV: 59 quoted header names, every field quoted, cp1252, CRLF."""
    people: tuple[dict[str, str], ...] = (
        {
            "First Name": "Mara",
            "Last Name": "Quill",
            "E-mail Address": "mara.quill@fernwood-labs.io",
            "Company": "Fernwood Labs",
            "Job Title": "Data Engineer",
        },
        {
            "First Name": "Renée",
            "Last Name": "Castellanos",
            "E-mail Address": "renee.castellanos@brightmoor-analytics.de",
            "Company": "Brightmoor Analytics",
            "Job Title": "Analytics Consultant",
            "Business Phone": "+1 212 555 0142",
            "Mobile Phone": "+44 20 7946 0321",
        },
        {
            "First Name": "Tomas",
            "Last Name": "Reyne",
            "E-mail Address": "tomas.reyne@quillandfern.co.uk",
            "E-mail 2 Address": "tomas.reyne@gmail.com",
            "Company": 'Quill & Fern "Studio", Ltd.',
            "Job Title": "Head of Partnerships",
        },
        {
            "First Name": "Kenji",
            "Last Name": "Watanabe-Lund",
            "Company": "Brightmoor Analytics",
            "Job Title": "Head of Data",
        },
    )
    rows = (quote_all(OUTLOOK_COLUMNS), *(quoted_row(OUTLOOK_COLUMNS, p) for p in people))
    return lines_to_text(rows, eol=CRLF).encode("cp1252")


def case_outlook_utf16() -> bytes:
    """The legacy Outlook CSV in UTF-16 LE with a BOM, CRLF."""
    people: tuple[dict[str, str], ...] = (
        {
            "First Name": "Zoë",
            "Last Name": "Ferreira",
            "E-mail Address": "zoe.ferreira@outlook.com",
            "Company": "Brightmoor Analytics",
            "Job Title": "Data Analyst",
        },
        {
            "Title": "Dr.",
            "First Name": "Ines",
            "Middle Name": "Adaeze",
            "Last Name": "Okafor",
            "Suffix": "PhD",
            "E-mail Address": "ines.okafor@fernwood-labs.io",
            "Company": "Fernwood Labs",
            "Department": "Research",
            "Job Title": "Principal Scientist",
            "Web Page": "https://www.linkedin.com/in/ines-okafor-phd",
        },
        {
            "First Name": "Kenji",
            "Last Name": "Watanabe-Lund 🚀",
            "E-mail Address": "kenji.wlund@gmail.com",
            "Company": "",
            "Job Title": "Advisor",
            "Home Phone": "+44 20 7946 0017",
        },
    )
    rows = (quote_all(OUTLOOK_COLUMNS), *(quoted_row(OUTLOOK_COLUMNS, p) for p in people))
    return b"\xff\xfe" + lines_to_text(rows, eol=CRLF).encode("utf-16-le")


def case_yahoo() -> bytes:
    """The legacy Yahoo CSV with the optional tail, every field quoted, UTF-8, LF."""
    people: tuple[dict[str, str], ...] = (
        {
            "First": "José",
            "Last": "Ruiz",
            "Email": "jose.ruiz@brightmoor-analytics.de",
            "Work": "+1 212 555 0187",
            "Title": "Account Executive",
            "Company": "Brightmoor Analytics",
            "Personal Website": "https://www.linkedin.com/in/jos%C3%A9-ruiz-5a1b2c",
            "Comments": "Met at the Madrid analytics summit",
        },
        {
            "First": "Mara",
            "Middle": "J.",
            "Last": "Quill",
            "Nickname": "Mars",
            "Email": "mara.quill@fernwood-labs.io",
            "Alternate Email 1": "mara.quill.home@gmail.com",
            "Mobile": "07700 900123",
            "Business Website": "https://fernwood-labs.io",
            "Title": "Senior Data Engineer",
            "Company": "Fernwood Labs, Inc.",
            "Work City": "Edinburgh",
            "Birthday": "3/14/1985",
        },
        {
            "First": "Tomas",
            "Last": "Reyne",
            "Title": "CTO",
            "Company": "Quill & Fern",
            "Custom 1": "met 2015",
        },
    )
    rows = (quote_all(YAHOO_COLUMNS), *(quoted_row(YAHOO_COLUMNS, p) for p in people))
    return lines_to_text(rows).encode("utf-8")


def case_vcard_30() -> bytes:
    """Three vCard 3.0 cards, CRLF, one folded line."""
    lines = (
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Quill;Mara;;;",
        "FN:Mara Quill",
        "ORG:Fernwood Labs;Data Platform",
        "TITLE:Senior Data Engineer",
        "EMAIL;TYPE=INTERNET,WORK:mara.quill@fernwood-labs.io",
        "TEL;TYPE=WORK,VOICE:+1 212 555 0142",
        "TEL;TYPE=CELL:+44 20 7946 0958",
        "URL:https://www.linkedin.com/in/mara-quill-4b1a2c",
        "NOTE:Met at the Leith data meetup\\, 2016. Interested in streaming pipelines",
        "  and column stores.",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Reyne;Tomas;;;",
        "FN:Tomas Reyne",
        "ORG:Quill & Fern",
        "TITLE:Head of Partnerships",
        "EMAIL;TYPE=INTERNET,WORK:tomas.reyne@quillandfern.co.uk",
        "TEL;TYPE=HOME:+44 20 7946 0017",
        "TEL;TYPE=CELL:07700 900456",
        "URL:http://uk.linkedin.com/in/tomasreyne/",
        "NOTE:Introduced by Mara.\\nFollow up in Q3.",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Okafor;Ines;Adaeze;Dr.;PhD",
        "FN:Dr. Ines Okafor",
        "ORG:Brightmoor Analytics\\, GmbH",
        "TITLE:Principal Scientist",
        "EMAIL;TYPE=INTERNET,WORK:ines.okafor@brightmoor-analytics.de",
        "TEL;TYPE=WORK:+1 212 555 0163",
        "TEL;TYPE=FAX:+1 212 555 0164",
        "URL;TYPE=WORK:https://brightmoor-analytics.de",
        "URL:https://www.linkedin.com/in/ines-okafor-phd",
        "NOTE:Speaker\\; reviewer.",
        "END:VCARD",
    )
    return lines_to_text(lines, eol=CRLF).encode("utf-8")


def case_vcard_21() -> bytes:
    """vCard 2.1 with quoted-printable UTF-8 names and a soft line break, CRLF."""
    lines = (
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dubois;Fran=C3=A7ois;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Fran=C3=A7ois Dubois",
        "ORG:Quill & Fern",
        "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Directeur Commercial =E2=80=93 Europe",
        "EMAIL;PREF;INTERNET:francois.dubois@quillandfern.co.uk",
        "TEL;WORK;VOICE:+44 20 7946 0321",
        "URL;WORK:https://www.linkedin.com/in/francois-dubois-3c4d5e",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Rencontr=C3=A9 au salon de Lyon; parle fran=",
        "=C3=A7ais et anglais.",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ferr=",
        "eira;Zo=C3=AB;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB Ferreira",
        "ORG:Brightmoor Analytics",
        "TITLE:Data Analyst",
        "EMAIL;INTERNET:zoe.ferreira@outlook.com",
        "TEL;CELL:+44 7700 900123",
        "ADR;WORK:;;Rua das Flores 8;Porto;;4050-262;Portugal",
        "URL:https://www.linkedin.com/in/zoe-ferreira",
        "END:VCARD",
    )
    return lines_to_text(lines, eol=CRLF).encode("utf-8")


def case_vcard_40() -> bytes:
    """vCard 4.0 (LF line ends) with ``tel:`` URIs and grouped (``item1.``) properties."""
    lines = (
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        "FN:Kenji Watanabe-Lund",
        "N:Watanabe-Lund;Kenji;;;",
        "ORG:Brightmoor Analytics",
        "TITLE:Head of Data",
        "item1.EMAIL;TYPE=work:kenji.watanabe-lund@brightmoor-analytics.de",
        "item1.X-ABLABEL:_$!<Work>!$_",
        "TEL;VALUE=uri:tel:+1-212-555-0187",
        "URL:https://www.linkedin.com/in/kenji-watanabe-lund",
        "BDAY:--0314",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:José Ruiz",
        "N:Ruiz;José;;;",
        "ORG:Fernwood Labs",
        "TITLE:Account Executive",
        "EMAIL;PREF=1:jose.ruiz@outlook.com",
        "item2.EMAIL;TYPE=work:jose.ruiz@fernwood-labs.io",
        'TEL;VALUE=uri;TYPE="cell,voice":tel:+44-20-7946-0654',
        "URL:https://www.linkedin.com/in/jos%C3%A9-ruiz-5a1b2c",
        "BDAY:19880702",
        "ADR;TYPE=work:;;1 Fernwood Way;Leith;;EH6 6QQ;United Kingdom",
        "END:VCARD",
    )
    return lines_to_text(lines).encode("utf-8")


#: Case folder → (extension of ``input.*``, writer).
CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "2017": ("csv", case_2017),
    "2018": ("csv", case_2018),
    "2020": ("csv", case_2020),
    "2021": ("csv", case_2021),
    "2023": ("csv", case_2023),
    "2023-trailing-blank": ("csv", case_2023_trailing_blank),
    "excel-2022": ("csv", case_excel_2022),
    "excel-bom": ("csv", case_excel_bom),
    "mojibake-2023": ("csv", case_mojibake_2023),
    "connections-tsv": ("tsv", case_connections_tsv),
    "outlook": ("csv", case_outlook),
    "outlook-utf16": ("csv", case_outlook_utf16),
    "yahoo": ("csv", case_yahoo),
    "vcard-30": ("vcf", case_vcard_30),
    "vcard-21": ("vcf", case_vcard_21),
    "vcard-40": ("vcf", case_vcard_40),
}


def main(argv: Sequence[str] | None = None) -> int:
    return run(CASES, FIXTURES, __file__, argv)


if __name__ == "__main__":
    sys.exit(main())
