"""Account and jobs: Email Addresses, Phone Numbers, WhatsApp numbers, Registration, Saved Jobs,
Job Applications, Job Seeker Preferences, saved answers, job alerts (FORMATS.md §3.4, §4.10-§4.13,
§4.49)."""

from __future__ import annotations

from linkedin_export._build_account import (
    build_email_address,
    build_job_application,
    build_job_seeker_preferences,
    build_online_job_posting,
    build_phone_number,
    build_saved_answer,
    build_saved_job,
    build_whatsapp_number,
    instant_or_missing,
    multi_value,
)
from linkedin_export._builders import record_builder
from linkedin_export._formats._spec import Column, FileSpec, Kind
from linkedin_export._values_time import instant, yes_no
from linkedin_export.models.account import Registration, SavedJobAlert

__all__ = ["SPECS"]

# --- Email Addresses.csv (§3.4, §4.10) ----------------------------------------------------------

_EMAIL = Column("email", "Email Address")
_EMAILS = (r"emailaddresses",)

EMAIL_ADDRESSES_2015 = FileSpec(
    id="email_addresses/2015",
    kind=Kind.EMAIL_ADDRESSES,
    title="Email Addresses.csv, tab-separated, with Date Added and Date Removed",
    files=_EMAILS,
    columns=(
        _EMAIL,
        Column("status", "Status"),
        Column("is_primary", "Primary", yes_no),
        Column("added_at", "Date Added", instant),
        Column("removed_at", "Date Removed", instant),
    ),
    build=build_email_address,
    first_seen="2015",
    last_seen="2017-07",
    confidence="L",
    notes="Tab-separated. Known from a positional parser only: the header names are inferred, "
    "the date format is unknown (every known instant format is read).",
    reference="§3.4",
)
EMAIL_ADDRESSES_EARLY_2018 = FileSpec(
    id="email_addresses/early-2018",
    kind=Kind.EMAIL_ADDRESSES,
    title="Email Addresses.csv with Is primary and Status Updated On",
    files=_EMAILS,
    columns=(
        _EMAIL,
        Column("is_confirmed", "Confirmed", yes_no),
        Column("is_primary", "Is primary", yes_no),
        Column("updated_at", "Status Updated On", instant_or_missing),
    ),
    build=build_email_address,
    first_seen="2018",
    last_seen="2018",
    confidence="L",
    notes="Pre-GDPR archive of early 2018; known from one source only.",
    reference="§3.4",
)
EMAIL_ADDRESSES_2018 = FileSpec(
    id="email_addresses/2018",
    kind=Kind.EMAIL_ADDRESSES,
    title="Email Addresses.csv",
    files=_EMAILS,
    columns=(
        _EMAIL,
        Column("is_confirmed", "Confirmed", yes_no),
        Column("is_primary", "Primary", yes_no),
        Column("updated_at", "Updated On", instant_or_missing),
    ),
    build=build_email_address,
    first_seen="2018-11",
    notes="Updated On is a quoted US date and time (6/2/21, 8:15 PM) or Not Available (read as "
    "None without a warning). Often no final newline.",
    reference="§4.10",
)

# --- PhoneNumbers.csv, Whatsapp Phone Numbers.csv (§3.4, §4.11, §4.12) ------------------------

PHONE_NUMBERS_2018 = FileSpec(
    id="phone_numbers/2018",
    kind=Kind.PHONE_NUMBERS,
    title="PhoneNumbers.csv (2018: Phone Numbers.csv)",
    files=(r"phonenumbers",),
    columns=(
        Column("extension", "Extension"),
        Column("phone", "Number"),
        Column("phone_type", "Type"),
    ),
    build=build_phone_number,
    first_seen="2018",
    notes="Columns Extension,Number,Type; an early-2018 source gives Number,Extension,Type, the "
    "same columns in another order, which this version reads too (columns are matched by name). "
    "Numbers starting with + have a space in front.",
    reference="§4.11",
)
WHATSAPP_NUMBERS_2024 = FileSpec(
    id="whatsapp_numbers/2024",
    kind=Kind.WHATSAPP_NUMBERS,
    title="Whatsapp Phone Numbers.csv",
    files=(r"whatsappphonenumbers",),
    columns=(
        Column("phone", "Number"),
        Column("extension", "Extension"),
        Column("is_whatsapp", "Is_WhatsApp_Number", yes_no),
    ),
    build=build_whatsapp_number,
    first_seen="2024",
    notes="Is_WhatsApp_Number is true or false.",
    reference="§4.12",
)

# --- Registration.csv (§3.4, §4.13) ------------------------------------------------------------

_REGISTRATION = (r"registration",)
_BUILD_REGISTRATION = record_builder(Registration)

