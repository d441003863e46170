"""Account history, ads and privacy: Logins, Security Challenges, Account Status History, Ad
Targeting, Inferences, Ads clicked, LAN ads, Receipts, Calendar, Verifications, Private identity
asset, Services Marketplace, Notes (FORMATS.md §4.40-§4.47, §4.50-§4.56)."""

from __future__ import annotations

import re

import attrs

from linkedin_export._build_privacy import (
    build_ad_targeting,
    build_calendar_source,
    build_verification,
    comma_values,
    optional,
    semicolon_values,
    year,
)
from linkedin_export._builders import record_builder
from linkedin_export._formats._spec import Column, FileSpec, Kind
from linkedin_export._values_time import instant, yes_no
from linkedin_export.models.privacy import (
    AccountStatusChange,
    AdClicked,
    Inference,
    LanAdEngagement,
    Login,
    Note,
    PrivateIdentityAsset,
    Receipt,
    SecurityChallenge,
    ServiceProvider,
)

__all__ = ["SPECS"]

#: ``2018/11/05 09:12:44 UTC``: the 2018 UTF-16 files, Ads Clicked.
_SLASH_UTC = re.compile(r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} UTC")
#: Java ``Date.toString()``: ``Tue Mar 05 14:22:01 UTC 2024``.
_JAVA_DATE = re.compile(r"[A-Za-z]{3} [A-Za-z]{3} \d{2} \d{2}:\d{2}:\d{2} [A-Za-z]+ \d{4}")
#: ``Receipts.csv``: ``5/14/24, 2:31 PM``.
_US_DATETIME = re.compile(r"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AaPp][Mm]")
#: ``Receipts_v2.csv``: ``05/14/24 02:31 PM UTC``.
_US_DATETIME_UTC = re.compile(r"\d{1,2}/\d{1,2}/\d{2} \d{1,2}:\d{2} [AaPp][Mm] UTC")

_UTF16 = "UTF-16 LE with a byte-order mark, tab-separated, every field quoted."

# --- Logins.csv (§4.41) ------------------------------------------------------------------------

_LOGINS = (r"logins",)
_LOGIN_COLUMNS = (
    Column("logged_in_at", "Login Date", instant),
    Column("ip_address", "IP Address"),
    Column("user_agent", "User Agent"),
    Column("login_type", "Login Type"),
)
_BUILD_LOGIN = record_builder(Login)

LOGINS_2018 = FileSpec(
    id="logins/2018",
    kind=Kind.LOGINS,
    title="Logins.csv, UTF-16 tab-separated",
    files=_LOGINS,
    columns=_LOGIN_COLUMNS,
    build=_BUILD_LOGIN,
    first_seen="2018-11",
    last_seen="2018-11",
    confidence="M",
    shapes={"logged_in_at": _SLASH_UTC},
    notes=f"{_UTF16} Login Date is 2018/11/05 09:12:44 UTC; Login Type is Website Login, Third "
    "Party Login or Login. IP addresses can be IPv6.",
    reference="§4.41",
)
LOGINS_2024 = FileSpec(
    id="logins/2024",
    kind=Kind.LOGINS,
    title="Logins.csv with Java dates",
    files=_LOGINS,
    columns=_LOGIN_COLUMNS,
    build=_BUILD_LOGIN,
    first_seen="2024",
    shapes={"logged_in_at": _JAVA_DATE},
    notes="Same header as 2018, told apart by its dates: Java Date.toString() (Tue Mar 05 "
    "14:22:01 UTC 2024). IP addresses can be IPv6.",
    reference="§4.41",
)

# --- Security Challenges.csv (§4.42) -----------------------------------------------------------

_CHALLENGES = (r"securitychallenges",)
_CHALLENGE_COLUMNS = (
    Column("challenged_at", "Challenge Date", instant),
    Column("ip_address", "IP Address"),
    Column("user_agent", "User Agent"),
    Column("country", "Country"),
    Column("challenge_type", "Challenge Type"),
)
_BUILD_CHALLENGE = record_builder(SecurityChallenge)

