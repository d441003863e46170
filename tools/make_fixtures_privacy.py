"""Write the input files of the golden fixtures of the account-history, ads and privacy files,
byte-exact.

    python tools/make_fixtures_privacy.py          # (re)write tests/fixtures/<kind>/<case>/input.*
    python tools/make_fixtures_privacy.py --check  # exit 1 when an input differs

Then ``pytest tests/test_golden.py --update-golden`` writes each case's ``expected.json``; review
the diff. Deterministic: no randomness, no clock. Layouts follow FORMATS.md §2, §4.41-§4.47,
§4.50, §4.52-§4.56 and §5: the Nov 2018 files are UTF-16 LE with a BOM, tab-separated and fully
quoted; later files are UTF-8 with minimal RFC 4180 quoting and LF line ends.

Every person, address and number is invented; IP addresses come from the documentation ranges
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fixture_cases import csv_line, run  # tools/fixture_cases.py, beside this script

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

LF = "\n"
TAB = "\t"
UA_CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36"
)
UA_IOS = "LinkedIn/9.29.1 (iPhone; iOS 17.3.1; Scale/3.00)"


def table(
    header: str,
    rows: Sequence[Sequence[str]],
    *,
    final_newline: bool = True,
) -> bytes:
    """A UTF-8 file: ``header`` as written, then the rows quoted the LinkedIn way, LF line ends."""
    lines = [header, *(csv_line(row) for row in rows)]
    return (LF.join(lines) + (LF if final_newline else "")).encode("utf-8")


def utf16_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """A Nov 2018 file (§2): UTF-16 LE with a BOM, tab-separated, every field quoted."""

    def line(cells: Sequence[str]) -> str:
        return TAB.join('"' + cell.replace('"', '""') + '"' for cell in cells)

    text = LF.join(line(cells) for cells in (header, *rows)) + LF
    return b"\xff\xfe" + text.encode("utf-16-le")


# --- Logins.csv, Security Challenges.csv, Account Status History.csv ---------------------------


def logins_2018() -> bytes:
    """2018 (§4.41): UTF-16 TSV, ``YYYY/MM/DD HH:MM:SS UTC``, the three login types, IPv6."""
    return utf16_table(
        ("Login Date", "IP Address", "User Agent", "Login Type"),
        (
            ("2018/11/05 09:12:44 UTC", "203.0.113.24", UA_CHROME, "Website Login"),
            ("2018/11/02 21:40:03 UTC", "2001:db8:85a3::8a2e:370:7334", UA_IOS, "Login"),
            ("2018/10/28 07:05:59 UTC", "198.51.100.7", "", "Third Party Login"),
        ),
    )


def logins_2024() -> bytes:
    """2024+ (§4.41): UTF-8, Java ``Date.toString`` dates, the user agent quoted (commas)."""
    return table(
        "Login Date,IP Address,User Agent,Login Type",
        (
            ("Tue Mar 05 14:22:01 UTC 2024", "203.0.113.24", UA_CHROME, "Login"),
            ("Sun Mar 03 08:01:17 UTC 2024", "2001:db8::1f", UA_IOS, "Login"),
        ),
    )


def challenges_2018() -> bytes:
    """2018 (§4.42): UTF-16 TSV; ``Captcha`` and ``Pin``."""
    return utf16_table(
        ("Challenge Date", "IP Address", "User Agent", "Country", "Challenge Type"),
        (
            ("2018/06/14 18:30:12 UTC", "192.0.2.55", UA_CHROME, "gb", "Captcha"),
            ("2017/12/01 06:00:00 UTC", "198.51.100.201", UA_IOS, "us", "Pin"),
        ),
    )


def challenges_2024() -> bytes:
    """2024 (§4.42): UTF-8, Java dates, upper-case challenge types."""
    return table(
        "Challenge Date,IP Address,User Agent,Country,Challenge Type",
        (
            (
                "Thu Feb 15 11:47:30 UTC 2024",
                "203.0.113.90",
                UA_CHROME,
                "GB",
                "EMAIL_PIN_CHALLENGE",
            ),
            ("Mon Jan 08 23:15:04 UTC 2024", "2001:db8::42", UA_IOS, "US", "CAPTCHA_CHALLENGE"),
        ),
    )


def account_status_2018() -> bytes:
    """2018 (§4.43): UTF-16 TSV ``"Time"\\t"Event"``."""
    return utf16_table(
        ("Time", "Event"),
        (("2009/04/17 15:02:11 UTC", "Account Created"),),
    )


# --- Ad Targeting ------------------------------------------------------------------------------


def ad_targeting_2018() -> bytes:
    """2018 (§4.44): UTF-16 TSV, 19 columns, one row; ``Skills`` comma-separated."""
    header = (
        "Age Group", "Country", "Company Sizes", "Companies", "Followed Companies", "Functions",
        "Gender", "Industries", "Followed Industries", "Partner Opt Out Advertising",
        "Seniorities", "State", "Postal Code", "Schools", "Graduation Year", "Groups",
        "Interface Language", "Degree Classes", "Skills",
    )  # fmt: skip
    row = (
        "25 to 34", "gb", "201-500 employees", "Fernwood Labs",
        "Fernwood Labs; Brightmoor Analytics", "Engineering", "", "Computer Software", "", "No",
        "Senior", "", "EC1A", "Northbridge University",
        "2012", "Data Engineers of London", "English", "101", "Python,SQL,Data Engineering",
    )  # fmt: skip
    return utf16_table(header, (row,))


_HEAD_2023 = (
    "Member Age,Buyer Groups,Company Names,Company Names,Company Follower of,Company Names,"
    "Company Category,Company Size,Degrees,degreeClass"
)
_SCHOOLS_2023 = (
    "Member Schools,Company Growth Rate,Fields of Study,Company Connections,Function By Size,"
    "Job Functions,Member Gender,Graduation Year,Member Groups,Company Industries,Member Interests,"
    "Interface Locales,interfaceLocale,Member Traits"
)
HEADER_AD_2023 = (
    f"{_HEAD_2023},{_SCHOOLS_2023},Profile Locations,Company Revenue,Job Seniorities,"
    "Member Skills,Job Titles,Job Titles,Job Titles,Years of Experience"
)
HEADER_AD_2025 = (
    f"{_HEAD_2023},Recent Device OS,{_SCHOOLS_2023},High Value Audience Segments,"
    "Profile Locations,Company Revenue,Job Seniorities,Member Skills,Standard Audience Segments,"
    "Job Titles,Job Titles,Job Titles,Years of Experience"
)

_ROW_HEAD = (
    "25 to 34", "IT Decision Makers", "Fernwood Labs", "Fernwood Labs; Quill & Fern",
    "Brightmoor Analytics", "", "Software; Internet", "1001-5000 employees", "Master's Degree",
    "101; 203",
)  # fmt: skip
_ROW_SCHOOLS = (
    "Northbridge University", "0% - 10% growth", "Computer Science", "Fernwood Labs",
    "Engineering (201-500)", "Engineering; Research", "", "2012", "Data Engineers of London",
    "Software Development", "Open Source; Cycling", "English", "en_US", "Frequent Traveler",
)  # fmt: skip
_ROW_TAIL = ("Data Engineer", "Senior Data Engineer; Data Engineer", "", "6 to 10 years")


def ad_targeting_2023() -> bytes:
    """Jul 2023 → Mar 2025 (§4.44): 32 columns, three ``Company Names`` and three
    ``Job Titles``, one row, ``; `` multi-values."""
    row = (
        *_ROW_HEAD, *_ROW_SCHOOLS, "London, England, United Kingdom", "$100M-$1B", "Senior",
        "Python; Apache Spark; SQL", *_ROW_TAIL,
    )  # fmt: skip
    return table(HEADER_AD_2023, (row,))


def ad_targeting_2025() -> bytes:
    """~2025-2026 (§4.44): 35 columns, with device OS and audience segments."""
    row = (
        *_ROW_HEAD, "iOS", *_ROW_SCHOOLS, "Tech Decision Makers", "London, England, United Kingdom",
        "$100M-$1B", "Senior", "Python; dbt", "Business Travelers; Cloud Enthusiasts", *_ROW_TAIL,
    )  # fmt: skip
    return table(HEADER_AD_2025, (row,))


# --- Inferences, Ads Clicked, LAN Ads Engagement -----------------------------------------------


def inferences_2026() -> bytes:
    """§4.45: quoted prose descriptions, Yes / true / enum values."""
    return table(
        "Category,Type of inference,Description,Inference",
        (
            (
                "Demographics",
                "Gender",
                "Based on your profile, we inferred your gender, which is used for ads.",
                "FEMALE",
            ),
            (
                "Interests",
                "Interest in Data Science",
                "Inferred from your activity, such as posts you reacted to.",
                "Yes",
            ),
            ("Career", "Open to work", "Whether you may be open to new roles.", "true"),
        ),
    )


def ads_clicked_2025() -> bytes:
    """§4.46: ``YYYY/MM/DD HH:MM:SS UTC`` and numeric ad ids."""
    return table(
        "Ad clicked Date,Ad Title/Id",
        (
            ("2025/03/02 14:05:09 UTC", "412093318"),
            ("2025/01/19 08:44:51 UTC", "398120077"),
        ),
    )


def lan_ads_2026() -> bytes:
    """§4.47: ``Date`` is a day only."""
    return table(
        "Action,Date,Ad Title/Id,Page/App",
        (
            ("Impression", "2025/10/09", "512330981", "com.example.weatherapp"),
            ("Click", "2025/10/11", "512330981", "news.example.org"),
        ),
    )


# --- Receipts.csv, Receipts_v2.csv -------------------------------------------------------------

HEADER_RECEIPTS = (
    "First Name,Last Name,Billing Country,Postal Code,Transaction Made At,Payment Method Type,"
    "Invoice Number,Description,Tax Amount,Sub Total,Total Amount,Currency Code"
)


def receipts_2024() -> bytes:
    """``Receipts.csv`` (§4.50): quoted ``M/D/YY, h:mm PM`` dates."""
    return table(
        HEADER_RECEIPTS,
        (
            (
                "Mara", "Quill", "GB", "EC1A 1BB", "5/14/24, 2:31 PM", "PAYPAL", "INV-2024-0518831",
                "Premium Career (monthly)", "5.00", "24.99", "29.99", "GBP",
            ),
            (
                "Mara", "Quill", "GB", "EC1A 1BB", "4/14/24, 2:30 PM", "IOS", "INV-2024-0411276",
                "Premium Career (monthly)", "0.00", "29.99", "29.99", "GBP",
            ),
        ),
    )  # fmt: skip


def receipts_v2() -> bytes:
    """``Receipts_v2.csv`` (§4.50): ``MM/DD/YY hh:mm PM UTC``, no comma, so unquoted."""
    return table(
        HEADER_RECEIPTS,
        (
            (
                "Tomas", "Reyne", "US", "10001", "06/01/24 09:05 AM UTC", "CREDIT_CARD",
                "INV-2024-0601992", "Premium Business (annual)", "", "479.88", "479.88", "USD",
            ),
        ),
    )  # fmt: skip


# --- Calendar.csv, Verifications.csv, Private_identity_asset.csv -------------------------------


def calendar_2024() -> bytes:
    """§4.52: ``Owner,Source,LastSyncedAt``, an email owner."""
    return table(
        "Owner,Source,LastSyncedAt",
        (
            ("mara.quill@gmail.com", "ANDROID_CALENDAR", "2024-03-01 07:15:42 UTC"),
            ("Mara Quill", "GOOGLE_CALENDAR", ""),
        ),
    )


def verifications_2024() -> bytes:
    """§4.53: ``N/A`` for missing values, ``YYYY-MM-DD`` dates."""
    header = (
        "First name,Middle name,Last name,Verification type,Organization name,Email address,"
        "Country,State,City,Year of birth,Issuing authority,Document type,"
        "Verification service provider,Verified date,Expiry date"
    )
    return table(
        header,
        (
            (
                "Mara", "N/A", "Quill", "ID verification", "N/A", "N/A", "United Kingdom", "N/A",
                "London", "1991", "HM Passport Office", "Passport", "Persona", "2024-02-01",
                "2026-02-01",
            ),
            (
                "Mara", "N/A", "Quill", "Workplace verification", "Fernwood Labs",
                "mara.quill@fernwood-labs.io", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A",
                "2024-05-20", "N/A",
            ),
        ),
    )  # fmt: skip


RESUME = (
    "MARA QUILL\n"
    "Data Engineer · London\n"
    "mara.quill@gmail.com · +44 20 7946 0123\n"
    "\n"
    "EXPERIENCE\n"
    'Fernwood Labs, Senior Data Engineer (2019-present): built the "lakehouse" platform.\n'
    "Brightmoor Analytics, Data Engineer (2015-2019)\n"
    "\n"
    "EDUCATION\n"
    "Northbridge University, MSc Computer Science (2012)"
)


def private_identity_2026() -> bytes:
    """§4.54: a résumé file name and its multi-line extracted text (quoted)."""
    return table(
        "Private Identity Asset Name,Private Identity Asset Raw Text",
        (("/AAYQAgRxMaraQuillResume.pdf", RESUME),),
    )


# --- Services Marketplace/Providers.csv, Notes.csv ---------------------------------------------


def providers() -> bytes:
    """§4.55 [L]: the documented first columns, the parser-named ones, ``Media`` last."""
    return table(
        "Creation Time,Marketplace Type,ProFinder Service Category,Secondary Service Category,"
        "Top Level Service Category,Available to Work Remotely,Status,Media",
        (
            (
                "2024-04-12 10:20:00 UTC", "SERVICES", "Data Engineering", "Cloud Consulting",
                "IT Services", "Yes", "ACTIVE", "",
            ),
        ),
    )  # fmt: skip


def notes_2026() -> bytes:
    """§4.56 [?]: an invented header sharing a few guessed columns, plus one unknown."""
    return table(
        "Created At,Name,Note,Url,Visibility",
        (
            (
                "2026-03-02 09:30:00 UTC",
                "Ines Okafor",
                "Met at the data meetup; follow up about the pipeline role.",
                "https://www.linkedin.com/in/ines-okafor-example",
                "PRIVATE",
            ),
        ),
    )


CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "logins/2018": ("input.csv", logins_2018),
    "logins/2024": ("csv", logins_2024),
    "security_challenges/2018": ("csv", challenges_2018),
    "security_challenges/2024": ("csv", challenges_2024),
    "account_status_history/2018": ("csv", account_status_2018),
    "ad_targeting/2018": ("csv", ad_targeting_2018),
    "ad_targeting/2023": ("csv", ad_targeting_2023),
    "ad_targeting/2025": ("csv", ad_targeting_2025),
    "inferences/2026": ("csv", inferences_2026),
    "ads_clicked/2025": ("csv", ads_clicked_2025),
    "lan_ads_engagement/2026": ("csv", lan_ads_2026),
    "receipts/2024": ("csv", receipts_2024),
    "receipts/v2": ("csv", receipts_v2),
    "calendar/2024": ("csv", calendar_2024),
    "verifications/2024": ("csv", verifications_2024),
    "private_identity_assets/2026": ("csv", private_identity_2026),
    "services_marketplace/unknown": ("csv", providers),
    "notes/2026": ("csv", notes_2026),
}


def main(argv: Sequence[str] | None = None) -> int:
    return run(CASES, FIXTURES, __file__, argv)


if __name__ == "__main__":
    sys.exit(main())
