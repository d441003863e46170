"""Write the bundled synthetic sample export (invented people only).

    python tools/make_sample.py

writes ``src/linkedin_export/_sample/Complete_LinkedInDataExport_11-20-2026.zip``. The output is
byte-for-byte deterministic (seeded randomness, fixed zip timestamps), and a test checks that the
committed file is what this script writes, so the script is the source of truth.

Every name is invented; company domains are invented; phone numbers use fictional ranges
(+1 212 555 01xx, +44 20 7946 0xxx). The quirks of real exports are reproduced on purpose: the
``Notes:`` preamble, no final newline, hidden members, emoji and credentials in names, a name
holding a phone number, a double-encoded name, an unknown extra file.
"""

from __future__ import annotations

import csv
import io
import random
import sys
import zipfile
from pathlib import Path

from linkedin_export._formats.network import NOTES_PREAMBLE

OUTPUT = (
    Path(__file__).resolve().parent.parent
    / "src/linkedin_export/_sample/Complete_LinkedInDataExport_11-20-2026.zip"
)
_TIMESTAMP = (2026, 11, 20, 9, 30, 0)
_PREAMBLE = NOTES_PREAMBLE
_FIRST = (
    "Mara Tomas Ines Kenji Zoë Amara Lukas Priya Soren Elif Mateo Hana Oskar Leila Ruben Noor "
    "Yusuf Freya Dario Mei Anouk Tariq Ilse Bruno Sanne Kofi Greta Rafael Aiko Nils"
).split()
_LAST = (
    "Quill Reyne Okafor Watanabe-Lund Ferreira Castellanos Brandvold Iyer Haldane Korkmaz "
    "Villaverde Sato Lindqvist Haddad Morenz Al-Sabri Demir Halloran Benedetti Zhou Verhoeven "
    "Rahimi Strand Carvalho Dekker Mensah Aalto Quintero Fujimori Ekdahl"
).split()
_COMPANIES = (
    ("Fernwood Labs", "fernwood-labs.io"),
    ("Quill & Fern Ltd", "quillandfern.co.uk"),
    ("Brightmoor Analytics GmbH", "brightmoor-analytics.de"),
    ("Northwind Cartography", "northwind-carto.com"),
    ("Saltmarsh Robotics, Inc.", "saltmarsh-robotics.com"),
    ("Larkspur Health", "larkspur-health.org"),
    ("Obsidian Ferry Co.", "obsidianferry.net"),
)
_POSITIONS = (
    "Senior Data Engineer",
    "Product Manager",
    "Head of Growth",
    "Software Engineer",
    "UX Researcher",
    "Founder & CEO",
    "Talent Partner",
    "Staff Engineer, Platform",
)
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _csv(rows: list[list[str]], *, final_newline: bool = True) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    text = out.getvalue()
    return text if final_newline else text.rstrip("\n")