SECURITY_CHALLENGES_2018 = FileSpec(
    id="security_challenges/2018",
    kind=Kind.SECURITY_CHALLENGES,
    title="Security Challenges.csv, UTF-16 tab-separated",
    files=_CHALLENGES,
    columns=_CHALLENGE_COLUMNS,
    build=_BUILD_CHALLENGE,
    first_seen="2018-11",
    last_seen="2018-11",
    shapes={"challenged_at": _SLASH_UTC},
    notes=f"{_UTF16} Challenge Date is 2018/11/05 09:12:44 UTC; types Captcha, Pin.",
    reference="§4.42",
)
SECURITY_CHALLENGES_2024 = FileSpec(
    id="security_challenges/2024",
    kind=Kind.SECURITY_CHALLENGES,
    title="Security Challenges.csv with Java dates",
    files=_CHALLENGES,
    columns=_CHALLENGE_COLUMNS,
    build=_BUILD_CHALLENGE,
    first_seen="2024",
    shapes={"challenged_at": _JAVA_DATE},
    notes="Same header as 2018, told apart by its dates: Java Date.toString(). Types "
    "EMAIL_PIN_CHALLENGE, CAPTCHA_CHALLENGE.",
    reference="§4.42",
)

# --- Account Status History.csv (§4.43) --------------------------------------------------------

ACCOUNT_STATUS_HISTORY_2018 = FileSpec(
    id="account_status_history/2018",
    kind=Kind.ACCOUNT_STATUS_HISTORY,
    title="Account Status History.csv, UTF-16 tab-separated",
    files=(r"accountstatushistory",),
    columns=(Column("changed_at", "Time", instant), Column("event", "Event")),
    build=record_builder(AccountStatusChange),
    first_seen="2018-11",
    last_seen="2018-11",
    confidence="L",
    notes=f"{_UTF16} Known from one export. Time is 2018/11/05 09:12:44 UTC.",
    reference="§4.43",
)

# --- Ad Targeting.csv, Ad_Targeting.csv (§4.44) ------------------------------------------------

_AD_TARGETING = (r"adtargeting",)


def _targeting(field: str, header: str, *, many: bool = False) -> Column:
    return Column(field, header, semicolon_values, many=many)


AD_TARGETING_2018 = FileSpec(
    id="ad_targeting/2018",
    kind=Kind.AD_TARGETING,
    title="Ad Targeting.csv, UTF-16 tab-separated, 19 columns",
    files=_AD_TARGETING,
    columns=(
        _targeting("member_ages", "Age Group"),
        _targeting("countries", "Country"),
        _targeting("company_sizes", "Company Sizes"),
        _targeting("company_names", "Companies"),
        _targeting("followed_companies", "Followed Companies"),
        _targeting("job_functions", "Functions"),
        _targeting("genders", "Gender"),
        _targeting("industries", "Industries"),
        _targeting("followed_industries", "Followed Industries"),
        Column("partner_advertising_opt_out", "Partner Opt Out Advertising"),
        _targeting("seniorities", "Seniorities"),
        _targeting("states", "State"),
        _targeting("postal_codes", "Postal Code"),
        _targeting("schools", "Schools"),
        _targeting("graduation_years", "Graduation Year"),
        _targeting("groups", "Groups"),
        _targeting("interface_locales", "Interface Language"),
        _targeting("degree_classes", "Degree Classes"),
        Column("skills", "Skills", comma_values),
    ),
    build=build_ad_targeting,
    first_seen="2018-11",
    last_seen="2018-11",
    confidence="M",
    notes=f"{_UTF16} One row. Skills is comma-separated; other cells are split on '; ' when "
    "they hold it.",
    reference="§4.44",
)

