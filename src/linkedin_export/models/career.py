"""Your profile and résumé sections: profile, positions, education, skills, languages,
certifications, projects, publications, honors, courses, organizations, volunteering, test scores,
patents, causes and (2016) interests."""

from __future__ import annotations

import attrs

from linkedin_export.models._base import FrozenDict, Record
from linkedin_export.models.dates import PartialDate

__all__ = [
    "Cause",
    "Certification",
    "Course",
    "EducationEntry",
    "Honor",
    "InstantMessenger",
    "Interest",
    "Language",
    "Organization",
    "Patent",
    "Position",
    "Profile",
    "ProfileSummary",
    "Project",
    "Publication",
    "Skill",
    "TestScore",
    "VolunteerRole",
    "Website",
]


@attrs.frozen(kw_only=True)
class Website:
    """One web address of the profile.

    Attributes:
        label: LinkedIn's label as written (``PERSONAL``, ``PORTFOLIO``, ``COMPANY``, ``BLOG``,
            ``OTHER``…), or ``None`` when the address has none.
        url: the address as written.
    """

    label: str | None = None
    url: str


@attrs.frozen(kw_only=True)
class InstantMessenger:
    """One instant-messenger account of the profile.

    Attributes:
        service: the service as LinkedIn writes it (``SKYPE``, ``GTALK``, ``ICQ``…), or ``None``.
        handle: the account name as written.
    """

    service: str | None = None
    handle: str


