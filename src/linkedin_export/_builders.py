"""Builders: converted fields of one row → one typed record (the named constructors of the models).

Each builder takes the fields the engine converted (``None`` or absent when the cell was empty or
unreadable; a tuple for ``many`` fields; ``extra`` for columns kept as they are) and a
:class:`~linkedin_export._engine.RowContext` to report problems with file, line and column.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from linkedin_export._regions import region_from_location
from linkedin_export._values import ProfileUrl, as_tuple, clean_name
from linkedin_export.diagnostics import WarningCode
from linkedin_export.emails import classify_emails
from linkedin_export.models import Connection, EmailInfo, FrozenDict, PhoneInfo, Record
from linkedin_export.phones import normalize_phones

if TYPE_CHECKING:
    from linkedin_export._engine import RowContext

__all__ = ["build_connection", "classify_cells", "normalize_cells", "record_builder"]

R = TypeVar("R", bound=Record)


def record_builder(model: type[R]) -> Callable[[dict[str, Any], RowContext], R]:
    """A builder for models whose fields are the spec's fields one to one.

    Every converted field the model has is passed; ``extra`` (if the model has it) gets the kept
    columns, ``format_id`` (if the model has it) the spec id, ``provenance`` the row's location.
    """
    names = {field.name for field in attrs.fields(model)}
    takes_extra, takes_format = "extra" in names, "format_id" in names

    def build(f: dict[str, Any], ctx: RowContext) -> R:
        kwargs = {key: value for key, value in f.items() if key in names and key != "extra"}
        if takes_extra:
            kwargs["extra"] = FrozenDict(f.get("extra") or {})
        if takes_format:
            kwargs["format_id"] = ctx.spec_id
        return model(provenance=ctx.provenance(), **kwargs)

    build.__name__ = f"build_{model.__name__}"
    return build


#: Country columns of legacy contact files, in the order they are trusted for a row's phones.
_COUNTRY_COLUMNS = ("Business Country", "Work Country", "Home Country", "Other Country")


def classify_cells(
    ctx: RowContext,
    field: str,
    cells: tuple[str, ...],
    *,
    company: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
) -> list[EmailInfo]:
    """Classify every address of the cells of an email field, reporting problems."""
    infos: list[EmailInfo] = []
    for index, cell in enumerate(cells):
        column = ctx.column_of(field, index)
        for info in classify_emails(
            cell,
            company=company,
            first_name=first_name,
            last_name=last_name,
            work_domains=ctx.work_domains,
            personal_domains=ctx.personal_domains,
        ):
            for warning in info.warnings:
                ctx.warn(warning.code, warning.message, column=column, value=warning.value)
            infos.append(info)
    return infos


def normalize_cells(
    ctx: RowContext, field: str, cells: tuple[str, ...], *, row_country: str | None = None
) -> list[PhoneInfo]:
    """Normalise every phone number of a field, reporting problems.

    The region for numbers without ``+``: the caller's explicit ``default_region``, else the row's
    own country column, else the export's default (profile location, or the most common country
    code of its numbers).
    """
    region = ctx.default_region
    if not ctx.region_explicit and row_country:
        region = region_from_location(row_country) or region
    phones: list[PhoneInfo] = []
    for index, cell in enumerate(cells):
        column = ctx.column_of(field, index)
        infos = normalize_phones(cell, region=region)
        if len(infos) > 1:
            ctx.warn(
                WarningCode.MULTIPLE_PHONE_NUMBERS,
                f"{len(infos)} phone numbers in one cell; each is normalised on its own",
                column=column,
                value=cell,
            )
        for info in infos:
            for warning in info.warnings:
                ctx.warn(warning.code, warning.message, column=column, value=warning.value)
            phones.append(info)
    return phones


def build_connection(f: dict[str, Any], ctx: RowContext) -> Connection:
    """A :class:`Connection` from any connections format (every CSV era, Outlook, Yahoo, vCard)."""
    first, last = f.get("first_name"), f.get("last_name")
    extra = dict(f.get("extra") or {})
    formatted = f.get("formatted_name")
    if first is None and last is None and formatted:
        # vCard without N: split FN at its last space.
        first, _, last = formatted.rpartition(" ")
        first, last = (first or None), (last or None)
        if first is None:
            first, last = last, None
    name = clean_name(first, last)
    if formatted and formatted != name.full:
        extra["FN"] = formatted  # a vCard's display name that says more than N (titles, order)
    if "contact_info" in name.flags:
        for part, field in ((first, "first_name"), (last, "last_name")):
            if part and "contact_info" in clean_name(part, None).flags:
                ctx.warn(
                    WarningCode.CONTACT_INFO_IN_NAME,
                    f"the name {name.full!r} holds contact details (an email address, a phone "
                    "number or a URL); it is kept as exported and flagged",
                    field=field,
                    value=part,
                )

    profile: ProfileUrl | None = f.get("profile_url")
    websites: list[str] = []
    for site in as_tuple(f.get("websites")):
        if isinstance(site, ProfileUrl):
            if profile is None and site.public_id is not None:
                profile = site
            else:
                websites.append(site.url)
        else:
            websites.append(site)

    company, position = f.get("company"), f.get("position")
    emails = classify_cells(
        ctx,
        "emails",
        as_tuple(f.get("emails")),
        company=company,
        first_name=name.first,
        last_name=name.last,
    )
    extra_country = (
        next((extra[key] for key in _COUNTRY_COLUMNS if extra.get(key)), None) if extra else None
    )
    phones = normalize_cells(ctx, "phones", as_tuple(f.get("phones")), row_country=extra_country)
    connected_on = f.get("connected_on")
    hidden = (
        name.full is None
        and profile is None
        and not emails
        and company is None
        and position is None
        and connected_on is not None
    )
    if hidden:
        ctx.warn(
            WarningCode.HIDDEN_MEMBER,
            "only the connection date is filled: the member is hidden, has closed the account or "
            "does not allow exports; the row is kept with is_hidden=True",
        )
    return Connection(
        provenance=ctx.provenance(),
        first_name=name.first,
        last_name=name.last,
        full_name=name.full,
        plain_name=name.plain,
        name_flags=name.flags,
        raw_first_name=first,
        raw_last_name=last,
        profile_url=profile.url if profile else None,
        public_id=profile.public_id if profile else None,
        email=emails[0] if emails else None,
        other_emails=tuple(emails[1:]),
        phones=tuple(phones),
        company=company,
        position=position,
        connected_on=connected_on,
        is_hidden=hidden,
        middle_name=f.get("middle_name"),
        name_prefix=f.get("name_prefix"),
        name_suffix=f.get("name_suffix"),
        nickname=f.get("nickname"),
        department=f.get("department"),
        websites=tuple(websites),
        birthday=f.get("birthday"),
        notes=f.get("notes"),
        addresses=as_tuple(f.get("addresses")),
        format_id=ctx.spec_id,
        extra=FrozenDict(extra),
    )
