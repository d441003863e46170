"""Two exports of one invented member, Ilse Marrow: August 2021 and December 2024.

Each is a Complete archive with the file names and headers of its era (FORMATS.md: the 2021
``Connections.csv`` with its ``Notes:`` preamble and no URL column, the 2024 one with ``URL``;
``messages.csv`` of 2021, and of late 2024 with HTML bodies and draft flags). The profile,
connections, messages, email addresses and positions are written here; education, languages and
skills are the golden fixture inputs (``tests/fixtures``). Everything is invented: names,
companies, domains. ``docs/merge-diff.md`` shows the diff of this pair.

Between the two: Aurelio Vance moved to Quillfeather Labs; Birte Solberg's company and position
are empty in 2024; Cosmin Ardelean shared no email address in 2021 and cannot be followed;
Delphine Okoro is gone; Eun-ji Park and Farid Haddad are new, and so is one hidden member; Ilse
moved to Edinburgh, to Quillfeather Labs, changed her work address and added a skill; Eun-ji
wrote to her.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"

OLD_NAME = "Complete_LinkedInDataExport_08-20-2021.zip"
NEW_NAME = "Complete_LinkedInDataExport_12-20-2024.zip"
OLD_FOLDER = "Complete_LinkedInDataExport_08-20-2021/"  # 2021 archives nest a dated folder

NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)

CONNECTIONS_2021 = NOTES + (
    "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    "Aurelio,Vance,aurelio.vance@harrowgate-systems.io,Harrowgate Systems,Data Engineer,"
    "12 Mar 2019\n"
    "Birte,Solberg,birte.solberg@gmail.com,Nordvik Maritime,Analyst,05 Jun 2020\n"
    "Cosmin,Ardelean,,Fernhill Press,Editor,20 Jan 2021\n"
    ",,,,,01 Jun 2021\n"
    "Delphine,Okoro,delphine.okoro@outlook.com,Brackenridge Consulting,Partner,02 Feb 2018\n"
)

CONNECTIONS_2024 = NOTES + (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Eun-ji,Park,https://www.linkedin.com/in/eunji-park,eunji.park@quillfeather.dev,"
    "Quillfeather Labs,Product Designer,14 Sep 2023\n"
    "Aurelio,Vance,https://www.linkedin.com/in/aurelio-vance,aurelio.vance@harrowgate-systems.io,"
    "Quillfeather Labs,Staff Engineer,12 Mar 2019\n"
    "Birte,Solberg,https://www.linkedin.com/in/birte-solberg-7c2,birte.solberg@gmail.com,,,"
    "05 Jun 2020\n"
    "Cosmin,Ardelean,https://www.linkedin.com/in/cosmin-ardelean,,Fernhill Press,"
    "Managing Editor,20 Jan 2021\n"
    "Farid,Haddad,https://www.linkedin.com/in/farid-haddad-3b,,Kestrel Avionics,CTO,03 Mar 2024\n"
    ",,,,,,07 Jun 2022\n"
)

AURELIO_CHAT = "2-YXVyZWxpby1pbHNlLTIwMjE="
EUNJI_CHAT = "2-ZXVuamktaWxzZS0yMDI0"

MESSAGES_2021 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
    f"{AURELIO_CHAT},,Aurelio Vance,https://www.linkedin.com/in/aurelio-vance,Ilse Marrow,"
    '2021-03-02 09:15:00 UTC,,"Ilse, the pipeline review is on Friday.",INBOX\n'
    f"{AURELIO_CHAT},,Ilse Marrow,https://www.linkedin.com/in/ilse-marrow,Aurelio Vance,"
    '2021-03-02 09:40:12 UTC,,"Thanks, I will bring the numbers & the plan.",INBOX\n'
)

_HEADER_2024 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
    "SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
)
_AURELIO = "Aurelio Vance,https://www.linkedin.com/in/aurelio-vance"
_ILSE = "Ilse Marrow,https://www.linkedin.com/in/ilse-marrow"
_EUNJI = "Eun-ji Park,https://www.linkedin.com/in/eunji-park"
MESSAGES_2024 = _HEADER_2024 + (
    f"{AURELIO_CHAT},,{_AURELIO},{_ILSE},2021-03-02 09:15:00 UTC,,"
    '"<p>Ilse, the pipeline review is on Friday.</p>",INBOX,No,No\n'
    f"{AURELIO_CHAT},,{_ILSE},{_AURELIO},2021-03-02 09:40:12 UTC,,"
    '"<p>Thanks, I will bring the numbers &amp; the plan.</p>",INBOX,No,No\n'
    f"{AURELIO_CHAT},,{_AURELIO},{_ILSE},2023-07-01 17:05:00 UTC,,"
    "<p>Congratulations on the new role!</p>,INBOX,No,No\n"
    f"{EUNJI_CHAT},,{_EUNJI},{_ILSE},2024-05-06 10:00:00 UTC,,"
    '"<p>Hi Ilse, could we talk about the design system?</p>",INBOX,No,No\n'
    f"{EUNJI_CHAT},,{_ILSE},{_EUNJI},2024-05-06 10:30:00 UTC,,"
    '"<p>Sure, Thursday works.</p>",INBOX,No,No\n'
)

_PROFILE_HEADER = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
)
PROFILE_2021 = _PROFILE_HEADER + (
    "Ilse,Marrow,,,Apr 2,Data Engineer at Harrowgate Systems,Builds data pipelines.,"
    'IT Services and IT Consulting,LS1,"Leeds, England, United Kingdom",,'
    "[PERSONAL:https://ilse-marrow.example.com],\n"
)
PROFILE_2024 = _PROFILE_HEADER + (
    "Ilse,Marrow,,,Apr 2,Staff Data Engineer at Quillfeather Labs,"
    "Builds data pipelines and data contracts.,"
    'IT Services and IT Consulting,,"Edinburgh, Scotland, United Kingdom",[ilsemarrow],'
    "[PERSONAL:https://ilse-marrow.example.com],\n"
)

EMAILS_2021 = (
    "Email Address,Confirmed,Primary,Updated On\n"
    'ilse.marrow@gmail.com,Yes,Yes,"3/4/19, 9:00 AM"\n'
    'ilse@harrowgate-systems.io,Yes,No,"1/7/19, 10:00 AM"\n'
)
EMAILS_2024 = (
    "Email Address,Confirmed,Primary,Updated On\n"
    'ilse.marrow@gmail.com,Yes,No,"3/4/19, 9:00 AM"\n'
    'ilse.marrow@quillfeather.dev,Yes,Yes,"7/3/23, 8:30 AM"\n'
)

_POSITIONS_HEADER = "Company Name,Title,Description,Location,Started On,Finished On\n"
POSITIONS_2021 = _POSITIONS_HEADER + (
    'Harrowgate Systems,Data Engineer,,"Leeds, United Kingdom",Jan 2019,\n'
)
POSITIONS_2024 = _POSITIONS_HEADER + (
    'Quillfeather Labs,Staff Data Engineer,,"Edinburgh, United Kingdom",Jul 2023,\n'
    'Harrowgate Systems,Data Engineer,,"Leeds, United Kingdom",Jan 2019,Jun 2023\n'
)


def _fixture(case: str) -> bytes:
    (path,) = sorted((FIXTURES / case).glob("input.*"))
    return path.read_bytes()


def _zip(files: dict[str, bytes | str], folder: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(folder + name, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def old_zip() -> bytes:
    """The August 2021 export."""
    return _zip(
        {
            "Connections.csv": CONNECTIONS_2021,
            "messages.csv": MESSAGES_2021,
            "Profile.csv": PROFILE_2021,
            "Email Addresses.csv": EMAILS_2021,
            "Positions.csv": POSITIONS_2021,
            "Education.csv": _fixture("education/2015"),
            "Languages.csv": _fixture("languages/2018"),
            "Skills.csv": _fixture("skills/2015"),
        },
        OLD_FOLDER,
    )


def new_zip() -> bytes:
    """The December 2024 export."""
    return _zip(
        {
            "Connections.csv": CONNECTIONS_2024,
            "messages.csv": MESSAGES_2024,
            "Profile.csv": PROFILE_2024,
            "Email Addresses.csv": EMAILS_2024,
            "Positions.csv": POSITIONS_2024,
            "Education.csv": _fixture("education/2015"),
            "Languages.csv": _fixture("languages/2018"),
            "Skills.csv": _fixture("skills/2015") + b'\n"Data Contracts"',
        }
    )


def write_pair(folder: Path) -> tuple[Path, Path]:
    """Both archives written into ``folder`` under their LinkedIn names: (old, new)."""
    old, new = folder / OLD_NAME, folder / NEW_NAME
    old.write_bytes(old_zip())
    new.write_bytes(new_zip())
    return old, new
