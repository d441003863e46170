"""Your network beyond connections: invitations, imported contacts, recommendations, endorsements
and follows (FORMATS.md §3.4, §4.3, §4.14, §4.15, §4.26-§4.29, §4.51)."""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export._build_social import comma_list, instant_or_day, member_urn
from linkedin_export._formats import SPECS_BY_ID, select_spec
from linkedin_export._formats.social import SPECS
from linkedin_export._values import ValueProblem, WithWarning
from linkedin_export.diagnostics import WarningCode
from linkedin_export.models.social import (
    CompanyFollow,
    Endorsement,
    HashtagFollow,
    ImportedContact,
    Invitation,
    MemberFollow,
    MemberHashtag,
    Recommendation,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import fixture_cases  # noqa: E402
import make_fixtures_social as fixtures  # noqa: E402

UTC = dt.UTC
RECOMMENDATIONS_HEADER = fixtures.HEADER_RECOMMENDATIONS.split(",")

# --- the registry --------------------------------------------------------------------------------


def test_specs_are_registered_with_unique_ids() -> None:
    ids = [spec.id for spec in SPECS]
    assert len(ids) == len(set(ids)) == 17
    for spec in SPECS:
        assert SPECS_BY_ID[spec.id] is spec
        assert spec.id.split("/")[0] == spec.kind.value
        assert spec.confidence in {"H", "M", "L", "?"}
        assert spec.reference.startswith("§")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Recommendations_Received.csv", "recommendations_received/2018"),
        ("Recommendations Received.csv", "recommendations_received/2018"),
        ("Recommendations_Given.csv", "recommendations_given/2018"),
        ("Recommendations Given.csv", "recommendations_given/2018"),
        (
            "Basic_LinkedInDataExport_07-11-2023/Recommendations_Given.csv",
            "recommendations_given/2018",
        ),
        ("recommendations_given_2.csv", "recommendations_given/2018"),
        ("Copy of Recommendations_Given.csv", "recommendations_given/2018"),
    ],
)
def test_received_and_given_recommendations_are_told_apart_by_name(
    name: str, expected: str
) -> None:
    match = select_spec(RECOMMENDATIONS_HEADER, name, preamble=False)
    assert match is not None
    assert match.spec.id == expected
    assert match.name_matches


def test_recommendations_given_parsed_by_name_hint() -> None:
    data = fixtures.case_recommendations_given_2018()
    given = lx.parse_file(data, name="Recommendations_Given.csv")
    received = lx.parse_file(data, name="Recommendations_Received.csv")
    assert given.file.kind == "recommendations_given"
    assert received.file.kind == "recommendations_received"
    assert given.records == received.records  # same rows, different collections


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("Invitations.csv", fixtures.case_invitations_2018, "invitations/2018"),
        ("Invitations.csv", fixtures.case_invitations_2023, "invitations/2023"),
        ("Invitations.csv", fixtures.case_invitations_2024, "invitations/2024"),
        ("Imported Contacts.csv", fixtures.case_imported_contacts_2018, "imported_contacts/2018"),
        ("Contacts.csv", fixtures.case_imported_contacts_2023, "imported_contacts/2023"),
        ("ImportedContacts.csv", fixtures.case_imported_contacts_2025, "imported_contacts/2025"),
        (
            "Recommendations Received.csv",
            fixtures.case_recommendations_2015,
            "recommendations_received/2015",
        ),
        (
            "Recommendations Received.csv",
            fixtures.case_recommendations_2017,
            "recommendations_received/2017",
        ),
        (
            "Endorsement_Received_Info.csv",
            fixtures.case_endorsements_received_2021,
            "endorsements_received/2021",
        ),
        (
            "Endorsement_Received_Info.csv",
            fixtures.case_endorsements_received_2023,
            "endorsements_received/2023",
        ),
        (
            "Endorsement_Given_Info.csv",
            fixtures.case_endorsements_given_2023,
            "endorsements_given/2023",
        ),
        ("Company Follows.csv", fixtures.case_company_follows, "company_follows/2023"),
        ("Member_Follows_7789716.csv", fixtures.case_member_follows, "member_follows/2024"),
        ("Hashtag_Follows.csv", fixtures.case_hashtag_follows, "hashtag_follows/2024"),
        ("Member Hashtags.csv", fixtures.case_member_hashtags, "member_hashtags/2024"),
    ],
)
def test_each_version_is_chosen_by_its_header(name: str, data: object, expected: str) -> None:
    assert callable(data)
    for hint in (name, "unknown.csv"):
        parsed = lx.parse_file(data(), name=hint)
        assert parsed.file.format_id == expected, hint
        assert parsed.file.rows == parsed.file.records > 0


