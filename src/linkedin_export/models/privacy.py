"""Your account history, what LinkedIn knows about you for ads, and private records: logins,
security challenges, account status changes, ad targeting, inferences, ads you clicked, receipts,
synced calendars, verifications, private identity assets, marketplace services and notes."""

from __future__ import annotations

import datetime as dt

import attrs

from linkedin_export.models._base import FrozenDict, Record
from linkedin_export.models.contact import EmailInfo

__all__ = [
    "AccountStatusChange",
    "AdClicked",
    "AdTargeting",
    "CalendarSource",
    "Inference",
    "LanAdEngagement",
    "Login",
    "Note",
    "PrivateIdentityAsset",
    "Receipt",
    "SecurityChallenge",
    "ServiceProvider",
    "Verification",
]


@attrs.frozen(kw_only=True)
class Login(Record):
    """One sign-in to your account, from ``Logins.csv``.

    Attributes:
        logged_in_at: when (UTC).
        ip_address: the IP address (v4 or v6) the sign-in came from, as exported.
        user_agent: the browser or app's user agent string.
        login_type: ``Login``, ``Website Login`` or ``Third Party Login``, as exported.
        format_id: the id of the format version the row was read with (``logins/2024``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    logged_in_at: dt.datetime | None = None
    ip_address: str | None = None
    user_agent: str | None = None
    login_type: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class SecurityChallenge(Record):
    """A security check LinkedIn put to a sign-in, from ``Security Challenges.csv``.

    Attributes:
        challenged_at: when (UTC).
        ip_address: the IP address the sign-in came from, as exported.
        user_agent: the browser or app's user agent string.
        country: the country of the IP address, as exported.
        challenge_type: ``Captcha``, ``Pin`` (2018), ``EMAIL_PIN_CHALLENGE``,
            ``CAPTCHA_CHALLENGE`` (2024), as exported.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    challenged_at: dt.datetime | None = None
    ip_address: str | None = None
    user_agent: str | None = None
    country: str | None = None
    challenge_type: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class AccountStatusChange(Record):
    """An event in your account's life, from ``Account Status History.csv`` (2018).

    Attributes:
        changed_at: when (UTC).
        event: what happened, e.g. ``Account Created``.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    changed_at: dt.datetime | None = None
    event: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class AdTargeting(Record):
    """The attributes LinkedIn uses to target ads at you, from ``Ad_Targeting.csv`` (2018:
    ``Ad Targeting.csv``). The file has one row.

    Every attribute is a tuple of the values as exported (multi-valued cells are split on ``; ``;
    the 2018 ``Skills`` on ``,``), empty when the file has no value. The 2023 file repeats the
    ``Company Names`` and ``Job Titles`` columns three times; the values of all of them are
    collected in one tuple, in column order, without repeats.

    Attributes:
        member_ages: age ranges, e.g. ``25 to 34`` (``Member Age``; 2018 ``Age Group``).
        buyer_groups: buyer groups.
        company_names: companies (the three ``Company Names``; 2018 ``Companies``).
        followed_companies: companies you follow (``Company Follower of``; 2018
            ``Followed Companies``).
        company_categories: company categories.
        company_sizes: company sizes, e.g. ``1001-5000 employees``.
        degrees: degrees.
        degree_classes: degree class codes (``degreeClass``; 2018 ``Degree Classes``).
        recent_device_os: operating systems of your recent devices (2025 onwards).
        schools: schools (``Member Schools``; 2018 ``Schools``).
        company_growth_rates: e.g. ``0% - 10% growth``.
        fields_of_study: fields of study.
        company_connections: companies where you have connections.
        functions_by_size: job functions by company size.
        job_functions: job functions (2018 ``Functions``).
        genders: gender (``Member Gender``; 2018 ``Gender``).
        graduation_years: graduation years.
        groups: groups (``Member Groups``; 2018 ``Groups``).
        company_industries: industries of your companies (``Company Industries``).
        industries: industries (2018 ``Industries``).
        followed_industries: industries you follow (2018).
        interests: member interests.
        interface_locales: interface languages (``Interface Locales``; 2018
            ``Interface Language``).
        interface_locale_codes: interface locale codes such as ``en_US`` (``interfaceLocale``).
        member_traits: member traits.
        high_value_audience_segments: high-value audience segments (2025 onwards).
        standard_audience_segments: standard audience segments (2025 onwards).
        locations: profile locations (``Profile Locations``).
        countries: countries (2018 ``Country``).
        states: states (2018 ``State``).
        postal_codes: postal codes (2018 ``Postal Code``).
        company_revenues: e.g. ``$100M-$1B``.
        seniorities: seniorities (``Job Seniorities``; 2018 ``Seniorities``).
        skills: skills (``Member Skills``; 2018 ``Skills``).
        job_titles: job titles (the three ``Job Titles``).
        years_of_experience: years of experience ranges.
        partner_advertising_opt_out: the 2018 ``Partner Opt Out Advertising`` cell, as exported.
        format_id: the id of the format version the row was read with (``ad_targeting/2023``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    member_ages: tuple[str, ...] = ()
    buyer_groups: tuple[str, ...] = ()
    company_names: tuple[str, ...] = ()
    followed_companies: tuple[str, ...] = ()
    company_categories: tuple[str, ...] = ()
    company_sizes: tuple[str, ...] = ()
    degrees: tuple[str, ...] = ()
    degree_classes: tuple[str, ...] = ()
    recent_device_os: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()
    company_growth_rates: tuple[str, ...] = ()
    fields_of_study: tuple[str, ...] = ()
    company_connections: tuple[str, ...] = ()
    functions_by_size: tuple[str, ...] = ()
    job_functions: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    graduation_years: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    company_industries: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    followed_industries: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    interface_locales: tuple[str, ...] = ()
    interface_locale_codes: tuple[str, ...] = ()
    member_traits: tuple[str, ...] = ()
    high_value_audience_segments: tuple[str, ...] = ()
    standard_audience_segments: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    postal_codes: tuple[str, ...] = ()
    company_revenues: tuple[str, ...] = ()
    seniorities: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()
    years_of_experience: tuple[str, ...] = ()
    partner_advertising_opt_out: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Inference(Record):
    """Something LinkedIn inferred about you, from ``Inferences_about_you.csv``.

    Attributes:
        category: the category, as exported.
        inference_type: the type of inference (``Type of inference``).
        description: LinkedIn's explanation, prose.
        inference: the inferred value as exported: ``Yes``, ``No``, ``true`` or an enum such as
            ``FEMALE``.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    category: str | None = None
    inference_type: str | None = None
    description: str | None = None
    inference: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class AdClicked(Record):
    """An ad you clicked, from ``Ads Clicked.csv``.

    Attributes:
        clicked_at: when (UTC).
        ad: the ad's title or, usually, its numeric id (``Ad Title/Id``).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    clicked_at: dt.datetime | None = None
    ad: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class LanAdEngagement(Record):
    """An engagement with an ad shown off LinkedIn (LinkedIn Audience Network), from
    ``LAN Ads Engagement.csv``.

    Attributes:
        action: what happened, e.g. ``Impression``.
        engaged_at: the day, as midnight UTC (the file gives the date only).
        ad: the ad's title or id (``Ad Title/Id``).
        page_or_app: the page or app where the ad was shown (``Page/App``).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    action: str | None = None
    engaged_at: dt.datetime | None = None
    ad: str | None = None
    page_or_app: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Receipt(Record):
    """A payment to LinkedIn, from ``Receipts.csv`` or ``Receipts_v2.csv``.

    Amounts are kept as exported (text), so no precision is lost.

    Attributes:
        first_name: the billed first name.
        last_name: the billed last name.
        billing_country: the billing country, as exported.
        postal_code: the billing postal code.
        paid_at: when the transaction was made (UTC; ``Transaction Made At``).
        payment_method: e.g. ``PAYPAL``, ``IOS`` (``Payment Method Type``).
        invoice_number: the invoice number.
        description: what was bought.
        tax_amount: the tax, as exported.
        subtotal: the amount before tax (``Sub Total``), as exported.
        total_amount: the total, as exported.
        currency: the ISO 4217 currency code.
        format_id: the id of the format version the row was read with (``receipts/v2``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    first_name: str | None = None
    last_name: str | None = None
    billing_country: str | None = None
    postal_code: str | None = None
    paid_at: dt.datetime | None = None
    payment_method: str | None = None
    invoice_number: str | None = None
    description: str | None = None
    tax_amount: str | None = None
    subtotal: str | None = None
    total_amount: str | None = None
    currency: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class CalendarSource(Record):
    """A calendar synced into LinkedIn, from ``Calendar.csv``.

    Attributes:
        owner: the calendar's owner, as exported.
        owner_email: the owner, classified, when it is an email address.
        source: where the calendar comes from, e.g. ``ANDROID_CALENDAR``.
        last_synced_at: when it was last synced (UTC; ``LastSyncedAt``).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    owner: str | None = None
    owner_email: EmailInfo | None = None
    source: str | None = None
    last_synced_at: dt.datetime | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Verification(Record):
    """A verification of your identity, workplace or school, from
    ``Verifications/Verifications.csv``. LinkedIn's ``N/A`` is ``None``.

    Attributes:
        first_name: the verified first name.
        middle_name: the verified middle name.
        last_name: the verified last name.
        verification_type: e.g. ``ID verification``.
        organization: the organization verified (workplace or school).
        email: the verified address, classified.
        country: the country, as exported.
        state: the state, as exported.
        city: the city, as exported.
        birth_year: the year of birth.
        issuing_authority: the authority that issued the document.
        document_type: the type of document.
        provider: the verification service provider, e.g. ``Persona``.
        verified_at: when (midnight UTC; the file gives the date only).
        expires_at: when the verification expires (midnight UTC).
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    verification_type: str | None = None
    organization: str | None = None
    email: EmailInfo | None = None
    country: str | None = None
    state: str | None = None
    city: str | None = None
    birth_year: int | None = None
    issuing_authority: str | None = None
    document_type: str | None = None
    provider: str | None = None
    verified_at: dt.datetime | None = None
    expires_at: dt.datetime | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class PrivateIdentityAsset(Record):
    """A private identity document LinkedIn holds, typically an uploaded résumé with its full
    extracted text, from ``Private_identity_asset.csv``.

    **Sensitive**: the text is a whole résumé (addresses, phone numbers, history). It is left out
    of ``repr`` and never copied into warnings; ``is_sensitive`` is always ``True`` so that tools
    can filter such records out before sharing.

    Attributes:
        name: the asset's name, e.g. a résumé file name (``Private Identity Asset Name``).
        text: the full extracted text, multi-line (``Private Identity Asset Raw Text``).
        is_sensitive: always ``True``.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    name: str | None = None
    text: str | None = attrs.field(default=None, repr=False)
    is_sensitive: bool = attrs.field(default=True, init=False)
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class ServiceProvider(Record):
    """Your services page in the Services Marketplace (formerly ProFinder), from
    ``Services Marketplace/Providers.csv``. The full header is not known: columns the library does
    not know are kept in ``extra``.

    Attributes:
        created_at: when the page was created (UTC; ``Creation Time``).
        marketplace_type: the marketplace type, as exported.
        service_category: the ProFinder service category.
        secondary_service_category: the secondary service category.
        top_level_service_category: the top-level service category.
        remote_available: whether you are available to work remotely.
        status: the page's status, as exported.
        media: the ``Media`` cell, as exported.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    created_at: dt.datetime | None = None
    marketplace_type: str | None = None
    service_category: str | None = None
    secondary_service_category: str | None = None
    top_level_service_category: str | None = None
    remote_available: bool | None = None
    status: str | None = None
    media: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Note(Record):
    """A note, from ``Notes.csv`` (Mar 2026 onwards). The header is not known: the columns below
    are guesses matched by name, every other column is kept in ``extra``.

    Attributes:
        created_at: when the note was written (UTC), from a ``Created At`` column.
        updated_at: when it was last changed (UTC), from an ``Updated At`` column.
        text: the note, from a ``Note`` column.
        subject: who or what the note is about, from a ``Name`` column.
        url: a link, from a ``Url`` column.
        format_id: the id of the format version the row was read with.
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    text: str | None = None
    subject: str | None = None
    url: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)
