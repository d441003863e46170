"""Write the input files of the golden fixtures of the account and jobs files, byte-exact.

    python tools/make_fixtures_account.py          # (re)write tests/fixtures/<kind>/<case>/input.*
    python tools/make_fixtures_account.py --check  # exit 1 when an input differs

Then ``pytest tests/test_golden.py --update-golden`` writes each case's ``expected.json``; review
the diff. Deterministic: no randomness, no clock. Layouts follow FORMATS.md §2, §3.4, §4.10-§4.13,
§4.49 and §5 (minimal RFC 4180 quoting, quoted US dates, the space before ``+``, a missing final
newline where LinkedIn leaves it out, the tab-separated 2015 Email Addresses.csv).

Every person, address and number is invented: company domains are made up, personal addresses use
invented local parts, and phone numbers come from fictional ranges (+1 212 555 01xx,
+44 20 7946 0xxx).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fixture_cases import csv_line, run  # tools/fixture_cases.py, beside this script

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

LF = "\n"


def table(
    header: str,
    rows: Sequence[Sequence[str]],
    *,
    delimiter: str = ",",
    final_newline: bool = True,
) -> bytes:
    """A UTF-8 file: ``header`` as written, then the rows quoted the LinkedIn way, LF line ends."""
    lines = [header, *(csv_line(row, delimiter) for row in rows)]
    return (LF.join(lines) + (LF if final_newline else "")).encode("utf-8")


# --- Email Addresses.csv -------------------------------------------------------------------------


def email_2015() -> bytes:
    """2015 pre-GDPR archive: tab-separated (§2, §3.4), header names inferred."""
    return table(
        "Email Address\tStatus\tPrimary\tDate Added\tDate Removed",
        (
            ("mara.quill@fernwood-labs.io", "Confirmed", "Yes", "3/2/15, 4:12 PM", ""),
            ("mara.quill@gmail.com", "Confirmed", "No", "11/20/13, 9:01 AM", ""),
            (
                "mquill@brightmoor-analytics.de",
                "Removed",
                "No",
                "6/1/12, 10:00 AM",
                "2/14/15, 5:30 PM",
            ),
        ),
        delimiter="\t",
    )


def email_early_2018() -> bytes:
    """Early-2018 pre-GDPR archive: ``Is primary`` and ``Status Updated On`` (§3.4)."""
    return table(
        "Email Address,Confirmed,Is primary,Status Updated On",
        (
            ("tomas.reyne@fernwood-labs.io", "Yes", "Yes", "1/5/18, 4:12 PM"),
            ("tomas.reyne@outlook.com", "No", "No", "12/30/17, 11:45 PM"),
        ),
    )


def email_2018() -> bytes:
    """Nov 2018 onwards (§4.10): quoted US dates, ``Not Available``, no final newline."""
    return table(
        "Email Address,Confirmed,Primary,Updated On",
        (
            ("mara.quill@protonmail.com", "Yes", "Yes", "6/2/21, 8:15 PM"),
            ("mara.quill@fernwood-labs.io", "Yes", "No", "12/1/23, 12:05 AM"),
            ("mara.q@gmail.com", "No", "No", "Not Available"),
        ),
        final_newline=False,
    )


# --- PhoneNumbers.csv, Whatsapp Phone Numbers.csv -------------------------------------------------


def phones_2018() -> bytes:
    """``Extension,Number,Type`` (§4.11): a leading space before ``+``, an empty type."""
    return table(
        "Extension,Number,Type",
        (
            ("", " +44 20 7946 0123", "Mobile"),
            ("204", " +1 212 555 0142", "Work"),
            ("", " +1 212-555-0187", ""),
        ),
    )


def phones_early_2018() -> bytes:
    """The early-2018 column order ``Number,Extension,Type`` (§3.4), read by the same version."""
    return table(
        "Number,Extension,Type",
        (
            (" +44 20 7946 0456", "", "Home"),
            (" +1 212 555 0199", "12", "Work"),
        ),
    )


def whatsapp_2024() -> bytes:
    """``Number,Extension,Is_WhatsApp_Number`` with ``true``/``false`` (§4.12)."""
    return table(
        "Number,Extension,Is_WhatsApp_Number",
        (
            (" +44 20 7946 0123", "", "true"),
            (" +1 212 555 0142", "", "false"),
        ),
    )


# --- Registration.csv ----------------------------------------------------------------------------


def registration_early_2018() -> bytes:
    """Early-2018 pre-GDPR header (§3.4, §4.13)."""
    return table(
        "Registration Date,Registration IP,Subscription Type,Inviter First Name,Inviter Last Name",
        (("3/14/10, 7:22 PM", "198.51.100.23", "Basic", "Ines", "Okafor"),),
    )


def registration_2018() -> bytes:
    """Nov 2018 header with ``Invited by (First Name)`` (§4.13)."""
    return table(
        "Registration Date,Registration IP Address,Invited by (First Name),"
        "Invited by (Last Name),Subscription Types",
        (("10/2/11, 8:05 AM", "203.0.113.77", "Tomas", "Reyne", "Premium Career"),),
    )


def registration_2023() -> bytes:
    """2023 onwards: ``Registered At,Registration Ip,Subscription Types`` (§4.13)."""
    return table(
        "Registered At,Registration Ip,Subscription Types",
        (("7/21/12, 11:48 PM", "192.0.2.146", ""),),
    )


# --- Jobs/ ---------------------------------------------------------------------------------------


def saved_jobs_2018() -> bytes:
    """``Jobs/Saved Jobs.csv`` (§4.49): quoted US dates, a company with a comma."""
    return table(
        "Saved Date,Job Url,Job Title,Company Name",
        (
            (
                "3/14/24, 9:05 AM",
                "https://www.linkedin.com/jobs/view/3812345678",
                "Data Engineer",
                "Fernwood Labs",
            ),
            (
                "11/2/18, 6:40 PM",
                "https://www.linkedin.com/jobs/view/912345601",
                "Senior Analyst, Risk",
                "Brightmoor Analytics, Inc.",
            ),
        ),
    )


def job_applications_2024() -> bytes:
    """``Jobs/Job Applications.csv`` (§4.49): Q&A pairs, space before ``+``, empty cells."""
    return table(
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
        "Resume Name,Question And Answers",
        (
            (
                "4/9/24, 10:17 AM",
                "mara.quill@gmail.com",
                " +44 20 7946 0123",
                "Fernwood Labs",
                "Staff Data Engineer",
                "https://www.linkedin.com/jobs/view/3898765432",
                "Mara_Quill_CV_2024.pdf",
                (
                    "How many years of work experience do you have with Python?:7 | "
                    "Are you legally authorized to work in the United Kingdom?:Yes | "
                    "Mobile phone number: +44 20 7946 0123"
                ),
            ),
            (
                "1/22/24, 3:02 PM",
                "mara.quill@fernwood-labs.io",
                "",
                "Quill & Fern",
                "Head of Data, EMEA",
                "https://www.linkedin.com/jobs/view/3801112223",
                "",
                "",
            ),
        ),
    )


SEEKER_2018 = (
    "Locations,Industries,Company Employee Count,Preferred Job Types,Job Titles,"
    "Open To Recruiters,Dream Companies,Profile Shared With Job Poster,"
    "Job Title For Searching Fast Growing Companies,Introduction Statement,Phone Number,"
    "Job Seeker Activity Level,Preferred Start Time Range,Commute Preference Starting Address,"
    "Commute Preference Starting Time,Mode Of Transportation,Maximum Commute Duration"
)
SEEKER_2023 = SEEKER_2018 + ",Open Candidate Visibility,Job Seeking Urgency Level"


def seeker_2018() -> bytes:
    """17 columns (§4.49), bracketed multi-values ``[City], [City, Region]``."""
    return table(
        SEEKER_2018,
        (
            (
                "[Edinburgh], [London, United Kingdom]",
                "[Computer Software]",
                "",
                "[Full-time]",
                "[Data Engineer], [Analytics Engineer]",
                "Yes",
                "",
                "No",
                "",
                "",
                " +44 20 7946 0123",
                "Casually looking",
                "",
                "",
                "",
                "",
                "",
            ),
        ),
    )


def seeker_2023() -> bytes:
    """19 columns (§4.49), ``" | "`` multi-values and the 2023 enums."""
    return table(
        SEEKER_2023,
        (
            (
                "Edinburgh, Scotland, United Kingdom | London Area, United Kingdom",
                "Technology, Information and Internet | Research Services",
                "51-200 | 201-500",
                "Full-time | Contract",
                "Staff Data Engineer | Head of Data",
                "Yes",
                "Fernwood Labs",
                "Yes",
                "",
                "Data engineer who likes maps.",
                "",
                "",
                "Immediately",
                "12 Harbour Row, Leith",
                "9:00 AM",
                "Public transit",
                "45 minutes",
                "RECRUITERS",
                "ACTIVELY_SEEKING",
            ),
        ),
    )


def seeker_2026() -> bytes:
    """2026: the 19 columns plus ``Semantic Preferences`` (the full tail is unknown, §4.49)."""
    return table(
        SEEKER_2023 + ",Semantic Preferences",
        (
            (
                "Remote",
                "",
                "",
                "Full-time",
                "Data Platform Lead",
                "Yes",
                "",
                "No",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "RECRUITERS",
                "USER_DID_NOT_SPECIFY",
                "small teams working on open data",
            ),
        ),
    )


def saved_answers_2024() -> bytes:
    """``Question,Answer`` (§4.49) with an answer starting `` +`` and a multi-line answer."""
    return table(
        "Question,Answer",
        (
            ("Mobile phone number", " +44 20 7946 0123"),
            ("How many years of work experience do you have with SQL?", "9"),
            ("Why do you want to join us?", "I like maps,\nand open data."),
        ),
    )


def alerts_2018() -> bytes:
    """``Saved Search Date,Jobs Search Url`` (2018 to Mar 2024)."""
    return table(
        "Saved Search Date,Jobs Search Url",
        (
            (
                "2/3/24, 8:30 AM",
                "https://www.linkedin.com/jobs/search/?keywords=data%20engineer&location=Edinburgh",
            ),
        ),
    )


def alerts_2025() -> bytes:
    """``ALERT_PARAMETERS,QUERY_CONTEXT,SAVED_SEARCH_ID`` (Mar 2025 onwards)."""
    return table(
        "ALERT_PARAMETERS,QUERY_CONTEXT,SAVED_SEARCH_ID",
        (
            (
                "frequency:DAILY, channel:EMAIL",
                "keywords:data engineer, geoId:90009496",
                "7301234567",
            ),
        ),
    )


ONLINE_POSTINGS = (
    "Company Name,Title,Employment Status,Company Description,Job Description,"
    "Location Description,Job Functions,Company Industries,Seniority Level,Required Skills,"
    "Education Levels,Onsite Apply,Contact Email,Company Apply Url,Base Salary,"
    "Additional Compensation,Job State,Create Date,List Date,Close Date,Expiration Date"
)


def online_postings_2024() -> bytes:
    """``Online Job Postings.csv`` (§4.49): HTML description, ``" | "`` lists, quoted dates."""
    return table(
        ONLINE_POSTINGS,
        (
            (
                "Quill & Fern",
                "Volunteer Map Librarian",
                "VOLUNTEER",
                "A small studio for open maps.",
                "<p>Help us <strong>catalogue</strong> maps.</p>",
                "Edinburgh, Scotland, United Kingdom",
                "Research | Education",
                "Non-profit Organizations",
                "ENTRY_LEVEL",
                "Cartography | Cataloguing",
                "",
                "true",
                "jobs@quill-and-fern.org",
                "",
                "",
                "",
                "CLOSED",
                "5/2/24, 9:00 AM",
                "5/2/24, 9:05 AM",
                "6/1/24, 12:00 PM",
                "6/2/24, 9:05 AM",
            ),
        ),
    )


#: Case folder (``<kind>/<case>``) → (extension of ``input.*``, writer).
CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "email_addresses/2015": ("csv", email_2015),
    "email_addresses/early-2018": ("csv", email_early_2018),
    "email_addresses/2018": ("csv", email_2018),
    "phone_numbers/2018": ("csv", phones_2018),
    "phone_numbers/early-2018": ("csv", phones_early_2018),
    "whatsapp_numbers/2024": ("csv", whatsapp_2024),
    "registration/early-2018": ("csv", registration_early_2018),
    "registration/2018": ("csv", registration_2018),
    "registration/2023": ("csv", registration_2023),
    "saved_jobs/2018": ("csv", saved_jobs_2018),
    "job_applications/2024": ("csv", job_applications_2024),
    "job_seeker_preferences/2018": ("csv", seeker_2018),
    "job_seeker_preferences/2023": ("csv", seeker_2023),
    "job_seeker_preferences/2026": ("csv", seeker_2026),
    "job_saved_answers/2024": ("csv", saved_answers_2024),
    "saved_job_alerts/2018": ("csv", alerts_2018),
    "saved_job_alerts/2025": ("csv", alerts_2025),
    "online_job_postings/2024": ("csv", online_postings_2024),
}


def main(argv: Sequence[str] | None = None) -> int:
    return run(CASES, FIXTURES, __file__, argv)


if __name__ == "__main__":
    sys.exit(main())
