"""Phone numbers: :func:`normalize_phone` and :func:`normalize_phones`, on top of ``phonenumbers``.

LinkedIn exports hold phone numbers as free text: with the leading space LinkedIn puts before ``+``,
with the ``'`` or ``=`` of spreadsheet formula protection, with annotations (``(mobile)``,
``Tel:``), with extensions, several numbers in one cell, and sometimes in the exponent form a
spreadsheet program turns long numbers into. This module reads all of them into
:class:`~linkedin_export.PhoneInfo` values, one per number, and says in warnings what it assumed
and what it could not read.

How a cell is read, step by step:

1. **Cleaning.** Surrounding whitespace and invisible characters (zero-width spaces, direction
   marks, BOM) are removed and the text is NFKC-normalised, so full-width digits and the full-width
   plus sign read as ASCII. A leading ``'`` or ``=`` is removed, and so is Excel's ``="…"`` wrapper.
2. **Several numbers.** The cell is cut at ``;``, ``|``, newlines, tabs, ``,``, `` or ``, at
   ``/`` and before a ``+`` that follows whitespace, but only where both sides hold enough digits
   to be numbers of their own (five, or seven around ``/`` and ``+``, so German ``030/1234567``
   stays one number) and never before an extension (``…, ext. 12``) or inside brackets.
3. **Spreadsheet damage.** ``4.15555E+09``, ``4,15555E+09`` or ``4.15555e9`` is reported as
   ``spreadsheet-damage``, without E.164: the digits are lost. A number stored as a decimal
   (``4155550100.0``) gets the same warning but is read without the ``.0``.
4. **Annotations.** A leading or trailing type word (``mobile``, ``cell``, ``work``, ``home``,
   ``office``, ``fax``, ``tel``, ``phone``, ``whatsapp``, … and the one-letter ``M:``, ``W:``,
   ``H:``, ``T:``, ``F:``), written ``(mobile)``, ``[work]``, ``Mobile:``, ``Tel.``, ``- cell`` or
   ``, home``, and any bracketed group of letters without digits (``(Anna's cell)``) are removed
   before parsing and kept in ``PhoneInfo.annotation`` (several are joined with ``", "``).
   ``phonenumbers`` would otherwise turn the letters into digits. Letters that belong to the
   number, as in the vanity number ``1-800-FLOWERS``, are left alone: a trailing word is only
   removed when no other letter remains.
5. **Extensions.** ``x123``, ``ext. 45``, ``ext 7``, ``extension 12``, ``#7``, ``(ext. 5)`` and
   ``;ext=5`` go to ``PhoneInfo.extension``, never into the E.164 form.
6. **Parsing.** A number written with ``+`` is read as it is; the region is not used. A number
   without ``+`` is read with the default region (``region=``), and the warning ``region-assumed``
   names it. Without a region such numbers are **not guessed**: ``invalid-phone``, no E.164.
   International prefixes: with a region, its own prefix is understood (``00`` for DE, ``011``
   for US). A number starting with ``00`` (the prefix of most of the world) or ``011`` that is not
   valid in the default region is read as international when that gives a valid number. Without a
   region, a ``00`` number is read as international (no country's national numbers start with
   ``00``) when that gives at least a possible number, and a ``011`` number when it gives a valid
   one (``011`` is also an area code in South Africa and Japan). Neither case gets
   ``region-assumed``: the country code is written in the number.
7. **Free text.** When a piece still cannot be read and holds letters or too many digits,
   ``phonenumbers.PhoneNumberMatcher`` looks for numbers inside it (``call +44 20 7946 0123 after
   six``). Its finds are used only when every digit of the piece belongs to one of them; the
   words left over become the annotation.
8. **Result.** ``e164`` is set only for numbers that are valid or have a possible length
   (``format_number`` formats garbage too); a number that is possible only as a local number
   without its area code (``555 0100``) gets no E.164. ``is_valid`` is ``is_valid_number``;
   ``region`` (``region_code_for_number``; ``None`` for non-geographic numbers such as ``+800``)
   and ``number_type`` (``mobile``, ``fixed_line``,
   ``fixed_line_or_mobile`` (every ``+1`` number), ``toll_free``, ``premium_rate``,
   ``shared_cost``, ``voip``, ``personal_number``, ``pager``, ``uan``, ``voicemail``) only for
   valid numbers. A number that is not valid gets ``invalid-phone`` with the reason in words: no
   country code and no region, not a phone number, too short, too long, invalid country code, or
   a possible length but not a valid number in the region of its country code.

Empty cells: :func:`normalize_phones` returns ``()`` for a cell that is empty once cleaned (``""``,
``"  "``, ``"'"``, ``'=""'``); :func:`normalize_phone` returns a ``PhoneInfo`` without E.164 and
with an ``invalid-phone`` warning saying the value is empty.

Neither function raises for any ``str`` value, and neither uses the network; only a ``region``
that ``phonenumbers`` does not know raises ``ValueError`` (a programming mistake). Cells longer
than 1,000 characters once cleaned are not read (one ``invalid-phone`` warning).
``phonenumbers`` is imported on first use, and only APIs that ``phonenumberslite`` also has are
used (no geocoder, carrier or time zones). Results are memoised per ``(value, region)``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

import attrs

from linkedin_export._regions import validate_region
from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.models.contact import PhoneInfo

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

__all__ = ["normalize_phone", "normalize_phones"]

_CACHE_SIZE = 65_536

#: Longer cleaned cells are not read at all (about 40 numbers; ``phonenumbers`` stops at 250).
_MAX_CELL = 1_000
#: Longest piece handed to ``PhoneNumberMatcher``, and how many candidates it may try.
_MAX_MATCHER_TEXT = 250
_MAX_MATCHER_TRIES = 50

#: Characters that carry nothing but can hide in copied numbers.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
        "\u2060\u2066\u2067\u2068\u2069\ufeff",
    )
)

_EXPONENT = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d{1,3}")
_DECIMAL = re.compile(r"(\d{7,15})\.0+")

# -- several numbers in one cell -------------------------------------------------------------------

_CUT = re.compile(
    r"(?P<strong>[;|\n\r\t])|(?P<comma>,)|(?P<slash>/)|(?<=\s)(?P<word>or|oder|ou)(?=\s)"
    r"|(?P<plus>\s)(?=\+)",
    re.IGNORECASE,
)
_MIN_DIGITS = {"strong": 5, "comma": 5, "word": 5, "slash": 7, "plus": 7}
_OPEN, _CLOSE = "([{<", ")]}>"

# -- annotations and extensions --------------------------------------------------------------------

_TYPE_WORDS = (
    r"(?:mobile|mobil|mobiel|mob|m[oó]vil|cellular|cellphone|cell\s?phone|cell|handy|portable|gsm"
    r"|t[eé]l[eé]phone|telefon|tel[eé]fono|telephon|tel|phone|ph|fax|facsimile"
    r"|work|office|business|bus|biz|home|house|private|privat|personal|main|direct\s+line|direct"
    r"|switchboard|landline|fixed|other|whatsapp|signal|telegram|pager|voice|voip|sms|text"
    r"|primary|alt|alternate|default)"
)
_WORD_LIST = rf"{_TYPE_WORDS}(?:\s*[/&,]\s*{_TYPE_WORDS})*"
# Regular expressions below avoid adjacent ambiguous repeats, so that they stay fast on hostile
# input; the trailing ones are also only searched in the last _TAIL characters.
_LETTER_GROUP = r"(?=[^\d()\[\]{}<>]*[^\W\d_])[^\d()\[\]{}<>]*"
_LEADING = re.compile(
    rf"^(?:[(\[{{<](?P<group>{_LETTER_GROUP})[)\]}}>]|(?P<word>{_WORD_LIST}\b|[mwhotfpc](?=[\s:.])))"
    r"[\s:.;,\-\u2013\u2014)\]]*",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    rf"(?:[(\[{{<](?P<group>{_LETTER_GROUP})[)\]}}>]|[\s,;:/\-\u2013\u2014]+(?P<word>{_WORD_LIST})\b)"
    r"[\s.:]*$",
    re.IGNORECASE,
)
_EXTENSION = re.compile(
    r"(?:[\s,;]*(?:[(\[]\s*)?"
    r"(?:ext(?:ension|n)?(?:[.\s]*(?:no\.?|\#))?|x|\#|poste|durchwahl|dw|anexo|interno|доб)"
    r"[\s:.=]*|;\s*ext=)(?P<ext>\d{1,7})[\s)\]]*$",
    re.IGNORECASE,
)
_TAIL = 120
_EXTENSION_START = re.compile(
    r"[(\[]?\s*(?:ext(?:ension|n)?\b|x\.?\s*\d|\#\s*\d|poste|durchwahl|anexo|interno|доб)",
    re.IGNORECASE,
)
_IDD = re.compile(r"(?P<idd>0[\s.\-]*0|0[\s.\-]*1[\s.\-]*1)[\s.\-/]*(?=[1-9])")
_LETTER = re.compile(r"[^\W\d_]")
_PLUS = re.compile(r"[\s(\[]*\+")

_NO_REGION = (
    "it has no country code (no leading + or 00) and no default region was given; numbers "
    "without + are not guessed: pass region= (or default_region= when loading an export)"
)

_TYPE_NAMES = {
    0: "fixed_line",
    1: "mobile",
    2: "fixed_line_or_mobile",
    3: "toll_free",
    4: "premium_rate",
    5: "shared_cost",
    6: "voip",
    7: "personal_number",
    8: "pager",
    9: "uan",
    10: "voicemail",
}


def normalize_phones(raw: str, *, region: str | None = None) -> tuple[PhoneInfo, ...]:
    """Every phone number of one cell, each normalised on its own (steps in the module docs).

    When the cell holds one number, its ``PhoneInfo.raw`` is the cell as given; when it holds
    several, each ``raw`` is that number's part of the cell. The caller reports a cell with several
    numbers (``multiple-phone-numbers``) once, as it sees fit; the results carry no such warning.

    Args:
        raw: the cell as found (a leading space, ``'`` or ``=`` is fine).
        region: ISO 3166-1 alpha-2 region (``"GB"``, any case) assumed for numbers written without
            ``+`` or an international prefix. ``None`` (or ``""``): such numbers are not guessed.

    Returns:
        One :class:`~linkedin_export.PhoneInfo` per number, in order; ``()`` for a cell that is
        empty once cleaned. A piece that cannot be read still gets a ``PhoneInfo`` (``e164=None``,
        with a warning), so nothing is dropped silently.

    Raises:
        TypeError: ``raw`` or ``region`` is not a ``str``.
        ValueError: ``region`` is not a region ``phonenumbers`` knows.
    """
    if not isinstance(raw, str):
        raise TypeError(f"normalize_phones() takes a str, not {type(raw).__name__}")
    return _normalize_all(raw, validate_region(region))


def normalize_phone(raw: str, *, region: str | None = None) -> PhoneInfo:
    """Parse and normalise one phone number; never raises for a string, never uses the network.

    The steps are in the module docs. When the cell holds several numbers, the first is returned
    with ``raw`` set to the whole cell and a ``multiple-phone-numbers`` warning saying how many
    there are (use :func:`normalize_phones` to get each). An empty cell gives ``e164=None`` and an
    ``invalid-phone`` warning.

    Args:
        raw: the value as found.
        region: ISO 3166-1 alpha-2 region (``"GB"``, any case) assumed for numbers written without
            ``+`` or an international prefix; without it, such numbers are kept unnormalised with
            an ``invalid-phone`` warning, never guessed.

    Raises:
        TypeError: ``raw`` or ``region`` is not a ``str``.
        ValueError: ``region`` is not a region ``phonenumbers`` knows (``"UK"``: use ``"GB"``).
    """
    if not isinstance(raw, str):
        raise TypeError(f"normalize_phone() takes a str, not {type(raw).__name__}")
    return _normalize_one(raw, validate_region(region))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _normalize_one(raw: str, region: str | None) -> PhoneInfo:
    infos = _normalize_all(raw, region)
    if not infos:
        return _failed(raw, WarningCode.INVALID_PHONE, f"phone number {raw!r} is empty")
    first = infos[0]
    if len(infos) == 1:
        return first
    warning = DataWarning.make(
        WarningCode.MULTIPLE_PHONE_NUMBERS,
        f"{len(infos)} phone numbers in one cell; only the first is kept here "
        "(normalize_phones() returns each)",
        value=raw,
    )
    return attrs.evolve(first, raw=raw, warnings=(warning, *first.warnings))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _normalize_all(raw: str, region: str | None) -> tuple[PhoneInfo, ...]:
    text = _clean(raw)
    if not text:
        return ()
    if len(text) > _MAX_CELL:
        return (
            _failed(
                raw,
                WarningCode.INVALID_PHONE,
                f"cannot read phone number {raw[:40]!r}…: "
                f"{len(text)} characters are too long for phone numbers",
            ),
        )
    pieces = _split(text)
    if len(pieces) == 1:
        return _read_safely(raw, text, region)
    return tuple(info for piece in pieces for info in _read_safely(piece, piece, region))


def _clean(raw: str) -> str:
    """Remove whitespace, invisible characters and spreadsheet formula protection; NFKC."""
    text = unicodedata.normalize("NFKC", raw.translate(_INVISIBLE)).strip()
    while True:
        before = text
        if len(text) >= 3 and text.startswith('="') and text.endswith('"'):
            text = text[2:-1].strip()
        text = text.lstrip("'=").strip()
        if len(text) >= 2 and text[0] == text[-1] == '"':
            text = text[1:-1].strip()
        if text == before:
            return text


def _digits(text: str) -> int:
    return sum(map(str.isdigit, text))


def _split(text: str) -> list[str]:
    """Cut a cell into numbers, only where both sides are numbers of their own."""
    cuts = list(_CUT.finditer(text))
    if not cuts:
        return [text]
    # Bracket depth before each character, and digits before each character (prefix sums).
    depth, depths = 0, [0] * (len(text) + 1)
    digits = [0] * (len(text) + 1)
    for index, char in enumerate(text):
        depths[index] = depth
        digits[index + 1] = digits[index] + char.isdigit()
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
    pieces: list[str] = []
    start = 0
    for cut in cuts:
        if depths[cut.start()]:
            continue
        need = _MIN_DIGITS[cut.lastgroup or "plus"]
        # The right side is everything after the cut: "…, Home: +44…" is cut at the comma.
        if (
            digits[cut.start()] - digits[start] >= need
            and digits[-1] - digits[cut.end()] >= need
            and not _EXTENSION_START.match(text, cut.end())
        ):
            pieces.append(text[start : cut.start()].strip())
            start = cut.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


class _Decorations(NamedTuple):
    number: str
    annotation: str | None
    extension: str | None


def _strip_decorations(text: str) -> _Decorations:
    """Remove annotations and the extension; return what is left and what was removed."""
    notes_before: list[str] = []
    notes_after: list[str] = []
    extension: str | None = None
    number = text
    for _ in range(8):
        before = number
        match = _TRAILING.search(number, max(0, len(number) - _TAIL))
        if match:
            rest = number[: match.start()]
            # A bare word is an annotation only when no other letter remains (1-800-CALL-HOME).
            if _digits(rest) and (match["group"] or not _LETTER.search(rest)):
                notes_after.insert(0, _note(match["group"] or match["word"]))
                number = rest
        if extension is None and (match := _EXTENSION.search(number, max(0, len(number) - _TAIL))):
            rest = number[: match.start()]
            if _digits(rest) >= 3:
                extension = "".join(str(unicodedata.digit(char)) for char in match["ext"])
                number = rest
        match = _LEADING.match(number)
        if match and _digits(number[match.end() :]):
            notes_before.append(_note(match["group"] or match["word"]))
            number = number[match.end() :]
        if number == before:
            break
    notes = [note for note in (*notes_before, *notes_after) if note]
    return _Decorations(number.strip(), ", ".join(notes) or None, extension)


def _note(text: str) -> str:
    return " ".join(text.split()).strip(" .:-\u2013\u2014")


class _Parsed(NamedTuple):
    number: PhoneNumber
    assumed: str | None
    #: ``(is_valid_number, region_code_for_number)`` when already known.
    checked: tuple[bool, str | None] | None = None


def _check(number: PhoneNumber) -> tuple[bool, str | None]:
    """``is_valid_number`` and ``region_code_for_number`` with one region look-up, not two."""
    import phonenumbers

    # is_valid_number(n) is is_valid_number_for_region(n, region_code_for_number(n)).
    region = phonenumbers.region_code_for_number(number)
    if region is None:
        return False, None
    return phonenumbers.is_valid_number_for_region(number, region), region


def _read_safely(raw: str, text: str, region: str | None) -> tuple[PhoneInfo, ...]:
    try:
        return _read(raw, text, region)
    except Exception as error:  # noqa: BLE001 - a bug in a dependency must not stop a whole export
        return (
            _failed(
                raw,
                WarningCode.INVALID_PHONE,
                f"cannot read phone number {raw!r}: internal error {type(error).__name__}",
            ),
        )


def _read(
    raw: str, text: str, region: str | None, *, matcher: bool = True
) -> tuple[PhoneInfo, ...]:
    """Read one piece of a cell (``raw`` is what ``PhoneInfo.raw`` will hold)."""
    if _EXPONENT.fullmatch(text):
        return (
            _failed(
                raw,
                WarningCode.SPREADSHEET_DAMAGE,
                f"phone number {raw!r} was turned into a number in exponent form by a spreadsheet "
                "program; its digits are lost",
            ),
        )
    damage: list[DataWarning] = []
    if decimal := _DECIMAL.fullmatch(text):
        text = decimal[1]
        damage.append(
            DataWarning.make(
                WarningCode.SPREADSHEET_DAMAGE,
                f"phone number {raw!r} was stored as a decimal number by a spreadsheet program; "
                "it was read without the trailing .0 (a leading 0 or + may be lost)",
                value=raw,
            )
        )
    number, annotation, extension = _strip_decorations(text)
    if not _digits(number):
        return (
            _failed(
                raw,
                WarningCode.INVALID_PHONE,
                f"cannot read phone number {raw!r}: not a phone number (it has no digits)",
                annotation=annotation,
            ),
        )
    parsed = _parse(number, region)
    if matcher and (_LETTER.search(number) or _digits(number) > 17) and not _usable(parsed):
        found = _match(raw, number, region)
        if found:
            return found
    if isinstance(parsed, str):
        return (
            _failed(
                raw,
                WarningCode.INVALID_PHONE,
                f"cannot read phone number {raw!r}: {parsed}",
                annotation=annotation,
                warnings=damage,
            ),
        )
    return (_info(raw, parsed, annotation, extension, damage),)


def _usable(parsed: _Parsed | str) -> bool:
    import phonenumbers

    return not isinstance(parsed, str) and (
        phonenumbers.is_valid_number(parsed.number) or _possible(parsed.number)
    )


def _possible(number: PhoneNumber) -> bool:
    """A possible length for a full number (a local number without area code is not enough)."""
    import phonenumbers

    reason = phonenumbers.is_possible_number_with_reason(number)
    return bool(reason == phonenumbers.ValidationResult.IS_POSSIBLE)


def _parse(number: str, region: str | None) -> _Parsed | str:
    """The parsed number and the region assumed to read it, or the reason it cannot be read."""
    import phonenumbers

    if _PLUS.match(number):
        try:
            return _Parsed(phonenumbers.parse(number, None), None)
        except phonenumbers.NumberParseException as error:
            return _parse_error(error)
    idd = _IDD.match(number)
    if region is None:
        if idd:
            international = _international(number, idd)
            if international is not None and (
                phonenumbers.is_valid_number(international)
                or (idd["idd"].count("0") == 2 and _possible(international))
            ):
                return _Parsed(international, None)
        return _NO_REGION
    try:
        parsed = phonenumbers.parse(number, region, keep_raw_input=True)
    except phonenumbers.NumberParseException as error:
        parsed, reason = None, _parse_error(error)
    checked = _check(parsed) if parsed is not None else None
    if parsed is not None and checked is not None and checked[0]:
        return _Parsed(parsed, _assumed(parsed, region), checked)
    if idd:
        international = _international(number, idd)
        if international is not None and phonenumbers.is_valid_number(international):
            return _Parsed(international, None)
    if parsed is None:
        return reason
    return _Parsed(parsed, _assumed(parsed, region), checked)


def _assumed(number: PhoneNumber, region: str) -> str | None:
    from phonenumbers import CountryCodeSource

    if number.country_code_source in (
        CountryCodeSource.FROM_DEFAULT_COUNTRY,
        CountryCodeSource.FROM_NUMBER_WITHOUT_PLUS_SIGN,
    ):
        return region
    return None


def _international(number: str, idd: re.Match[str]) -> PhoneNumber | None:
    """``number`` read with its leading ``00`` or ``011`` as an international prefix."""
    import phonenumbers

    try:
        return phonenumbers.parse("+" + number[idd.end() :], None)
    except phonenumbers.NumberParseException:
        return None


def _parse_error(error: Exception) -> str:
    from phonenumbers import NumberParseException

    reasons = {
        NumberParseException.INVALID_COUNTRY_CODE: "the country code is not a valid one",
        NumberParseException.NOT_A_NUMBER: "not a phone number",
        NumberParseException.TOO_SHORT_AFTER_IDD: "too short after the international prefix",
        NumberParseException.TOO_SHORT_NSN: "too short",
        NumberParseException.TOO_LONG: "too long",
    }
    code = getattr(error, "error_type", None)
    return (
        reasons.get(code, "not a phone number") if isinstance(code, int) else "not a phone number"
    )


def _match(raw: str, number: str, region: str | None) -> tuple[PhoneInfo, ...]:
    """Numbers found by ``PhoneNumberMatcher`` when every digit of ``number`` is in one of them."""
    import phonenumbers

    if len(number) > _MAX_MATCHER_TEXT:
        return ()
    matches = list(
        phonenumbers.PhoneNumberMatcher(
            number,
            region,
            leniency=phonenumbers.Leniency.POSSIBLE,
            max_tries=_MAX_MATCHER_TRIES,
        )
    )
    leftover, position = [], 0
    for match in matches:
        leftover.append(number[position : match.start])
        position = match.end
    leftover.append(number[position:])
    rest = " ".join(" ".join(leftover).split())
    if not matches or _digits(rest):
        return ()
    if len(matches) == 1:
        info = _read(raw, matches[0].raw_string, region, matcher=False)[0]
        note = _note(rest)
        if note and _LETTER.search(note):
            info = attrs.evolve(
                info, annotation=", ".join(filter(None, (info.annotation, note))) or None
            )
        return (info,)
    return tuple(
        _read(match.raw_string, match.raw_string, region, matcher=False)[0] for match in matches
    )


def _info(
    raw: str,
    parsed: _Parsed,
    annotation: str | None,
    extension: str | None,
    warnings: list[DataWarning],
) -> PhoneInfo:
    import phonenumbers

    number = parsed.number
    valid, where = parsed.checked or _check(number)
    possible = valid or _possible(number)
    if parsed.assumed:
        warnings.append(
            DataWarning.make(
                WarningCode.REGION_ASSUMED,
                f"phone number {raw!r} has no country code; region {parsed.assumed} was assumed",
                value=raw,
            )
        )
    if not valid:
        warnings.append(
            DataWarning.make(
                WarningCode.INVALID_PHONE,
                f"phone number {raw!r} {_invalid_reason(number, possible=possible)}",
                value=raw,
            )
        )
    return PhoneInfo(
        raw=raw,
        e164=(
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if possible
            else None
        ),
        region=where if valid and where not in {None, "001", "ZZ"} else None,
        number_type=_TYPE_NAMES.get(phonenumbers.number_type(number)) if valid else None,
        extension=extension or number.extension or None,
        is_valid=valid,
        assumed_region=parsed.assumed,
        annotation=annotation,
        warnings=tuple(warnings),
    )


def _invalid_reason(number: PhoneNumber, *, possible: bool) -> str:
    import phonenumbers
    from phonenumbers import ValidationResult

    country_code = number.country_code or 0
    where = phonenumbers.region_code_for_country_code(country_code)
    if where == "001":
        where = f"the non-geographic range +{number.country_code}"
    elif where == "ZZ":
        where = f"country code +{number.country_code}"
    if possible:
        return f"has a possible length but is not a valid number in {where}"
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        return f"is not valid: invalid country code +{number.country_code}"
    if reason == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        return (
            f"is not valid: too short, a local number without its area code "
            f"(dialable only within part of {where})"
        )
    if reason == ValidationResult.TOO_SHORT:
        return f"is not valid: too short for a number in {where}"
    if reason == ValidationResult.TOO_LONG:
        return f"is not valid: too long for a number in {where}"
    return f"is not valid: no number in {where} has this length"


def _failed(
    raw: str,
    code: WarningCode,
    message: str,
    *,
    annotation: str | None = None,
    warnings: list[DataWarning] | None = None,
) -> PhoneInfo:
    return PhoneInfo(
        raw=raw,
        e164=None,
        is_valid=False,
        annotation=annotation,
        warnings=(*(warnings or ()), DataWarning.make(code, message, value=raw)),
    )
