"""Profile and career: Profile, Profile Summary, Positions, Education, Skills, Languages,
Certifications, Projects, Publications, Honors, Courses, Organizations, Volunteering, Test Scores,
Patents, Causes You Care About, Interests (FORMATS.md §3.4, §4.4-§4.25)."""

from __future__ import annotations

import re

import attrs

from linkedin_export._build_career import (
    build_position,
    created_date,
    end_date,
    instant_messengers,
    proficiency,
    twitter_handles,
    websites,
)
from linkedin_export._builders import record_builder
from linkedin_export._formats._spec import Column, FileSpec, Kind
from linkedin_export._values_time import partial_date, split_on
from linkedin_export.models.career import (
    Cause,
    Certification,
    Course,
    EducationEntry,
    Honor,
    Interest,
    Language,
    Organization,
    Patent,
    Profile,
    ProfileSummary,
    Project,
    Publication,
    Skill,
    TestScore,
    VolunteerRole,
)

__all__ = ["SPECS"]

# --- Profile.csv (§3.4, §4.4) ---------------------------------------------------------------------

_FIRST = Column("first_name", "First Name")
_LAST = Column("last_name", "Last Name")
_MAIDEN = Column("maiden_name", "Maiden Name")
_ADDRESS = Column("address", "Address")
_BIRTH = Column("birth_date", "Birth Date", partial_date)
_CONTACT = Column("contact_instructions", "Contact Instructions")
_MARITAL = Column("marital_status", "Marital Status")
_HEADLINE = Column("headline", "Headline")
_SUMMARY = Column("summary", "Summary")
_INDUSTRY = Column("industry", "Industry")
_COUNTRY = Column("country", "Country")
_ZIP = Column("zip_code", "Zip Code")
_GEO = Column("geo_location", "Geo Location")
_TWITTER = Column("twitter_handles", "Twitter Handles", twitter_handles)
_WEBSITES = Column("websites", "Websites", websites)
_MESSENGERS = Column("instant_messengers", "Instant Messengers", instant_messengers)
_PROFILE = (r"profile",)
_build_profile = record_builder(Profile)

PROFILE_2015 = FileSpec(
    id="profile/2015",
    kind=Kind.PROFILE,
    title="Profile.csv of the pre-GDPR archive (12 columns, with Created Date and Association)",
    files=_PROFILE,
    columns=(
        _FIRST,
        _LAST,
        _MAIDEN,
        Column("created_on", "Created Date", created_date),
        _ADDRESS,
        _BIRTH,
        _CONTACT,
        _MARITAL,
        _HEADLINE,
        _SUMMARY,
        _INDUSTRY,
        Column("association", "Association"),
    ),
    build=_build_profile,
    first_seen="2015",
    last_seen="2018-02",
    confidence="M",
    notes="The format of Created Date is unknown: any date or instant format is read (as a day).",
    reference="§3.4, §4.4 P1",
)
PROFILE_2018_02 = FileSpec(
    id="profile/2018-02",
    kind=Kind.PROFILE,
    title="Profile.csv, 16 columns with Marital Status, Country and Instant Messengers",
    files=_PROFILE,
    columns=(
        _FIRST,
        _LAST,
        _MAIDEN,
        _ADDRESS,
        _BIRTH,
        _CONTACT,
        _MARITAL,
        _HEADLINE,
        _SUMMARY,
        _INDUSTRY,
        _COUNTRY,
        _ZIP,
        _GEO,
        _TWITTER,
        _WEBSITES,
        _MESSENGERS,
    ),
    build=_build_profile,
    first_seen="2018-02",
    last_seen="2018-08",
    confidence="L",
    notes="Header names inferred from a positional parser. Birth Date like Mar 14, 1990; "
    "Websites like PORTFOLIO:https://…, PORTFOLIO:https://….",
    reference="§4.4 P2",
)
PROFILE_2018_08 = FileSpec(
    id="profile/2018-08",
    kind=Kind.PROFILE,
    title="Profile.csv, 15 columns with Contact Instructions and Country",
    files=_PROFILE,
    columns=(
        _FIRST,
        _LAST,
        _MAIDEN,
        _ADDRESS,
        _BIRTH,
        _CONTACT,
        _HEADLINE,
        _SUMMARY,
        _INDUSTRY,
        _COUNTRY,
        _ZIP,
        _GEO,
        _TWITTER,
        _WEBSITES,
        _MESSENGERS,
    ),
    build=_build_profile,
    first_seen="2018-08",
    last_seen="2019",
    notes="Birth Date like Mar 14, 1990; Twitter Handles, Websites and Instant Messengers bare "
    "(maraquill; PORTFOLIO:https://…, PORTFOLIO:https://…; SKYPE:handle).",
    reference="§4.4 P3",
)
PROFILE_2020 = FileSpec(
    id="profile/2020",
    kind=Kind.PROFILE,
    title="Profile.csv, 13 columns, bracketed lists",
    files=_PROFILE,
    columns=(
        _FIRST,
        _LAST,
        _MAIDEN,
        _ADDRESS,
        _BIRTH,
        _HEADLINE,
        _SUMMARY,
        _INDUSTRY,
        _ZIP,
        _GEO,
        _TWITTER,
        _WEBSITES,
        _MESSENGERS,
    ),
    build=_build_profile,
    first_seen="2020-09",
    confidence="H",
    notes="Birth Date without a year (Mar 14); Twitter Handles, Websites and Instant Messengers "
    "in brackets ([maraquill], [PERSONAL:https://…], [SKYPE:handle]).",
    reference="§4.4 P4",
)
PROFILE_SUMMARY_2024 = FileSpec(
    id="profile_summary/2024",
    kind=Kind.PROFILE_SUMMARY,
    title="Profile Summary.csv (one column)",
    files=(r"profilesummary",),
    columns=(Column("summary", "Profile Summary"),),
    build=record_builder(ProfileSummary),
    first_seen="2024",
    notes="Often only the header and an empty row.",
    reference="§4.5",
)

