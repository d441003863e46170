"""Connections in every version, and the legacy "Export contacts" files (FORMATS.md §3, §4.1)."""

from __future__ import annotations

import re

import attrs

from linkedin_export._builders import build_connection
from linkedin_export._formats._spec import Column, Container, FileSpec, Kind
from linkedin_export._values import linkedin_date, profile_url, web_url

__all__ = ["CONNECTION_SPECS", "NOTES_PREAMBLE"]

_FIRST = Column("first_name", "First Name")
_LAST = Column("last_name", "Last Name")
_URL = Column("profile_url", "URL", profile_url)
_EMAIL = Column("emails", "Email Address", many=True)
_COMPANY = Column("company", "Company")
_POSITION = Column("position", "Position")
_CONNECTED = Column("connected_on", "Connected On", linkedin_date)
_SIX = (_FIRST, _LAST, _EMAIL, _COMPANY, _POSITION, _CONNECTED)

#: The three lines before the header of Connections.csv since 2021 (C3, C4), byte for byte.
NOTES_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their connections "
    "to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)

_US_DATETIME = re.compile(r"\d{1,2}/\d{1,2}/\d{2},? .*")
_DAY_MON_YEAR = re.compile(r"\d{2} [A-Za-z]{3} \d{4}")
_CONNECTIONS = (r"connections",)

CONNECTIONS_2017 = FileSpec(
    id="connections/2017",
    kind=Kind.CONNECTIONS,
    title="Connections.csv, 9 columns with address and websites",
    files=_CONNECTIONS,
    columns=(
        _FIRST,
        _LAST,
        Column("addresses", "Address", many=True),
        _EMAIL,
        _COMPANY,
        _POSITION,
        _CONNECTED,
        Column("websites", "Websites", web_url, many=True),
        Column(None, "Instant Messengers"),
    ),
    build=build_connection,
    first_seen="2017",
    last_seen="2018-02",
    confidence="L",
    notes="Known from one source only (an Apache Streams comment); may be a hand-written union.",
    reference="§3.4",
)
CONNECTIONS_2018 = FileSpec(
    id="connections/2018",
    kind=Kind.CONNECTIONS,
    title="Connections.csv, 6 columns, dates like 7/3/18, 9:41 PM",
    files=_CONNECTIONS,
    columns=_SIX,
    build=build_connection,
    first_seen="2018-02",
    last_seen="2019",
    confidence="M",
    shapes={"connected_on": _US_DATETIME},
    notes="Connected On is a quoted US date and time; the time is dropped.",
    reference="§4.1 C1",
)
CONNECTIONS_2020 = FileSpec(
    id="connections/2020",
    kind=Kind.CONNECTIONS,
    title="Connections.csv, 6 columns, no preamble",
    files=_CONNECTIONS,
    columns=_SIX,
    build=build_connection,
    first_seen="2020-02",
    last_seen="2021-05",
    shapes={"connected_on": _DAY_MON_YEAR},
    notes="Dates like 03 Feb 2020.",
    reference="§4.1 C2",
)
CONNECTIONS_2021 = FileSpec(
    id="connections/2021",
    kind=Kind.CONNECTIONS,
    title="Connections.csv with the Notes: preamble, no URL",
    files=_CONNECTIONS,
    columns=_SIX,
    build=build_connection,
    first_seen="2021-08",
    last_seen="2023-06",
    confidence="M",
    preamble=True,
    shapes={"connected_on": _DAY_MON_YEAR},
    notes="Three preamble lines (Notes:, a quoted sentence, a blank line) before the header.",
    reference="§4.1 C3",
)
CONNECTIONS_2023 = FileSpec(
    id="connections/2023",
    kind=Kind.CONNECTIONS,
    title="Connections.csv with preamble and URL",
    files=_CONNECTIONS,
    columns=(_FIRST, _LAST, _URL, _EMAIL, _COMPANY, _POSITION, _CONNECTED),
    build=build_connection,
    first_seen="2023-07",
    preamble=True,
    shapes={"connected_on": _DAY_MON_YEAR},
    notes="Usually no final newline; hidden members appear as rows with only the date.",
    reference="§4.1 C4",
)