# --- converters ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/14/15", dt.datetime(2015, 10, 14, tzinfo=UTC)),
        ("14/10/2015", dt.datetime(2015, 10, 14, tzinfo=UTC)),
        ("Oct 14, 2015", dt.datetime(2015, 10, 14, tzinfo=UTC)),
        ("14 Oct 2015", dt.datetime(2015, 10, 14, tzinfo=UTC)),
        ("2015-10-14", dt.datetime(2015, 10, 14, tzinfo=UTC)),
        ("7/21/17, 3:05 PM", dt.datetime(2017, 7, 21, 15, 5, tzinfo=UTC)),
    ],
)
def test_instant_or_day(text: str, expected: dt.datetime) -> None:
    assert instant_or_day(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "2/30/16", "13/13/2015"])
def test_instant_or_day_rejects(text: str) -> None:
    with pytest.raises(ValueProblem) as raised:
        instant_or_day(text)
    assert raised.value.code is WarningCode.INVALID_DATE


def test_instant_or_day_passes_spreadsheet_warning() -> None:
    result = instant_or_day("14-Oct-15")
    assert isinstance(result, WithWarning)
    assert result.value == dt.datetime(2015, 10, 14, tzinfo=UTC)
    assert result.code is WarningCode.SPREADSHEET_DAMAGE


def test_comma_list_and_member_urn() -> None:
    assert comma_list(" +44 20 7946 0123, +1 212 555 0142") == (
        "+44 20 7946 0123",
        "+1 212 555 0142",
    )
    assert comma_list(", ,") == ()
    assert member_urn(" urn:li:member:120045877 ") == "urn:li:member:120045877"
    odd = member_urn("120045877")
    assert isinstance(odd, WithWarning)
    assert odd.value == "120045877"
    assert odd.code is WarningCode.INVALID_VALUE


# --- records -------------------------------------------------------------------------------------


def test_invitation_fields_and_direction() -> None:
    records = lx.parse_file(fixtures.case_invitations_2024(), name="Invitations.csv").records
    first = records[0]
    assert isinstance(first, Invitation)
    assert first.sent_at == dt.datetime(2024, 3, 14, 9, 5, tzinfo=UTC)
    assert first.inviter_public_id == "tomas-reyne"
    assert first.invitee_profile_url == "https://www.linkedin.com/in/mara-quill-4b1a2c"
    assert first.is_outgoing is False
    assert isinstance(records[1], Invitation)
    assert records[1].is_outgoing is True
    assert records[1].invitee_public_id == "josé-ruiz-5a1b2c"
    assert Invitation().is_outgoing is None
    assert Invitation(direction="SIDEWAYS").is_outgoing is None


def test_invitation_bad_values_warn_and_keep_the_row() -> None:
    data = (
        b"From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        b'Tomas Reyne,Mara Quill,"someday",,incoming,https://fernwood-labs.io/tomas,\n'
    )
    parsed = lx.parse_file(data, name="Invitations.csv")
    (record,) = parsed.records
    assert isinstance(record, Invitation)
    assert record.sent_at is None
    assert record.direction == "INCOMING"
    assert record.inviter_profile_url is None
    codes = {w.code for w in parsed.warnings}
    assert {WarningCode.INVALID_DATE, WarningCode.INVALID_URL} <= codes


def test_imported_contacts_emails_and_phones() -> None:
    parsed = lx.parse_file(fixtures.case_imported_contacts_2018(), name="Imported Contacts.csv")
    mara = parsed.records[0]
    assert isinstance(mara, ImportedContact)
    assert [e.normalized for e in mara.emails] == [
        "mara.quill@fernwood-labs.io",
        "mara.quill@gmail.com",
    ]
    assert [e.kind for e in mara.emails] == ["work", "personal"]
    assert [p.e164 for p in mara.phones] == ["+12125550142", "+442079460123"]
    assert mara.created_at == dt.datetime(2018, 7, 3, 21, 41, tzinfo=UTC)
    # ", "-joined lists are the format, not a problem.
    assert not parsed.warnings


