"""Phone normalisation (``linkedin_export.phones``) and default-region resolution (``_regions``).

Every number here is fictional: US ``+1 212 555 01xx`` and UK Ofcom drama landlines
``020 7946 0xxx`` / ``0161 496 0xxx`` are valid; UK drama mobiles ``07700 900xxx`` are possible but
invalid; AU ``0491 570 156`` is a valid mobile; FR ``01 99 00 xx xx`` is a valid fixed line.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import linkedin_export as lx
from conftest import ATTEMPTS
from linkedin_export import phones
from linkedin_export._regions import (
    most_common_region,
    region_from_location,
    resolve_region,
    validate_region,
)
from linkedin_export.diagnostics import Severity, WarningCode
from linkedin_export.models.contact import PhoneInfo
from linkedin_export.phones import normalize_phone, normalize_phones

US = "+12125550100"
GB = "+442079460123"


def full_width(text: str) -> str:
    """``text`` with its ASCII digits and ``+`` in full-width form (U+FF10…, U+FF0B)."""
    return "".join(
        chr(ord(char) + 0xFEE0) if char.isdigit() or char == "+" else char for char in text
    )


def codes(info: PhoneInfo) -> list[WarningCode]:
    return [warning.code for warning in info.warnings]


def messages(info: PhoneInfo) -> str:
    return " | ".join(warning.message for warning in info.warnings)


# --- cleaning ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "+44 20 7946 0123",
        " +44 20 7946 0123",
        "+44 20 7946 0123 \n",
        "\t +44 20 7946 0123",
        "'+44 20 7946 0123",
        "=+44 20 7946 0123",
        '="+44 20 7946 0123"',
        "'=+44 20 7946 0123",
        '"+44 20 7946 0123"',
        "\u200b+44 20 7946 0123\ufeff",
        "\u00a0+44 20 7946 0123",
        "+44-20-7946-0123",
        "+44.20.7946.0123",
        "+44 (0) 20 7946 0123",
        "(+44) 20 7946 0123",
        "+442079460123",
        "\uff0b\uff14\uff14 \uff12\uff10 \uff17\uff19\uff14\uff16 \uff10\uff11\uff12\uff13",
    ],
)
def test_spreadsheet_protection_and_formatting_are_cleaned(raw: str) -> None:
    info = normalize_phone(raw)
    assert info.e164 == GB
    assert info.is_valid is True
    assert info.region == "GB"
    assert info.number_type == "fixed_line"
    assert info.raw == raw
    assert info.assumed_region is None
    assert info.annotation is None
    assert info.warnings == ()


def test_full_width_digits_with_region() -> None:
    info = normalize_phone(full_width("2125550100"), region="US")
    assert info.e164 == US
    assert info.assumed_region == "US"


@pytest.mark.parametrize("raw", ["", " ", "\t\n", "'", "=", '=""', "\u200b"])
def test_empty(raw: str) -> None:
    assert normalize_phones(raw) == ()
    assert normalize_phones(raw, region="GB") == ()
    info = normalize_phone(raw)
    assert info.e164 is None
    assert info.is_valid is False
    assert info.raw == raw
    assert codes(info) == [WarningCode.INVALID_PHONE]
    assert "empty" in info.warnings[0].message


# --- annotations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "annotation"),
    [
        ("+44 20 7946 0123 (mobile)", "mobile"),
        ("+44 20 7946 0123 (Mobile)", "Mobile"),
        ("+44 20 7946 0123(mobile)", "mobile"),
        ("+44 20 7946 0123 [work]", "work"),
        ("[work] +44 20 7946 0123", "work"),
        ("(Home) +44 20 7946 0123", "Home"),
        ("Mobile: +44 20 7946 0123", "Mobile"),
        ("mobile: +44 20 7946 0123", "mobile"),
        ("Mobile +44 20 7946 0123", "Mobile"),
        ("Mobile+44 20 7946 0123", "Mobile"),
        ("Tel: +44 20 7946 0123", "Tel"),
        ("Tel.: +44 20 7946 0123", "Tel"),
        ("tel. +44 20 7946 0123", "tel"),
        ("tel:+44-20-7946-0123", "tel"),
        ("Phone: +44 20 7946 0123", "Phone"),
        ("M: +44 20 7946 0123", "M"),
        ("W: +44 20 7946 0123", "W"),
        ("H: +44 20 7946 0123", "H"),
        ("T +44 20 7946 0123", "T"),
        ("fax +44 20 7946 0123", "fax"),
        ("+44 20 7946 0123 fax", "fax"),
        ("+44 20 7946 0123 - cell", "cell"),
        ("+44 20 7946 0123 \u2013 cell", "cell"),
        ("+44 20 7946 0123, mobile", "mobile"),
        ("+44 20 7946 0123 mobile", "mobile"),
        ("+44 20 7946 0123 (Anna's cell)", "Anna's cell"),
        ("+44 20 7946 0123 (main) (mobile)", "main, mobile"),
        ("Mobile/WhatsApp: +44 20 7946 0123", "Mobile/WhatsApp"),
        ("Work: +44 20 7946 0123 (main)", "Work, main"),
        ("Mobile; +44 20 7946 0123", "Mobile"),
    ],
)
def test_annotations_are_removed_and_kept(raw: str, annotation: str) -> None:
    info = normalize_phone(raw)
    assert info.e164 == GB, messages(info)
    assert info.is_valid is True
    assert info.annotation == annotation
    assert info.raw == raw
    assert info.warnings == ()


def test_annotation_letters_would_otherwise_become_digits() -> None:
    # EMAIL_PHONE.md §4: phonenumbers alone reads "(mobile)" as 662453.
    info = normalize_phone("+44 7911 123456 (mobile)")
    assert info.e164 == "+447911123456"
    assert info.annotation == "mobile"


def test_annotation_with_national_number_and_region() -> None:
    info = normalize_phone("Phone: 020 7946 0123", region="GB")
    assert info.e164 == GB
    assert info.annotation == "Phone"
    assert info.assumed_region == "GB"


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("1-800-FLOWERS", "US", "+18003569377"),
        ("+1-800-FLOWERS", None, "+18003569377"),
        ("1 800 FLOWERS", "US", "+18003569377"),
        ("1-800-FLOWERS (work)", "US", "+18003569377"),
    ],
)
def test_vanity_numbers_keep_their_letters(raw: str, region: str | None, e164: str) -> None:
    info = normalize_phone(raw, region=region)
    assert info.e164 == e164
    assert info.is_valid is True
    assert info.number_type == "toll_free"


def test_vanity_word_that_is_also_a_type_word_is_not_an_annotation() -> None:
    # "HOME" belongs to the number here; the result is garbage-in, but nothing was stripped.
    info = normalize_phone("1-800-CALL-HOME", region="US")
    assert info.annotation is None
    assert info.is_valid is False


def test_text_without_digits_is_not_a_number() -> None:
    for raw in ("N/A", "none", "(mobile)", "hello world", "-"):
        info = normalize_phone(raw, region="US")
        assert info.e164 is None
        assert codes(info) == [WarningCode.INVALID_PHONE]
        assert "not a phone number" in info.warnings[0].message


def test_number_inside_free_text_is_found() -> None:
    info = normalize_phone("call +44 20 7946 0123 after six")
    assert info.e164 == GB
    assert info.annotation == "call after six"
    assert normalize_phone("c/o +44 20 7946 0123").annotation == "c/o"


# --- extensions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "extension"),
    [
        ("+1 212 555 0100 x123", "123"),
        ("+1 212 555 0100x123", "123"),
        ("+1 212 555 0100 X 9", "9"),
        ("+1 212 555 0100 ext. 45", "45"),
        ("+1 212 555 0100 ext 7", "7"),
        ("+1 212 555 0100 Ext.7", "7"),
        ("+1 212 555 0100 extension 12", "12"),
        ("+1 212 555 0100 ext. no. 5", "5"),
        ("+1 212 555 0100 #7", "7"),
        ("+1 212 555 0100 (ext. 5)", "5"),
        ("+1 212 555 0100, ext. 12", "12"),
        ("+1 212 555 0100;ext=5", "5"),
        ("+1 212 555 0100 ext. 0042", "0042"),
        ("+1 212 555 0100 x" + full_width("12"), "12"),
    ],
)
def test_extensions_are_kept_apart(raw: str, extension: str) -> None:
    info = normalize_phone(raw)
    assert info.e164 == US
    assert info.extension == extension
    assert info.is_valid is True
    assert info.warnings == ()


@pytest.mark.parametrize(
    ("raw", "annotation"),
    [
        ("+1 212 555 0100 (work) x12", "work"),
        ("+1 212 555 0100 x12 (work)", "work"),
        ("Work: +1 212 555 0100 x12", "Work"),
        ("Work: +1 212 555 0100 ext. 12 (main)", "Work, main"),
    ],
)
def test_extension_and_annotation_together(raw: str, annotation: str) -> None:
    info = normalize_phone(raw)
    assert (info.e164, info.extension, info.annotation) == (US, "12", annotation)


def test_extension_with_national_number() -> None:
    info = normalize_phone("(212) 555-0100 ext. 45", region="US")
    assert (info.e164, info.extension, info.assumed_region) == (US, "45", "US")


# --- several numbers in one cell -----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "+1 212 555 0100 / +44 20 7946 0123",
        "+1 212 555 0100/+44 20 7946 0123",
        "+1 212 555 0100; +44 20 7946 0123",
        "+1 212 555 0100 ; +44 20 7946 0123",
        "+1 212 555 0100 or +44 20 7946 0123",
        "+1 212 555 0100, +44 20 7946 0123",
        " +1 212 555 0100,  +44 20 7946 0123",
        "+1 212 555 0100\n+44 20 7946 0123",
        "+1 212 555 0100\r\n+44 20 7946 0123",
        "+1 212 555 0100 | +44 20 7946 0123",
        "+1 212 555 0100 +44 20 7946 0123",
    ],
)
def test_several_numbers(raw: str) -> None:
    infos = normalize_phones(raw)
    assert [info.e164 for info in infos] == [US, GB]
    assert [info.raw for info in infos] == ["+1 212 555 0100", "+44 20 7946 0123"]
    assert all(info.warnings == () for info in infos)

    first = normalize_phone(raw)
    assert first.e164 == US
    assert first.raw == raw
    assert codes(first) == [WarningCode.MULTIPLE_PHONE_NUMBERS]
    assert first.warnings[0].severity is Severity.INFO
    assert "2 phone numbers" in first.warnings[0].message
    assert first.warnings[0].value == raw


def test_three_numbers_with_annotations() -> None:
    raw = "Work: +1 212 555 0100, Home: +44 20 7946 0123 / Mobile: +61 491 570 156"
    infos = normalize_phones(raw)
    assert [(info.e164, info.annotation) for info in infos] == [
        (US, "Work"),
        (GB, "Home"),
        ("+61491570156", "Mobile"),
    ]
    assert "3 phone numbers" in normalize_phone(raw).warnings[0].message


def test_several_national_numbers_with_region() -> None:
    infos = normalize_phones("H: 020 7946 0123 / M: 07700 900123", region="GB")
    assert [(i.e164, i.is_valid, i.annotation) for i in infos] == [
        (GB, True, "H"),
        ("+447700900123", False, "M"),
    ]
    assert codes(infos[1]) == [WarningCode.REGION_ASSUMED, WarningCode.INVALID_PHONE]


def test_contacts_style_multi_value() -> None:
    # FORMATS.md §4.51: ", "-joined, each "+" number with its leading space.
    infos = normalize_phones(" +44 7700 900123, +1 212 555 0101")
    assert [info.e164 for info in infos] == ["+447700900123", "+12125550101"]


def test_numbers_without_separator_found_by_matcher() -> None:
    infos = normalize_phones("(212) 555-0100 (212) 555-0101", region="US")
    assert [info.e164 for info in infos] == [US, "+12125550101"]


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("+1 (212) 555-0100", None, US),
        ("(212) 555-0100", "US", US),
        ("212.555.0100", "US", US),
        ("212-555-0100", "US", US),
        ("030/1234567", "DE", "+49301234567"),
        ("030 / 1234 5678", "DE", "+493012345678"),
        ("+49 (0)30 / 12345678", None, "+493012345678"),
        ("0049 30/1234567", None, "+49301234567"),
        ("+1 212 555 0100, ext. 12", None, US),
        ("+44 20 7946 0123 (home; work)", None, GB),
    ],
)
def test_one_number_with_punctuation_is_not_split(raw: str, region: str | None, e164: str) -> None:
    infos = normalize_phones(raw, region=region)
    assert len(infos) == 1, infos
    assert infos[0].e164 == e164
    assert infos[0].raw == raw
    assert WarningCode.MULTIPLE_PHONE_NUMBERS not in codes(normalize_phone(raw, region=region))


def test_several_numbers_keep_unreadable_pieces() -> None:
    infos = normalize_phones("+1 212 555 0100; 4.15555E+09")
    assert [info.e164 for info in infos] == [US, None]
    assert codes(infos[1]) == [WarningCode.SPREADSHEET_DAMAGE]


# --- spreadsheet damage --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["4.15555E+09", "4,15555E+09", "4.15555e9", " 4.15555E+09", "'4.15555E+09", "4E+09"]
)
def test_exponent_form_is_spreadsheet_damage(raw: str) -> None:
    for region in (None, "US"):
        info = normalize_phone(raw, region=region)
        assert info.e164 is None
        assert info.is_valid is False
        assert codes(info) == [WarningCode.SPREADSHEET_DAMAGE]
        assert "exponent" in info.warnings[0].message
        assert info.warnings[0].value == raw


def test_decimal_form_is_read_with_a_warning() -> None:
    info = normalize_phone("2125550100.0", region="US")
    assert info.e164 == US
    assert codes(info) == [WarningCode.SPREADSHEET_DAMAGE, WarningCode.REGION_ASSUMED]


# --- validity, E.164, types ----------------------------------------------------------------------


def test_possible_but_invalid_keeps_e164() -> None:
    info = normalize_phone("+44 7700 900123")
    assert info.e164 == "+447700900123"
    assert info.is_valid is False
    assert info.region is None
    assert info.number_type is None
    assert codes(info) == [WarningCode.INVALID_PHONE]
    assert "possible length but is not a valid number in GB" in info.warnings[0].message


@pytest.mark.parametrize(
    ("raw", "region", "reason"),
    [
        ("123", "US", "too short"),
        ("+44 20", None, "too short"),
        ("+44 20 7946 0123 4567 8901", None, "too long"),
        ("+999 1234567", None, "country code"),
        ("+0 123", None, "country code"),
        ("555 0100", "US", "local number"),
        ("+1 555 0100", None, "local number"),
    ],
)
def test_not_possible_numbers_get_no_e164(raw: str, region: str | None, reason: str) -> None:
    info = normalize_phone(raw, region=region)
    assert info.e164 is None
    assert info.is_valid is False
    assert WarningCode.INVALID_PHONE in codes(info)
    assert reason in messages(info)


def test_123_with_us_formats_nothing() -> None:
    # phonenumbers formats it as +1123 when asked; we never ask.
    info = normalize_phone("123", region="US")
    assert info.e164 is None
    assert codes(info) == [WarningCode.REGION_ASSUMED, WarningCode.INVALID_PHONE]


@pytest.mark.parametrize(
    ("raw", "region", "e164", "number_type", "where"),
    [
        ("+1 212 555 0100", None, US, "fixed_line_or_mobile", "US"),
        ("+1 212 555 0199", None, "+12125550199", "fixed_line_or_mobile", "US"),
        ("+44 20 7946 0123", None, GB, "fixed_line", "GB"),
        ("0161 496 0000", "GB", "+441614960000", "fixed_line", "GB"),
        ("0491 570 156", "AU", "+61491570156", "mobile", "AU"),
        ("+61 491 570 156", None, "+61491570156", "mobile", "AU"),
        ("01 99 00 12 34", "FR", "+33199001234", "fixed_line", "FR"),
        ("06 12 34 56 78", "FR", "+33612345678", "mobile", "FR"),
        ("+800 1234 5678", None, "+80012345678", "toll_free", None),
    ],
)
def test_valid_numbers(
    raw: str, region: str | None, e164: str, number_type: str, where: str | None
) -> None:
    info = normalize_phone(raw, region=region)
    assert info.e164 == e164
    assert info.is_valid is True
    assert info.number_type == number_type
    assert info.region == where
    assert str(info) == e164


def test_nanp_is_never_mobile() -> None:
    for raw in ("+1 212 555 0100", "+1 212 555 0150", "+1 415 555 0132"):
        assert normalize_phone(raw).number_type == "fixed_line_or_mobile"


# --- regions -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["020 7946 0123", "07700 900123", "(212) 555-0100", "1-800-FLOWERS"]
)
def test_national_numbers_without_region_are_not_guessed(raw: str) -> None:
    info = normalize_phone(raw)
    assert info.e164 is None
    assert info.is_valid is False
    assert info.region is None
    assert info.assumed_region is None
    assert codes(info) == [WarningCode.INVALID_PHONE]
    message = info.warnings[0].message
    assert "no country code" in message
    assert "not guessed" in message
    assert "region=" in message
    assert "default_region=" in message


def test_national_number_with_region_is_reported() -> None:
    info = normalize_phone("020 7946 0123", region="GB")
    assert info.e164 == GB
    assert info.assumed_region == "GB"
    assert codes(info) == [WarningCode.REGION_ASSUMED]
    assert info.warnings[0].severity is Severity.INFO
    assert "GB" in info.warnings[0].message


def test_wrong_region_gives_invalid_number_with_both_warnings() -> None:
    info = normalize_phone("06 12 34 56 78", region="US")
    assert info.is_valid is False
    assert info.assumed_region == "US"
    assert codes(info) == [WarningCode.REGION_ASSUMED, WarningCode.INVALID_PHONE]


def test_region_is_ignored_for_plus_numbers() -> None:
    info = normalize_phone("+44 20 7946 0123", region="US")
    assert info.e164 == GB
    assert info.assumed_region is None
    assert info.warnings == ()


def test_country_code_without_plus_in_own_region() -> None:
    info = normalize_phone("1 212 555 0100", region="US")
    assert info.e164 == US
    assert info.assumed_region == "US"


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("00 44 20 7946 0123", "DE"),
        ("0044 20 7946 0123", "FR"),
        ("011 44 20 7946 0123", "US"),
        ("011 44 20 7946 0123", "CA"),
        # Without a region, 00 (and 011) are read as international prefixes.
        ("00 44 20 7946 0123", None),
        ("0044-20-7946-0123", None),
        ("011 44 20 7946 0123", None),
        # A prefix that is not the region's own, when the region reading is not valid.
        ("00 44 20 7946 0123", "US"),
        ("011 44 20 7946 0123", "GB"),
    ],
)
def test_international_prefixes(raw: str, region: str | None) -> None:
    info = normalize_phone(raw, region=region)
    assert info.e164 == GB
    assert info.is_valid is True
    assert info.assumed_region is None
    assert info.warnings == ()


def test_00_without_region_keeps_a_possible_number() -> None:
    info = normalize_phone("00 44 7700 900123")
    assert info.e164 == "+447700900123"
    assert codes(info) == [WarningCode.INVALID_PHONE]


def test_011_without_region_needs_a_valid_number() -> None:
    # 011 is also a national area code (Johannesburg, Sapporo): not read as a prefix here.
    info = normalize_phone("011 555 0100")
    assert info.e164 is None
    assert "no country code" in info.warnings[0].message


def test_region_is_case_insensitive_and_checked() -> None:
    assert normalize_phone("020 7946 0123", region="gb").e164 == GB
    assert normalize_phone("020 7946 0123", region=" GB ").assumed_region == "GB"
    assert normalize_phone("020 7946 0123", region="").assumed_region is None
    with pytest.raises(ValueError, match="did you mean 'GB'"):
        normalize_phone("020 7946 0123", region="UK")
    with pytest.raises(ValueError, match="unknown phone region"):
        normalize_phones("020 7946 0123", region="XX")
    with pytest.raises(ValueError, match="unknown phone region"):
        normalize_phone("020 7946 0123", region="United Kingdom")


def test_type_errors() -> None:
    with pytest.raises(TypeError):
        normalize_phone(2125550100)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        normalize_phones(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        normalize_phone("+1 212 555 0100", region=44)  # type: ignore[arg-type]


# --- memoisation, laziness, safety ---------------------------------------------------------------


def test_results_are_memoised_and_equal() -> None:
    raw = "Tel: +44 20 7946 0123 x12 (work)"
    first, second = normalize_phone(raw), normalize_phone(raw)
    assert first == second
    assert first is second
    assert normalize_phones(raw) is normalize_phones(raw)
    assert normalize_phone(raw, region="GB") == first  # the region plays no part for "+"
    assert hash(first) == hash(second)


def test_public_api_is_the_same_function() -> None:
    assert lx.normalize_phone is normalize_phone
    assert set(phones.__all__) == {"normalize_phone", "normalize_phones"}


def test_works_without_phonenumberslite_missing_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    # phonenumberslite has no geodata, carrier or time-zone data (EMAIL_PHONE.md §4).
    for module in ("geocoder", "carrier", "timezone", "geodata", "carrierdata", "tzdata"):
        monkeypatch.setitem(sys.modules, f"phonenumbers.{module}", None)
    infos = normalize_phones("Work: +1 212 555 0177 x5; 0161 496 0077 (home)", region="GB")
    assert [info.e164 for info in infos] == ["+12125550177", "+441614960077"]
    assert most_common_region(["+61 491 570 156 (lite)"]) == "AU"
    assert region_from_location("Greater Sydney Area") == "AU"


def test_huge_cell_is_refused_quickly() -> None:
    info = normalize_phone("1 " * 5000)
    assert info.e164 is None
    assert "too long" in info.warnings[0].message


@pytest.mark.parametrize(
    "raw",
    [
        "(" * 999,
        "1" + " " * 997 + "1",
        "(a" * 499,
        "mobile " * 140,
        "1," * 499,
        "x1" * 499,
        "( " * 499 + "1",
        "1 or " * 199,
    ],
)
def test_hostile_input_is_fast(raw: str) -> None:
    import time

    start = time.perf_counter()
    normalize_phones(raw + "\u2060", region="US")  # not cached: a fresh value
    assert time.perf_counter() - start < 1.0


def test_sockets_are_disabled_for_the_properties_below() -> None:
    # conftest.py disables sockets for the whole session: any network use would raise.
    with pytest.raises(RuntimeError):
        socket.socket()
    ATTEMPTS.clear()  # expected here: see test_no_network.py for the whole guard


REGIONS = st.sampled_from([None, "US", "GB", "DE", "FR", "IN", "AU", "JP", "gb", ""])
PHONEISH = st.lists(
    st.sampled_from(
        [*"0123456789+-().,;/ xX#:'=\"\n\tEe[]", "ext", " or ", "mobile", "Tel:", "00", "011"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(raw=st.text(), region=REGIONS)
@example(raw="+44 7911 123456 (mobile)", region=None)
@example(raw="\x00+1", region="US")
@example(raw="(((((((", region="US")
@example(raw="٠١٢٣٤٥٦٧٨٩", region="GB")
def test_never_raises(raw: str, region: str | None) -> None:
    infos = normalize_phones(raw, region=region)
    info = normalize_phone(raw, region=region)
    assert isinstance(info, PhoneInfo)
    for one in (*infos, info):
        assert one.e164 is None or (one.e164.startswith("+") and one.e164[1:].isdigit())
        assert not one.is_valid or one.e164 is not None
        assert one.number_type is None or one.is_valid
    if infos:
        assert info.e164 == infos[0].e164
    else:
        assert codes(info) == [WarningCode.INVALID_PHONE]


@settings(max_examples=400, deadline=None)
@given(raw=PHONEISH, region=REGIONS)
def test_never_raises_on_phone_like_text(raw: str, region: str | None) -> None:
    for info in normalize_phones(raw, region=region):
        assert isinstance(info, PhoneInfo)
        assert info.e164 is None or "E" not in info.e164


# --- region_from_location ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("GB", "GB"),
        ("us", "US"),
        ("DE", "DE"),
        ("CA", "CA"),
        ("DEU", "DE"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("Great Britain", "GB"),
        ("England", "GB"),
        ("Scotland", "GB"),
        ("Wales", "GB"),
        ("Northern Ireland", "GB"),
        ("United Kingdom", "GB"),
        ("USA", "US"),
        ("U.S.", "US"),
        ("U.S.A.", "US"),
        ("United States", "US"),
        ("United States of America", "US"),
        ("America", "US"),
        ("the united states", "US"),
        ("Deutschland", "DE"),
        ("Germany", "DE"),
        ("España", "ES"),
        ("espana", "ES"),
        ("Brasil", "BR"),
        ("Nederland", "NL"),
        ("Holland", "NL"),
        ("The Netherlands", "NL"),
        ("Schweiz", "CH"),
        ("Suisse", "CH"),
        ("Svizzera", "CH"),
        ("Österreich", "AT"),
        ("Osterreich", "AT"),
        ("België", "BE"),
        ("Belgique", "BE"),
        ("Italia", "IT"),
        ("Sverige", "SE"),
        ("Norge", "NO"),
        ("Danmark", "DK"),
        ("Suomi", "FI"),
        ("Polska", "PL"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Czechia", "CZ"),
        ("Czech Republic", "CZ"),
        ("Korea", "KR"),
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("North Korea", "KP"),
        ("UAE", "AE"),
        ("United Arab Emirates", "AE"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Cote D'Ivoire", "CI"),
        ("India", "IN"),
        ("Japan", "JP"),
        ("Saint Kitts & Nevis", "KN"),
        ("St. Lucia", "LC"),
        ("Bosnia & Herzegovina", "BA"),
        ("Democratic Republic of the Congo", "CD"),
        ("Congo", "CG"),
        ("Hong Kong SAR", "HK"),
        ("Kosovo", "XK"),
        ("Georgia", "GE"),
        ("  FRANCE  ", "FR"),
        # City, Region, Country
        ("San Francisco, California, United States", "US"),
        ("Lisbon, Portugal", "PT"),
        ("Berlin, Berlin, Germany", "DE"),
        ("Toronto, Ontario, Canada", "CA"),
        ("Atlanta, Georgia, United States", "US"),
        ("Mumbai, Maharashtra, India", "IN"),
        ("London Area, United Kingdom", "GB"),
        ("Paris, Île-de-France, France", "FR"),
        ("Sydney, New South Wales, Australia", "AU"),
        ("Seoul, Korea, Republic of", "KR"),
        # US states and Canadian provinces
        ("Austin, TX", "US"),
        ("Texas", "US"),
        ("Austin, Texas", "US"),
        ("Newark, DE", "US"),
        ("Los Angeles, CA", "US"),
        ("Toronto, ON", "CA"),
        ("Ontario", "CA"),
        ("Montréal, Québec", "CA"),
        ("Austin, Texas Metropolitan Area", "US"),
        ("Berlin, DE", "DE"),
        ("Paris, FR", "FR"),
        # LinkedIn metropolitan areas and cities without a country
        ("San Francisco Bay Area", "US"),
        ("Greater New York City Area", "US"),
        ("New York City Metropolitan Area", "US"),
        ("Greater Boston", "US"),
        ("Greater Seattle Area", "US"),
        ("Los Angeles Metropolitan Area", "US"),
        ("Greater Chicago Area", "US"),
        ("Washington DC-Baltimore Area", "US"),
        ("Dallas-Fort Worth Metroplex", "US"),
        ("Greater St. Louis", "US"),
        ("Greater London", "GB"),
        ("Greater Manchester", "GB"),
        ("Greater Paris Metropolitan Region", "FR"),
        ("Greater Toronto Area", "CA"),
        ("Greater Sydney Area", "AU"),
        ("Greater Melbourne Area", "AU"),
        ("Bengaluru", "IN"),
        ("Bengaluru, Karnataka", "IN"),
        ("Greater Madrid Metropolitan Area", "ES"),
        ("München", "DE"),
        ("Tel Aviv Area", "IL"),
        ("Italy Area", "IT"),
    ],
)
def test_region_from_location(text: str, region: str) -> None:
    assert region_from_location(text) == region


@pytest.mark.parametrize(
    "text", [None, "", "   ", ",", "Mars", "Nowhere, Someplace", "N/A", "n/a", "NA", "unknown", "-"]
)
def test_region_from_location_unknown(text: str | None) -> None:
    assert region_from_location(text) is None


def test_country_table_covers_iso_3166() -> None:
    from linkedin_export._regions import _tables

    countries = _tables()[0]
    alpha2 = set(countries.values())
    assert len(alpha2) >= 249
    import phonenumbers

    # Every region phonenumbers has a plan for can be named.
    assert alpha2 >= phonenumbers.SUPPORTED_REGIONS


# --- most_common_region and resolve_region -------------------------------------------------------


def test_most_common_region() -> None:
    numbers = [
        " +44 20 7946 0123",
        "+44 20 7946 0124",
        "+1 212 555 0100",
        "020 7946 0125",  # no country code: does not count
        "",
        "garbage",
        "4.15555E+09",
    ]
    assert most_common_region(numbers) == "GB"
    assert most_common_region(iter(numbers)) == "GB"


def test_most_common_region_details() -> None:
    assert most_common_region([]) is None
    assert most_common_region(["020 7946 0123", "n/a"]) is None
    # +1 counts as US (the main region of the code), even for a Canadian area code.
    assert most_common_region(["+1 416 555 0100", "+1 604 555 0100"]) == "US"
    # Ties: the region seen first.
    assert most_common_region(["+33 1 99 00 12 34", "+44 20 7946 0123"]) == "FR"
    assert most_common_region(["+44 20 7946 0123", "+33 1 99 00 12 34"]) == "GB"
    # Several numbers in a cell each count; 00 is a country code too; +800 has no region.
    assert most_common_region(["+1 212 555 0100 / +33 1 99 00 12 34", "0033 1 99 00 12 35"]) == "FR"
    assert most_common_region(["+800 1234 5678"]) is None
    assert most_common_region(["'+61 491 570 156", "=+44 7700 900123"]) == "AU"


def test_resolve_region_priority() -> None:
    numbers = ["+33 1 99 00 12 34"]
    assert resolve_region(
        explicit="de",
        row_country="Canada",
        owner_location="Lisbon, Portugal",
        export_numbers=numbers,
    ) == ("DE", "explicit")
    assert resolve_region(
        explicit=None,
        row_country="Canada",
        owner_location="Lisbon, Portugal",
        export_numbers=numbers,
    ) == ("CA", "row")
    assert resolve_region(
        explicit=None, row_country=None, owner_location="Lisbon, Portugal", export_numbers=numbers
    ) == ("PT", "profile")
    assert resolve_region(
        explicit=None, row_country=None, owner_location=None, export_numbers=numbers
    ) == ("FR", "export")
    assert resolve_region(
        explicit=None, row_country=None, owner_location=None, export_numbers=[]
    ) == (None, "none")


def test_resolve_region_falls_through_unusable_values() -> None:
    assert resolve_region(
        explicit="",
        row_country="N/A",
        owner_location="Antarctica",  # AQ: no numbering plan in phonenumbers
        export_numbers=["+44 20 7946 0123"],
    ) == ("GB", "export")
    assert resolve_region(
        explicit=None,
        row_country="Nowhere",
        owner_location="San Francisco Bay Area",
        export_numbers=[],
    ) == ("US", "profile")


def test_resolve_region_row_country_forms() -> None:
    def row(value: str) -> tuple[str | None, str]:
        return resolve_region(
            explicit=None, row_country=value, owner_location=None, export_numbers=[]
        )

    assert row("us") == ("US", "row")
    assert row("United Kingdom") == ("GB", "row")
    assert row("44") == ("GB", "row")
    assert row("+49") == ("DE", "row")
    assert row("0") == (None, "none")


class Exploding:
    """An iterable of numbers that must never be read."""

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("export numbers must not be read when a better source exists")


def test_resolve_region_reads_export_numbers_lazily() -> None:
    assert resolve_region(
        explicit=None, row_country="France", owner_location=None, export_numbers=Exploding()
    ) == ("FR", "row")
    assert resolve_region(
        explicit="fr", row_country=None, owner_location=None, export_numbers=Exploding()
    ) == ("FR", "explicit")


def test_resolve_region_invalid_explicit() -> None:
    with pytest.raises(ValueError, match="did you mean 'GB'"):
        resolve_region(explicit="UK", row_country=None, owner_location=None, export_numbers=[])
    with pytest.raises(ValueError, match="did you mean 'DE'"):
        resolve_region(explicit="Germany", row_country=None, owner_location=None, export_numbers=[])
    with pytest.raises(ValueError, match="unknown phone region 'XX'"):
        resolve_region(explicit="XX", row_country=None, owner_location=None, export_numbers=[])
    with pytest.raises(ValueError, match="unknown phone region"):
        resolve_region(explicit="AQ", row_country=None, owner_location=None, export_numbers=[])


def test_validate_region() -> None:
    assert validate_region(None) is None
    assert validate_region("") is None
    assert validate_region(" gb ") == "GB"
    assert validate_region("XK") == "XK"
    assert validate_region("AC") == "AC"
    with pytest.raises(TypeError):
        validate_region(1)  # type: ignore[arg-type]
