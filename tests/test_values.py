"""Unit tests of the value converters in ``linkedin_export._values`` (invented values only)."""

from __future__ import annotations

import datetime as dt

import pytest

from linkedin_export._values import (
    ProfileUrl,
    ValueProblem,
    WithWarning,
    clean_name,
    clean_text,
    linkedin_date,
    profile_url,
    web_url,
)
from linkedin_export.diagnostics import WarningCode

# --- linkedin_date -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # %d %b %Y: Connections 2020 onwards (two-digit day), and tolerated variants.
        ("03 Feb 2020", dt.date(2020, 2, 3)),
        ("14 Mar 2024", dt.date(2024, 3, 14)),
        ("3 Feb 2020", dt.date(2020, 2, 3)),
        ("03 feb 2020", dt.date(2020, 2, 3)),
        ("03 February 2020", dt.date(2020, 2, 3)),
        ("07 Sept 2022", dt.date(2022, 9, 7)),
        ("  03 Feb 2020  ", dt.date(2020, 2, 3)),
        # %m/%d/%y, %I:%M %p: Connections 2018, Invitations; the time is dropped.
        ("7/3/18, 9:41 PM", dt.date(2018, 7, 3)),
        ("11/20/24, 10:03 AM", dt.date(2024, 11, 20)),
        ("1/5/23, 4:12 pm", dt.date(2023, 1, 5)),
        ("12/31/18, 12:05 AM", dt.date(2018, 12, 31)),
        ("7/3/18, 9:41\u202fPM", dt.date(2018, 7, 3)),  # narrow no-break space (newer ICU)
        ("7/3/18 9:41 PM", dt.date(2018, 7, 3)),
        ("7/3/2018, 9:41 PM", dt.date(2018, 7, 3)),
        ("05/14/24 02:31 PM", dt.date(2024, 5, 14)),
        # ISO dates and timestamps: messages, Verifications.
        ("2020-02-03", dt.date(2020, 2, 3)),
        ("2019-11-06T02:08:20", dt.date(2019, 11, 6)),
        ("2023-06-11 15:33:58 UTC", dt.date(2023, 6, 11)),
        ("2024-03-17 18:03:34", dt.date(2024, 3, 17)),
        ("2023-12-29 14:24 UTC", dt.date(2023, 12, 29)),
    ],
)
def test_linkedin_date_formats(text: str, day: dt.date) -> None:
    result = linkedin_date(text)
    assert result == day
    assert type(result) is dt.date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("4-Apr-21", dt.date(2021, 4, 4)),
        ("15-Jan-20", dt.date(2020, 1, 15)),
        ("4-Apr-2021", dt.date(2021, 4, 4)),
        ("4/4/2021", dt.date(2021, 4, 4)),
        ("3/14/2024", dt.date(2024, 3, 14)),
        ("13/4/2021", dt.date(2021, 4, 13)),  # first number over 12: day first
        ("25.12.2021", dt.date(2021, 12, 25)),
    ],
)
def test_linkedin_date_spreadsheet_damage(text: str, day: dt.date) -> None:
    result = linkedin_date(text)
    assert isinstance(result, WithWarning)
    assert result.value == day
    assert result.code is WarningCode.SPREADSHEET_DAMAGE
    assert text in result.message


def test_linkedin_date_ambiguous_spreadsheet_date_is_month_first() -> None:
    result = linkedin_date("4/5/2021")
    assert isinstance(result, WithWarning)
    assert result.value == dt.date(2021, 4, 5)


@pytest.mark.parametrize(
    "text",
    [
        "31 Feb 2020",
        "29 Feb 2021",
        "00 Jan 2020",
        "2/30/18, 9:41 PM",
        "13/13/2021",
        "2021-02-30",
        "03 Foo 2020",
        "garbage",
        "Not Available",
        "2020",
        "03 Feb",
    ],
)
def test_linkedin_date_invalid(text: str) -> None:
    with pytest.raises(ValueProblem) as info:
        linkedin_date(text)
    assert info.value.code is WarningCode.INVALID_DATE
    assert info.value.message
    assert isinstance(info.value, ValueError)


