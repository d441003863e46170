"""Phone numbers: ``phonenumbers`` (imported lazily) behind :func:`normalize_phone`.

A first version (issue #2): the leading space, ``'`` or ``=`` LinkedIn and spreadsheets put before
``+`` is removed, spreadsheet exponent damage is detected, E.164 is given only for valid or possible
numbers, and an assumed region is always reported. Annotations, several numbers in one field and the
region resolution of a whole export come with the full phone issue behind the same interface.
"""

from __future__ import annotations

import functools
import re

from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.models.contact import PhoneInfo

__all__ = ["normalize_phone"]

_EXPONENT = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d+")


def normalize_phone(raw: str, *, region: str | None = None) -> PhoneInfo:
    """Parse and normalise one phone number; never raises for a string, never uses the network.

    Args:
        raw: the value as found.
        region: ISO 3166 region (``"GB"``) assumed for numbers written without ``+``; without it,
            such numbers are kept unnormalised with an ``invalid-phone`` warning, never guessed.

    Raises:
        TypeError: ``raw`` is not a ``str``.
    """
    if not isinstance(raw, str):
        raise TypeError(f"normalize_phone() takes a str, not {type(raw).__name__}")
    return _normalize(raw, region.upper() if region else None)


@functools.lru_cache(maxsize=65_536)
def _normalize(raw: str, region: str | None) -> PhoneInfo:
    import phonenumbers

    text = raw.strip().lstrip("'=").strip()
    if _EXPONENT.fullmatch(text):
        return _bad(
            raw,
            WarningCode.SPREADSHEET_DAMAGE,
            f"phone number {raw!r} was turned into "
            "a number in exponent form by a spreadsheet program; its digits are lost",
        )
    international = text.startswith(("+", "00", "011"))
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException as error:
        if region is None and not international:
            why = "it has no country code and no default region was given"
        else:
            why = str(error)
        return _bad(raw, WarningCode.INVALID_PHONE, f"cannot read phone number {raw!r}: {why}")
    valid = phonenumbers.is_valid_number(number)
    possible = valid or phonenumbers.is_possible_number(number)
    assumed = region if not text.startswith("+") else None
    warnings = []
    if assumed:
        warnings.append(
            DataWarning.make(
                WarningCode.REGION_ASSUMED,
                f"phone number {raw!r} has no country code; region {assumed} was assumed",
                value=raw,
            )
        )
    if not valid:
        warnings.append(
            DataWarning.make(
                WarningCode.INVALID_PHONE,
                f"phone number {raw!r} is not a valid number"
                + (" (but has a possible length)" if possible else ""),
                value=raw,
            )
        )
    type_name = phonenumbers.PhoneNumberType.to_string(phonenumbers.number_type(number))
    return PhoneInfo(
        raw=raw,
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if possible
        else None,
        region=phonenumbers.region_code_for_number(number) if valid else None,
        number_type=type_name.lower() if valid and type_name != "UNKNOWN" else None,
        extension=number.extension or None,
        is_valid=valid,
        assumed_region=assumed,
        warnings=tuple(warnings),
    )


def _bad(raw: str, code: WarningCode, message: str) -> PhoneInfo:
    return PhoneInfo(
        raw=raw,
        e164=None,
        is_valid=False,
        warnings=(DataWarning.make(code, message, value=raw),),
    )