def test_imported_contacts_row_country_is_the_phone_region() -> None:
    parsed = lx.parse_file(fixtures.case_imported_contacts_2025(), name="ImportedContacts.csv")
    siobhan = parsed.records[0]
    assert isinstance(siobhan, ImportedContact)
    assert siobhan.phones[0].e164 == "+442079460789"
    assert siobhan.phones[0].assumed_region == "GB"
    assert siobhan.third_party_verified is False
    assert siobhan.full_name == "Siobhán O\u2019Callaghan"
    # An explicit default region beats the row's country.
    explicit = lx.parse_file(
        fixtures.case_imported_contacts_2025(), name="ImportedContacts.csv", default_region="US"
    )
    record = explicit.records[0]
    assert isinstance(record, ImportedContact)
    assert record.phones[0].assumed_region == "US"


def test_contacts_phone_column_is_reported_by_header() -> None:
    data = (
        b"Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,"
        b"InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles\n"
        b"MOBILE_CONTACTS,Ana,Lindqvist,,,ana@@gmail.com,020 7946 0111,,,,,,,,,\n"
    )
    parsed = lx.parse_file(data, name="Contacts.csv")
    (record,) = parsed.records
    assert isinstance(record, ImportedContact)
    by_code = {w.code: w for w in parsed.warnings}
    assert by_code[WarningCode.INVALID_EMAIL].column == "Emails"
    phone_warnings = [w for w in parsed.warnings if w.column == "PhoneNumbers"]
    assert phone_warnings  # a national number with no country anywhere is reported


def test_recommendation_visibility() -> None:
    received = lx.parse_file(
        fixtures.case_recommendations_2015(), name="Recommendations Received.csv"
    ).records
    assert [r.is_visible for r in received if isinstance(r, Recommendation)] == [True, False]
    assert Recommendation(status="VISIBLE").is_visible is True
    assert Recommendation().is_visible is None


def test_recommendation_text_keeps_line_breaks() -> None:
    records = lx.parse_file(
        fixtures.case_recommendations_received_2018(), name="Recommendations_Received.csv"
    ).records
    first = records[0]
    assert isinstance(first, Recommendation)
    assert first.text is not None
    assert "\n\nShe is" in first.text
    assert first.created_at == dt.datetime(2021, 7, 14, 15, 5, tzinfo=UTC)


def test_endorsement_scheme_less_url() -> None:
    records = lx.parse_file(
        fixtures.case_endorsements_received_2023(), name="Endorsement_Received_Info.csv"
    ).records
    first = records[0]
    assert isinstance(first, Endorsement)
    assert first.profile_url == "https://www.linkedin.com/in/tomas-reyne"
    assert first.public_id == "tomas-reyne"
    assert first.endorsed_at == dt.datetime(2024, 5, 10, 9, 12, 44, tzinfo=UTC)


def test_tolerant_headers_extra_and_missing_columns() -> None:
    data = (
        b"endorsement date,SKILL NAME,Endorser First Name,Endorser Last Name,Endorsement Status,"
        b"Endorser Headline\n"
        b"2024/05/10 09:12:44 UTC,SQL,Tomas,Reyne,ACCEPTED,CTO at Fernwood Labs\n"
    )
    parsed = lx.parse_file(data, name="Endorsement_Received_Info.csv")
    assert parsed.file.format_id == "endorsements_received/2021"
    (record,) = parsed.records
    assert isinstance(record, Endorsement)
    assert record.skill == "SQL"
    assert record.extra == {"Endorser Headline": "CTO at Fernwood Labs"}

    missing = lx.parse_file(
        b"Date,FullName\r\n2024-03-17 18:03:34,Ines Okafor\r\n", name="Member_Follows.csv"
    )
    assert missing.file.format_id == "member_follows/2024"
    (follow,) = missing.records
    assert isinstance(follow, MemberFollow)
    assert follow.full_name == "Ines Okafor"
    assert follow.status is None


# --- a whole export ------------------------------------------------------------------------------