def test_linkedin_date_two_digit_years_pivot() -> None:
    assert linkedin_date("7/3/69, 9:41 PM") == dt.date(2069, 7, 3)
    assert linkedin_date("7/3/70, 9:41 PM") == dt.date(1970, 7, 3)


# --- profile_url -------------------------------------------------------------------------------

CANONICAL = "https://www.linkedin.com/in/mara-quill-4b1a2c"


@pytest.mark.parametrize(
    "text",
    [
        CANONICAL,
        "http://www.linkedin.com/in/mara-quill-4b1a2c",
        "www.linkedin.com/in/mara-quill-4b1a2c",
        "linkedin.com/in/mara-quill-4b1a2c",
        "https://uk.linkedin.com/in/mara-quill-4b1a2c",
        "https://de.linkedin.com/in/mara-quill-4b1a2c/",
        CANONICAL + "/",
        CANONICAL + "?trk=public_profile",
        CANONICAL + "/?originalSubdomain=uk#experience",
        "  " + CANONICAL + "  ",
        "HTTPS://WWW.LINKEDIN.COM/in/mara-quill-4b1a2c",
        "https://www.linkedin.com/IN/mara-quill-4b1a2c",
        CANONICAL + "/details/experience/",
    ],
)
def test_profile_url_normalised(text: str) -> None:
    assert profile_url(text) == ProfileUrl(CANONICAL, "mara-quill-4b1a2c")


def test_profile_url_percent_encoded_utf8_slug_is_decoded() -> None:
    result = profile_url("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-7b")
    assert result == ProfileUrl("https://www.linkedin.com/in/josé-garcía-7b", "josé-garcía-7b")


def test_profile_url_decoded_slug_is_nfc() -> None:
    result = profile_url("https://www.linkedin.com/in/e%CC%81mile-ferrand")
    assert isinstance(result, ProfileUrl)
    assert result.public_id == "\u00e9mile-ferrand"


@pytest.mark.parametrize(
    "slug",
    [
        "mara%2Fquill",  # an encoded slash must not become a path separator
        "mara%3Fquill",  # nor a query
        "mara%20quill",  # nor a space
        "mara%FFquill",  # not UTF-8
    ],
)
def test_profile_url_unsafe_percent_encoding_is_kept(slug: str) -> None:
    result = profile_url(f"https://www.linkedin.com/in/{slug}")
    assert result == ProfileUrl(f"https://www.linkedin.com/in/{slug}", slug)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "https://www.linkedin.com/pub/mara-quill/4b/1a2/c3d",
            "https://www.linkedin.com/pub/mara-quill/4b/1a2/c3d",
        ),
        ("http://uk.linkedin.com/pub/mara-quill/4b/1a2/c3d/", None),
        ("https://www.linkedin.com/profile/view?id=12345", "https://www.linkedin.com/profile/view"),
    ],
)
def test_profile_url_legacy_forms_kept_without_public_id(text: str, url: str | None) -> None:
    result = profile_url(text)
    assert isinstance(result, ProfileUrl)
    assert result.public_id is None
    assert result.url.startswith("https://www.linkedin.com/")
    assert not result.url.endswith("/")
    if url is not None:
        assert result.url == url


@pytest.mark.parametrize(
    "text",
    [
        "https://www.linkedin.com/company/fernwood-labs",
        "https://www.linkedin.com/school/northfield-university/",
        "https://www.linkedin.com/in/",
        "https://www.linkedin.com/feed/",
    ],
)
def test_profile_url_linkedin_non_profile_kept_with_warning(text: str) -> None:
    result = profile_url(text)
    assert isinstance(result, WithWarning)
    assert result.code is WarningCode.INVALID_URL
    assert result.value.public_id is None
    assert result.value.url.startswith("https://www.linkedin.com/")


def test_profile_url_company_url_is_kept() -> None:
    result = profile_url("https://www.linkedin.com/company/fernwood-labs")
    assert isinstance(result, WithWarning)
    assert result.value.url == "https://www.linkedin.com/company/fernwood-labs"