# --- Positions.csv (§3.4, §4.6) -------------------------------------------------------------------

_POSITIONS = (r"positions",)
POSITIONS_2015 = FileSpec(
    id="positions/2015",
    kind=Kind.POSITIONS,
    title="Positions.csv of the pre-GDPR archive, MM/YYYY dates",
    files=_POSITIONS,
    columns=(
        Column("company", "Company Name"),
        Column("description", "Description"),
        Column("location", "Location"),
        Column("started_on", "Start Date", partial_date),
        Column("finished_on", "End Date", end_date),
        Column("title", "Title"),
    ),
    build=build_position,
    first_seen="2015",
    last_seen="2017",
    confidence="L",
    notes="Header names inferred from a positional parser; dates like 03/2014.",
    reference="§3.4",
)
POSITIONS_2017 = FileSpec(
    id="positions/2017",
    kind=Kind.POSITIONS,
    title="Positions.csv",
    files=_POSITIONS,
    columns=(
        Column("company", "Company Name"),
        Column("title", "Title"),
        Column("description", "Description"),
        Column("location", "Location"),
        Column("started_on", "Started On", partial_date),
        Column("finished_on", "Finished On", end_date),
    ),
    build=build_position,
    first_seen="2017-10",
    notes="Dates like Jan 2020 or 2019; an empty Finished On means the position is current.",
    reference="§4.6",
)

# --- the other résumé sections (§4.7-§4.25) -------------------------------------------------------