_TARGETING_HEAD = (
    _targeting("member_ages", "Member Age"),
    _targeting("buyer_groups", "Buyer Groups"),
    _targeting("company_names", "Company Names", many=True),
    _targeting("followed_companies", "Company Follower of"),
    _targeting("company_categories", "Company Category"),
    _targeting("company_sizes", "Company Size"),
    _targeting("degrees", "Degrees"),
    _targeting("degree_classes", "degreeClass"),
)
_TARGETING_SCHOOLS = (
    _targeting("schools", "Member Schools"),
    _targeting("company_growth_rates", "Company Growth Rate"),
    _targeting("fields_of_study", "Fields of Study"),
    _targeting("company_connections", "Company Connections"),
    _targeting("functions_by_size", "Function By Size"),
    _targeting("job_functions", "Job Functions"),
    _targeting("genders", "Member Gender"),
    _targeting("graduation_years", "Graduation Year"),
    _targeting("groups", "Member Groups"),
    _targeting("company_industries", "Company Industries"),
    _targeting("interests", "Member Interests"),
    _targeting("interface_locales", "Interface Locales"),
    _targeting("interface_locale_codes", "interfaceLocale"),
    _targeting("member_traits", "Member Traits"),
)
_TARGETING_TAIL = (
    _targeting("job_titles", "Job Titles", many=True),
    _targeting("years_of_experience", "Years of Experience"),
)

AD_TARGETING_2023 = FileSpec(
    id="ad_targeting/2023",
    kind=Kind.AD_TARGETING,
    title="Ad_Targeting.csv, 32 columns",
    files=_AD_TARGETING,
    columns=(
        *_TARGETING_HEAD,
        *_TARGETING_SCHOOLS,
        _targeting("locations", "Profile Locations"),
        _targeting("company_revenues", "Company Revenue"),
        _targeting("seniorities", "Job Seniorities"),
        _targeting("skills", "Member Skills"),
        *_TARGETING_TAIL,
    ),
    build=build_ad_targeting,
    first_seen="2023-07",
    last_seen="2025-03",
    notes="One row. Company Names and Job Titles appear three times each; their values are "
    "collected in one tuple. Multi-valued cells are joined with '; '.",
    reference="§4.44",
)
AD_TARGETING_2025 = FileSpec(
    id="ad_targeting/2025",
    kind=Kind.AD_TARGETING,
    title="Ad_Targeting.csv, 35 columns with audience segments",
    files=_AD_TARGETING,
    columns=(
        *_TARGETING_HEAD,
        _targeting("recent_device_os", "Recent Device OS"),
        *_TARGETING_SCHOOLS,
        _targeting("high_value_audience_segments", "High Value Audience Segments"),
        _targeting("locations", "Profile Locations"),
        _targeting("company_revenues", "Company Revenue"),
        _targeting("seniorities", "Job Seniorities"),
        _targeting("skills", "Member Skills"),
        _targeting("standard_audience_segments", "Standard Audience Segments"),
        *_TARGETING_TAIL,
    ),
    build=build_ad_targeting,
    first_seen="2025",
    confidence="L",
    notes="The 2023 columns plus Recent Device OS, High Value Audience Segments and Standard "
    "Audience Segments; known from one fixture.",
    reference="§4.44",
)

# --- Inferences_about_you.csv, Ads Clicked.csv, LAN Ads Engagement.csv (§4.45-§4.47) ---------

INFERENCES_2026 = FileSpec(
    id="inferences/2026",
    kind=Kind.INFERENCES,
    title="Inferences_about_you.csv",
    files=(r"inferencesaboutyou",),
    columns=(
        Column("category", "Category"),
        Column("inference_type", "Type of inference"),
        Column("description", "Description"),
        Column("inference", "Inference"),
    ),
    build=record_builder(Inference),
    first_seen="2026",
    notes="Inference is Yes, No, true or an enum such as FEMALE; it is kept as exported. "
    "Descriptions are quoted prose.",
    reference="§4.45",
)
ADS_CLICKED_2025 = FileSpec(
    id="ads_clicked/2025",
    kind=Kind.ADS_CLICKED,
    title="Ads Clicked.csv",
    files=(r"adsclicked",),
    columns=(
        Column("clicked_at", "Ad clicked Date", instant),
        Column("ad", "Ad Title/Id"),
    ),
    build=record_builder(AdClicked),
    first_seen="2025",
    notes="Ad clicked Date is 2025/03/02 14:05:09 UTC; Ad Title/Id holds numeric ids.",
    reference="§4.46",
)
LAN_ADS_ENGAGEMENT_2026 = FileSpec(
    id="lan_ads_engagement/2026",
    kind=Kind.LAN_ADS_ENGAGEMENT,
    title="LAN Ads Engagement.csv",
    files=(r"lanadsengagement",),
    columns=(
        Column("action", "Action"),
        Column("engaged_at", "Date", instant),
        Column("ad", "Ad Title/Id"),
        Column("page_or_app", "Page/App"),
    ),
    build=record_builder(LanAdEngagement),
    first_seen="2026",
    confidence="M",
    notes="Date is a day only (2025/10/09), read as midnight UTC.",
    reference="§4.47",
)

