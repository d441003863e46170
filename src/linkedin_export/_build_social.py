"""Builders and converters of the "your network beyond connections" files: invitations, imported
contacts, recommendations and endorsements (FORMATS.md §4.3, §4.14, §4.15, §4.51, §3.4)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from linkedin_export._builders import classify_cells, normalize_cells
from linkedin_export._values import (
    ProfileUrl,
    ValueProblem,
    WithWarning,
    as_tuple,
    clean_name,
    linkedin_date,
)
from linkedin_export._values_time import instant, partial_date
from linkedin_export.diagnostics import WarningCode
from linkedin_export.models import FrozenDict
from linkedin_export.models.social import Endorsement, ImportedContact, Invitation, Recommendation

if TYPE_CHECKING:
    from linkedin_export._engine import RowContext

__all__ = [
    "build_endorsement",
    "build_imported_contact",
    "build_invitation",
    "build_recommendation",
    "comma_list",
    "instant_or_day",
    "member_urn",
]

_MEMBER_URN = re.compile(r"urn:li:(?:member|fsd_profile|person):[A-Za-z0-9_-]+")


def member_urn(value: str) -> str | WithWarning[str]:
    """A member URN (``urn:li:member:123456789``); anything else is kept with a warning."""
    text = value.strip()
    if _MEMBER_URN.fullmatch(text):
        return text
    return WithWarning(text, WarningCode.INVALID_VALUE, f"{text!r} is not a member URN")


_US_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})")


def instant_or_day(value: str) -> dt.datetime | WithWarning[dt.datetime]:
    """An instant (:func:`~linkedin_export._values_time.instant`), or a day alone as midnight UTC:
    ``10/14/15`` (month first, as LinkedIn's US dates), ``Oct 14, 2015``, ``14 Oct 2015`` or any
    other day :func:`~linkedin_export._values.linkedin_date` reads (pre-2018 files, whose date
    format is not known for certain)."""
    try:
        return instant(value)
    except ValueProblem:
        pass
    text = value.strip()
    if match := _US_DAY.fullmatch(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        month, day = (second, first) if first > 12 else (first, second)
        return _midnight(
            text, year + 2000 if year < 70 else year + 1900 if year < 100 else year, month, day
        )
    if match := _MONTH_DAY_YEAR.fullmatch(text):
        month = partial_date(f"{match[1]} {match[3]}").month or 0
        return _midnight(text, int(match[3]), month, int(match[2]))
    day_value = linkedin_date(text)  # raises invalid-date for anything else
    if isinstance(day_value, WithWarning):
        found = day_value.value
        stamp = dt.datetime(found.year, found.month, found.day, tzinfo=dt.UTC)
        return WithWarning(stamp, day_value.code, day_value.message)
    return dt.datetime(day_value.year, day_value.month, day_value.day, tzinfo=dt.UTC)


def _midnight(text: str, year: int, month: int, day: int) -> dt.datetime:
    try:
        return dt.datetime(year, month, day, tzinfo=dt.UTC)
    except ValueError as error:
        raise ValueProblem(
            WarningCode.INVALID_DATE, f"{text!r} is not a calendar date ({error})"
        ) from None


def comma_list(value: str) -> tuple[str, ...]:
    """The values of a ``", "``-joined cell (the Emails and PhoneNumbers of the contacts files),
    each without surrounding whitespace (LinkedIn puts a space before each ``+``); a comma
    without its space also separates, and empty parts are dropped."""
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _url(f: dict[str, Any], field: str) -> tuple[str | None, str | None]:
    profile = f.get(field)
    if isinstance(profile, ProfileUrl):
        return profile.url, profile.public_id
    return None, None


def _extra(f: dict[str, Any]) -> FrozenDict[str]:
    return FrozenDict(f.get("extra") or {})


def build_invitation(f: dict[str, Any], ctx: RowContext) -> Invitation:
    """An :class:`Invitation` from any version of ``Invitations.csv``."""
    inviter_url, inviter_id = _url(f, "inviter_profile")
    invitee_url, invitee_id = _url(f, "invitee_profile")
    direction = f.get("direction")
    return Invitation(
        provenance=ctx.provenance(),
        from_name=f.get("from_name"),
        to_name=f.get("to_name"),
        sent_at=f.get("sent_at"),
        message=f.get("message"),
        direction=direction.upper() if isinstance(direction, str) else None,
        inviter_profile_url=inviter_url,
        inviter_public_id=inviter_id,
        invitee_profile_url=invitee_url,
        invitee_public_id=invitee_id,
        inviter_urn=f.get("inviter_urn"),
        invitee_urn=f.get("invitee_urn"),
        format_id=ctx.spec_id,
        extra=_extra(f),
    )


def build_recommendation(f: dict[str, Any], ctx: RowContext) -> Recommendation:
    """A :class:`Recommendation` from any version of the received or given files."""
    name = clean_name(f.get("first_name"), f.get("last_name"))
    return Recommendation(
        provenance=ctx.provenance(),
        first_name=name.first,
        last_name=name.last,
        full_name=name.full,
        company=f.get("company"),
        job_title=f.get("job_title"),
        text=f.get("text"),
        created_at=f.get("created_at"),
        status=f.get("status"),
        format_id=ctx.spec_id,
        extra=_extra(f),
    )


def build_endorsement(f: dict[str, Any], ctx: RowContext) -> Endorsement:
    """An :class:`Endorsement` from the received or given endorsement files."""
    name = clean_name(f.get("first_name"), f.get("last_name"))
    url, public_id = _url(f, "profile")
    return Endorsement(
        provenance=ctx.provenance(),
        endorsed_at=f.get("endorsed_at"),
        skill=f.get("skill"),
        first_name=name.first,
        last_name=name.last,
        full_name=name.full,
        profile_url=url,
        public_id=public_id,
        status=f.get("status"),
        format_id=ctx.spec_id,
        extra=_extra(f),
    )


def build_imported_contact(f: dict[str, Any], ctx: RowContext) -> ImportedContact:
    """An :class:`ImportedContact` from any version of the contacts files.

    Every address goes through email classification and every number through phone
    normalisation; the contact's own ``CountryCode`` (else ``RegionCode``) is the region of
    numbers written without ``+``.
    """
    name = clean_name(f.get("first_name"), f.get("last_name"))
    companies = f.get("companies")
    emails = classify_cells(
        ctx,
        "emails",
        as_tuple(f.get("emails")),
        company=companies,
        first_name=name.first,
        last_name=name.last,
    )
    country, region = f.get("country_code"), f.get("region_code")
    phones = normalize_cells(
        ctx, "phones", as_tuple(f.get("phones")), row_country=country or region
    )
    return ImportedContact(
        provenance=ctx.provenance(),
        source=f.get("source"),
        first_name=name.first,
        middle_name=f.get("middle_name"),
        last_name=name.last,
        maiden_name=f.get("maiden_name"),
        nickname=f.get("nickname"),
        name_prefix=f.get("name_prefix"),
        name_suffix=f.get("name_suffix"),
        full_name=f.get("full_name") or name.full,
        companies=companies,
        title=f.get("title"),
        emails=tuple(emails),
        phones=tuple(phones),
        created_at=f.get("created_at"),
        updated_at=f.get("updated_at"),
        bookmarked_at=f.get("bookmarked_at"),
        addresses=f.get("addresses"),
        sites=f.get("sites"),
        instant_message_handles=f.get("instant_message_handles"),
        birthday=f.get("birthday"),
        location=f.get("location"),
        profiles=f.get("profiles"),
        country_code=country,
        region_code=region,
        third_party_verified=f.get("third_party_verified"),
        format_id=ctx.spec_id,
        extra=_extra(f),
    )