_PHONE = "phones"
_OUTLOOK_ESSENTIAL = frozenset(
    {"First Name", "Last Name", "E-mail Address", "Company", "Job Title"}
)
_OUTLOOK_COLUMNS = tuple(
    # The columns usually empty need not be present (converters and edits drop them).
    attrs.evolve(column, optional=column.header not in _OUTLOOK_ESSENTIAL)
    for column in (
        Column("name_prefix", "Title"),
        _FIRST,
        Column("middle_name", "Middle Name"),
        _LAST,
        Column("name_suffix", "Suffix"),
        Column("emails", "E-mail Address", many=True),
        Column("emails", "E-mail 2 Address", many=True),
        Column("emails", "E-mail 3 Address", many=True),
        *(
            Column(None, f"{place} {part}")
            for place in ("Business", "Home", "Other")
            for part in (
                "Street",
                "Street 2",
                "Street 3",
                "City",
                "State",
                "Postal Code",
                "Country",
            )
        ),
        Column("company", "Company"),
        Column("department", "Department"),
        Column("position", "Job Title"),
        Column(_PHONE, "Assistant's Phone", many=True),
        Column(None, "Business Fax"),
        Column(_PHONE, "Business Phone", many=True),
        Column(_PHONE, "Business Phone 2", many=True),
        Column(_PHONE, "Callback", many=True),
        Column(_PHONE, "Car Phone", many=True),
        Column(_PHONE, "Company Main Phone", many=True),
        Column(None, "Home Fax"),
        Column(_PHONE, "Home Phone", many=True),
        Column(_PHONE, "Home Phone 2", many=True),
        Column(None, "ISDN"),
        Column(_PHONE, "Mobile Phone", many=True),
        Column(None, "Other Fax"),
        Column(_PHONE, "Other Phone", many=True),
        Column(_PHONE, "Pager", many=True),
        Column(_PHONE, "Primary Phone", many=True),
        Column(_PHONE, "Radio Phone", many=True),
        Column(_PHONE, "TTY/TDD Phone", many=True),
        Column(None, "Telex"),
        Column(None, "Assistant's Name"),
        Column("birthday", "Birthday"),
        Column(None, "Manager's Name"),
        Column("notes", "Notes"),
        Column(None, "Other Address PO Box"),
        Column(None, "Spouse"),
        Column("websites", "Web Page", web_url, many=True),
        Column("websites", "Personal Web Page", web_url, many=True),
    )
)
CONNECTIONS_OUTLOOK = FileSpec(
    id="connections/outlook",
    kind=Kind.CONNECTIONS,
    title='Legacy "Export connections" Outlook CSV (58 quoted columns)',
    files=(r"linkedinconnectionsexport.*outlook.*", r".*outlook.*"),
    columns=_OUTLOOK_COLUMNS,
    build=build_connection,
    first_seen="2010",
    last_seen="2017",
    notes="Every field quoted; usually only names, e-mail, company and job title are filled. "
    "Encoding unknown (UTF-8, UTF-16 and cp1252 are all read). No connection date or URL.",
    reference="§3.1",
)
_YAHOO_OPTIONAL = (
    "Work Address", "Work City", "Work State", "Work ZIP", "Work Country", "Home Address",
    "Home City", "Home State", "Home ZIP", "Home Country", "Anniversary", "Custom 1", "Custom 2",
    "Custom 3", "Custom 4",
)  # fmt: skip
CONNECTIONS_YAHOO = FileSpec(
    id="connections/yahoo",
    kind=Kind.CONNECTIONS,
    title='Legacy "Export connections" Yahoo CSV',
    files=(r"linkedinconnectionsexport.*yahoo.*", r".*yahoo.*"),
    columns=(
        Column("first_name", "First"),
        Column("middle_name", "Middle"),
        Column("last_name", "Last"),
        Column("nickname", "Nickname"),
        Column("emails", "Email", many=True),
        Column(None, "Category"),
        Column(None, "Distribution Lists"),
        Column(None, "Yahoo! ID"),
        Column(_PHONE, "Home", many=True),
        Column(_PHONE, "Work", many=True),
        Column(_PHONE, "Pager", many=True),
        Column(None, "Fax"),
        Column(_PHONE, "Mobile", many=True),
        Column(_PHONE, "Other", many=True),
        Column(_PHONE, "Yahoo! Phone", many=True),
        Column(_PHONE, "Primary", many=True),
        Column("emails", "Alternate Email 1", many=True),
        Column("emails", "Alternate Email 2", many=True),
        Column("websites", "Personal Website", web_url, many=True),
        Column("websites", "Business Website", web_url, many=True),
        Column("position", "Title"),
        Column("company", "Company"),
        *(Column(None, header, optional=True) for header in _YAHOO_OPTIONAL),
        Column("birthday", "Birthday", optional=True),
        Column("notes", "Comments", optional=True),
    ),
    build=build_connection,
    first_seen="2010",
    last_seen="2017",
    confidence="L",
    notes="The first 22 columns follow the Yahoo! address book; the tail is optional.",
    reference="§3.2",
)
_VCARD_KNOWN = (
    "PHOTO", "UID", "REV", "PRODID", "CATEGORIES", "X-ABUID", "X-ABLABEL", "X-SOCIALPROFILE",
    "SOURCE", "KIND", "GENDER", "ANNIVERSARY", "LANG", "TZ", "GEO", "ROLE", "IMPP", "LABEL",
    "SORT-STRING", "CLASS", "MAILER", "X-ABSHOWAS", "X-AIM", "X-SKYPE",
)  # fmt: skip
CONNECTIONS_VCARD = FileSpec(
    id="connections/vcard",
    kind=Kind.CONNECTIONS,
    title='Legacy "Export connections" vCard (Mac OS X Address Book)',
    files=(r".*",),
    columns=(
        Column("formatted_name", "FN", optional=True),
        Column("last_name", "N.family", optional=True),
        Column("first_name", "N.given", optional=True),
        Column("middle_name", "N.additional", optional=True),
        Column("name_prefix", "N.prefix", optional=True),
        Column("name_suffix", "N.suffix", optional=True),
        Column("company", "ORG", optional=True),
        Column("department", "ORG.unit", optional=True),
        Column("position", "TITLE", optional=True),
        Column("emails", "EMAIL", many=True, optional=True),
        Column(_PHONE, "TEL", many=True, optional=True),
        Column("websites", "URL", web_url, many=True, optional=True),
        Column("notes", "NOTE", optional=True),
        Column("birthday", "BDAY", optional=True),
        Column("addresses", "ADR", many=True, optional=True),
        Column("nickname", "NICKNAME", optional=True),
        *(Column(None, name, optional=True) for name in _VCARD_KNOWN),
    ),
    build=build_connection,
    first_seen="2010",
    last_seen="2017",
    confidence="?",
    container=Container.VCARD,
    notes="No LinkedIn sample is known; any vCard 2.1, 3.0 or 4.0 contact file is read.",
    reference="§3.3",
)

CONNECTION_SPECS = (
    CONNECTIONS_2017,
    CONNECTIONS_2018,
    CONNECTIONS_2020,
    CONNECTIONS_2021,
    CONNECTIONS_2023,
    CONNECTIONS_OUTLOOK,
    CONNECTIONS_YAHOO,
    CONNECTIONS_VCARD,
)
