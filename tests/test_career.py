"""Profile and career files: converters, the position builder, spec choice, a whole archive."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export._build_career import (
    created_date,
    end_date,
    instant_messengers,
    proficiency,
    twitter_handles,
    websites,
)
from linkedin_export._formats import career
from linkedin_export._values import ValueProblem, WithWarning
from linkedin_export.diagnostics import WarningCode
from linkedin_export.models.career import (
    Cause,
    Certification,
    Course,
    EducationEntry,
    Honor,
    InstantMessenger,
    Interest,
    Language,
    Organization,
    Patent,
    Position,
    Profile,
    ProfileSummary,
    Project,
    Publication,
    Skill,
    TestScore,
    VolunteerRole,
    Website,
)
from linkedin_export.models.dates import PartialDate

# --- converters -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("[PERSONAL:https://mara.example.com]", [("PERSONAL", "https://mara.example.com")]),
        (
            "[PERSONAL:https://a.example.com],[COMPANY:https://fernwood-labs.io]",
            [("PERSONAL", "https://a.example.com"), ("COMPANY", "https://fernwood-labs.io")],
        ),
        (
            "[PERSONAL:https://a.example.com, OTHER:https://b.example.com]",
            [("PERSONAL", "https://a.example.com"), ("OTHER", "https://b.example.com")],
        ),
        (
            "PORTFOLIO:https://a.example.com, PORTFOLIO:https://b.example.com",
            [("PORTFOLIO", "https://a.example.com"), ("PORTFOLIO", "https://b.example.com")],
        ),
        ("https://a.example.com/x?a=1,2", [(None, "https://a.example.com/x?a=1,2")]),
        (
            "https://a.example.com, https://b.example.com",
            [(None, "https://a.example.com"), (None, "https://b.example.com")],
        ),
        ("[COMPANY:https://b.example.com/q?x=1,2]", [("COMPANY", "https://b.example.com/q?x=1,2")]),
        ("[]", []),
        ("[PERSONAL:]", []),
    ],
)
def test_websites(cell: str, expected: list[tuple[str | None, str]]) -> None:
    assert websites(cell) == tuple(Website(label=label, url=url) for label, url in expected)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("[SKYPE:mara.quill]", [("SKYPE", "mara.quill")]),
        ("SKYPE:mara.quill", [("SKYPE", "mara.quill")]),
        (
            "[SKYPE:mara.quill],[GTALK:mara@example.com]",
            [("SKYPE", "mara.quill"), ("GTALK", "mara@example.com")],
        ),
        (
            "SKYPE:ines.okafor, GTALK:ines@example.org",
            [("SKYPE", "ines.okafor"), ("GTALK", "ines@example.org")],
        ),
        ("mara.quill", [(None, "mara.quill")]),
    ],
)
def test_instant_messengers(cell: str, expected: list[tuple[str | None, str]]) -> None:
    assert instant_messengers(cell) == tuple(
        InstantMessenger(service=service, handle=handle) for service, handle in expected
    )


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("[maraquill]", ("maraquill",)),
        ("maraquill", ("maraquill",)),
        ("[maraquill],[fernwoodlabs]", ("maraquill", "fernwoodlabs")),
        ("maraquill, fernwoodlabs", ("maraquill", "fernwoodlabs")),
    ],
)
def test_twitter_handles(cell: str, expected: tuple[str, ...]) -> None:
    assert twitter_handles(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("NATIVE_OR_BILINGUAL", "Native or bilingual proficiency"),
        ("FULL_PROFESSIONAL", "Full professional proficiency"),
        ("PROFESSIONAL_WORKING", "Professional working proficiency"),
        ("LIMITED_WORKING", "Limited working proficiency"),
        ("ELEMENTARY", "Elementary proficiency"),
        ("ELEMENTARY_PROFICIENCY", "Elementary proficiency"),
        ("BASIC_KNOWLEDGE", "Basic knowledge proficiency"),
        ("Native or bilingual proficiency", "Native or bilingual proficiency"),
        (" Full professional proficiency ", "Full professional proficiency"),
    ],
)
def test_proficiency(cell: str, expected: str) -> None:
    assert proficiency(cell) == expected


def test_created_date() -> None:
    assert created_date("Mar 2015") == PartialDate(year=2015, month=3)
    assert created_date("11/3/09, 4:12 PM") == PartialDate(year=2009, month=11, day=3)
    assert created_date("2015-01-05 10:00:00 UTC") == PartialDate(year=2015, month=1, day=5)
    with pytest.raises(ValueProblem):
        created_date("long ago")


def test_end_date() -> None:
    assert end_date("Jan 2020") == PartialDate(year=2020, month=1)
    assert end_date("03/2014") == PartialDate(year=2014, month=3)
    result = end_date(" Present ")
    assert isinstance(result, WithWarning)
    assert result.value == "Present"
    assert result.code is WarningCode.INVALID_DATE


# --- spec choice by header and shape --------------------------------------------------------------


def parse(tmp_path: Path, name: str, text: str) -> lx.ParsedFile:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return lx.parse_file(path)


def test_languages_version_by_shape(tmp_path: Path) -> None:
    old = parse(tmp_path, "Languages.csv", "Name,Proficiency\nPortuguese,NATIVE_OR_BILINGUAL\n")
    readable = "Name,Proficiency\nPortuguese,Native or bilingual proficiency\n"
    new = parse(tmp_path, "Languages.csv", readable)
    assert old.file.format_id == "languages/2015"
    assert new.file.format_id == "languages/2018"
    assert old.records == new.records


def test_languages_without_proficiency_is_the_current_version(tmp_path: Path) -> None:
    parsed = parse(tmp_path, "Languages.csv", "Name,Proficiency\nPortuguese,\n")
    assert parsed.file.format_id == "languages/2018"


def test_projects_version_by_shape(tmp_path: Path) -> None:
    old = parse(
        tmp_path, "Projects.csv", "Title,Start Date,End Date,Description,Url\nA,04/2015,,,\n"
    )
    new = parse(
        tmp_path, "Projects.csv", "Title,Description,Url,Start Date,End Date\nA,,,Apr 2015,\n"
    )
    assert old.file.format_id == "projects/2016"
    assert new.file.format_id == "projects/2018"
    assert old.records == new.records


def test_patents_are_read_tolerantly(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Patents.csv",
        "Title,Number,Issued On,Inventors\n"
        'Harbour beacon,US 0000002,Jan 2023,"Mara Quill, Tomas Reyne"\n',
    )
    assert parsed.file.format_id == "patents/unknown"
    (patent,) = parsed.records
    assert isinstance(patent, Patent)
    assert patent.title == "Harbour beacon"
    assert patent.number == "US 0000002"
    assert patent.issued_on == PartialDate(year=2023, month=1)
    assert patent.extra == {"Inventors": "Mara Quill, Tomas Reyne"}
    assert [w.code for w in parsed.warnings] == [WarningCode.UNKNOWN_COLUMN]


def test_position_with_unreadable_end_date_is_not_current(tmp_path: Path) -> None:
    parsed = parse(
        tmp_path,
        "Positions.csv",
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Fernwood Labs,Data Engineer,,,Jan 2021,Present\n"
        "Fernwood Labs,Lead,,,Jan 2023,\n",
    )
    old, current = parsed.records
    assert isinstance(old, Position)
    assert isinstance(current, Position)
    assert old.is_current is False
    assert old.finished_on is None
    assert dict(old.extra) == {"Finished On": "Present"}
    assert current.is_current is True
    assert current.finished_on is None
    assert [w.code for w in parsed.warnings] == [WarningCode.INVALID_DATE]


def test_spec_ids_are_unique_and_kinds_match_folders() -> None:
    ids = [spec.id for spec in career.SPECS]
    assert len(ids) == len(set(ids))
    assert all(spec.id.split("/")[0] == spec.kind.value for spec in career.SPECS)


# --- a whole archive ------------------------------------------------------------------------------

#: The current version of every file of the family, as a 2024-2026 export names it.
CURRENT = {
    "Profile.csv": (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
        "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        'Mara,Quill,,,Mar 14,Senior Data Engineer at Fernwood Labs,"Builds pipelines.",'
        'Software Development,94107,"San Francisco, California, United States",[maraquill],'
        "[PERSONAL:https://mara.example.com],\n"
    ),
    "Profile Summary.csv": "Profile Summary\nBuilds pipelines.\n",
    "Positions.csv": (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        'Fernwood Labs,Senior Data Engineer,"• Built the ingest layer","Lisbon, Portugal",'
        "Jan 2021,\n"
    ),
    "Education.csv": (
        "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
        'University of Northfield,2012,2016,,"BSc, Computer Science",Chess club\n'
    ),
    "Skills.csv": 'Name\n"Data Modeling"\n',
    "Languages.csv": "Name,Proficiency\nPortuguese,Native or bilingual proficiency\n",
    "Certifications.csv": (
        "Name,Url,Authority,Started On,Finished On,License Number\n"
        "Cloud Data Engineer,,Quill & Fern Academy,Mar 2022,,QF-1\n"
    ),
    "Projects.csv": "Title,Description,Url,Started On,Finished On\nHarbour Sensors,,,Mar 2018,\n",
    "Publications.csv": (
        "Name,Published On,Description,Publisher,Url\n"
        'Pipelines That Test Themselves,"Mar 9, 2021",,Fernwood Press,\n'
    ),
    "Honors.csv": "Title,Description,Issued On\nEngineer of the Year,,Dec 2023\n",
    "Courses.csv": "Name,Number\nMachine Learning,CS 229\n",
    "Organizations.csv": (
        "Name,Description,Position,Started On,Finished On\nOpen Data Lisboa,,Organiser,Jan 2019,\n"
    ),
    "Volunteering.csv": (
        "Company Name,Role,Cause,Started On,Finished On,Description\n"
        "Coastline Cleanup,Data volunteer,Environment,May 2020,,\n"
    ),
    "TestScores.csv": "Tested On,Name,Description,Score\nJun 2015,GRE Quantitative,,168\n",
    "Patents.csv": (
        "Title,Issuer,Number,Issued On,Url,Description\n"
        "Tide sensor,European Patent Office,EP 0000001,Feb 2022,,\n"
    ),
    "Causes You Care About.csv": "Supported Cause\nEnvironment\n",
}
#: The pre-GDPR files (2015-2017) that have no later namesake in CURRENT.
LEGACY = {"Interests.csv": 'Interests\n"open data, sailing"\n'}

MODELS: dict[str, type] = {
    "profile": Profile,
    "profile_summary": ProfileSummary,
    "positions": Position,
    "education": EducationEntry,
    "skills": Skill,
    "languages": Language,
    "certifications": Certification,
    "projects": Project,
    "publications": Publication,
    "honors": Honor,
    "courses": Course,
    "organizations": Organization,
    "volunteering": VolunteerRole,
    "test_scores": TestScore,
    "patents": Patent,
    "causes": Cause,
    "interests": Interest,
}


def make_zip(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_archive_with_every_career_file() -> None:
    export = lx.load(make_zip({**CURRENT, **LEGACY}))
    reports = {report.name: report for report in export.files}
    assert set(reports) == set(CURRENT) | set(LEGACY)
    for name, report in reports.items():
        assert report.format_id is not None, f"{name} got no spec"
        assert report.kind in MODELS, f"{name} went to {report.kind}"
        assert report.records == report.rows == 1, name
    assert {report.kind for report in reports.values()} == set(MODELS)
    for kind, model in MODELS.items():
        records = export.collection(kind)
        assert len(records) == 1, kind
        assert all(isinstance(record, model) for record in records), kind
    problems = [w for w in export.warnings if w.severity is not lx.Severity.INFO]
    assert not problems, [str(w) for w in problems]

    (profile,) = export.collection("profile")
    assert isinstance(profile, Profile)
    assert profile.birth_date == PartialDate(month=3, day=14)
    assert profile.websites == (Website(label="PERSONAL", url="https://mara.example.com"),)
    (position,) = export.collection("positions")
    assert isinstance(position, Position)
    assert position.is_current


def test_test_score_is_not_collected_by_pytest() -> None:
    assert TestScore.__test__ is False


def test_every_spec_field_is_a_field_of_its_model() -> None:
    for spec in career.SPECS:
        model = MODELS[spec.kind.value]
        for column in spec.columns:
            assert column.field is None or hasattr(model, column.field), (spec.id, column.header)
