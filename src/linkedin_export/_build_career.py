"""Converters and builders of the profile and career files (FORMATS.md §3.4, §4.4-§4.25).

Converters follow the contract of :mod:`linkedin_export._values`: one non-empty cell in, a value
out, :class:`~linkedin_export._values.ValueProblem` (or a :class:`WithWarning`) for cells that
cannot be read as they should.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from linkedin_export._builders import record_builder
from linkedin_export._values import ValueProblem, WithWarning
from linkedin_export._values_time import instant, partial_date
from linkedin_export.diagnostics import WarningCode
from linkedin_export.models import FrozenDict
from linkedin_export.models.career import InstantMessenger, Position, Website
from linkedin_export.models.dates import PartialDate

if TYPE_CHECKING:
    from linkedin_export._engine import RowContext

__all__ = [
    "build_position",
    "created_date",
    "end_date",
    "instant_messengers",
    "proficiency",
    "twitter_handles",
    "websites",
]

# --- profile: bracketed and labelled lists --------------------------------------------------------

#: ``[a],[b]`` or ``[a, b]``: the text inside each pair of brackets.
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
#: A label in front of a value: ``PERSONAL:`` in ``PERSONAL:https://…`` (never the ``https:``
#: of a URL, which is followed by ``//`` and is lower case).
_LABEL = re.compile(r"([A-Z][A-Z0-9_]*(?: [A-Z][A-Z0-9_]*)*):(?!//)\s*(.*)", re.DOTALL)
#: Where one item of a list ends: a comma before a label or an address.
_ITEM_BREAK = re.compile(r",\s*(?=[A-Z][A-Z0-9_]*:(?!//)|[A-Za-z][A-Za-z0-9+.-]*://|www\.)")


def _groups(value: str) -> list[str]:
    """The bracketed parts of a cell (``[a],[b]`` → ``a``, ``b``), or the whole cell without
    brackets (2018 files write the list bare)."""
    text = value.strip()
    found = _BRACKETS.findall(text)
    rest = _BRACKETS.sub("", text).strip(" ,;")
    if not found or rest:
        found = [text.replace("[", "").replace("]", "")]
    return [group.strip() for group in found if group.strip()]


def _labelled(value: str, *, split_plain: bool) -> list[tuple[str | None, str]]:
    """``LABEL:value`` items of a cell, bracketed or not, separated by commas."""
    items: list[tuple[str | None, str]] = []
    for group in _groups(value):
        parts = _ITEM_BREAK.split(group) if split_plain else [group]
        for raw in parts:
            part = raw.strip().strip(",").strip()
            if not part:
                continue
            if match := _LABEL.fullmatch(part):
                if match[2].strip():
                    items.append((match[1], match[2].strip()))
                continue
            items.append((None, part))
    return items


def websites(value: str) -> tuple[Website, ...]:
    """``[PERSONAL:https://a.example]`` (2023+) or ``PORTFOLIO:https://a, PORTFOLIO:https://b``
    (2018): the addresses with their labels."""
    return tuple(Website(label=label, url=url) for label, url in _labelled(value, split_plain=True))


def instant_messengers(value: str) -> tuple[InstantMessenger, ...]:
    """``[SKYPE:mara.quill]`` (2023+) or ``SKYPE:mara.quill`` (2018), several separated by
    commas: the accounts with their services."""
    items: list[InstantMessenger] = []
    for group in _groups(value):
        for raw in re.split(r",\s*(?=[A-Z][A-Z0-9_]*:)", group):
            part = raw.strip().strip(",").strip()
            if not part:
                continue
            match = _LABEL.fullmatch(part)
            if match and match[2].strip():
                items.append(InstantMessenger(service=match[1], handle=match[2].strip()))
            elif not match:
                items.append(InstantMessenger(service=None, handle=part))
    return tuple(items)


def twitter_handles(value: str) -> tuple[str, ...]:
    """``[maraquill]`` (2023+) or ``maraquill`` (2018), several separated by commas."""
    return tuple(
        handle
        for group in _groups(value)
        for handle in (part.strip() for part in group.split(","))
        if handle
    )


# --- dates ----------------------------------------------------------------------------------------


def created_date(value: str) -> PartialDate:
    """The pre-2018 ``Created Date`` (format unknown): a partial date, or the day of any instant
    format LinkedIn used."""
    try:
        return partial_date(value)
    except ValueProblem:
        pass
    try:
        moment = instant(value)
    except ValueProblem:
        raise ValueProblem(
            WarningCode.INVALID_DATE, f"{value.strip()!r} is not a known date format"
        ) from None
    year = moment.year
    if year < 100:  # instant() reads a zero-padded two-digit year ('1/5/09') as year 9
        year += 2000 if year < 70 else 1900
    return PartialDate(year=year, month=moment.month, day=moment.day)


def end_date(value: str) -> PartialDate | WithWarning[str]:
    """An end date that tells whether the row is current: unreadable text is passed on (with an
    ``invalid-date`` warning) so the builder knows the cell was not empty."""
    try:
        return partial_date(value)
    except ValueProblem as problem:
        return WithWarning(value.strip(), problem.code, problem.message)


# --- languages ------------------------------------------------------------------------------------

#: Pre-2018 proficiency enums (FORMATS.md §3.4) and LinkedIn's wording of each (§4.9).
_PROFICIENCY = {
    "ELEMENTARY": "Elementary proficiency",
    "LIMITED_WORKING": "Limited working proficiency",
    "PROFESSIONAL_WORKING": "Professional working proficiency",
    "FULL_PROFESSIONAL": "Full professional proficiency",
    "NATIVE_OR_BILINGUAL": "Native or bilingual proficiency",
}
_ENUM = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")


def proficiency(value: str) -> str:
    """A language level in LinkedIn's readable wording: ``NATIVE_OR_BILINGUAL`` →
    ``Native or bilingual proficiency``; readable values are kept as written."""
    text = value.strip()
    if not _ENUM.fullmatch(text):
        return text
    known = _PROFICIENCY.get(text.removesuffix("_PROFICIENCY"))
    if known:
        return known
    words = text.replace("_", " ").lower()
    readable = words[:1].upper() + words[1:]
    return readable if readable.endswith("proficiency") else f"{readable} proficiency"


# --- builders -------------------------------------------------------------------------------------

_build_position = record_builder(Position)


def build_position(f: dict[str, Any], ctx: RowContext) -> Position:
    """A :class:`Position`; an empty ``Finished On`` (or ``End Date``) means it is current."""
    finished = f.get("finished_on")
    if isinstance(finished, str):  # an end date that could not be read (already warned about)
        extra = dict(f.get("extra") or {})
        extra[ctx.columns.get("finished_on", "Finished On")] = finished
        f = {**f, "finished_on": None, "extra": FrozenDict(extra)}
    return _build_position({**f, "is_current": finished is None}, ctx)
