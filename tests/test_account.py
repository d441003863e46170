"""The account and jobs files: owner emails and phones, registration, jobs (FORMATS.md §3.4,
§4.10-§4.13, §4.49). Synthetic data only."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export._build_account import instant_or_missing, job_id, multi_value
from linkedin_export._formats import SPECS_BY_ID
from linkedin_export._formats.account import SPECS
from linkedin_export._values_time import instant
from linkedin_export.models.account import (
    JobApplication,
    JobSeekerPreferences,
    OnlineJobPosting,
    OwnerEmailAddress,
    OwnerPhoneNumber,
    QuestionAnswer,
    Registration,
    SavedAnswer,
    SavedJob,
    SavedJobAlert,
    WhatsAppNumber,
)

UTC = dt.UTC


def parse(tmp_path: Path, name: str, text: str) -> lx.ParsedFile:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return lx.parse_file(path)


# --- converters ----------------------------------------------------------------------------------


def test_not_available_is_none_without_warning() -> None:
    assert instant_or_missing("Not Available") is None
    assert instant_or_missing("6/2/21, 8:15 PM") == dt.datetime(2021, 6, 2, 20, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("cell", "values"),
    [
        ("Full-time | Contract", ("Full-time", "Contract")),
        ("[Edinburgh], [London, United Kingdom]", ("Edinburgh", "London, United Kingdom")),
        ("Technology, Information and Internet", ("Technology, Information and Internet",)),
        ("a |  | b", ("a", "b")),
    ],
)
def test_multi_value(cell: str, values: tuple[str, ...]) -> None:
    assert multi_value(cell) == values


@pytest.mark.parametrize(
    ("url", "wanted"),
    [
        ("https://www.linkedin.com/jobs/view/3812345678", "3812345678"),
        ("https://www.linkedin.com/jobs/view/3812345678/?refId=abc", "3812345678"),
        ("https://www.linkedin.com/jobs/view/data-engineer-at-fernwood-3812345678", "3812345678"),
        ("https://fernwood-labs.io/careers", None),
        (None, None),
    ],
)  # fmt: skip
def test_job_id(url: str | None, wanted: str | None) -> None:
    assert job_id(url) == wanted


def test_us_dates_of_2000_to_2009() -> None:
    assert instant("3/14/09, 7:22 PM").year == 2009


# --- specs ---------------------------------------------------------------------------------------


def test_specs_are_registered() -> None:
    for spec in SPECS:
        assert SPECS_BY_ID[spec.id] is spec
    assert {str(spec.kind) for spec in SPECS} == {
        "email_addresses", "phone_numbers", "whatsapp_numbers", "registration", "saved_jobs",
        "job_applications", "job_seeker_preferences", "job_saved_answers", "saved_job_alerts",
        "online_job_postings",
    }  # fmt: skip


# --- single files --------------------------------------------------------------------------------


def test_email_addresses_current(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Email Addresses.csv",
        "Email Address,Confirmed,Primary,Updated On\n"
        'mara.quill@fernwood-labs.io,Yes,Yes,"6/2/21, 8:15 PM"\n'
        "mara.q@gmail.com,No,No,Not Available\n"
        "mara at fernwood,Maybe,No,yesterday",
    )
    assert parsed.file.format_id == "email_addresses/2018"
    work, personal, bad = parsed.records
    assert isinstance(work, OwnerEmailAddress)
    assert work.email is not None
    assert work.email.kind is lx.EmailKind.WORK
    assert work.is_confirmed is True
    assert work.is_primary is True
    assert work.updated_at == dt.datetime(2021, 6, 2, 20, 15, tzinfo=UTC)
    assert isinstance(personal, OwnerEmailAddress)
    assert personal.email is not None
    assert personal.email.kind is lx.EmailKind.PERSONAL
    assert personal.updated_at is None
    assert personal.is_confirmed is False
    assert isinstance(bad, OwnerEmailAddress)
    assert bad.email is not None
    assert bad.email.kind is lx.EmailKind.INVALID
    assert bad.is_confirmed is None
    assert bad.updated_at is None
    codes = {(w.code, w.line) for w in parsed.warnings}
    assert (lx.WarningCode.INVALID_VALUE, 4) in codes  # Maybe
    assert (lx.WarningCode.INVALID_DATE, 4) in codes  # yesterday
    assert all(w.line == 4 for w in parsed.warnings)  # Not Available is no problem


def test_email_addresses_2015_tab_separated(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Email Addresses.csv",
        "Email Address\tStatus\tPrimary\tDate Added\tDate Removed\n"
        "mara.quill@fernwood-labs.io\tConfirmed\tYes\t3/2/15, 4:12 PM\t\n",
    )
    assert parsed.file.format_id == "email_addresses/2015"
    (record,) = parsed.records
    assert isinstance(record, OwnerEmailAddress)
    assert record.status == "Confirmed"
    assert record.is_primary is True
    assert record.added_at == dt.datetime(2015, 3, 2, 16, 12, tzinfo=UTC)
    assert not parsed.warnings


@pytest.mark.parametrize(
    "header", ["Extension,Number,Type", "Number,Extension,Type"], ids=["2018", "early-2018"]
)
def test_phone_numbers_either_column_order(tmp_path: Path, header: str) -> None:
    cells = {"Extension": "204", "Number": " +44 20 7946 0123", "Type": "Work"}
    row = ",".join(cells[name] for name in header.split(","))
    parsed = parse(tmp_path, "PhoneNumbers.csv", f"{header}\n{row}\n")
    assert parsed.file.format_id == "phone_numbers/2018"
    (record,) = parsed.records
    assert isinstance(record, OwnerPhoneNumber)
    assert record.phone is not None
    assert record.phone.e164 == "+442079460123"
    assert record.phone.raw == "+44 20 7946 0123"  # the leading space is gone
    assert record.extension == "204"
    assert record.phone_type == "Work"
    assert not parsed.warnings


def test_invalid_phone_is_reported(tmp_path: Path) -> None:
    parsed = parse(tmp_path, "Phone Numbers.csv", "Extension,Number,Type\n,call me,Mobile\n")
    (record,) = parsed.records
    assert isinstance(record, OwnerPhoneNumber)
    assert record.phone is not None
    assert record.phone.e164 is None
    assert [w.code for w in parsed.warnings] == [lx.WarningCode.INVALID_PHONE]


def test_whatsapp(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Whatsapp Phone Numbers.csv",
        "Number,Extension,Is_WhatsApp_Number\n +1 212 555 0142,,true\n",
    )
    (record,) = parsed.records
    assert isinstance(record, WhatsAppNumber)
    assert record.is_whatsapp is True
    assert record.phone is not None
    assert record.phone.e164 == "+12125550142"


@pytest.mark.parametrize(
    ("header", "row", "format_id", "inviter"),
    [
        (
            (
                "Registration Date,Registration IP,Subscription Type,Inviter First Name,"
                "Inviter Last Name"
            ),
            '"3/14/12, 7:22 PM",198.51.100.23,Basic,Ines,Okafor',
            "registration/early-2018",
            "Ines",
        ),
        (
            (
                "Registration Date,Registration IP Address,Invited by (First Name),"
                "Invited by (Last Name),Subscription Types"
            ),
            '"3/14/12, 7:22 PM",198.51.100.23,Ines,Okafor,Basic',
            "registration/2018",
            "Ines",
        ),
        (
            "Registered At,Registration Ip,Subscription Types",
            '"3/14/12, 7:22 PM",198.51.100.23,Basic',
            "registration/2023",
            None,
        ),
    ],
)
def test_registration_versions(
    tmp_path: Path, header: str, row: str, format_id: str, inviter: str | None
) -> None:
    parsed = parse(tmp_path, "Registration.csv", f"{header}\n{row}\n")
    assert parsed.file.format_id == format_id
    (record,) = parsed.records
    assert isinstance(record, Registration)
    assert record.registered_at == dt.datetime(2012, 3, 14, 19, 22, tzinfo=UTC)
    assert record.ip_address == "198.51.100.23"
    assert record.subscription_types == "Basic"
    assert record.inviter_first_name == inviter
    assert not parsed.warnings


def test_job_application_questions(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Job Applications.csv",
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
        "Resume Name,Question And Answers\n"
        '"4/9/24, 10:17 AM",mara.quill@gmail.com, +44 20 7946 0123,Fernwood Labs,Data Engineer,'
        "https://www.linkedin.com/jobs/view/3898765432,cv.pdf,"
        "Notice period (weeks)?:4 | Salary: 80:20 split? | Relocate\n",
    )
    (record,) = parsed.records
    assert isinstance(record, JobApplication)
    assert record.contact_email is not None
    assert record.contact_email.kind is lx.EmailKind.PERSONAL
    assert record.contact_phone is not None
    assert record.contact_phone.e164 == "+442079460123"
    assert record.job_id == "3898765432"
    assert record.questions_and_answers == (
        QuestionAnswer(question="Notice period (weeks)?", answer="4"),
        QuestionAnswer(question="Salary", answer="80:20 split?"),  # split at the first ':'
        QuestionAnswer(question="Relocate", answer=None),
    )
    (warning,) = parsed.warnings
    assert warning.code is lx.WarningCode.INVALID_VALUE
    assert warning.column == "Question And Answers"
    assert warning.value == "Relocate"


def test_job_seeker_preferences_2026_tail_is_kept(tmp_path: Path) -> None:
    header = (
        "Locations,Industries,Company Employee Count,Preferred Job Types,Job Titles,"
        "Open To Recruiters,Dream Companies,Profile Shared With Job Poster,"
        "Job Title For Searching Fast Growing Companies,Introduction Statement,Phone Number,"
        "Job Seeker Activity Level,Preferred Start Time Range,"
        "Commute Preference Starting Address,Commute Preference Starting Time,"
        "Mode Of Transportation,Maximum Commute Duration,Open Candidate Visibility,"
        "Job Seeking Urgency Level,Work Arrangement,Semantic Preferences"
    )
    row = "Remote | Edinburgh,,,,,No,,,,,,,,,,,,,ACTIVELY_SEEKING,Hybrid,open data"
    parsed = parse(tmp_path, "Job Seeker Preferences.csv", f"{header}\n{row}\n")
    assert parsed.file.format_id == "job_seeker_preferences/2023"
    (record,) = parsed.records
    assert isinstance(record, JobSeekerPreferences)
    assert record.locations == ("Remote", "Edinburgh")
    assert record.open_to_recruiters is False
    assert record.job_seeking_urgency == "ACTIVELY_SEEKING"
    assert dict(record.extra) == {"Work Arrangement": "Hybrid", "Semantic Preferences": "open data"}
    # Only the column nobody has recorded yet is reported; Semantic Preferences is known.
    assert [(w.code, w.column) for w in parsed.warnings] == [
        (lx.WarningCode.UNKNOWN_COLUMN, "Work Arrangement")
    ]


def test_saved_job_alerts_versions(tmp_path: Path) -> None:
    old = parse(
        tmp_path,
        "SavedJobAlerts.csv",
        'Saved Search Date,Jobs Search Url\n"2/3/24, 8:30 AM",https://www.linkedin.com/jobs/search/\n',
    )
    assert old.file.format_id == "saved_job_alerts/2018"
    new = parse(
        tmp_path, "SavedJobAlerts.csv", "ALERT_PARAMETERS,QUERY_CONTEXT,SAVED_SEARCH_ID\nx,y,7\n"
    )
    assert new.file.format_id == "saved_job_alerts/2025"
    assert new.records == (
        SavedJobAlert(alert_parameters="x", query_context="y", saved_search_id="7"),
    )


# --- a whole export ------------------------------------------------------------------------------

QA_HEADER = "Question,Answer\n"
MEMBERS: dict[str, str] = {
    "Email Addresses.csv": "Email Address,Confirmed,Primary,Updated On\n"
    'mara.quill@fernwood-labs.io,Yes,Yes,"6/2/21, 8:15 PM"',
    "PhoneNumbers.csv": "Extension,Number,Type\n, +44 20 7946 0123,Mobile\n",
    "Whatsapp Phone Numbers.csv": "Number,Extension,Is_WhatsApp_Number\n +44 20 7946 0123,,true\n",
    "Registration.csv": 'Registered At,Registration Ip,Subscription Types\n"7/21/12, 11:48 PM",'
    "192.0.2.146,\n",
    "Jobs/Saved Jobs.csv": "Saved Date,Job Url,Job Title,Company Name\n"
    '"3/14/24, 9:05 AM",https://www.linkedin.com/jobs/view/1,Data Engineer,Fernwood Labs\n',
    "Jobs/Saved Jobs_1.csv": "Saved Date,Job Url,Job Title,Company Name\n"
    '"3/15/24, 9:05 AM",https://www.linkedin.com/jobs/view/2,Analyst,Quill & Fern\n',
    "Jobs/Job Applications.csv": "Application Date,Contact Email,Contact Phone Number,"
    "Company Name,Job Title,Job Url,Resume Name,Question And Answers\n"
    '"4/9/24, 10:17 AM",mara.quill@gmail.com,,Fernwood Labs,Data Engineer,,,Visa?:No\n',
    "Jobs/Job Seeker Preferences.csv": "Locations,Industries,Company Employee Count,"
    "Preferred Job Types,Job Titles,Open To Recruiters,Dream Companies,"
    "Profile Shared With Job Poster,Job Title For Searching Fast Growing Companies,"
    "Introduction Statement,Phone Number,Job Seeker Activity Level,Preferred Start Time Range,"
    "Commute Preference Starting Address,Commute Preference Starting Time,"
    "Mode Of Transportation,Maximum Commute Duration,Open Candidate Visibility,"
    "Job Seeking Urgency Level\nRemote,,,Full-time,,Yes,,No,,,,,,,,,,RECRUITERS,"
    "ACTIVELY_SEEKING\n",
    "Job Applicant Saved Answers.csv": QA_HEADER + "Mobile phone number, +44 20 7946 0123\n",
    "Job Applicant Saved Screening Question Responses.csv": QA_HEADER + "Years of SQL?,9\n",
    "Job Applicant Saved Screening Question Responses_1.csv": QA_HEADER + "Remote?,Yes\n",
    "SavedJobAlerts.csv": "ALERT_PARAMETERS,QUERY_CONTEXT,SAVED_SEARCH_ID\na,b,7301234567\n",
    "Online Job Postings.csv": "Company Name,Title,Employment Status,Company Description,"
    "Job Description,Location Description,Job Functions,Company Industries,Seniority Level,"
    "Required Skills,Education Levels,Onsite Apply,Contact Email,Company Apply Url,Base Salary,"
    "Additional Compensation,Job State,Create Date,List Date,Close Date,Expiration Date\n"
    "Quill & Fern,Map Librarian,VOLUNTEER,,<p>Maps</p>,Edinburgh,Research | Education,,"
    'ENTRY_LEVEL,,,true,jobs@quill-and-fern.org,,,,CLOSED,"5/2/24, 9:00 AM",,,\n',
}
WANTED: dict[str, tuple[str, type[object], int]] = {
    "Email Addresses.csv": ("email_addresses/2018", OwnerEmailAddress, 1),
    "PhoneNumbers.csv": ("phone_numbers/2018", OwnerPhoneNumber, 1),
    "Whatsapp Phone Numbers.csv": ("whatsapp_numbers/2024", WhatsAppNumber, 1),
    "Registration.csv": ("registration/2023", Registration, 1),
    "Jobs/Saved Jobs.csv": ("saved_jobs/2018", SavedJob, 1),
    "Jobs/Saved Jobs_1.csv": ("saved_jobs/2018", SavedJob, 1),
    "Jobs/Job Applications.csv": ("job_applications/2024", JobApplication, 1),
    "Jobs/Job Seeker Preferences.csv": (
        "job_seeker_preferences/2023",
        JobSeekerPreferences,
        1,
    ),
    "Job Applicant Saved Answers.csv": ("job_saved_answers/2024", SavedAnswer, 1),
    "Job Applicant Saved Screening Question Responses.csv": (
        "job_saved_answers/2024",
        SavedAnswer,
        1,
    ),
    "Job Applicant Saved Screening Question Responses_1.csv": (
        "job_saved_answers/2024",
        SavedAnswer,
        1,
    ),
    "SavedJobAlerts.csv": ("saved_job_alerts/2025", SavedJobAlert, 1),
    "Online Job Postings.csv": ("online_job_postings/2024", OnlineJobPosting, 1),
}


@pytest.fixture(scope="module")
def export() -> lx.Export:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in MEMBERS.items():
            archive.writestr(name, text.encode("utf-8"))
    return lx.load(buffer.getvalue())


def test_every_member_gets_a_spec_and_typed_records(export: lx.Export) -> None:
    reports = {report.name: report for report in export.files}
    assert set(reports) == set(WANTED)
    for name, (format_id, model, count) in WANTED.items():
        report = reports[name]
        assert report.format_id == format_id, name
        assert report.records == report.rows == count, name
        records = export.records(name)
        assert len(records) == count, name
        assert all(isinstance(r, model) for r in records), name
    assert all(w.severity is lx.Severity.INFO for w in export.warnings)


def test_collections_merge_splits(export: lx.Export) -> None:
    jobs = export.collection("saved_jobs")
    assert [job.job_id for job in jobs if isinstance(job, SavedJob)] == ["1", "2"]
    answers = [a for a in export.collection("job_saved_answers") if isinstance(a, SavedAnswer)]
    assert [(a.question, a.is_screening_response) for a in answers] == [
        ("Mobile phone number", False),
        ("Years of SQL?", True),
        ("Remote?", True),
    ]
    assert answers[0].answer == "+44 20 7946 0123"


def test_owner_details_are_classified(export: lx.Export) -> None:
    (email,) = export.collection("email_addresses")
    assert isinstance(email, OwnerEmailAddress)
    assert email.email is not None
    assert email.email.is_work is True
    (phone,) = export.collection("phone_numbers")
    assert isinstance(phone, OwnerPhoneNumber)
    assert phone.phone is not None
    assert phone.phone.region == "GB"
    (posting,) = export.collection("online_job_postings")
    assert isinstance(posting, OnlineJobPosting)
    assert posting.job_functions == ("Research", "Education")
    assert posting.created_at == dt.datetime(2024, 5, 2, 9, 0, tzinfo=UTC)
    assert posting.contact_email is not None
    assert posting.contact_email.kind is lx.EmailKind.ROLE
