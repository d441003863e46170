"""Write the input files of the golden fixtures of the profile and career files, byte-exact.

    python tools/make_fixtures_career.py          # (re)write tests/fixtures/<kind>/<case>/input.*
    python tools/make_fixtures_career.py --check  # exit 1 when a file differs from what this writes

Then ``pytest tests/test_golden.py --update-golden`` writes each case's ``expected.json``; review
the diff. The script is deterministic: the files it writes are the source of truth, and each case
folder holds exactly one ``input.*`` file. A case folder is named after the spec id it exercises
(``positions/2017``) or after the quirk it shows (``positions/invalid-date``).

Layouts follow FORMATS.md §3.4 and §4.4-§4.25: UTF-8 without BOM, LF line ends, a final newline,
minimal RFC 4180 quoting (a cell is quoted only when it holds a comma, a quote or a line break).
Every person, company and address is invented.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fixture_cases import run  # tools/fixture_cases.py, beside this script

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

LF = "\n"


def csv_line(cells: Sequence[str]) -> str:
    """One CSV line with minimal RFC 4180 quoting, as LinkedIn writes it."""
    return ",".join(
        '"' + cell.replace('"', '""') + '"' if any(char in cell for char in ',"\r\n') else cell
        for cell in cells
    )


def quote_all(cells: Sequence[str]) -> str:
    """One CSV line with every field quoted (Skills.csv quotes its values)."""
    return ",".join('"' + cell.replace('"', '""') + '"' for cell in cells)


def table(header: str, *rows: Sequence[str], final_newline: bool = True) -> bytes:
    """A UTF-8 CSV file: ``header`` as written, then ``rows`` quoted minimally, LF line ends."""
    lines = [header, *(csv_line(row) for row in rows)]
    return (LF.join(lines) + (LF if final_newline else "")).encode("utf-8")


# --- Profile.csv (§3.4, §4.4) ---------------------------------------------------------------------

HEADER_P1 = (
    "First Name,Last Name,Maiden Name,Created Date,Address,Birth Date,Contact Instructions,"
    "Marital Status,Headline,Summary,Industry,Association"
)
HEADER_P2 = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Marital Status,"
    "Headline,Summary,Industry,Country,Zip Code,Geo Location,Twitter Handles,Websites,"
    "Instant Messengers"
)
HEADER_P3 = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,"
    "Industry,Country,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers"
)
HEADER_P4 = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers"
)


def case_profile_2015() -> bytes:
    return table(
        HEADER_P1,
        (
            "Mara",
            "Quill",
            "",
            "11/3/09, 4:12 PM",
            "12 Harbour Row, Lisbon",
            "Mar 14, 1990",
            "Happy to talk about data pipelines.",
            "",
            "Data Engineer at Fernwood Labs",
            "I build data pipelines.\nAnd I test them.",
            "Computer Software",
            "Open Data Lisboa",
        ),
    )


def case_profile_2018_02() -> bytes:
    return table(
        HEADER_P2,
        (
            "Tomas",
            "Reyne",
            "",
            "",
            "Jul 2, 1986",
            "",
            "Married",
            "Product Manager at Saltmarsh Robotics",
            "Robots, roadmaps and people.",
            "Industrial Automation",
            "United Kingdom",
            "EC1A 1BB",
            "London, United Kingdom",
            "tomreyne",
            "PORTFOLIO:https://tomas-reyne.example.com, COMPANY:https://saltmarsh-robotics.com",
            "SKYPE:tomas.reyne",
        ),
    )


def case_profile_2018_08() -> bytes:
    return table(
        HEADER_P3,
        (
            "Ines",
            "Okafor",
            "",
            "",
            "Oct 9, 1992",
            "Reach me about mentoring.",
            "Analyst at Larkspur Health",
            "",
            "Hospital & Health Care",
            "United States",
            "10001",
            "New York City Area",
            "inesokafor",
            "PERSONAL:https://ines-okafor.example.org",
            "SKYPE:ines.okafor, GTALK:ines.okafor@example.org",
        ),
    )


def case_profile_2020() -> bytes:
    return table(
        HEADER_P4,
        (
            "Mara",
            "Quill",
            "",
            "",
            "Mar 14",
            "Senior Data Engineer at Fernwood Labs",
            "Builds pipelines.\n\nLikes clean data, in Lisbon or remote.",
            "Software Development",
            "94107",
            "San Francisco, California, United States",
            "[maraquill]",
            "[PERSONAL:https://mara-quill.example.com],[PORTFOLIO:https://fernwood-labs.io/mara]",
            "[SKYPE:mara.quill]",
        ),
    )


def case_profile_summary_2024() -> bytes:
    return table("Profile Summary", ("Data engineer. I build pipelines,\nand I test them.",))


def case_profile_summary_empty() -> bytes:
    """Header and an empty row: what most 2024-2026 exports hold (§4.5)."""
    return b"Profile Summary\n\n"


# --- Positions.csv (§3.4, §4.6) -------------------------------------------------------------------


def case_positions_2015() -> bytes:
    return table(
        "Company Name,Description,Location,Start Date,End Date,Title",
        (
            "Fernwood Labs",
            "Ingest and reporting.",
            "Lisbon, Portugal",
            "03/2014",
            "",
            "Data Engineer",
        ),
        ("Brightmoor Analytics", "", "Berlin", "09/2011", "02/2014", "Junior Analyst"),
    )


def case_positions_2017() -> bytes:
    return table(
        "Company Name,Title,Description,Location,Started On,Finished On",
        (
            "Fernwood Labs",
            "Senior Data Engineer",
            "• Built the ingest layer\n• Cut costs by 30%",
            "Lisbon, Portugal",
            "Jan 2021",
            "",
        ),
        ("Brightmoor Analytics", "Data Analyst", "", "Berlin, Germany", "Sep 2016", "Dec 2020"),
        ("Northwind Carto", "Intern", "", "", "2015", "2016"),
    )


def case_positions_invalid_date() -> bytes:
    """An end date LinkedIn never writes: warned about, kept in ``extra``, not current."""
    return table(
        "Company Name,Title,Description,Location,Started On,Finished On",
        ("Fernwood Labs", "Data Engineer", "", "Lisbon", "Jan 2021", "Present"),
    )


# --- the other résumé sections (§4.7-§4.25) -------------------------------------------------------


def case_education_2015() -> bytes:
    return table(
        "School Name,Start Date,End Date,Notes,Degree Name,Activities",
        ("University of Northfield", "2012", "2016", "", "BSc, Computer Science", "Chess club"),
        ("Lisbon School of Data", "Sep 2017", "Jun 2018", "Evening course", "Certificate", ""),
    )


def case_skills_2015() -> bytes:
    rows = ("Data Modeling", "Python", "Extract, Transform, Load (ETL)")
    return ("Name" + LF + "".join(quote_all((row,)) + LF for row in rows)).encode("utf-8")


def case_languages_2015() -> bytes:
    return table(
        "Name,Proficiency",
        ("Portuguese", "NATIVE_OR_BILINGUAL"),
        ("English", "FULL_PROFESSIONAL"),
        ("German", "ELEMENTARY"),
    )


def case_languages_2018() -> bytes:
    return table(
        "Name,Proficiency",
        ("Portuguese", "Native or bilingual proficiency"),
        ("English", "Full professional proficiency"),
        ("Spanish", ""),
    )


def case_certifications_2023() -> bytes:
    return table(
        "Name,Url,Authority,Started On,Finished On,License Number",
        ("Cloud Data Engineer", "", "Quill & Fern Academy", "Mar 2022", "Mar 2025", "QF-2022-0117"),
        (
            "Data Privacy Practitioner",
            "https://certs.fernwood-labs.io/verify/8841",
            "Fernwood Labs",
            "2023",
            "",
            "",
        ),
    )


def case_projects_2016() -> bytes:
    return table(
        "Title,Start Date,End Date,Description,Url",
        ("Open Tide Maps", "04/2015", "11/2015", "Tide tables as open data.", ""),
    )


def case_projects_2018() -> bytes:
    return table(
        "Title,Description,Url,Start Date,End Date",
        ("Open Tide Maps", "Tide tables, as open data.", "https://tides.example.org", "Apr 2015",
         "Nov 2015"),
        ("Harbour Sensors", "", "", "Mar 2018", ""),
    )  # fmt: skip


def case_projects_2023() -> bytes:
    return table(
        "Title,Description,Url,Started On,Finished On",
        ("Harbour Sensors", "Low-power sensors\nfor small ports.", "", "Mar 2018", "2019"),
    )


def case_publications_2018() -> bytes:
    return table(
        "Name,Published On,Description,Publisher,Url",
        (
            "Pipelines That Test Themselves",
            "Mar 9, 2021",
            "A short guide.",
            "Fernwood Press",
            "https://press.fernwood-labs.io/pipelines",
        ),
    )


def case_honors_2018() -> bytes:
    return table(
        "Title,Description,Issuer,Issue Date",
        ("Open Data Award", "For Open Tide Maps.", "Open Data Lisboa", "Mar 2017"),
    )


def case_honors_2024() -> bytes:
    return table(
        "Title,Description,Issued On",
        ("Engineer of the Year", "Fernwood Labs, internal award", "Dec 2023"),
    )


def case_courses_2023() -> bytes:
    return table("Name,Number", ("Machine Learning", "CS 229"), ("Databases", ""))


def case_organizations_2024() -> bytes:
    return table(
        "Name,Description,Position,Started On,Finished On",
        ("Open Data Lisboa", "Volunteer-run meetup.", "Organiser", "Jan 2019", ""),
    )


def case_volunteering_2024() -> bytes:
    return table(
        "Company Name,Role,Cause,Started On,Finished On,Description",
        ("Coastline Cleanup", "Data volunteer", "Environment", "May 2020", "Aug 2021",
         "Mapped litter."),
    )  # fmt: skip


def case_test_scores_2024() -> bytes:
    return table(
        "Tested On,Name,Description,Score",
        ("Jun 2015", "GRE Quantitative", "", "168"),
    )


def case_patents_unknown() -> bytes:
    return table(
        "Title,Issuer,Number,Issued On,Url,Description",
        (
            "Self-calibrating tide sensor",
            "European Patent Office",
            "EP 0000001",
            "Feb 2022",
            "",
            "A sensor that calibrates itself.",
        ),
    )


def case_causes_2018() -> bytes:
    return table("Supported Cause", ("Environment",), ("Education",))


def case_interests_2016() -> bytes:
    return table("Interests", ("open data, sailing, cartography",))


#: case folder (relative to ``tests/fixtures``) → (extension, generator).
CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "profile/2015": ("csv", case_profile_2015),
    "profile/2018-02": ("csv", case_profile_2018_02),
    "profile/2018-08": ("csv", case_profile_2018_08),
    "profile/2020": ("csv", case_profile_2020),
    "profile_summary/2024": ("csv", case_profile_summary_2024),
    "profile_summary/empty": ("csv", case_profile_summary_empty),
    "positions/2015": ("csv", case_positions_2015),
    "positions/2017": ("csv", case_positions_2017),
    "positions/invalid-date": ("csv", case_positions_invalid_date),
    "education/2015": ("csv", case_education_2015),
    "skills/2015": ("csv", case_skills_2015),
    "languages/2015": ("csv", case_languages_2015),
    "languages/2018": ("csv", case_languages_2018),
    "certifications/2023": ("csv", case_certifications_2023),
    "projects/2016": ("csv", case_projects_2016),
    "projects/2018": ("csv", case_projects_2018),
    "projects/2023": ("csv", case_projects_2023),
    "publications/2018": ("csv", case_publications_2018),
    "honors/2018": ("csv", case_honors_2018),
    "honors/2024": ("csv", case_honors_2024),
    "courses/2023": ("csv", case_courses_2023),
    "organizations/2024": ("csv", case_organizations_2024),
    "volunteering/2024": ("csv", case_volunteering_2024),
    "test_scores/2024": ("csv", case_test_scores_2024),
    "patents/unknown": ("csv", case_patents_unknown),
    "causes/2018": ("csv", case_causes_2018),
    "interests/2016": ("csv", case_interests_2016),
}


def main(argv: Sequence[str] | None = None) -> int:
    return run(CASES, FIXTURES, __file__, argv)


if __name__ == "__main__":
    sys.exit(main())