#: Member name in a 2024-2026 style archive → (writer, kind, model).
ZIP_MEMBERS = {
    "Invitations.csv": (fixtures.case_invitations_2024, "invitations", Invitation),
    "ImportedContacts.csv": (
        fixtures.case_imported_contacts_2025,
        "imported_contacts",
        ImportedContact,
    ),
    "Recommendations_Received.csv": (
        fixtures.case_recommendations_received_2018,
        "recommendations_received",
        Recommendation,
    ),
    "Recommendations_Given.csv": (
        fixtures.case_recommendations_given_2018,
        "recommendations_given",
        Recommendation,
    ),
    "Endorsement_Received_Info.csv": (
        fixtures.case_endorsements_received_2023,
        "endorsements_received",
        Endorsement,
    ),
    "Endorsement_Given_Info.csv": (
        fixtures.case_endorsements_given_2023,
        "endorsements_given",
        Endorsement,
    ),
    "Company Follows.csv": (fixtures.case_company_follows, "company_follows", CompanyFollow),
    "Member_Follows_7789716.csv": (fixtures.case_member_follows, "member_follows", MemberFollow),
    "Hashtag_Follows.csv": (fixtures.case_hashtag_follows, "hashtag_follows", HashtagFollow),
    "Member Hashtags.csv": (fixtures.case_member_hashtags, "member_hashtags", MemberHashtag),
}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_whole_export_every_member_typed() -> None:
    data = _zip({name: make() for name, (make, _kind, _model) in ZIP_MEMBERS.items()})
    export = lx.load(data)
    assert len(export.files) == len(ZIP_MEMBERS)
    reports = {report.name: report for report in export.files}
    for name, (_make, kind, model) in ZIP_MEMBERS.items():
        report = reports[name]
        assert report.kind == kind, name
        assert report.format_id is not None, name
        assert report.format_id.startswith(kind + "/"), name
        assert report.rows == report.records > 0, name
        records = export.collection(kind)
        assert len(records) == report.records, name
        assert all(type(record) is model for record in records), name
    received = export.collection("recommendations_received")
    given = export.collection("recommendations_given")
    assert {r.full_name for r in received if isinstance(r, Recommendation)} == {
        "Tomas Reyne",
        "Ines Okafor",
    }
    assert {r.full_name for r in given if isinstance(r, Recommendation)} == {
        "José Ruiz",
        "Lucas Brandt",
    }


def test_older_export_names_with_spaces() -> None:
    data = _zip(
        {
            "Recommendations Received.csv": fixtures.case_recommendations_received_2018(),
            "Recommendations Given.csv": fixtures.case_recommendations_given_2018(),
            "Imported Contacts.csv": fixtures.case_imported_contacts_2018(),
            "Invitations.csv": fixtures.case_invitations_2018(),
            "Contacts.csv": fixtures.case_imported_contacts_2023(),
        }
    )
    export = lx.load(data)
    kinds = {report.name: report.format_id for report in export.files}
    assert kinds == {
        "Recommendations Received.csv": "recommendations_received/2018",
        "Recommendations Given.csv": "recommendations_given/2018",
        "Imported Contacts.csv": "imported_contacts/2018",
        "Invitations.csv": "invitations/2018",
        "Contacts.csv": "imported_contacts/2023",
    }
    assert len(export.collection("imported_contacts")) == 6


# --- the fixture generator -----------------------------------------------------------------------


def test_generator_check_is_clean() -> None:
    assert fixture_cases.check_cases(fixtures.CASES, fixtures.FIXTURES) == []


def test_generator_writes_and_checks(tmp_path: Path) -> None:
    written = fixture_cases.write_cases(fixtures.CASES, tmp_path)
    assert len(written) == len(fixtures.CASES)
    assert fixture_cases.check_cases(fixtures.CASES, tmp_path) == []
    written[0].write_bytes(b"changed")
    assert fixture_cases.check_cases(fixtures.CASES, tmp_path) == [next(iter(fixtures.CASES))]


def test_crlf_and_final_newline_quirks() -> None:
    assert fixtures.case_member_follows().count(b"\r\n") == 3
    assert fixtures.case_hashtag_follows().endswith(b"\r\n")
    assert not fixtures.case_company_follows().endswith(b"\n")
    assert b"\t" in fixtures.case_recommendations_2015().splitlines()[0]


def test_given_file_with_every_value_empty() -> None:
    """R2024b's Recommendations_Given.csv had every value empty: padding rows, no records."""
    data = (fixtures.HEADER_RECOMMENDATIONS + "\n" + ",,,,,,\n" * 2).encode()
    parsed = lx.parse_file(data, name="Recommendations_Given.csv")
    assert parsed.file.format_id == "recommendations_given/2018"
    assert parsed.file.blank_rows == 2
    assert parsed.records == ()
    assert parsed.warnings == ()
