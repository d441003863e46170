"""``lx.redact``: no original value survives, the copy reads like the original, fakes are
deterministic and keep email kinds and phone regions.

Checked on the bundled sample and on every era archive of ``test_era_archives`` (one synthetic
full archive per era, 2015 to 2026).
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import enum
import io
import re
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import linkedin_export as lx
from linkedin_export._formats.network import NOTES_PREAMBLE
from linkedin_export._reading.decode import decode
from linkedin_export._redact import rawcsv
from linkedin_export._regions import region_from_location
from linkedin_export.models.dates import PartialDate
from test_era_archives import ERAS, _zip

# --- what counts as an original token -------------------------------------------------------------

#: Record fields that hold no personal value: LinkedIn's fixed values, and what the library adds.
ENUM_FIELDS = frozenset(
    """folder direction status phone_type share_type reaction type proficiency visibility
    login_type challenge_type content_type action inference_type marketplace_type
    subscription_types seniority_level seniorities payment_method currency employment_status
    job_state verification_type document_type transportation_mode activity_level
    job_seeking_urgency open_candidate_visibility onsite_apply partner_advertising_opt_out
    interface_locale_codes interface_locales member_ages genders degree_classes
    years_of_experience company_sizes preferred_job_types education_levels source category
    format_id kind reasons flags name_flags confidence number_type region label service
    endorsement_status activity media_kind preferred_start_time_range recent_device_os
    name_prefix name_suffix""".split()
)
#: Fields whose parts may name a country, state or large city (kept: they are no one's).
LOCATION_FIELDS = frozenset(
    """geo_location location city state country countries states locations billing_country
    region_code country_code""".split()
)
#: Words of values that are not personal: LinkedIn URL paths, legal forms and institution words
#: of organisation names, credentials.
NOT_PERSONAL_WORDS = frozenset(
    """https http www linkedin com pulse feed update jobs view urn activity comment ugcpost share
    media licdn image profile displayphoto company logo embed dms member fsd organization
    school posts events learning help answer psettings privacy email
    inc incorporated corp corporation company llc ltd limited gmbh group holding holdings
    international university college school institute academy phd feedshare shrink keywords
    messaging thread location""".split()
)
_WORDS = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^<>]*>|&[A-Za-z#0-9]+;")
_DATE = re.compile(
    r"[\d\s/:.,+\-TZ]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri"
    r"|sat|sun)[a-z]*\.?|am|pm|utc|gmt|at|on|present|[\d\s/:.,+\-TZ()])*",
    re.IGNORECASE,
)
_PLACEHOLDERS = frozenset({"yes", "no", "true", "false", "n/a", "na", "none", "not available", "-"})


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORDS.findall(_TAG.sub(" ", unquote(text)))}


@attrs.define
class Originals:
    """Every original token of an export, and the words of values that are not personal."""

    cells: set[str] = attrs.Factory(set)
    words: set[str] = attrs.Factory(set)
    digits: set[str] = attrs.Factory(set)
    allowed: set[str] = attrs.Factory(set)

    def text(self, field: str, value: str) -> None:
        text = value.strip()
        key = field.lower().replace(" ", "_")
        if not text or key in ENUM_FIELDS or text.lower() in _PLACEHOLDERS:
            self.allowed.update(_words(text))
            return
        if _DATE.fullmatch(text) and not re.search(r"\d{6}", text.replace(" ", "")):
            self.allowed.update(_words(text))
            return
        if key in LOCATION_FIELDS or re.search(r"city|country|state|location", key):
            personal = [part for part in text.split(",") if not region_from_location(part)]
            self.allowed.update(_words(text) - _words(" ".join(personal)))
            text = ",".join(personal).strip(" ,")
            if not text:
                return
        if text == "LinkedIn Member":
            return
        if re.fullmatch(r"\+?[\d\s().-]{6,}", text):
            self.digits.add(re.sub(r"\D", "", text))
            return
        if len(text) >= 3:
            self.cells.add(text)
        # Numbers of up to four digits (years, counts) are not identifying.
        self.words.update(w for w in _words(text) if len(w) >= 4 and not re.fullmatch(r"\d{4}", w))
        for number in re.findall(r"\+?\d[\d\s().-]{5,}\d", text):
            self.digits.add(re.sub(r"\D", "", number))
        for address in re.findall(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text):
            self.email(lx.classify_email(address))

    def email(self, info: lx.EmailInfo) -> None:
        local, _, domain = info.address.rpartition("@")
        if info.kind is not lx.EmailKind.ROLE and len(local) >= 3:
            self.cells.add(local)
        public = info.flags & {"freemail", "isp", "relay"} or domain.lower().endswith(
            ("example.com", "example.org", "example.net", ".example", ".test")
        )
        if public or info.kind is lx.EmailKind.DISPOSABLE:
            self.allowed.update(_words(domain))
        else:
            self.cells.add(domain)
            labels = domain.split(".")[:-1]
            self.words.update(w for w in _words(" ".join(labels)) if len(w) >= 4)

    def phone(self, info: lx.PhoneInfo) -> None:
        digits = re.sub(r"\D", "", info.raw)
        if len(digits) >= 6:
            self.digits.add(digits)


_SKIPPED = frozenset({"provenance", "format_id", "source", "is_hidden"})


def _walk(value: Any, field: str, found: Originals) -> None:
    if value is None or isinstance(
        value, bool | int | float | enum.Enum | dt.date | dt.datetime | PartialDate
    ):
        return
    if isinstance(value, lx.EmailInfo):
        found.email(value)
    elif isinstance(value, lx.PhoneInfo):
        found.phone(value)
    elif isinstance(value, str):
        found.text(field, value)
    elif isinstance(value, tuple | list | frozenset):
        for item in value:
            _walk(item, field, found)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _walk(item, str(key), found)
    elif attrs.has(type(value)):
        for attribute in attrs.fields(type(value)):
            if attribute.name not in _SKIPPED:
                _walk(getattr(value, attribute.name), attribute.name, found)


def originals(export: lx.Export) -> Originals:
    found = Originals()
    for report in export.files:
        found.allowed.update(_words(" ".join(report.header)))
        if report.records:
            for record in export.records(report.path):
                _walk(record, "", found)
    found.allowed.update(_words(NOTES_PREAMBLE) | NOT_PERSONAL_WORDS)
    found.words -= found.allowed
    found.cells = {cell for cell in found.cells if not _words(cell) <= found.allowed}
    return found


# --- reading a copy ------------------------------------------------------------------------------


def member_texts(path: Path) -> dict[str, str]:
    """Every member's decoded text (a zip's members, or the one file)."""
    data = path.read_bytes()
    if not zipfile.is_zipfile(path):
        return {path.name: decode(data).text}
    with zipfile.ZipFile(path) as archive:
        return {
            info.filename: decode(archive.read(info)).text
            for info in archive.infolist()
            if not info.is_dir()
        }


def leaks(found: Originals, copy: Path) -> list[str]:
    """The original tokens found in the copy."""
    haystack = "\n".join(member_texts(copy).values())
    lowered = haystack.lower()
    words = _words(haystack)
    digit_runs = {re.sub(r"\D", "", run) for run in re.findall(r"\+?\d[\d\s().-]*\d", haystack)}
    out = [f"word {word!r}" for word in sorted(found.words & words)]
    out += [f"phone {digits!r}" for digits in sorted(found.digits & digit_runs)]
    for cell in sorted(found.cells):
        pattern = r"(?<![^\W_])" + re.escape(cell.lower()) + r"(?![^\W_])"
        if re.search(pattern, lowered):
            out.append(f"value {cell!r}")
    return out


def reading(export: lx.Export) -> tuple[dict[str, tuple[Any, ...]], collections.Counter[Any]]:
    """What must be the same in a copy: per file, its counts, version and encoding; the warning
    codes per file, line and column."""
    files = {
        f.path: (f.kind, f.format_id, f.encoding, f.header, f.header_line, f.rows, f.records)
        for f in export.files
    }
    codes = collections.Counter((w.file, w.line, w.column, str(w.code)) for w in export.warnings)
    return files, codes


def sources(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    yield "sample", lx.sample_export_path()
    for year, era in sorted(ERAS.items()):
        path = tmp_path / str(year) / era.zip_name
        path.parent.mkdir()
        path.write_bytes(_zip(era))
        yield str(year), path


SOURCES = ["sample", *map(str, sorted(ERAS))]


def _source(tmp_path: Path, name: str) -> Path:
    return dict(sources(tmp_path))[name]


# --- the three promises, on the sample and every era ----------------------------------------------


@pytest.mark.parametrize("name", SOURCES)
def test_no_original_value_survives(tmp_path: Path, name: str) -> None:
    source = _source(tmp_path, name)
    copy = tmp_path / "copy" / source.name
    lx.redact(source, copy, salt="bug-report")
    found = originals(lx.load(source))
    assert found.cells, "the test must look for something"
    assert found.words
    assert leaks(found, copy) == []


@pytest.mark.parametrize("name", SOURCES)
def test_the_copy_reads_like_the_original(tmp_path: Path, name: str) -> None:
    source = _source(tmp_path, name)
    copy = tmp_path / "copy" / source.name
    report = lx.redact(source, copy, salt="bug-report")
    original, redacted = lx.load(source), lx.load(copy)
    assert reading(redacted) == reading(original)
    assert len(redacted.connections) == len(original.connections)
    assert len(redacted.messages) == len(original.messages)
    assert len(redacted.conversations) == len(original.conversations)
    assert sorted(f.path for f in report.files) == sorted(f.path for f in original.files)
    assert report.values > 0
    with zipfile.ZipFile(source) as a, zipfile.ZipFile(copy) as b:
        assert [i.filename for i in a.infolist()] == [i.filename for i in b.infolist()]


@pytest.mark.parametrize("name", SOURCES)
def test_fakes_are_deterministic_and_keep_kinds(tmp_path: Path, name: str) -> None:
    source = _source(tmp_path, name)
    first, second, other = (tmp_path / n / source.name for n in ("a", "b", "c"))
    lx.redact(source, first, salt="salt one")
    lx.redact(source, second, salt="salt one")
    lx.redact(source, other, salt=b"salt two")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != other.read_bytes()
    original, redacted = lx.load(source), lx.load(first)
    assert _emails(redacted) == _emails(original)
    assert _phones(redacted) == _phones(original)
    # The same person keeps one fake everywhere: conversations stay conversations.
    assert [c.message_count for c in redacted.conversations] == [
        c.message_count for c in original.conversations
    ]
    assert (redacted.owner is None) == (original.owner is None)


def _emails(export: lx.Export) -> list[tuple[str, int, lx.EmailKind, bool]]:
    """Every email address: file, line, kind, and whether it is at a public provider (kept)."""
    out = []
    for report in export.files:
        for record in export.records(report.path) if report.records else ():
            for info in _typed(record, lx.EmailInfo):
                assert record.provenance is not None
                freemail = bool(info.flags & {"freemail", "isp"})
                out.append((report.path, record.provenance.line, info.kind, freemail))
    return out


def _phones(export: lx.Export) -> list[tuple[str, int, str | None, bool, int]]:
    out = []
    for report in export.files:
        for record in export.records(report.path) if report.records else ():
            for info in _typed(record, lx.PhoneInfo):
                assert record.provenance is not None
                digits = len(re.sub(r"\D", "", info.raw))
                out.append(
                    (report.path, record.provenance.line, info.region, info.is_valid, digits)
                )
    return out


def _typed(value: Any, model: type[Any]) -> Iterator[Any]:
    if isinstance(value, model):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _typed(item, model)
    elif attrs.has(type(value)) and not isinstance(value, lx.Provenance):
        for attribute in attrs.fields(type(value)):
            yield from _typed(getattr(value, attribute.name), model)


# --- every fixture on its own (each file version, encoding and quirk) -----------------------------

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*/*/input.*"))


@pytest.mark.parametrize(
    "path", FIXTURES, ids=[f"{p.parent.parent.name}/{p.parent.name}" for p in FIXTURES]
)
def test_every_fixture_alone(tmp_path: Path, path: Path) -> None:
    copy = tmp_path / path.name  # the same name: it is a hint of the file's kind
    lx.redact(path, copy, salt="fixture")
    original, redacted = lx.load(path), lx.load(copy)
    assert reading(redacted) == reading(original)
    assert leaks(originals(original), copy) == []


# --- shapes --------------------------------------------------------------------------------------


def _redact_text(tmp_path: Path, name: str, text: str, *, salt: str = "s") -> str:
    source = tmp_path / "in" / name
    source.parent.mkdir(exist_ok=True)
    source.write_text(text, encoding="utf-8", newline="")
    copy = tmp_path / "out" / name
    lx.redact(source, copy, salt=salt, overwrite=True)
    return copy.read_bytes().decode("utf-8")


def test_email_kinds_phone_regions_and_dates(tmp_path: Path) -> None:
    text = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        "Mara,Quill,https://www.linkedin.com/in/mara-quill,mara.quill@gmail.com,"
        "Fernwood Labs,Engineer,14 Mar 2024\r\n"
        "Tomas,Reyne,https://www.linkedin.com/in/tomas-reyne,info@fernwoodlabs.com,"
        "Fernwood Labs,Head of Sales,02 Jan 2023\r\n"
        "Ines,Okafor,,i.okafor@northfield.edu,University of Northfield,Lecturer,01 Feb 2022\r\n"
    )
    out = _redact_text(tmp_path, "Connections.csv", text)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == next(csv.reader([text.splitlines()[0]]))
    assert out.count("\r\n") == text.count("\r\n")
    mara, tomas, ines = rows[1:]
    assert mara[3].endswith("@gmail.com")
    assert not mara[3].startswith("mara")
    assert tomas[3].startswith("info@")
    assert tomas[3] != "info@fernwoodlabs.com"
    assert ines[3].endswith(".edu")
    assert "northfield" not in ines[3]
    assert [row[6] for row in rows[1:]] == ["14 Mar 2024", "02 Jan 2023", "01 Feb 2022"]
    assert ines[4].startswith("University of ")
    assert ines[4] != "University of Northfield"
    # Same value, same fake: Fernwood Labs twice, and the name in the profile slug.
    assert mara[4] == tomas[4]
    assert [len(w) for w in mara[4].split()] == [8, 4]
    assert mara[2] == f"https://www.linkedin.com/in/{mara[0].lower()}-{mara[1].lower()}"
    kinds = [c.email.kind if c.email else None for c in lx.load(tmp_path / "out").connections]
    assert kinds == [lx.EmailKind.PERSONAL, lx.EmailKind.ROLE, lx.EmailKind.EDUCATION]


def test_phone_numbers_stay_in_their_country(tmp_path: Path) -> None:
    text = (
        "Extension,Number,Type\n"
        ", +44 20 7946 0958,Mobile\n"
        ",+1 202-555-0143,Work\n"
        ",+61 491 570 156,Mobile\n"
        ",+49 30 901820,Work\n"
    )
    out = _redact_text(tmp_path, "PhoneNumbers.csv", text)
    numbers = [row[1] for row in csv.reader(io.StringIO(out))][1:]
    assert numbers[0].startswith(" +44 20 7946 0")
    assert numbers[0] != " +44 20 7946 0958"
    assert re.fullmatch(r"\+1 202-555-01\d\d", numbers[1])
    assert numbers[1] != "+1 202-555-0143"
    assert numbers[2].startswith("+61 491 570 ")
    assert numbers[2] != "+61 491 570 156"
    before = [lx.normalize_phone(n) for n in [row[1] for row in csv.reader(io.StringIO(text))][1:]]
    after = [lx.normalize_phone(n) for n in numbers]
    assert [(p.region, p.number_type, p.is_valid) for p in after] == [
        (p.region, p.number_type, p.is_valid) for p in before
    ]
    assert [len(re.sub(r"\D", "", n)) for n in numbers] == [12, 11, 11, 10]


def test_quoting_bom_and_quirks_are_kept(tmp_path: Path) -> None:
    text = (
        '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",'
        '"RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS",'
        '"IS MESSAGE DRAFT","IS CONVERSATION DRAFT"\n'
        '"2-abc","Reading group","Mara Quill","https://www.linkedin.com/in/mara-quill",'
        '"LinkedIn Member","","2026-04-02 08:15:00 UTC","","Hi Ines,\r\nthe ""drift"" chapter '
        'is next.","INBOX","","No","No"\n\n'
    )
    source = tmp_path / "messages.csv"
    source.write_bytes(b"\xef\xbb\xbf" + text.encode())
    copy = tmp_path / "copy.csv"
    lx.redact(source, copy, salt="s")
    data = copy.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    out = data[3:].decode()
    assert out.splitlines()[0] == text.splitlines()[0]
    assert out.endswith('","INBOX","","No","No"\n\n')
    assert out.count('"') == text.count('"')
    assert out.count("\r\n") == 1
    assert '"LinkedIn Member"' in out
    assert '"2026-04-02 08:15:00 UTC"' in out
    assert "Mara" not in out
    assert "drift" not in out
    assert "Ines" not in out
    assert re.search(r'"2-[a-z]{3}"', out)
    assert '"2-abc"' not in out


def test_utf16_tsv_and_cp1252_are_written_back_in_their_encoding(tmp_path: Path) -> None:
    utf16 = "Date\tShareLink\tShareCommentary\r\n2018-03-01 10:00:00\t\tMaps of Lisbon\r\n"
    (tmp_path / "Shares.csv").write_bytes(b"\xff\xfe" + utf16.encode("utf-16-le"))
    cp1252 = "First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
    cp1252 += "Renée,Müller,,Café Ltd,Barista,4-Apr-21\r\n"
    (tmp_path / "Connections.csv").write_bytes(cp1252.encode("cp1252"))
    copy = tmp_path.with_name(tmp_path.name + "-copy")
    report = lx.redact(tmp_path, copy, salt="s")
    assert {f.path for f in report.files} == {"Shares.csv", "Connections.csv"}
    shares = (copy / "Shares.csv").read_bytes()
    assert shares.startswith(b"\xff\xfe")
    assert "Lisbon" not in shares[2:].decode("utf-16-le")
    assert shares[2:].decode("utf-16-le").count("\t") == utf16.count("\t")
    people = (copy / "Connections.csv").read_bytes().decode("cp1252")
    assert "Renée" not in people
    assert "é" in people
    assert "ü" in people
    assert "4-Apr-21" in people
    assert reading(lx.load(copy))[1] == reading(lx.load(tmp_path))[1]


def test_html_articles_keep_their_tags(tmp_path: Path) -> None:
    page = (
        '<html><head><title>Maps that lie</title><meta charset="UTF-8"></head><body><h1>'
        '<a href="https://www.linkedin.com/pulse/maps-lie-sam-ekdahl">Maps that lie</a></h1>'
        "<p>Written by Sam &amp; friends.</p></body></html>"
    )
    out = _redact_text(tmp_path, "maps.html", page)
    assert re.sub(r">[^<]*<", "><", out) == re.sub(r">[^<]*<", "><", page).replace(
        "maps-lie-sam-ekdahl",
        re.search(r"pulse/([^\"]+)", out)[1],  # type: ignore[index]
    )
    assert "&amp;" in out
    assert "Maps" not in out
    assert "Sam" not in out
    assert "ekdahl" not in out
    assert 'href="https://www.linkedin.com/pulse/' in out


def test_vcard_quoted_printable_and_folding(tmp_path: Path) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ferr=\r\neira;Zo=C3=AB;;;\r\n"
        "EMAIL;INTERNET:zoe.ferreira@brightmoor-analytics.de\r\n"
        "TEL;CELL:+44 7700 900123\r\n"
        "NOTE:Met at the Lisbon meetup\r\n  about maps\r\n"
        "BDAY:1990-04-01\r\nEND:VCARD\r\n"
    )
    source = tmp_path / "contacts.vcf"
    source.write_text(card, encoding="utf-8", newline="")
    copy = tmp_path / "copy.vcf"
    lx.redact(source, copy, salt="s")
    out = copy.read_bytes().decode("utf-8")
    assert out.count("\r\n") == card.count("\r\n")
    for gone in ("Ferr", "eira", "zoe", "brightmoor", "900123", "Lisbon", "maps"):
        assert not re.search(rf"\b{gone}\b", out, re.IGNORECASE)
    assert "=C3=AB" in out
    assert "BDAY:1990-04-01" in out
    assert "+44 7700 900" in out
    (before,), (after,) = lx.load(source).connections, lx.load(copy).connections
    assert after.email is not None
    assert before.email is not None
    assert after.email.kind is before.email.kind is lx.EmailKind.WORK
    assert after.last_name is not None
    assert len(after.last_name) == len("Ferreira")
    assert after.first_name is not None
    assert after.first_name.endswith("ë")


def test_unknown_columns_keep_only_dates_numbers_and_constants(tmp_path: Path) -> None:
    text = "When,Count,Kind,Who,Phone\n2024-01-02,12,SOME_VALUE,Mara Quill,+44 20 7946 0958\n"
    out = _redact_text(tmp_path, "Unknown Things.csv", text)
    row = next(csv.reader(io.StringIO(out.splitlines()[1])))
    assert row[:3] == ["2024-01-02", "12", "SOME_VALUE"]
    assert row[3] != "Mara Quill"
    assert len(row[3]) == len("Mara Quill")
    assert row[4] != "+44 20 7946 0958"
    assert row[4].startswith("+44")


def test_destination_and_salt_are_checked(tmp_path: Path) -> None:
    copy = tmp_path / "copy.zip"
    copy.write_bytes(b"")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        lx.redact(lx.sample_export_path(), copy, salt="s")
    lx.redact(lx.sample_export_path(), copy, salt="s", overwrite=True)
    assert zipfile.is_zipfile(copy)
    with pytest.raises(ValueError, match="salt"):
        lx.redact(lx.sample_export_path(), tmp_path / "x.zip", salt="")
    with pytest.raises(TypeError, match="salt"):
        lx.redact(lx.sample_export_path(), tmp_path / "x.zip", salt=1)  # type: ignore[arg-type]
    with pytest.raises(lx.LinkedInExportError):
        lx.redact(tmp_path / "missing.zip", tmp_path / "y.zip", salt="s")


def test_bytes_and_file_objects(tmp_path: Path) -> None:
    data = lx.sample_export_path().read_bytes()
    lx.redact(data, tmp_path / "a.zip", salt="s")
    with lx.sample_export_path().open("rb") as handle:
        lx.redact(handle, tmp_path / "b.zip", salt="s")
    lx.redact(lx.sample_export_path(), tmp_path / "c.zip", salt="s")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "c.zip").read_bytes()
    assert (tmp_path / "b.zip").read_bytes() == (tmp_path / "c.zip").read_bytes()


def test_report_lists_every_file(tmp_path: Path) -> None:
    report = lx.redact(lx.sample_export_path(), tmp_path / "copy.zip", salt="s")
    text = str(report)
    assert text.startswith("Redacted copy of Complete_LinkedInDataExport_11-20-2026.zip (zip)")
    for file in lx.load(lx.sample_export_path()).files:
        assert file.path in text
    connections = next(f for f in report.files if f.path == "Connections.csv")
    assert connections.format_id == "connections/2023"
    assert connections.values > 50


# --- the raw CSV reader agrees with the csv module -----------------------------------------------

_CELL = st.text(alphabet=st.sampled_from('ab ,;"\r\n\t'), max_size=6)


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.lists(_CELL, min_size=1, max_size=4), max_size=5), quote_all=st.booleans())
def test_raw_fields_are_the_csv_modules(rows: list[list[str]], quote_all: bool) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    text = buffer.getvalue()
    assert _raw_rows(text) == list(csv.reader(io.StringIO(text, newline=""), strict=False))
    for record in rawcsv.records(text, 0, ","):
        for field in record.fields:
            raw = text[field.start : field.end]
            written = rawcsv.quote(field.value) if field.quoted else field.value
            assert raw == written


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from('ab,"\r\n'), max_size=30))
def test_raw_fields_of_any_text(text: str) -> None:
    assert _raw_rows(text) == list(csv.reader(io.StringIO(text, newline=""), strict=False))


def _raw_rows(text: str) -> list[list[str]]:
    """The rows of :func:`rawcsv.records` as the csv module gives them (``[]`` for a blank
    line)."""
    rows = []
    for record in rawcsv.records(text, 0, ","):
        fields = record.fields
        blank = len(fields) == 1 and not fields[0].quoted and not fields[0].value
        rows.append([] if blank else [field.value for field in fields])
    return rows


def test_an_unknown_files_first_line_is_faked_unless_it_looks_like_a_header(
    tmp_path: Path,
) -> None:
    text = "mara.quill@fernwood.example,https://www.linkedin.com/in/mara-quill,Topic\nx,y,z\n"
    out = _redact_text(tmp_path, "Something Else.csv", text)
    first = out.splitlines()[0].split(",")
    assert first[2] == "Topic"
    assert first[0].endswith("@fernwood.example")
    assert not first[0].startswith("mara")
    assert first[1].startswith("https://www.linkedin.com/in/")
    assert "mara" not in first[1]


def test_lx_redact_is_the_function_even_after_its_module_is_imported() -> None:
    import linkedin_export.redaction as module

    assert lx.redact is module.redact
    assert callable(lx.redact)


# --- the copy reads the same whatever the rows hold ----------------------------------------------

_FIRST = ["Mara", "José", "Zoë", "Łukasz", "李", "Иван", "Ana María", "O'Brien", "Ines, Ph.D.", ""]
_FIRST += ["Ali +44 20 7946 0123", "Bo bo@fernwood.example", "Sam 📈", "Tom (MBA)"]
_LAST = ["Quill", "Müller", "Nguyễn", "van der Berg", "王", "Петров", "Ng", ""]
_COMPANY = ["Fernwood Labs", "Quill & Fern Ltd", "Brightmoor GmbH", "Café Olé", "Google", ""]
_EMAIL = [
    "",
    "{f}.{l}@gmail.com",
    "{f}@fernwoodlabs.com",
    "{f}.{l}@northfield.edu",
    "info@quillandfern.co.uk",
    "{f}@gmial.com",
    "{f}@@bad",
    "{f}@{l}.com",
    "{f} <{f}@fernwoodlabs.com>",
    "{f}@fernwoodlabs.com; {l}@gmail.com",
    "{f}@cabinetoffice.gov.uk",
    "{f}@mailinator.com",
    "n/a",
]
_PHONE = [
    "",
    "+44 20 7946 0123",
    "020 7946 0456",
    "+1 (202) 555-0143",
    "202-555-0199",
    "+61 491 570 156",
    "+49 30 901820",
    "12345",
    "+44 20 7946 0123 / +44 7700 900456",
    "07700 900123 ext 12",
]


@st.composite
def _export(draw: st.DrawFn) -> dict[str, bytes]:
    people = draw(
        st.lists(
            st.tuples(
                st.sampled_from(_FIRST),
                st.sampled_from(_LAST),
                st.booleans(),
                st.sampled_from(_EMAIL),
                st.sampled_from(_COMPANY),
                st.sampled_from(["14 Mar 2024", "4-Apr-21", "", "not a date"]),
            ),
            min_size=1,
            max_size=6,
        )
    )
    rows = [["First Name", "Last Name", "URL", "Email Address", "Company", "Position"]]
    rows[0].append("Connected On")
    for first, last, has_url, email, company, date in people:
        given_name = (first.split() or ["x"])[0].lower()
        family_name = (last.split() or ["y"])[0].lower()
        slug = "-".join(f"{first} {last}".lower().split())
        url = f"https://www.linkedin.com/in/{slug}" if has_url and slug else ""
        address = email.format(f=given_name, l=family_name)
        rows.append([first, last, url, address, company, "Engineer", date])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=draw(st.sampled_from(["\n", "\r\n"]))).writerows(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    numbers = draw(st.lists(st.sampled_from(_PHONE), min_size=1, max_size=4))
    phones = "Extension,Number,Type\n" + "".join(f',"{n}",Mobile\n' for n in numbers)
    return {
        "Connections.csv": buffer.getvalue().encode(encoding),
        "PhoneNumbers.csv": phones.encode(),
    }


@settings(max_examples=40, deadline=None)
@given(files=_export(), salt=st.text(min_size=1, max_size=8))
def test_any_rows_read_the_same_after_redaction(files: dict[str, bytes], salt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source, copy = Path(folder) / "in", Path(folder) / "out"
        source.mkdir()
        for name, data in files.items():
            (source / name).write_bytes(data)
        lx.redact(source, copy, salt=salt)
        assert reading(lx.load(copy)) == reading(lx.load(source))