@attrs.frozen(kw_only=True)
class Profile(Record):
    """The member's own profile, from ``Profile.csv`` (one row).

    Attributes:
        first_name: first name as written.
        last_name: last name as written.
        maiden_name: maiden name, when given.
        created_on: the day the profile was created (pre-2018 archives only).
        address: postal address as written (free text, may hold line breaks).
        birth_date: birth date; 2018 exports give the year (``Mar 14, 1990``), 2023+ exports only
            the month and day (``Mar 14``), so ``birth_date.year`` may be ``None``.
        contact_instructions: the "contact me" text (up to 2019).
        marital_status: marital status as written (up to Aug 2018).
        headline: the headline under the name.
        summary: the "About" text (may hold line breaks).
        industry: industry as written (``Software Development``).
        association: the "associations" text (pre-2018 archives only).
        country: country (2018-2019 only).
        zip_code: postal code as written.
        geo_location: location as free text (``San Francisco, California, United States``).
        twitter_handles: Twitter/X handles, brackets removed, as written otherwise.
        websites: web addresses with their labels, in order.
        instant_messengers: instant-messenger accounts, in order.
        format_id: the id of the format version the row was read with (``profile/2020``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    first_name: str | None = None
    last_name: str | None = None
    maiden_name: str | None = None
    created_on: PartialDate | None = None
    address: str | None = None
    birth_date: PartialDate | None = None
    contact_instructions: str | None = None
    marital_status: str | None = None
    headline: str | None = None
    summary: str | None = None
    industry: str | None = None
    association: str | None = None
    country: str | None = None
    zip_code: str | None = None
    geo_location: str | None = None
    twitter_handles: tuple[str, ...] = ()
    websites: tuple[Website, ...] = ()
    instant_messengers: tuple[InstantMessenger, ...] = ()
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class ProfileSummary(Record):
    """The profile's summary, from ``Profile Summary.csv`` (2024+).

    Attributes:
        summary: the summary text (may hold line breaks).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    summary: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Position(Record):
    """A job on the profile, from ``Positions.csv``.

    Attributes:
        company: company name as written.
        title: job title.
        description: description (may hold ``•`` bullets and line breaks).
        location: location as free text.
        started_on: start month or year (``Jan 2020`` → 2020-01; ``03/2014`` in 2015-16 files).
        finished_on: end month or year; ``None`` for a current position.
        is_current: ``True`` when the end date is empty (LinkedIn's way of saying "present").
            ``False`` when an end date is present, even one that could not be read (it is then in
            ``extra`` and an ``invalid-date`` warning).
        format_id: the id of the format version the row was read with (``positions/2017``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    company: str | None = None
    title: str | None = None
    description: str | None = None
    location: str | None = None
    started_on: PartialDate | None = None
    finished_on: PartialDate | None = None
    is_current: bool = False
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class EducationEntry(Record):
    """A school on the profile, from ``Education.csv``.

    Attributes:
        school: school name.
        started_on: start year (or month).
        finished_on: end year (or month, or expected end).
        notes: notes as written.
        degree: degree name as written (``BSc, Computer Science``).
        activities: activities and societies.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    school: str | None = None
    started_on: PartialDate | None = None
    finished_on: PartialDate | None = None
    notes: str | None = None
    degree: str | None = None
    activities: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Skill(Record):
    """A skill on the profile, from ``Skills.csv``.

    Attributes:
        name: the skill (``Data Modeling``).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    name: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Language(Record):
    """A language on the profile, from ``Languages.csv``.

    Attributes:
        name: the language as written (``Portuguese``).
        proficiency: the level in LinkedIn's readable wording (``Native or bilingual
            proficiency``); pre-2018 enum values (``NATIVE_OR_BILINGUAL``) are turned into it.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    name: str | None = None
    proficiency: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Certification(Record):
    """A licence or certification, from ``Certifications.csv``.

    Attributes:
        name: the certification.
        url: its URL as written (often empty; not validated).
        authority: the issuing organisation.
        started_on: issue month or year.
        finished_on: expiry month or year.
        license_number: the licence or credential number as written.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    name: str | None = None
    url: str | None = None
    authority: str | None = None
    started_on: PartialDate | None = None
    finished_on: PartialDate | None = None
    license_number: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Project(Record):
    """A project on the profile, from ``Projects.csv``.

    Attributes:
        title: the project's title.
        description: description (may hold line breaks).
        url: its URL as written.
        started_on: start month or year.
        finished_on: end month or year.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    title: str | None = None
    description: str | None = None
    url: str | None = None
    started_on: PartialDate | None = None
    finished_on: PartialDate | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Publication(Record):
    """A publication, from ``Publications.csv``.

    Attributes:
        name: the title.
        published_on: publication date (``Mar 9, 2021``).
        description: description.
        publisher: the publisher.
        url: its URL as written.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    name: str | None = None
    published_on: PartialDate | None = None
    description: str | None = None
    publisher: str | None = None
    url: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Honor(Record):
    """An honor or award, from ``Honors.csv``.

    Attributes:
        title: the honor.
        description: description.
        issuer: who gave it (2018 files only).
        issued_on: when it was given (``Mon YYYY``).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    title: str | None = None
    description: str | None = None
    issuer: str | None = None
    issued_on: PartialDate | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Course(Record):
    """A course, from ``Courses.csv``.

    Attributes:
        name: the course name.
        number: the course number as written (``CS 229``).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    name: str | None = None
    number: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Organization(Record):
    """A membership of an organisation, from ``Organizations.csv``.

    Attributes:
        name: the organisation.
        description: description.
        position: the member's role in it.
        started_on: start month or year.
        finished_on: end month or year.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    name: str | None = None
    description: str | None = None
    position: str | None = None
    started_on: PartialDate | None = None
    finished_on: PartialDate | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class VolunteerRole(Record):
    """A volunteering experience, from ``Volunteering.csv``.

    Attributes:
        organization: the organisation (LinkedIn's ``Company Name`` column).
        role: the role.
        cause: the cause as written (``Education``, ``Environment``…).
        started_on: start month or year.
        finished_on: end month or year.
        description: description.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    organization: str | None = None
    role: str | None = None
    cause: str | None = None
    started_on: PartialDate | None = None
    finished_on: PartialDate | None = None
    description: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class TestScore(Record):
    """A test score, from ``TestScores.csv``.

    Attributes:
        tested_on: when the test was taken.
        name: the test's name.
        description: description.
        score: the score as written (``780``, ``7.5``).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    __test__ = False  # not a pytest test class

    tested_on: PartialDate | None = None
    name: str | None = None
    description: str | None = None
    score: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Patent(Record):
    """A patent, from ``Patents.csv`` (its header was never seen; read tolerantly).

    Attributes:
        title: the patent's title.
        issuer: the patent office.
        number: the patent or application number as written.
        issued_on: the issue (or filing) date.
        url: its URL as written.
        description: description.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    title: str | None = None
    issuer: str | None = None
    number: str | None = None
    issued_on: PartialDate | None = None
    url: str | None = None
    description: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Cause(Record):
    """A cause the member cares about, from ``Causes You Care About.csv``.

    Attributes:
        name: the cause as written (``Environment``).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    name: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Interest(Record):
    """One row of the 2016 ``Interests.csv``: a comma-separated list of interests.

    Attributes:
        topics: the interests of the row, in order, split on commas.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    topics: tuple[str, ...] = ()
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)