REGISTRATION_EARLY_2018 = FileSpec(
    id="registration/early-2018",
    kind=Kind.REGISTRATION,
    title="Registration.csv with Inviter First Name and Inviter Last Name",
    files=_REGISTRATION,
    columns=(
        Column("registered_at", "Registration Date", instant),
        Column("ip_address", "Registration IP"),
        Column("subscription_types", "Subscription Type"),
        Column("inviter_first_name", "Inviter First Name"),
        Column("inviter_last_name", "Inviter Last Name"),
    ),
    build=_BUILD_REGISTRATION,
    first_seen="2018",
    last_seen="2018",
    confidence="L",
    notes="Pre-GDPR archive of early 2018; known from one source only.",
    reference="§3.4, §4.13",
)
REGISTRATION_2018 = FileSpec(
    id="registration/2018",
    kind=Kind.REGISTRATION,
    title="Registration.csv with Invited by (First Name) and (Last Name)",
    files=_REGISTRATION,
    columns=(
        Column("registered_at", "Registration Date", instant),
        Column("ip_address", "Registration IP Address"),
        Column("inviter_first_name", "Invited by (First Name)"),
        Column("inviter_last_name", "Invited by (Last Name)"),
        Column("subscription_types", "Subscription Types"),
    ),
    build=_BUILD_REGISTRATION,
    first_seen="2018-11",
    last_seen="2018-11",
    confidence="M",
    notes="Registration Date is a quoted US date and time.",
    reference="§4.13",
)
REGISTRATION_2023 = FileSpec(
    id="registration/2023",
    kind=Kind.REGISTRATION,
    title="Registration.csv with Registered At",
    files=_REGISTRATION,
    columns=(
        Column("registered_at", "Registered At", instant),
        Column("ip_address", "Registration Ip"),
        Column("subscription_types", "Subscription Types"),
    ),
    build=_BUILD_REGISTRATION,
    first_seen="2023",
    notes="Registered At is a quoted US date and time.",
    reference="§4.13",
)

# --- Jobs/ (§4.49) -----------------------------------------------------------------------------

SAVED_JOBS_2018 = FileSpec(
    id="saved_jobs/2018",
    kind=Kind.SAVED_JOBS,
    title="Jobs/Saved Jobs.csv",
    files=(r"savedjobs",),
    columns=(
        Column("saved_at", "Saved Date", instant),
        Column("job_url", "Job Url"),
        Column("job_title", "Job Title"),
        Column("company", "Company Name"),
    ),
    build=build_saved_job,
    first_seen="2018",
    notes="Saved Date is a quoted US date and time; large exports split the file into "
    "Saved Jobs_1.csv, Saved Jobs_2.csv, …",
    reference="§4.49",
)
JOB_APPLICATIONS_2024 = FileSpec(
    id="job_applications/2024",
    kind=Kind.JOB_APPLICATIONS,
    title="Jobs/Job Applications.csv",
    files=(r"jobapplications",),
    columns=(
        Column("applied_at", "Application Date", instant),
        Column("contact_email", "Contact Email"),
        Column("contact_phone", "Contact Phone Number"),
        Column("company", "Company Name"),
        Column("job_title", "Job Title"),
        Column("job_url", "Job Url"),
        Column("resume_name", "Resume Name"),
        Column("questions_and_answers", "Question And Answers"),
    ),
    build=build_job_application,
    first_seen="2024",
    notes="Question And Answers joins Question:Answer pairs with ' | '; phone numbers and "
    "answers starting with + have a space in front.",
    reference="§4.49",
)

_SEEKER_2018 = (
    Column("locations", "Locations", multi_value),
    Column("industries", "Industries", multi_value),
    Column("company_sizes", "Company Employee Count", multi_value),
    Column("preferred_job_types", "Preferred Job Types", multi_value),
    Column("job_titles", "Job Titles", multi_value),
    Column("open_to_recruiters", "Open To Recruiters", yes_no),
    Column("dream_companies", "Dream Companies", multi_value),
    Column("profile_shared_with_job_poster", "Profile Shared With Job Poster", yes_no),
    Column("fast_growing_companies_job_title", "Job Title For Searching Fast Growing Companies"),
    Column("introduction_statement", "Introduction Statement"),
    Column("phone", "Phone Number"),
    Column("activity_level", "Job Seeker Activity Level"),
    Column("preferred_start_time_range", "Preferred Start Time Range"),
    Column("commute_start_address", "Commute Preference Starting Address"),
    Column("commute_start_time", "Commute Preference Starting Time"),
    Column("transportation_mode", "Mode Of Transportation"),
    Column("max_commute_duration", "Maximum Commute Duration"),
)
_SEEKER = (r"jobseekerpreferences",)