# --- Receipts.csv, Receipts_v2.csv (§4.50) -----------------------------------------------------


def _receipt_columns() -> tuple[Column, ...]:
    return (
        Column("first_name", "First Name"),
        Column("last_name", "Last Name"),
        Column("billing_country", "Billing Country"),
        Column("postal_code", "Postal Code"),
        Column("paid_at", "Transaction Made At", instant),
        Column("payment_method", "Payment Method Type"),
        Column("invoice_number", "Invoice Number"),
        Column("description", "Description"),
        Column("tax_amount", "Tax Amount"),
        Column("subtotal", "Sub Total"),
        Column("total_amount", "Total Amount"),
        Column("currency", "Currency Code"),
    )


RECEIPTS_2024 = FileSpec(
    id="receipts/2024",
    kind=Kind.RECEIPTS,
    title="Receipts.csv",
    files=(r"receipts",),
    columns=_receipt_columns(),
    build=record_builder(Receipt),
    first_seen="2024",
    confidence="M",
    shapes={"paid_at": _US_DATETIME},
    notes="Transaction Made At is a quoted US date and time (5/14/24, 2:31 PM). Amounts are kept "
    "as text.",
    reference="§4.50",
)
RECEIPTS_V2 = FileSpec(
    id="receipts/v2",
    kind=Kind.RECEIPTS,
    title="Receipts_v2.csv",
    files=(r"receiptsv2",),
    columns=_receipt_columns(),
    build=record_builder(Receipt),
    first_seen="2024",
    confidence="M",
    shapes={"paid_at": _US_DATETIME_UTC},
    notes="Same header as Receipts.csv, told apart by its name and its dates: 05/14/24 02:31 PM "
    "UTC, without a comma. Amounts are kept as text.",
    reference="§4.50",
)

# --- Calendar.csv, Verifications.csv, Private_identity_asset.csv (§4.52-§4.54) ----------------

CALENDAR_2024 = FileSpec(
    id="calendar/2024",
    kind=Kind.CALENDAR,
    title="Calendar.csv (synced calendars)",
    files=(r"calendar",),
    columns=(
        Column("owner", "Owner"),
        Column("source", "Source"),
        Column("last_synced_at", "LastSyncedAt", instant),
    ),
    build=build_calendar_source,
    first_seen="2024-03",
    confidence="L",
    notes="Known from one export; the LastSyncedAt format is not recorded (every known instant "
    "format is read). An Owner that is an email address is classified.",
    reference="§4.52",
)

_NA = optional()

