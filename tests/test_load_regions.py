"""How ``lx.load`` chooses the region of national phone numbers (EMAIL_PHONE.md §4)."""

from __future__ import annotations

import io
import zipfile

import pytest

import linkedin_export as lx

OUTLOOK_HEADER = (
    '"First Name","Last Name","E-mail Address","Company","Job Title","Business Phone",'
    '"Mobile Phone","Business Country"'
)


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _outlook(*rows: str) -> str:
    return "\n".join((OUTLOOK_HEADER, *rows)) + "\n"


PROFILE_IN_LISBON = (
    'First Name,Last Name,Headline,Geo Location\nSam,Ekdahl,Cartographer,"Lisbon, Portugal"\n'
)


def _phones(export: lx.Export) -> list[str | None]:
    return [phone.e164 for c in export.connections for phone in c.phones]


def _region_notes(export: lx.Export) -> list[lx.DataWarning]:
    return [w for w in export.warnings if w.code is lx.WarningCode.REGION_ASSUMED and not w.file]


def test_without_any_hint_national_numbers_are_reported_not_guessed() -> None:
    export = lx.load(
        _zip({"contacts_outlook.csv": _outlook('"Ines","Okafor","","","","020 7946 0123","",""')})
    )
    assert _phones(export) == [None]
    assert any(w.code is lx.WarningCode.INVALID_PHONE for w in export.warnings)
    assert _region_notes(export) == []


def test_the_owner_profile_location_gives_the_region() -> None:
    data = _zip(
        {
            "Profile.csv": PROFILE_IN_LISBON,
            "contacts_outlook.csv": _outlook('"Ines","Okafor","","","","213 456 789","",""'),
        }
    )
    export = lx.load(data)
    assert _phones(export) == ["+351213456789"]
    (note,) = _region_notes(export)
    assert note.value == "PT"
    assert "Lisbon, Portugal" in note.message


def test_the_row_country_beats_the_profile() -> None:
    data = _zip(
        {
            "Profile.csv": PROFILE_IN_LISBON,
            "contacts_outlook.csv": _outlook(
                '"Ines","Okafor","","","","020 7946 0123","","United Kingdom"'
            ),
        }
    )
    assert _phones(lx.load(data)) == ["+442079460123"]


def test_an_explicit_region_beats_the_row_country() -> None:
    data = _zip(
        {"contacts_outlook.csv": _outlook('"Ines","Okafor","","","","01 99 00 12 34","","Germany"')}
    )
    export = lx.load(data, default_region="FR")
    assert _phones(export) == ["+33199001234"]
    assert _region_notes(export) == []  # the caller chose it: nothing to report


def test_the_most_common_country_code_of_the_export() -> None:
    rows = [
        '"Ines","Okafor","","","","+44 20 7946 0111","",""',
        '"Tomas","Reyne","","","","+44 20 7946 0112","",""',
        '"Mara","Quill","","","","+1 212 555 0100","",""',
        '"Kenji","Lund","","","","020 7946 0113","",""',
    ]
    export = lx.load(_zip({"contacts_outlook.csv": _outlook(*rows)}))
    assert _phones(export)[-1] == "+442079460113"
    (note,) = _region_notes(export)
    assert note.value == "GB"
    assert "most common country code" in note.message


def test_a_bad_region_fails_before_reading() -> None:
    with pytest.raises(ValueError, match="GB"):
        lx.load(_zip({"contacts_outlook.csv": _outlook()}), default_region="UK")


def test_several_numbers_in_one_cell_are_all_kept() -> None:
    data = _zip(
        {
            "contacts_outlook.csv": _outlook(
                '"Ines","Okafor","","","","+1 212 555 0100 / +44 20 7946 0123","",""'
            )
        }
    )
    export = lx.load(data)
    assert _phones(export) == ["+12125550100", "+442079460123"]
    assert [
        w.column for w in export.warnings if w.code is lx.WarningCode.MULTIPLE_PHONE_NUMBERS
    ] == ["Business Phone"]