JOB_SEEKER_PREFERENCES_2018 = FileSpec(
    id="job_seeker_preferences/2018",
    kind=Kind.JOB_SEEKER_PREFERENCES,
    title="Jobs/Job Seeker Preferences.csv, 17 columns",
    files=_SEEKER,
    columns=_SEEKER_2018,
    build=build_job_seeker_preferences,
    first_seen="2018",
    last_seen="2018",
    confidence="M",
    notes="One row. Multi-valued cells are written [City], [City, Region].",
    reference="§4.49",
)
JOB_SEEKER_PREFERENCES_2023 = FileSpec(
    id="job_seeker_preferences/2023",
    kind=Kind.JOB_SEEKER_PREFERENCES,
    title="Jobs/Job Seeker Preferences.csv, 19 columns",
    files=_SEEKER,
    columns=(
        *_SEEKER_2018,
        Column("open_candidate_visibility", "Open Candidate Visibility"),
        Column("job_seeking_urgency", "Job Seeking Urgency Level"),
        Column(None, "Semantic Preferences", optional=True),
    ),
    build=build_job_seeker_preferences,
    first_seen="2023",
    notes="One row. Multi-valued cells are joined with ' | '. The 2026 file has more columns, "
    "ending with Semantic Preferences; they are kept in extra (the full list is not known).",
    reference="§4.49",
)
JOB_SAVED_ANSWERS_2024 = FileSpec(
    id="job_saved_answers/2024",
    kind=Kind.JOB_SAVED_ANSWERS,
    title="Job Applicant Saved Answers.csv / Saved Screening Question Responses.csv",
    files=(r"jobapplicantsavedanswers", r"jobapplicantsavedscreeningquestionresponses"),
    columns=(Column("question", "Question"), Column("answer", "Answer")),
    build=build_saved_answer,
    first_seen="2024",
    notes="Both files have this header; large exports split them into _1 … _5. Answers starting "
    "with + have a space in front.",
    reference="§4.49",
)

_ALERTS = (r"savedjobalerts",)

SAVED_JOB_ALERTS_2018 = FileSpec(
    id="saved_job_alerts/2018",
    kind=Kind.SAVED_JOB_ALERTS,
    title="SavedJobAlerts.csv with a search URL",
    files=_ALERTS,
    columns=(
        Column("saved_at", "Saved Search Date", instant),
        Column("search_url", "Jobs Search Url"),
    ),
    build=record_builder(SavedJobAlert),
    first_seen="2018",
    last_seen="2024-03",
    reference="§4.49",
)
SAVED_JOB_ALERTS_2025 = FileSpec(
    id="saved_job_alerts/2025",
    kind=Kind.SAVED_JOB_ALERTS,
    title="SavedJobAlerts.csv with alert parameters",
    files=_ALERTS,
    columns=(
        Column("alert_parameters", "ALERT_PARAMETERS"),
        Column("query_context", "QUERY_CONTEXT"),
        Column("saved_search_id", "SAVED_SEARCH_ID"),
    ),
    build=record_builder(SavedJobAlert),
    first_seen="2025-03",
    notes="Upper-case snake_case headers; the values are kept as exported.",
    reference="§4.49",
)
ONLINE_JOB_POSTINGS_2024 = FileSpec(
    id="online_job_postings/2024",
    kind=Kind.ONLINE_JOB_POSTINGS,
    title="Online Job Postings.csv (jobs you posted)",
    files=(r"onlinejobpostings",),
    columns=(
        Column("company", "Company Name"),
        Column("title", "Title"),
        Column("employment_status", "Employment Status"),
        Column("company_description", "Company Description"),
        Column("job_description", "Job Description"),
        Column("location", "Location Description"),
        Column("job_functions", "Job Functions", multi_value),
        Column("company_industries", "Company Industries", multi_value),
        Column("seniority_level", "Seniority Level"),
        Column("required_skills", "Required Skills", multi_value),
        Column("education_levels", "Education Levels", multi_value),
        Column("onsite_apply", "Onsite Apply"),
        Column("contact_email", "Contact Email"),
        Column("company_apply_url", "Company Apply Url"),
        Column("base_salary", "Base Salary"),
        Column("additional_compensation", "Additional Compensation"),
        Column("job_state", "Job State"),
        Column("created_at", "Create Date", instant),
        Column("listed_at", "List Date", instant),
        Column("closed_at", "Close Date", instant),
        Column("expires_at", "Expiration Date", instant),
    ),
    build=build_online_job_posting,
    first_seen="2024",
    confidence="L",
    notes="Known from one export. Dates are quoted US dates and times; multi-valued cells are "
    "joined with ' | '; the job description is HTML.",
    reference="§4.49",
)

SPECS: tuple[FileSpec, ...] = (
    EMAIL_ADDRESSES_2015,
    EMAIL_ADDRESSES_EARLY_2018,
    EMAIL_ADDRESSES_2018,
    PHONE_NUMBERS_2018,
    WHATSAPP_NUMBERS_2024,
    REGISTRATION_EARLY_2018,
    REGISTRATION_2018,
    REGISTRATION_2023,
    SAVED_JOBS_2018,
    JOB_APPLICATIONS_2024,
    JOB_SEEKER_PREFERENCES_2018,
    JOB_SEEKER_PREFERENCES_2023,
    JOB_SAVED_ANSWERS_2024,
    SAVED_JOB_ALERTS_2018,
    SAVED_JOB_ALERTS_2025,
    ONLINE_JOB_POSTINGS_2024,
)