def connections(rng: random.Random) -> str:
    header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position"]
    rows = [[*header, "Connected On"]]
    for index in range(48):
        first, last = _FIRST[index % len(_FIRST)], _LAST[(index * 7) % len(_LAST)]
        slug = f"{first}-{last}".lower().replace("ë", "e") + f"-{rng.randrange(16**6):06x}"
        company, domain = _COMPANIES[index % len(_COMPANIES)]
        email = ""
        roll = rng.random()
        if roll < 0.18:
            email = f"{first[0]}.{last}@{domain}".lower().replace("ë", "e")
        elif roll < 0.30:
            provider = rng.choice(("gmail.com", "outlook.com", "icloud.com"))
            email = f"{first}.{last}{rng.randrange(10, 99)}@{provider}".lower().replace("ë", "e")
        day = f"{rng.randrange(1, 29):02d} {rng.choice(_MONTHS)} {rng.randrange(2009, 2027)}"
        rows.append(
            [
                first,
                last,
                f"https://www.linkedin.com/in/{slug}",
                email,
                company,
                rng.choice(_POSITIONS),
                day,
            ]
        )
    rows += [
        [
            "Ines",
            "Okafor, PhD",
            "https://www.linkedin.com/in/ines-okafor-phd",
            "",
            "Larkspur Health",
            "Research Lead",
            "11 Feb 2025",
        ],
        [
            "Kenji 🚀",
            "Watanabe-Lund",
            "https://www.linkedin.com/in/kenji-wl",
            "",
            "Fernwood Labs",
            "Engineering Manager",
            "03 Mar 2024",
        ],
        [
            "Ruben",
            "Morenz +44 20 7946 0958",
            "https://www.linkedin.com/in/ruben-morenz",
            "",
            "Obsidian Ferry Co.",
            "Sales Director",
            "19 Jul 2023",
        ],
        [
            "JosÃ©",
            "Ferreira",
            "https://www.linkedin.com/in/jos%C3%A9-ferreira-77a1b2",
            "",
            "Northwind Cartography",
            "Cartographer",
            "08 Aug 2022",
        ],
        [
            "Amara",
            "Castellanos",
            "",
            "amara.castellanos@@fernwood-labs.io",
            "Fernwood Labs",
            "Designer",
            "27 Jan 2021",
        ],
        ["", "", "", "", "", "", "07 Jun 2022"],
        ["", "", "", "", "", "", "14 Oct 2019"],
    ]
    return _PREAMBLE + _csv(rows, final_newline=False)


def messages() -> str:
    header = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT"
    ).split(",")
    me = ("Sam Ekdahl", "https://www.linkedin.com/in/sam-ekdahl-sample")
    rows = [
        header,
        [
            "2-c2FtcGxlLWNvbnZlcnNhdGlvbi0x",
            "",
            "Mara Quill",
            "https://www.linkedin.com/in/mara-quill",
            me[0],
            me[1],
            "2026-10-02 14:33:22 UTC",
            "",
            "<p>Hi Sam, are you free Thursday?</p>",
            "INBOX",
            "No",
            "No",
        ],
        [
            "2-c2FtcGxlLWNvbnZlcnNhdGlvbi0x",
            "",
            me[0],
            me[1],
            "Mara Quill",
            "https://www.linkedin.com/in/mara-quill",
            "2026-10-02 15:01:09 UTC",
            "",
            "<p>Thursday works &amp; I&rsquo;ll bring the maps.</p>",
            "INBOX",
            "No",
            "No",
        ],
        [
            "2-c2FtcGxlLWNvbnZlcnNhdGlvbi0y",
            "",
            "LinkedIn Member",
            "",
            me[0],
            me[1],
            "2026-09-12 08:00:00 UTC",
            "",
            "<p>Hello!</p>",
            "INBOX",
            "No",
            "No",
        ],
    ]
    return _csv(rows)


def profile() -> str:
    return _csv(
        [
            "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
            "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers".split(","),
            [
                "Sam",
                "Ekdahl",
                "",
                "",
                "Mar 14",
                "Cartographer at Northwind Cartography",
                "Maps, data and long walks.",
                "Software Development",
                "",
                "Lisbon, Portugal",
                "[samekdahl]",
                "[PERSONAL:https://ekdahl-maps.example.org]",
                "",
            ],
        ]
    )