EDUCATION_2015 = FileSpec(
    id="education/2015",
    kind=Kind.EDUCATION,
    title="Education.csv",
    files=(r"education",),
    columns=(
        Column("school", "School Name"),
        Column("started_on", "Start Date", partial_date),
        Column("finished_on", "End Date", partial_date),
        Column("notes", "Notes"),
        Column("degree", "Degree Name"),
        Column("activities", "Activities"),
    ),
    build=record_builder(EducationEntry),
    first_seen="2015",
    notes="Unchanged since 2015; dates like 2016 or Sep 2012.",
    reference="§3.4, §4.7",
)
SKILLS_2015 = FileSpec(
    id="skills/2015",
    kind=Kind.SKILLS,
    title="Skills.csv (one column)",
    files=(r"skills",),
    columns=(Column("name", "Name"),),
    build=record_builder(Skill),
    first_seen="2015",
    reference="§3.4, §4.8",
)
_LANGUAGE_COLUMNS = (Column("name", "Name"), Column("proficiency", "Proficiency", proficiency))
LANGUAGES_2015 = FileSpec(
    id="languages/2015",
    kind=Kind.LANGUAGES,
    title="Languages.csv with enum proficiencies (NATIVE_OR_BILINGUAL)",
    files=(r"languages",),
    columns=_LANGUAGE_COLUMNS,
    build=record_builder(Language),
    first_seen="2015",
    last_seen="2018-02",
    confidence="L",
    shapes={"proficiency": re.compile(r"[A-Z][A-Z0-9_]*")},
    notes="Proficiencies are enums; they are given LinkedIn's readable wording.",
    reference="§3.4",
)
LANGUAGES_2018 = FileSpec(
    id="languages/2018",
    kind=Kind.LANGUAGES,
    title="Languages.csv",
    files=(r"languages",),
    columns=_LANGUAGE_COLUMNS,
    build=record_builder(Language),
    first_seen="2018",
    shapes={"proficiency": re.compile(r".*[a-z].*")},
    notes="Proficiencies like Native or bilingual proficiency.",
    reference="§4.9",
)
CERTIFICATIONS_2023 = FileSpec(
    id="certifications/2023",
    kind=Kind.CERTIFICATIONS,
    title="Certifications.csv",
    files=(r"certifications",),
    columns=(
        Column("name", "Name"),
        Column("url", "Url"),
        Column("authority", "Authority"),
        Column("started_on", "Started On", partial_date),
        Column("finished_on", "Finished On", partial_date),
        Column("license_number", "License Number"),
    ),
    build=record_builder(Certification),
    first_seen="2023",
    notes="Url is often empty and is kept as written (not validated).",
    reference="§4.16",
)
_MM_YYYY = re.compile(r"\d{1,2}/\d{4}")
_MON_YYYY = re.compile(r"(?:[A-Za-z]{3,9}\.? )?\d{4}")
PROJECTS_2016 = FileSpec(
    id="projects/2016",
    kind=Kind.PROJECTS,
    title="Projects.csv of the pre-GDPR archive, MM/YYYY dates",
    files=(r"projects",),
    columns=(
        Column("title", "Title"),
        Column("started_on", "Start Date", partial_date),
        Column("finished_on", "End Date", partial_date),
        Column("description", "Description"),
        Column("url", "Url"),
    ),
    build=record_builder(Project),
    first_seen="2016",
    last_seen="2018-02",
    confidence="L",
    shapes={"started_on": _MM_YYYY, "finished_on": _MM_YYYY},
    notes="Header names inferred from a positional parser; dates like 03/2014.",
    reference="§3.4, §4.17",
)
PROJECTS_2018 = FileSpec(
    id="projects/2018",
    kind=Kind.PROJECTS,
    title="Projects.csv with Start Date and End Date",
    files=(r"projects",),
    columns=(
        Column("title", "Title"),
        Column("description", "Description"),
        Column("url", "Url"),
        Column("started_on", "Start Date", partial_date),
        Column("finished_on", "End Date", partial_date),
    ),
    build=record_builder(Project),
    first_seen="2018-08",
    last_seen="2018-11",
    confidence="M",
    shapes={"started_on": _MON_YYYY, "finished_on": _MON_YYYY},
    notes="Same columns as projects/2016 in another order; dates like Mar 2018.",
    reference="§4.17",
)
PROJECTS_2023 = FileSpec(
    id="projects/2023",
    kind=Kind.PROJECTS,
    title="Projects.csv with Started On and Finished On",
    files=(r"projects",),
    columns=(
        Column("title", "Title"),
        Column("description", "Description"),
        Column("url", "Url"),
        Column("started_on", "Started On", partial_date),
        Column("finished_on", "Finished On", partial_date),
    ),
    build=record_builder(Project),
    first_seen="2023",
    reference="§4.17",
)
PUBLICATIONS_2018 = FileSpec(
    id="publications/2018",
    kind=Kind.PUBLICATIONS,
    title="Publications.csv",
    files=(r"publications",),
    columns=(
        Column("name", "Name"),
        Column("published_on", "Published On", partial_date),
        Column("description", "Description"),
        Column("publisher", "Publisher"),
        Column("url", "Url"),
    ),
    build=record_builder(Publication),
    first_seen="2018",
    notes="Published On like Mar 9, 2021. The header was seen from 2024; 2018 files had the same "
    "column order.",
    reference="§4.18",
)
HONORS_2018 = FileSpec(
    id="honors/2018",
    kind=Kind.HONORS,
    title="Honors.csv with Issuer and Issue Date",
    files=(r"honors",),
    columns=(
        Column("title", "Title"),
        Column("description", "Description"),
        Column("issuer", "Issuer"),
        Column("issued_on", "Issue Date", partial_date),
    ),
    build=record_builder(Honor),
    first_seen="2018-11",
    last_seen="2018-11",
    confidence="M",
    notes="Issue Date like Mar 2017.",
    reference="§4.19",
)
HONORS_2024 = FileSpec(
    id="honors/2024",
    kind=Kind.HONORS,
    title="Honors.csv with Issued On",
    files=(r"honors",),
    columns=(
        Column("title", "Title"),
        Column("description", "Description"),
        Column("issued_on", "Issued On", partial_date),
    ),
    build=record_builder(Honor),
    first_seen="2024-12",
    confidence="M",
    reference="§4.19",
)
COURSES_2023 = FileSpec(
    id="courses/2023",
    kind=Kind.COURSES,
    title="Courses.csv",
    files=(r"courses",),
    columns=(Column("name", "Name"), Column("number", "Number")),
    build=record_builder(Course),
    first_seen="2023",
    reference="§4.20",
)
ORGANIZATIONS_2024 = FileSpec(
    id="organizations/2024",
    kind=Kind.ORGANIZATIONS,
    title="Organizations.csv",
    files=(r"organizations",),
    columns=(
        Column("name", "Name"),
        Column("description", "Description"),
        Column("position", "Position"),
        Column("started_on", "Started On", partial_date),
        Column("finished_on", "Finished On", partial_date),
    ),
    build=record_builder(Organization),
    first_seen="2024",
    confidence="M",
    reference="§4.21",
)
VOLUNTEERING_2024 = FileSpec(
    id="volunteering/2024",
    kind=Kind.VOLUNTEERING,
    title="Volunteering.csv",
    files=(r"volunteering",),
    columns=(
        Column("organization", "Company Name"),
        Column("role", "Role"),
        Column("cause", "Cause"),
        Column("started_on", "Started On", partial_date),
        Column("finished_on", "Finished On", partial_date),
        Column("description", "Description"),
    ),
    build=record_builder(VolunteerRole),
    first_seen="2024",
    confidence="M",
    notes="No real file was measured; the header comes from a specification of a real archive.",
    reference="§4.22",
)
TEST_SCORES_2024 = FileSpec(
    id="test_scores/2024",
    kind=Kind.TEST_SCORES,
    title="TestScores.csv",
    files=(r"testscores",),
    columns=(
        Column("tested_on", "Tested On", partial_date),
        Column("name", "Name"),
        Column("description", "Description"),
        Column("score", "Score"),
    ),
    build=record_builder(TestScore),
    first_seen="2024",
    confidence="L",
    notes="Known from one fixture only.",
    reference="§4.23",
)
PATENTS_UNKNOWN = FileSpec(
    id="patents/unknown",
    kind=Kind.PATENTS,
    title="Patents.csv (header never seen; read tolerantly)",
    files=(r"patents",),
    columns=tuple(
        attrs.evolve(column, optional=True)
        for column in (
            Column("title", "Title"),
            Column("issuer", "Issuer"),
            Column("number", "Number"),
            Column("issued_on", "Issued On", partial_date),
            Column("url", "Url"),
            Column("description", "Description"),
        )
    ),
    build=record_builder(Patent),
    first_seen="2018",
    confidence="?",
    notes="No header is known. Every column is optional; a file named Patents.csv that shares a "
    "few of these columns is read with it, and other columns are kept in extra.",
    reference="§4.23",
)
CAUSES_2018 = FileSpec(
    id="causes/2018",
    kind=Kind.CAUSES,
    title="Causes You Care About.csv (one column)",
    files=(r"causesyoucareabout",),
    columns=(Column("name", "Supported Cause"),),
    build=record_builder(Cause),
    first_seen="2018-11",
    reference="§4.24",
)
INTERESTS_2016 = FileSpec(
    id="interests/2016",
    kind=Kind.INTERESTS,
    title="Interests.csv of the pre-GDPR archive (one comma-separated column)",
    files=(r"interests",),
    columns=(Column("topics", "Interests", split_on(",")),),
    build=record_builder(Interest),
    first_seen="2016",
    last_seen="2016",
    confidence="L",
    notes="Known from a positional parser: the header name Interests is assumed.",
    reference="§3.4, §4.25",
)

SPECS: tuple[FileSpec, ...] = (
    PROFILE_2015,
    PROFILE_2018_02,
    PROFILE_2018_08,
    PROFILE_2020,
    PROFILE_SUMMARY_2024,
    POSITIONS_2015,
    POSITIONS_2017,
    EDUCATION_2015,
    SKILLS_2015,
    # Same header: on a tie (no proficiency to look at) the first wins, the well-known version.
    LANGUAGES_2018,
    LANGUAGES_2015,
    CERTIFICATIONS_2023,
    PROJECTS_2018,  # before projects/2016 for the same reason
    PROJECTS_2016,
    PROJECTS_2023,
    PUBLICATIONS_2018,
    HONORS_2018,
    HONORS_2024,
    COURSES_2023,
    ORGANIZATIONS_2024,
    VOLUNTEERING_2024,
    TEST_SCORES_2024,
    PATENTS_UNKNOWN,
    CAUSES_2018,
    INTERESTS_2016,
)