@pytest.mark.parametrize(
    "text",
    [
        "https://fernwood-labs.io/in/mara-quill",
        "https://evil-linkedin.com/in/mara-quill",
        "https://linkedin.com.fernwood-labs.io/in/mara-quill",
        "https://www.linkedin.co/in/mara-quill",
    ],
)
def test_profile_url_other_host_is_a_problem(text: str) -> None:
    with pytest.raises(ValueProblem) as info:
        profile_url(text)
    assert info.value.code is WarningCode.INVALID_URL


@pytest.mark.parametrize(
    "text",
    [
        "garbage",
        "not a url",
        "ftp://www.linkedin.com/in/mara",
        "mailto:mara@fernwood-labs.io",
        "::",
    ],
)
def test_profile_url_garbage_is_a_problem(text: str) -> None:
    with pytest.raises(ValueProblem) as info:
        profile_url(text)
    assert info.value.code is WarningCode.INVALID_URL


# --- web_url -----------------------------------------------------------------------------------


def test_web_url_linkedin_profile_becomes_profile_url() -> None:
    assert web_url("www.linkedin.com/in/mara-quill-4b1a2c/") == ProfileUrl(
        CANONICAL, "mara-quill-4b1a2c"
    )


def test_web_url_linkedin_non_profile_is_kept_without_warning() -> None:
    result = web_url("https://www.linkedin.com/company/fernwood-labs")
    assert result == ProfileUrl("https://www.linkedin.com/company/fernwood-labs", None)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("https://fernwood-labs.io/about", "https://fernwood-labs.io/about"),
        ("  http://bramblewick.co.uk  ", "http://bramblewick.co.uk"),
        ("fernwood-labs.io", "fernwood-labs.io"),
        ("not a url", "not a url"),
        ("PORTFOLIO:https://fernwood-labs.io", "PORTFOLIO:https://fernwood-labs.io"),
    ],
)
def test_web_url_other_values_stay_as_written(text: str, kept: str) -> None:
    assert web_url(text) == kept


# --- clean_text ---------------------------------------------------------------------------------


def test_clean_text() -> None:
    assert clean_text("  Fernwood Labs, Inc.  ") == "Fernwood Labs, Inc."
    assert clean_text(" \t\n ") is None
    assert clean_text("a  b") == "a  b"


# --- clean_name ---------------------------------------------------------------------------------


def test_clean_name_plain() -> None:
    name = clean_name("Mara", "Quill")
    assert (name.first, name.last, name.full, name.plain) == (
        "Mara",
        "Quill",
        "Mara Quill",
        "Mara Quill",
    )
    assert name.flags == frozenset()


def test_clean_name_nfc() -> None:
    name = clean_name("Ame\u0301lie", "Marche\u0301")
    assert name.first == "Am\u00e9lie"
    assert name.last == "March\u00e9"
    assert name.full == "Am\u00e9lie March\u00e9"
    assert name.flags == frozenset()


@pytest.mark.parametrize(
    ("first", "last", "full"),
    [
        ("  Mara  ", " Quill ", "Mara Quill"),
        ("Mara\u00a0Elise", "Quill", "Mara Elise Quill"),
        ("Mara", "Quill\u200b", "Mara Quill"),
        ("Mara\u200b \u00a0Elise", "van\u2060 der Quill", "Mara Elise van der Quill"),
        ("Mara\tElise\n", "Quill", "Mara Elise Quill"),
        ("\ufeffMara", "Quill", "Mara Quill"),
    ],
)
def test_clean_name_whitespace(first: str, last: str, full: str) -> None:
    name = clean_name(first, last)
    assert name.full == full
    assert name.plain == full
    assert name.flags == frozenset()
    assert "  " not in (name.first or "") + (name.last or "")


@pytest.mark.parametrize(
    ("first", "last", "plain"),
    [
        ("Mara", "Quill \U0001f680", "Mara Quill"),
        ("\U0001f1eb\U0001f1f7 Mara", "Quill", "Mara Quill"),
        ("Mara \u2728", "Quill \u2600\ufe0f", "Mara Quill"),
        ("Mara", "Quill \U0001f469\u200d\U0001f4bb", "Mara Quill"),
    ],
)
def test_clean_name_emoji(first: str, last: str, plain: str) -> None:
    name = clean_name(first, last)
    assert name.flags == {"emoji"}
    assert name.plain == plain
    assert name.full is not None
    assert name.full != plain  # the name itself keeps the emoji


