"""What each column holds, for redaction: one :class:`Treatment` per column of a known file version
(from its :class:`~linkedin_export._formats.Column`: the converter, else the model field it fills),
and a guess from the header name for unknown columns and files.

The table errs on the side of replacing: a text column not listed here is free text, and an
unknown column keeps only dates, small numbers, booleans and ``ENUM_VALUES``.
"""

from __future__ import annotations

import enum
import re

from linkedin_export._formats import Column
from linkedin_export._formats._spec import Converter
from linkedin_export._redact.fakes import Faker, is_placeholder
from linkedin_export._values import ValueProblem, linkedin_date
from linkedin_export._values_time import instant, partial_date

__all__ = ["Treatment", "date_like", "fake_value", "kept_unknown", "treatment_of"]


class Treatment(enum.Enum):
    """How the values of a column are redacted."""

    DATE = "date"  # kept when it reads as a date (dates are not identifying alone)
    ENUM = "enum"  # kept when it looks like a fixed value (INBOX, Mobile, ACCEPTED)
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"
    ORGANISATION = "organisation"
    URL = "url"
    IP = "ip"
    LOCATION = "location"
    IDENT = "ident"
    LABELLED = "labelled"  # [PERSONAL:https://…], SKYPE:handle
    TEXT = "text"
    UNKNOWN = "unknown"  # a column no spec knows


#: Converters whose values are dates or times.
_DATE_CONVERTERS = frozenset(
    {
        "instant",
        "linkedin_date",
        "partial_date",
        "created_date",
        "end_date",
        "event_time",
        "instant_or_day",
        "instant_or_missing",
        "instant_unless_na",
        "optional(instant)",
        "optional(year)",
        "upload_sentence",
        "upload_sentence_lenient",
    }
)
#: Converters of fixed values (yes/no, directions, proficiency levels).
_ENUM_CONVERTERS = frozenset({"yes_no", "direction", "proficiency"})
_URL_CONVERTERS = frozenset({"profile_url", "web_url"})
_LABELLED_CONVERTERS = frozenset({"websites", "instant_messengers", "twitter_handles"})

_BY_FIELD: dict[Treatment, frozenset[str]] = {
    Treatment.EMAIL: frozenset({"email", "emails", "contact_email"}),
    Treatment.PHONE: frozenset({"phone", "phones", "number", "contact_phone"}),
    Treatment.NAME: frozenset(
        """first_name last_name middle_name maiden_name full_name formatted_name nickname
        sender_name recipient_names from_name to_name inviter_first_name inviter_last_name
        name_prefix name_suffix owner""".split()
    ),
    Treatment.ORGANISATION: frozenset(
        """company organization companies company_names school schools publisher issuer
        authority issuing_authority dream_companies followed_companies department association
        provider""".split()
    ),
    Treatment.URL: frozenset(
        """profile_url sender_profile_url recipient_profile_urls invitee_profile inviter_profile
        profile url shared_url media_url external_url job_url company_apply_url search_url
        attachments sites profiles""".split()
    ),
    Treatment.IP: frozenset({"ip_address"}),
    Treatment.LOCATION: frozenset(
        """geo_location location city state country countries states locations billing_country
        region_code country_code""".split()
    ),
    Treatment.IDENT: frozenset(
        """conversation_id invoice_number license_number saved_search_id invitee_urn
        inviter_urn""".split()
    ),
    Treatment.ENUM: frozenset(
        """direction folder status phone_type share_type reaction login_type challenge_type
        visibility content_type action inference_type marketplace_type subscription_types
        seniority_level seniorities payment_method currency transportation_mode activity_level
        job_seeking_urgency open_candidate_visibility onsite_apply partner_advertising_opt_out
        verification_type document_type employment_status job_state interface_locale_codes
        interface_locales member_ages genders degree_classes years_of_experience company_sizes
        preferred_job_types education_levels max_commute_duration preferred_start_time_range
        commute_start_time source category recent_device_os""".split()
    ),
}
_FIELDS: dict[str, Treatment] = {
    field: treatment for treatment, fields in _BY_FIELD.items() for field in fields
}

#: Header words that tell what an unknown column (or a known one kept in ``extra``) holds.
_HEADER_HINTS: tuple[tuple[re.Pattern[str], Treatment], ...] = (
    (re.compile(r"e-?mail"), Treatment.EMAIL),
    (re.compile(r"phone|fax|mobile|pager|callback|telex|isdn|tty"), Treatment.PHONE),
    (re.compile(r"\bip\b|ip address"), Treatment.IP),
    (re.compile(r"url|web ?page|website|link"), Treatment.URL),
    (re.compile(r"country|city|state|region|location"), Treatment.LOCATION),
    (re.compile(r"street|address|postal|zip|p\.?o\.? box"), Treatment.TEXT),
    (re.compile(r"company|organi[sz]ation|employer|school"), Treatment.ORGANISATION),
    (re.compile(r"\bname\b|spouse|manager|assistant"), Treatment.NAME),
    (re.compile(r"date|birthday|anniversary|time|\bon$|\bat$"), Treatment.DATE),
)