VERIFICATIONS_2024 = FileSpec(
    id="verifications/2024",
    kind=Kind.VERIFICATIONS,
    title="Verifications/Verifications.csv",
    files=(r"verifications",),
    columns=(
        Column("first_name", "First name", _NA),
        Column("middle_name", "Middle name", _NA),
        Column("last_name", "Last name", _NA),
        Column("verification_type", "Verification type", _NA),
        Column("organization", "Organization name", _NA),
        Column("email", "Email address", _NA),
        Column("country", "Country", _NA),
        Column("state", "State", _NA),
        Column("city", "City", _NA),
        Column("birth_year", "Year of birth", optional(year)),
        Column("issuing_authority", "Issuing authority", _NA),
        Column("document_type", "Document type", _NA),
        Column("provider", "Verification service provider", _NA),
        Column("verified_at", "Verified date", optional(instant)),
        Column("expires_at", "Expiry date", optional(instant)),
    ),
    build=build_verification,
    first_seen="2024",
    notes="Missing values are N/A (read as None without a warning). Verified date is 2024-02-01, "
    "read as midnight UTC.",
    reference="§4.53",
)
PRIVATE_IDENTITY_ASSETS_2026 = FileSpec(
    id="private_identity_assets/2026",
    kind=Kind.PRIVATE_IDENTITY_ASSETS,
    title="Private_identity_asset.csv (résumé text; sensitive)",
    files=(r"privateidentityassets?",),
    columns=(
        Column("name", "Private Identity Asset Name"),
        Column("text", "Private Identity Asset Raw Text"),
    ),
    build=record_builder(PrivateIdentityAsset),
    first_seen="2026",
    confidence="M",
    notes="Each row holds a résumé file name and its full extracted text, multi-line and long. "
    "Sensitive: records carry is_sensitive=True and the text is never put into warnings.",
    reference="§4.54",
)

# --- Services Marketplace/Providers.csv, Notes.csv (§4.55, §4.56) ------------------------------

SERVICES_MARKETPLACE_UNKNOWN = FileSpec(
    id="services_marketplace/unknown",
    kind=Kind.SERVICES_MARKETPLACE,
    title="Services Marketplace/Providers.csv (header partly known; read tolerantly)",
    files=(r"providers", r"servicesmarketplace"),
    columns=(
        Column("created_at", "Creation Time", instant),
        Column("marketplace_type", "Marketplace Type"),
        Column("service_category", "ProFinder Service Category"),
        *(
            attrs.evolve(column, optional=True)
            for column in (
                Column("secondary_service_category", "Secondary Service Category"),
                Column("top_level_service_category", "Top Level Service Category"),
                Column("remote_available", "Available to Work Remotely", yes_no),
                Column("status", "Status"),
                Column("media", "Media"),
            )
        ),
    ),
    build=record_builder(ServiceProvider),
    first_seen="2024",
    confidence="L",
    notes="Only the first three columns and the last (Media) are documented; the others are "
    "named by one parser. Every column but the first three is optional; unknown columns are "
    "kept in extra.",
    reference="§4.55",
)
NOTES_2026 = FileSpec(
    id="notes/2026",
    kind=Kind.NOTES,
    title="Notes.csv (header never seen; read tolerantly)",
    files=(r"notes",),
    columns=tuple(
        attrs.evolve(column, optional=True)
        for column in (
            Column("created_at", "Created At", instant),
            Column("updated_at", "Updated At", instant),
            Column("subject", "Name"),
            Column("text", "Note"),
            Column("url", "Url"),
        )
    ),
    build=record_builder(Note),
    first_seen="2026-03",
    confidence="?",
    notes="Listed in Complete exports of Mar 2026; no header is known. Every column is optional; "
    "a file named Notes.csv that shares a few of these columns is read with it, and other "
    "columns are kept in extra.",
    reference="§4.56",
)

SPECS: tuple[FileSpec, ...] = (
    LOGINS_2018,
    LOGINS_2024,
    SECURITY_CHALLENGES_2018,
    SECURITY_CHALLENGES_2024,
    ACCOUNT_STATUS_HISTORY_2018,
    AD_TARGETING_2018,
    AD_TARGETING_2023,
    AD_TARGETING_2025,
    INFERENCES_2026,
    ADS_CLICKED_2025,
    LAN_ADS_ENGAGEMENT_2026,
    RECEIPTS_2024,
    RECEIPTS_V2,
    CALENDAR_2024,
    VERIFICATIONS_2024,
    PRIVATE_IDENTITY_ASSETS_2026,
    SERVICES_MARKETPLACE_UNKNOWN,
    NOTES_2026,
)