@pytest.mark.parametrize(
    ("first", "last", "plain"),
    [
        ("Jane", "Doe, PhD", "Jane Doe"),
        ("Sam", "Lee, MBA, CPA", "Sam Lee"),
        ("Lou", "Marché MSc", "Lou Marché"),
        ("Jane", "Doe, MD", "Jane Doe"),
        ("Jane", "Doe (PhD)", "Jane Doe"),
        ("Priya", "Raman, SHRM-CP", "Priya Raman"),
    ],
)
def test_clean_name_credentials(first: str, last: str, plain: str) -> None:
    name = clean_name(first, last)
    assert name.flags == {"credentials"}
    assert name.plain == plain
    assert name.last == last  # the name itself is kept as exported


@pytest.mark.parametrize(
    ("first", "last", "plain"),
    [
        ("Sam", "Lee MBA", "Sam Lee"),
        ("Jane", "Doe PhD", "Jane Doe"),
        ("Lou", "Marche MSc", "Lou Marche"),
    ],
)
def test_clean_name_credentials_without_comma_in_ascii_names(
    first: str, last: str, plain: str
) -> None:
    name = clean_name(first, last)
    assert name.flags == {"credentials"}
    assert name.plain == plain


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Ana", "García, Ana"),
        ("Li", "Ma"),
        ("Md", "Rahman"),
        ("Ma", "Li"),
        ("Ed", "Ba"),
        ("Ana", "García"),
        ("Cpa", "Lee"),
    ],
)
def test_clean_name_not_credentials(first: str, last: str) -> None:
    name = clean_name(first, last)
    assert name.flags == frozenset()
    assert name.plain == name.full == f"{first} {last}"


@pytest.mark.parametrize(
    ("first", "last", "plain"),
    [
        ("Mara", "Quill mara.quill@fernwood-labs.io", "Mara Quill"),
        ("Mara", "Quill +44 7700 900123", "Mara Quill"),
        ("Mara", "Quill (415) 555-0100", "Mara Quill"),
        ("Mara", "Quill https://fernwood-labs.io/team", "Mara Quill"),
        ("Mara", "Quill, www.fernwood-labs.io", "Mara Quill"),
        ("Mara mara@gmail.com", "Quill", "Mara Quill"),
    ],
)
def test_clean_name_contact_info(first: str, last: str, plain: str) -> None:
    name = clean_name(first, last)
    assert "contact_info" in name.flags
    assert name.plain == plain
    assert name.full == f"{first} {last}"  # kept as exported


@pytest.mark.parametrize("last", ["Quill fernwood-labs.io", "Quill www.fernwood-labs.io"])
def test_clean_name_bare_domain_in_ascii_name_is_contact_info(last: str) -> None:
    name = clean_name("Mara", last)
    assert "contact_info" in name.flags
    assert name.plain == "Mara Quill"


@pytest.mark.parametrize(
    ("first", "last"),
    [("Mara", "Quill 12345"), ("Louis", "XIV"), ("Mara", "Quill-Reyne"), ("Mara", "O'Quill")],
)
def test_clean_name_short_numbers_and_punctuation_are_not_contact_info(
    first: str, last: str
) -> None:
    assert "contact_info" not in clean_name(first, last).flags


@pytest.mark.parametrize(
    ("first", "last"), [(None, None), ("", ""), ("  ", None), (None, "\u00a0\u200b")]
)
def test_clean_name_empty(first: str | None, last: str | None) -> None:
    name = clean_name(first, last)
    assert (name.first, name.last, name.full, name.plain) == (None, None, None, None)
    assert name.flags == frozenset()


def test_clean_name_one_part() -> None:
    first_only = clean_name("Mara", None)
    assert (first_only.first, first_only.last, first_only.full) == ("Mara", None, "Mara")
    last_only = clean_name(None, " Quill ")
    assert (last_only.first, last_only.last, last_only.full) == (None, "Quill", "Quill")


def test_clean_name_only_emoji_has_no_plain_name() -> None:
    name = clean_name("\U0001f680", None)
    assert name.full == "\U0001f680"
    assert name.plain is None
    assert name.flags == {"emoji"}