#: Words a date or time may hold besides numbers.
_DATE_WORDS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
    august september october november december mon tue wed thu fri sat sun monday tuesday
    wednesday thursday friday saturday sunday am pm a m p utc gmt z t cet cest pst pdt est edt bst
    present""".split()
)
_NUMERIC_DATE = re.compile(
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
    r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s*(?:UTC|GMT|Z))?"
)
_MONTHS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
    august september october november december""".split()
)
_SMALL_NUMBER = re.compile(r"[+-]?\d{1,4}(?:[.,]\d{1,2})?%?")
_ENUM_SHAPE = re.compile(r"[A-Za-z][A-Za-z _/&()'+-]{0,59}")
_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
_LIST_ITEM = re.compile(r"[^,;\s]+")


def treatment_of(column: Column | None, header: str) -> Treatment:
    """The treatment of one column (``column`` is ``None`` for a column no spec knows)."""
    if column is not None:
        name = getattr(column.convert, "__name__", "") if column.convert else ""
        if name in _DATE_CONVERTERS:
            return Treatment.DATE
        if name in _ENUM_CONVERTERS:
            return Treatment.ENUM
        if name in _LABELLED_CONVERTERS:
            return Treatment.LABELLED
        if name == "member_urn":
            return Treatment.IDENT
        if column.field is not None:
            found = _FIELDS.get(column.field)
            if found is not None:
                return found
            if name in _URL_CONVERTERS:
                return Treatment.URL
            return Treatment.TEXT
    lowered = " ".join(header.lower().replace("_", " ").split())
    for pattern, treatment in _HEADER_HINTS:
        if pattern.search(lowered):
            return treatment
    return Treatment.UNKNOWN if column is None else Treatment.TEXT


def date_like(value: str) -> bool:
    """Whether ``value`` reads as a date or time (or has the shape of one)."""
    text = value.strip()
    for convert in (instant, linkedin_date, partial_date):
        try:
            convert(text)
        except (ValueProblem, ValueError):
            continue
        return True
    if _NUMERIC_DATE.fullmatch(text):
        return True
    words = [word.lower() for word in re.findall(r"[A-Za-z]+", text)]
    numbers = re.findall(r"\d+", text)
    return (
        bool(words)
        and any(word in _MONTHS for word in words)
        and all(word in _DATE_WORDS for word in words)
        and all(len(number) <= 4 for number in numbers)
        and not re.search(r"[^\w\s/:.,+\-]", text)
    )


def fake_value(
    faker: Faker,
    treatment: Treatment,
    value: str,
    region: str | None,
    convert: Converter | None = None,
) -> str:
    """``value`` redacted as ``treatment`` says (kept when it is not personal); ``convert`` is the
    column's converter (a date column keeps what it reads)."""
    if not value.strip() or is_placeholder(value):
        return value
    if treatment is Treatment.DATE:
        return value if _reads(convert, value) or date_like(value) else faker.words(value)
    if treatment is Treatment.ENUM:
        text = value.strip()
        shaped = _ENUM_SHAPE.fullmatch(text) and len(text.split()) <= 6
        return value if shaped else faker.text(value)
    if treatment is Treatment.EMAIL:
        return faker.emails(value)
    if treatment is Treatment.PHONE:
        return faker.phones(value, region)
    if treatment is Treatment.NAME:
        return faker.name(value)
    if treatment is Treatment.ORGANISATION:
        return faker.organisation(value)
    if treatment is Treatment.URL:
        if " " in value.strip():
            return faker.text(value)
        return _LIST_ITEM.sub(lambda m: faker.url(m.group()), value)
    if treatment is Treatment.IP:
        return _LIST_ITEM.sub(lambda m: faker.ip(m.group()), value)
    if treatment is Treatment.LOCATION:
        return faker.location(value)
    if treatment is Treatment.IDENT:
        return faker.ident(value)
    if treatment is Treatment.LABELLED:
        return faker.labelled(value)
    if treatment is Treatment.UNKNOWN and kept_unknown(value):
        return value
    return faker.text(value)


def _reads(convert: Converter | None, value: str) -> bool:
    """Whether ``convert`` reads ``value`` without a problem."""
    if convert is None:
        return False
    try:
        convert(value)
    except ValueError:  # ValueProblem included
        return False
    return True


def kept_unknown(value: str) -> bool:
    """The values of an unknown column that are kept: dates, small numbers, constants."""
    text = value.strip()
    return bool(_SMALL_NUMBER.fullmatch(text) or _CONSTANT.fullmatch(text) or date_like(text))
