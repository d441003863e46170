"""The account-history, ads and privacy files: logins, security challenges, account status, ad
targeting, inferences, ads, receipts, calendar, verifications, private identity assets, services
marketplace, notes (FORMATS.md §4.41-§4.47, §4.50, §4.52-§4.56). Synthetic data only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

import linkedin_export as lx
from linkedin_export._build_privacy import optional, year
from linkedin_export._formats import SPECS_BY_ID
from linkedin_export._formats.privacy import SPECS
from linkedin_export._values import ValueProblem
from linkedin_export._values_time import instant
from linkedin_export.models.privacy import (
    AdTargeting,
    CalendarSource,
    Login,
    Note,
    PrivateIdentityAsset,
    Receipt,
    SecurityChallenge,
    ServiceProvider,
    Verification,
)

UTC = dt.UTC


def parse(tmp_path: Path, name: str, text: str) -> lx.ParsedFile:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return lx.parse_file(path)


def parse_utf16(tmp_path: Path, name: str, rows: list[list[str]]) -> lx.ParsedFile:
    """A Nov 2018 file: UTF-16 LE with a BOM, tab-separated, every field quoted."""
    text = "".join("\t".join(f'"{cell}"' for cell in row) + "\n" for row in rows)
    path = tmp_path / name
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    return lx.parse_file(path)


# --- the specs -----------------------------------------------------------------------------------


def test_specs_are_registered_with_references() -> None:
    assert {spec.id for spec in SPECS} <= set(SPECS_BY_ID)
    assert all(spec.reference.startswith("§4.") for spec in SPECS)
    assert len({spec.id for spec in SPECS}) == len(SPECS)


# --- converters ----------------------------------------------------------------------------------


def test_year() -> None:
    assert year(" 1991 ") == 1991
    with pytest.raises(ValueProblem):
        year("91")


def test_optional_reads_na_as_none() -> None:
    read = optional(instant)
    assert read("N/A") is None
    assert read("Not Available") is None
    assert read("2024-02-01") == dt.datetime(2024, 2, 1, tzinfo=UTC)


# --- Logins.csv, Security Challenges.csv ---------------------------------------------------------


def test_logins_2018_utf16(tmp_path: Path) -> None:
    parsed = parse_utf16(
        tmp_path,
        "Logins.csv",
        [
            ["Login Date", "IP Address", "User Agent", "Login Type"],
            ["2018/11/05 09:12:44 UTC", "2001:db8::1", "Mozilla/5.0", "Website Login"],
        ],
    )
    assert parsed.file.format_id == "logins/2018"
    (record,) = parsed.records
    assert record == Login(
        logged_in_at=dt.datetime(2018, 11, 5, 9, 12, 44, tzinfo=UTC),
        ip_address="2001:db8::1",
        user_agent="Mozilla/5.0",
        login_type="Website Login",
    )
    assert not parsed.warnings


def test_logins_2024_told_apart_by_java_dates(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Logins.csv",
        "Login Date,IP Address,User Agent,Login Type\n"
        '"Tue Mar 05 14:22:01 UTC 2024",203.0.113.24,"Mozilla/5.0 (X11; Linux x86_64)",Login\n',
    )
    assert parsed.file.format_id == "logins/2024"
    (record,) = parsed.records
    assert isinstance(record, Login)
    assert record.logged_in_at == dt.datetime(2024, 3, 5, 14, 22, 1, tzinfo=UTC)
    assert record.user_agent == "Mozilla/5.0 (X11; Linux x86_64)"
    assert not parsed.warnings


def test_security_challenges_versions(tmp_path: Path) -> None:
    header = "Challenge Date,IP Address,User Agent,Country,Challenge Type\n"
    new = parse(
        tmp_path,
        "Security Challenges.csv",
        header + "Thu Feb 15 11:47:30 UTC 2024,203.0.113.90,UA,GB,EMAIL_PIN_CHALLENGE\n",
    )
    assert new.file.format_id == "security_challenges/2024"
    (record,) = new.records
    assert isinstance(record, SecurityChallenge)
    assert record.challenge_type == "EMAIL_PIN_CHALLENGE"
    assert record.country == "GB"
    old = parse(
        tmp_path,
        "security_challenges.csv",
        header + "2018/06/14 18:30:12 UTC,192.0.2.5,UA,gb,Pin\n",
    )
    assert old.file.format_id == "security_challenges/2018"


def test_bad_login_date_is_a_warning(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Logins.csv",
        "Login Date,IP Address,User Agent,Login Type\nyesterday,192.0.2.1,UA,Login\n",
    )
    (record,) = parsed.records
    assert isinstance(record, Login)
    assert record.logged_in_at is None
    assert record.ip_address == "192.0.2.1"
    assert [w.column for w in parsed.warnings] == ["Login Date"]


# --- Ad_Targeting.csv ----------------------------------------------------------------------------


def test_ad_targeting_repeated_columns_are_collected(tmp_path: Path) -> None:
    header = (
        "Member Age,Buyer Groups,Company Names,Company Names,Company Follower of,Company Names,"
        "Company Category,Company Size,Degrees,degreeClass,Member Schools,Company Growth Rate,"
        "Fields of Study,Company Connections,Function By Size,Job Functions,Member Gender,"
        "Graduation Year,Member Groups,Company Industries,Member Interests,Interface Locales,"
        "interfaceLocale,Member Traits,Profile Locations,Company Revenue,Job Seniorities,"
        "Member Skills,Job Titles,Job Titles,Job Titles,Years of Experience"
    )
    cells = [""] * 32
    cells[2], cells[3], cells[5] = "Fernwood Labs", "Quill & Fern; Fernwood Labs", "Brightmoor"
    cells[9] = "101; 203"
    cells[22] = "en_US"
    cells[28], cells[30] = "Data Engineer", "Analyst; Data Engineer"
    parsed = parse(tmp_path, "Ad_Targeting.csv", header + "\n" + ",".join(cells) + "\n")
    assert parsed.file.format_id == "ad_targeting/2023"
    (record,) = parsed.records
    assert isinstance(record, AdTargeting)
    assert record.company_names == ("Fernwood Labs", "Quill & Fern", "Brightmoor")
    assert record.job_titles == ("Data Engineer", "Analyst")
    assert record.degree_classes == ("101", "203")
    assert record.interface_locale_codes == ("en_US",)
    assert record.skills == ()
    assert not parsed.warnings


def test_ad_targeting_2018_skills_are_comma_separated(tmp_path: Path) -> None:
    header = [
        "Age Group", "Country", "Company Sizes", "Companies", "Followed Companies", "Functions",
        "Gender", "Industries", "Followed Industries", "Partner Opt Out Advertising",
        "Seniorities", "State", "Postal Code", "Schools", "Graduation Year", "Groups",
        "Interface Language", "Degree Classes", "Skills",
    ]  # fmt: skip
    row = [""] * 19
    row[0], row[18] = "25 to 34", "Python,SQL"
    parsed = parse_utf16(tmp_path, "Ad Targeting.csv", [header, row])
    assert parsed.file.format_id == "ad_targeting/2018"
    (record,) = parsed.records
    assert isinstance(record, AdTargeting)
    assert record.skills == ("Python", "SQL")
    assert record.member_ages == ("25 to 34",)


# --- Receipts ------------------------------------------------------------------------------------

RECEIPTS_HEADER = (
    "First Name,Last Name,Billing Country,Postal Code,Transaction Made At,Payment Method Type,"
    "Invoice Number,Description,Tax Amount,Sub Total,Total Amount,Currency Code\n"
)


@pytest.mark.parametrize(
    ("name", "when", "format_id"),
    [
        ("Receipts.csv", '"5/14/24, 2:31 PM"', "receipts/2024"),
        ("Receipts_v2.csv", "05/14/24 02:31 PM UTC", "receipts/v2"),
        # Told apart by the shape of the date alone when the name says nothing.
        ("payments.csv", '"5/14/24, 2:31 PM"', "receipts/2024"),
        ("payments.csv", "05/14/24 02:31 PM UTC", "receipts/v2"),
    ],
)
def test_receipts_versions(tmp_path: Path, name: str, when: str, format_id: str) -> None:
    row = f"Mara,Quill,GB,EC1A 1BB,{when},PAYPAL,INV-1,Premium,5.00,24.99,29.99,GBP\n"
    parsed = parse(tmp_path, name, RECEIPTS_HEADER + row)
    assert parsed.file.format_id == format_id
    (record,) = parsed.records
    assert isinstance(record, Receipt)
    assert record.paid_at == dt.datetime(2024, 5, 14, 14, 31, tzinfo=UTC)
    assert (record.subtotal, record.total_amount, record.currency) == ("24.99", "29.99", "GBP")
    assert not parsed.warnings


# --- Calendar, Verifications ---------------------------------------------------------------------


def test_calendar_owner_email_is_classified_only_when_an_address(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Calendar.csv",
        "Owner,Source,LastSyncedAt\n"
        "tomas.reyne@fernwood-labs.io,ANDROID_CALENDAR,2024-03-01 07:15:42 UTC\n"
        "Tomas Reyne,GOOGLE_CALENDAR,\n",
    )
    first, second = parsed.records
    assert isinstance(first, CalendarSource)
    assert isinstance(second, CalendarSource)
    assert first.owner_email is not None
    assert first.owner_email.normalized == "tomas.reyne@fernwood-labs.io"
    assert second.owner == "Tomas Reyne"
    assert second.owner_email is None
    assert not parsed.warnings


def test_verifications_na_is_none_without_warning(tmp_path: Path) -> None:
    header = (
        "First name,Middle name,Last name,Verification type,Organization name,Email address,"
        "Country,State,City,Year of birth,Issuing authority,Document type,"
        "Verification service provider,Verified date,Expiry date\n"
    )
    parsed = parse(
        tmp_path,
        "Verifications/Verifications.csv",
        header + "Ines,N/A,Okafor,Workplace verification,Fernwood Labs,"
        "ines.okafor@fernwood-labs.io,N/A,N/A,N/A,N/A,N/A,N/A,N/A,2024-05-20,N/A\n"
        "Ines,N/A,Okafor,ID verification,N/A,N/A,Nigeria,N/A,Lagos,19x0,N/A,Passport,Persona,"
        "2024-02-01,N/A\n",
    )
    assert parsed.file.format_id == "verifications/2024"
    work, identity = parsed.records
    assert isinstance(work, Verification)
    assert isinstance(identity, Verification)
    assert work.middle_name is None
    assert work.email is not None
    assert work.email.is_work
    assert work.verified_at == dt.datetime(2024, 5, 20, tzinfo=UTC)
    assert work.expires_at is None
    assert identity.email is None
    assert identity.birth_year is None
    assert [(w.column, w.value) for w in parsed.warnings] == [("Year of birth", "19x0")]


# --- Private_identity_asset.csv ------------------------------------------------------------------

RESUME_TEXT = "Mara Quill\n12 Imaginary Row, London\n+44 20 7946 0991\nSecret history line"


def test_private_identity_asset_is_sensitive(tmp_path: Path) -> None:
    quoted = RESUME_TEXT.replace('"', '""')
    parsed = parse(
        tmp_path,
        "Private_identity_asset.csv",
        "Private Identity Asset Name,Private Identity Asset Raw Text\n"
        f'/AAYQresume.pdf,"{quoted}"\n',
    )
    assert parsed.file.format_id == "private_identity_assets/2026"
    (record,) = parsed.records
    assert isinstance(record, PrivateIdentityAsset)
    assert record.is_sensitive is True
    assert record.text == RESUME_TEXT
    assert "Secret history" not in repr(record)
    assert not parsed.warnings


def test_private_identity_asset_cannot_be_marked_not_sensitive() -> None:
    with pytest.raises(TypeError):
        PrivateIdentityAsset(is_sensitive=False)  # type: ignore[call-arg]
    assert attrs.evolve(PrivateIdentityAsset(name="a")).is_sensitive


def test_private_identity_text_never_in_warnings(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Private_identity_asset.csv",
        "Private Identity Asset Name,Private Identity Asset Raw Text,Source\n"
        f'/AAYQresume.pdf,"{RESUME_TEXT}",UPLOAD\n',
    )
    (record,) = parsed.records
    assert isinstance(record, PrivateIdentityAsset)
    assert record.extra == {"Source": "UPLOAD"}
    assert all("Secret history" not in f"{w.message}{w.value}" for w in parsed.warnings)


# --- Services Marketplace, Notes -----------------------------------------------------------------


def test_providers_tolerates_unknown_and_missing_columns(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Services Marketplace/Providers.csv",
        "Creation Time,Marketplace Type,ProFinder Service Category,Hourly Rate,Media\n"
        "2024-04-12 10:20:00 UTC,SERVICES,Data Engineering,120,\n",
    )
    assert parsed.file.format_id == "services_marketplace/unknown"
    (record,) = parsed.records
    assert isinstance(record, ServiceProvider)
    assert record.service_category == "Data Engineering"
    assert record.extra == {"Hourly Rate": "120"}
    assert [w.code for w in parsed.warnings] == [lx.WarningCode.UNKNOWN_COLUMN]


def test_notes_matched_by_name_with_few_known_columns(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Notes.csv",
        "Created At,Note,Author\n2026-03-02 09:30:00 UTC,Call Tomas back,Mara Quill\n",
    )
    assert parsed.file.format_id == "notes/2026"
    (record,) = parsed.records
    assert isinstance(record, Note)
    assert record.text == "Call Tomas back"
    assert record.created_at == dt.datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    assert record.extra == {"Author": "Mara Quill"}
    assert not any(w.code is lx.WarningCode.MISSING_COLUMN for w in parsed.warnings)
