"""Your account and your job search: your email addresses and phone numbers, registration, saved
jobs, job applications, job-seeker preferences, saved answers, job alerts and job postings."""

from __future__ import annotations

import datetime as dt

import attrs

from linkedin_export.models._base import FrozenDict, Record
from linkedin_export.models.contact import EmailInfo, PhoneInfo

__all__ = [
    "JobApplication",
    "JobSeekerPreferences",
    "OnlineJobPosting",
    "OwnerEmailAddress",
    "OwnerPhoneNumber",
    "QuestionAnswer",
    "Registration",
    "SavedAnswer",
    "SavedJob",
    "SavedJobAlert",
    "WhatsAppNumber",
]


@attrs.frozen(kw_only=True)
class OwnerEmailAddress(Record):
    """One of your own email addresses, from ``Email Addresses.csv``.

    Attributes:
        email: the address, classified (work, personal, …); ``None`` when the cell was empty.
        is_confirmed: whether you confirmed the address (``Confirmed``, Nov 2018 onwards and early
            2018); ``None`` when not exported.
        is_primary: whether it is your primary address.
        updated_at: when its status last changed (UTC); ``None`` when LinkedIn wrote
            ``Not Available``.
        status: the status as exported (2015 tab-separated files only).
        added_at: when the address was added (2015 files only).
        removed_at: when the address was removed (2015 files only).
        format_id: the id of the format version the row was read with (``email_addresses/2018``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    email: EmailInfo | None = None
    is_confirmed: bool | None = None
    is_primary: bool | None = None
    updated_at: dt.datetime | None = None
    status: str | None = None
    added_at: dt.datetime | None = None
    removed_at: dt.datetime | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class OwnerPhoneNumber(Record):
    """One of your own phone numbers, from ``PhoneNumbers.csv`` (2018: ``Phone Numbers.csv``).

    Attributes:
        phone: the number, normalised (the leading space LinkedIn writes before ``+`` removed);
            ``None`` when the cell was empty.
        extension: the extension, as exported.
        phone_type: ``Mobile``, ``Home`` or ``Work`` as exported, or ``None``.
        format_id: the id of the format version the row was read with (``phone_numbers/2018``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    phone: PhoneInfo | None = None
    extension: str | None = None
    phone_type: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class WhatsAppNumber(Record):
    """One of your phone numbers and whether it is on WhatsApp, from
    ``Whatsapp Phone Numbers.csv``.

    Attributes:
        phone: the number, normalised; ``None`` when the cell was empty.
        extension: the extension, as exported.
        is_whatsapp: whether the number is a WhatsApp number (``true``/``false``).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    phone: PhoneInfo | None = None
    extension: str | None = None
    is_whatsapp: bool | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Registration(Record):
    """When and how you joined LinkedIn, from ``Registration.csv`` (one row).

    Attributes:
        registered_at: when the account was created (UTC).
        ip_address: the IP address you registered from, as exported.
        subscription_types: the subscriptions as exported (``Subscription Type(s)``).
        inviter_first_name: first name of the member who invited you (2018 files only).
        inviter_last_name: last name of the member who invited you (2018 files only).
        format_id: the id of the format version the row was read with (``registration/2023``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    registered_at: dt.datetime | None = None
    ip_address: str | None = None
    subscription_types: str | None = None
    inviter_first_name: str | None = None
    inviter_last_name: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class SavedJob(Record):
    """A job you saved, from ``Jobs/Saved Jobs.csv`` (and its ``_1``, ``_2``… splits).

    Attributes:
        saved_at: when you saved it (UTC).
        job_url: the job's URL (``https://www.linkedin.com/jobs/view/<id>``), as exported.
        job_id: the numeric id at the end of ``/jobs/view/…``, or ``None``.
        job_title: the job's title.
        company: the hiring company's name.
        format_id: the id of the format version the row was read with (``saved_jobs/2018``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    saved_at: dt.datetime | None = None
    job_url: str | None = None
    job_id: str | None = None
    job_title: str | None = None
    company: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class QuestionAnswer:
    """One question of a job application and your answer to it.

    Attributes:
        question: the question, as exported.
        answer: your answer, as exported (the leading space LinkedIn writes before ``+`` removed);
            ``None`` when the pair had no ``:`` or nothing after it.
    """

    question: str
    answer: str | None = None


@attrs.frozen(kw_only=True)
class JobApplication(Record):
    """A job you applied to, from ``Jobs/Job Applications.csv``.

    Attributes:
        applied_at: when you applied (UTC).
        contact_email: the email address you gave the employer, classified.
        contact_phone: the phone number you gave the employer, normalised.
        company: the hiring company's name.
        job_title: the job's title.
        job_url: the job's URL, as exported.
        job_id: the numeric id at the end of ``/jobs/view/…``, or ``None``.
        resume_name: the file name of the résumé you sent.
        questions_and_answers: the screening questions and your answers, in order (the
            ``Question And Answers`` cell split on ``" | "``, each part at its first ``:``).
        format_id: the id of the format version the row was read with (``job_applications/2024``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    applied_at: dt.datetime | None = None
    contact_email: EmailInfo | None = None
    contact_phone: PhoneInfo | None = None
    company: str | None = None
    job_title: str | None = None
    job_url: str | None = None
    job_id: str | None = None
    resume_name: str | None = None
    questions_and_answers: tuple[QuestionAnswer, ...] = ()
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class JobSeekerPreferences(Record):
    """What kind of job you look for, from ``Jobs/Job Seeker Preferences.csv`` (one row).

    Multi-valued cells (joined with ``" | "``, or in 2018 written as ``[a], [b, c]``) become
    tuples.

    Attributes:
        locations: preferred locations.
        industries: preferred industries.
        company_sizes: preferred company sizes (``Company Employee Count``).
        preferred_job_types: ``Full-time``, ``Contract``, …
        job_titles: the job titles you look for.
        open_to_recruiters: whether recruiters may see that you are open to work.
        dream_companies: companies you would like to work for.
        profile_shared_with_job_poster: whether your profile is shared when you apply.
        fast_growing_companies_job_title: ``Job Title For Searching Fast Growing Companies``.
        introduction_statement: your note to recruiters.
        phone: the phone number you gave, normalised.
        activity_level: ``Job Seeker Activity Level`` as exported.
        preferred_start_time_range: when you could start, as exported.
        commute_start_address: where your commute starts.
        commute_start_time: when your commute starts, as exported.
        transportation_mode: ``Mode Of Transportation`` as exported.
        max_commute_duration: ``Maximum Commute Duration`` as exported.
        open_candidate_visibility: ``RECRUITERS`` or another enum (2023 onwards).
        job_seeking_urgency: ``ACTIVELY_SEEKING``, ``USER_DID_NOT_SPECIFY``, … (2023 onwards).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only
            (the 2026 columns such as ``Semantic Preferences`` land here).
    """

    locations: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    company_sizes: tuple[str, ...] = ()
    preferred_job_types: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()
    open_to_recruiters: bool | None = None
    dream_companies: tuple[str, ...] = ()
    profile_shared_with_job_poster: bool | None = None
    fast_growing_companies_job_title: str | None = None
    introduction_statement: str | None = None
    phone: PhoneInfo | None = None
    activity_level: str | None = None
    preferred_start_time_range: str | None = None
    commute_start_address: str | None = None
    commute_start_time: str | None = None
    transportation_mode: str | None = None
    max_commute_duration: str | None = None
    open_candidate_visibility: str | None = None
    job_seeking_urgency: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class SavedAnswer(Record):
    """An answer LinkedIn keeps to fill in job applications, from
    ``Job Applicant Saved Answers.csv`` or ``Job Applicant Saved Screening Question
    Responses.csv`` (and their ``_1`` … ``_5`` splits).

    Attributes:
        question: the question, as exported.
        answer: your answer (the leading space LinkedIn writes before ``+`` removed).
        is_screening_response: ``True`` when the row came from a file named
            ``…Screening Question Responses…``.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    question: str | None = None
    answer: str | None = None
    is_screening_response: bool = False
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class SavedJobAlert(Record):
    """A saved job search that sends you alerts, from ``SavedJobAlerts.csv``.

    Until 2024 a row is a date and a search URL; since 2025 it is LinkedIn's internal alert
    parameters, query context and search id, kept as exported.

    Attributes:
        saved_at: when the search was saved (UTC; 2018 to 2024).
        search_url: the jobs search URL (2018 to 2024).
        alert_parameters: ``ALERT_PARAMETERS`` as exported (2025 onwards).
        query_context: ``QUERY_CONTEXT`` as exported (2025 onwards).
        saved_search_id: ``SAVED_SEARCH_ID`` as exported (2025 onwards).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    saved_at: dt.datetime | None = None
    search_url: str | None = None
    alert_parameters: str | None = None
    query_context: str | None = None
    saved_search_id: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class OnlineJobPosting(Record):
    """A job you posted, from ``Online Job Postings.csv``.

    Attributes:
        company: the company's name.
        title: the job's title.
        employment_status: ``FULL_TIME``, ``VOLUNTEER``, … as exported.
        company_description: the company description, as exported.
        job_description: the job description (HTML, as exported).
        location: ``Location Description`` as exported.
        job_functions: the job functions (``" | "``-separated in the file).
        company_industries: the industries (``" | "``-separated in the file).
        seniority_level: ``ENTRY_LEVEL``, ``EXECUTIVE``, ``NOT_APPLICABLE``, … as exported.
        required_skills: the skills asked for.
        education_levels: the education levels asked for.
        onsite_apply: ``Onsite Apply`` as exported.
        contact_email: the contact address of the posting, classified.
        company_apply_url: where applicants apply, when not on LinkedIn.
        base_salary: as exported.
        additional_compensation: as exported.
        job_state: ``CLOSED``, ``LISTED``, … as exported.
        created_at: when the posting was created (UTC).
        listed_at: when it was listed (UTC).
        closed_at: when it was closed (UTC).
        expires_at: when it expires or expired (UTC).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    company: str | None = None
    title: str | None = None
    employment_status: str | None = None
    company_description: str | None = None
    job_description: str | None = None
    location: str | None = None
    job_functions: tuple[str, ...] = ()
    company_industries: tuple[str, ...] = ()
    seniority_level: str | None = None
    required_skills: tuple[str, ...] = ()
    education_levels: tuple[str, ...] = ()
    onsite_apply: str | None = None
    contact_email: EmailInfo | None = None
    company_apply_url: str | None = None
    base_salary: str | None = None
    additional_compensation: str | None = None
    job_state: str | None = None
    created_at: dt.datetime | None = None
    listed_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    expires_at: dt.datetime | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)
