"""Builders and converters of the account-history, ads and privacy files (FORMATS.md §4.41-§4.47,
§4.50, §4.52-§4.56).

Every email address goes through :func:`~linkedin_export._builders.classify_cells`, so it is
classified exactly as everywhere else. The text of a private identity asset never goes into a
warning: its columns have no converter that can fail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from linkedin_export._builders import classify_cells
from linkedin_export._values import ValueProblem, clean_text
from linkedin_export._values_time import not_available, split_on
from linkedin_export.diagnostics import WarningCode
from linkedin_export.models import EmailInfo, FrozenDict, Record
from linkedin_export.models.privacy import AdTargeting, CalendarSource, Verification

if TYPE_CHECKING:
    from linkedin_export._engine import RowContext

__all__ = [
    "build_ad_targeting",
    "build_calendar_source",
    "build_verification",
    "comma_values",
    "optional",
    "semicolon_values",
    "year",
]

R = TypeVar("R", bound=Record)

#: The separator of multi-valued Ad_Targeting cells (2023 onwards; FORMATS.md §5.2).
SEMICOLON = "; "

#: Multi-valued Ad_Targeting cells: ``Software; Internet``.
semicolon_values = split_on(SEMICOLON)
#: The 2018 Ad Targeting ``Skills`` cell: ``Python,SQL,Data Engineering``.
comma_values = split_on(",")

_YEAR = re.compile(r"\d{4}")


# --- converters --------------------------------------------------------------------------------


def optional(convert: Callable[[str], Any] = clean_text) -> Callable[[str], Any]:
    """``convert``, except that LinkedIn's ``N/A`` / ``Not Available`` is ``None`` (no warning)."""

    def read(value: str) -> Any:
        if not_available(value):
            return None
        return convert(value)

    read.__name__ = f"optional({getattr(convert, '__name__', 'convert')})"
    return read


def year(value: str) -> int:
    """A four-digit year (``1990``)."""
    text = value.strip()
    if not _YEAR.fullmatch(text):
        raise ValueProblem(WarningCode.INVALID_VALUE, f"{text!r} is not a four-digit year")
    return int(text)


# --- builders ----------------------------------------------------------------------------------


def _make(model: type[R], f: dict[str, Any], ctx: RowContext, **override: Any) -> R:
    """``model`` from the converted fields it has, ``override`` replacing some of them."""
    names = {field.name for field in attrs.fields(model) if field.init}
    kwargs = {key: value for key, value in f.items() if key in names and key != "extra"}
    kwargs.update(override)
    kwargs["format_id"] = ctx.spec_id
    kwargs["extra"] = FrozenDict(f.get("extra") or {})
    return model(provenance=ctx.provenance(), **kwargs)


def _email(
    ctx: RowContext, value: str | None, field: str, *, company: str | None = None
) -> EmailInfo | None:
    infos = classify_cells(ctx, field, (value,) if value else (), company=company)
    return infos[0] if infos else None


def _flatten(value: Any) -> tuple[str, ...]:
    """The values of a multi-valued field, in order, without repeats: a repeated column gives a
    tuple of tuples (one per column), a single column a tuple."""
    items: list[str] = []
    for part in value:
        for item in part if isinstance(part, tuple) else (part,):
            if item not in items:
                items.append(item)
    return tuple(items)


def build_ad_targeting(f: dict[str, Any], ctx: RowContext) -> AdTargeting:
    """The ad-targeting row: repeated columns (``Company Names``, ``Job Titles``) merged."""
    flat = {key: _flatten(value) for key, value in f.items() if isinstance(value, tuple)}
    return _make(AdTargeting, f, ctx, **flat)


def build_calendar_source(f: dict[str, Any], ctx: RowContext) -> CalendarSource:
    """A synced calendar; the owner is classified when it is an email address."""
    owner = f.get("owner")
    email = _email(ctx, owner, "owner") if owner and "@" in owner else None
    return _make(CalendarSource, f, ctx, owner_email=email)


def build_verification(f: dict[str, Any], ctx: RowContext) -> Verification:
    """A verification, its address classified (the organization as the company)."""
    email = _email(ctx, f.get("email"), "email", company=f.get("organization"))
    return _make(Verification, f, ctx, email=email)