def main() -> int:
    rng = random.Random(20261120)
    files = {
        "Connections.csv": connections(rng).encode("utf-8"),
        "messages.csv": messages().encode("utf-8"),
        "Profile.csv": profile().encode("utf-8"),
        "Skills.csv": _csv([["Name"], ["Cartography"], ["Python"], ["Data Modeling"]]).encode(),
        "Positions.csv": _csv(
            [
                ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
                [
                    "Northwind Cartography",
                    "Cartographer",
                    "Maps for rivers.",
                    "Lisbon, Portugal",
                    "Jan 2021",
                    "",
                ],
                [
                    "Fernwood Labs",
                    "GIS Analyst",
                    "• Built the tile pipeline\n• Ran map QA",
                    "Porto, Portugal",
                    "Mar 2017",
                    "Dec 2020",
                ],
            ]
        ).encode(),
        "Education.csv": _csv(
            [
                ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
                ["University of Northfield", "2012", "2016", "", "BSc, Geography", "Chess club"],
            ]
        ).encode(),
        "Languages.csv": _csv(
            [
                ["Name", "Proficiency"],
                ["Portuguese", "Native or bilingual proficiency"],
                ["English", "Full professional proficiency"],
            ]
        ).encode(),
        "Email Addresses.csv": _csv(
            [
                ["Email Address", "Confirmed", "Primary", "Updated On"],
                ["sam.ekdahl@northwind-carto.com", "Yes", "Yes", "6/2/21, 8:15 PM"],
                ["sam.ekdahl.maps@gmail.com", "Yes", "No", "Not Available"],
            ],
            final_newline=False,
        ).encode(),
        "PhoneNumbers.csv": _csv(
            [["Extension", "Number", "Type"], ["", " +44 20 7946 0958", "Mobile"]]
        ).encode(),
        "Endorsement_Received_Info.csv": _csv(
            [
                [
                    "Endorsement Date",
                    "Skill Name",
                    "Endorser First Name",
                    "Endorser Last Name",
                    "Endorser Public Url",
                    "Endorsement Status",
                ],
                [
                    "2024/05/10 09:12:44 UTC",
                    "Cartography",
                    "Tomas",
                    "Reyne",
                    "www.linkedin.com/in/tomas-reyne",
                    "ACCEPTED",
                ],
            ]
        ).encode(),
        "Company Follows.csv": _csv(
            [["Organization", "Followed On"], ["Fernwood Labs", "Tue Mar 07 10:22:33 UTC 2023"]],
            final_newline=False,
        ).encode(),
        "Recommendations_Received.csv": _csv(
            [
                [
                    "First Name",
                    "Last Name",
                    "Company",
                    "Job Title",
                    "Text",
                    "Creation Date",
                    "Status",
                ],
                [
                    "Ines",
                    "Okafor",
                    "Larkspur Health",
                    "Research Lead",
                    "Sam maps what others only describe.\nA joy to work with.",
                    "11/20/24, 10:03 AM",
                    "VISIBLE",
                ],
            ]
        ).encode(),
        "Invitations.csv": _csv(
            [
                "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl".split(","),
                [
                    "Tomas Reyne",
                    "Sam Ekdahl",
                    "3/14/26, 9:05 AM",
                    "Great meeting you",
                    "INCOMING",
                    "https://www.linkedin.com/in/tomas-reyne",
                    "https://www.linkedin.com/in/sam-ekdahl-sample",
                ],
            ]
        ).encode(),
        "Jobs/Saved Jobs.csv": _csv(
            [
                ["Saved Date", "Job Url", "Job Title", "Company Name"],
                [
                    "10/1/26, 7:12 PM",
                    "https://www.linkedin.com/jobs/view/4100000001",
                    "Lead Cartographer",
                    "Northwind Cartography",
                ],
            ]
        ).encode(),
        "Articles/Articles/maps-that-lie.html": (
            b'<html><head><title>Maps that lie</title><meta charset="UTF-8"></head><body>'
            b'<h1><a href="https://www.linkedin.com/pulse/maps-lie-sam-ekdahl-9z8y7">'
            b"Maps that lie</a></h1><p>An invented article.</p></body></html>\n"
        ),
        "Sample Notes From The Owner.csv": _csv(
            [["Topic", "Note"], ["Why", "An unknown file: the library keeps its rows."]]
        ).encode(),
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=_TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    if "--check" in sys.argv:
        current = OUTPUT.read_bytes() if OUTPUT.exists() else b""
        if current != buffer.getvalue():
            print(f"{OUTPUT} is out of date: run python tools/make_sample.py")
            return 1
        return 0
    OUTPUT.write_bytes(buffer.getvalue())
    print(f"wrote {OUTPUT} ({len(buffer.getvalue())} bytes, {len(files)} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
