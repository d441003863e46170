"""Records out: dicts, JSON, JSON Lines, CSV (formula injection), vCard 4.0 and DataFrames."""

from __future__ import annotations

import builtins
import csv
import datetime as dt
import enum
import functools
import io
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pandas as pd
import pytest

import linkedin_export as lx
from linkedin_export import output
from linkedin_export._formats import Kind
from linkedin_export.models import Connection, EmailKind, ImportedContact, Provenance
from linkedin_export.models.dates import PartialDate
from test_era_archives import ERAS, _zip

SOURCES = ["sample", *(str(year) for year in sorted(ERAS))]


@functools.cache
def _export(source: str) -> lx.Export:
    """The bundled sample, or the synthetic full archive of one era (tests/test_era_archives)."""
    if source == "sample":
        return lx.load(lx.sample_export_path())
    era = ERAS[int(source)]
    data = io.BytesIO(_zip(era))
    data.name = era.zip_name
    return lx.load(data)


def _kinds(export: lx.Export) -> list[str]:
    return [kind.value for kind in Kind if export.collection(kind.value)]


_PARTIAL = re.compile(r"(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?")


def _partial(text: str) -> PartialDate:
    """Read a PartialDate back from its ISO text (the test's own reader): ``2019``,
    ``2019-03``, ``2019-03-09``, or ``--03-14`` without a year."""
    match = _PARTIAL.fullmatch(text)
    assert match is not None, text
    year, month, day = (int(part) if part and part != "-" else None for part in match.groups())
    return PartialDate(year=year, month=month, day=day)


def assert_same(data: Any, value: object, where: str) -> None:
    """``data`` (read back from JSON) holds exactly ``value`` (a model value), type by type."""
    if value is None:
        assert data is None, where
    elif isinstance(value, enum.Enum):
        assert type(value)(data) is value, where
    elif isinstance(value, dt.datetime):
        parsed = dt.datetime.fromisoformat(data)
        assert parsed == value, where
        assert parsed.utcoffset() == value.utcoffset(), where
    elif isinstance(value, dt.date):
        assert dt.date.fromisoformat(data) == value, where
    elif isinstance(value, PartialDate):
        assert _partial(data) == value, where
        assert _partial(data).precision == value.precision, where
    elif isinstance(value, Provenance):
        assert data == {"file": value.file, "line": value.line}, where
    elif attrs.has(type(value)):
        names = [f.name for f in attrs.fields(type(value))]  # type: ignore[arg-type]
        assert list(data) == [n for n in names if n != "warnings"], where
        for name in data:
            assert_same(data[name], getattr(value, name), f"{where}.{name}")
    elif isinstance(value, Mapping):
        assert isinstance(data, dict), where
        assert list(data) == list(value), where
        for key in data:
            assert_same(data[key], value[key], f"{where}[{key!r}]")
    elif isinstance(value, frozenset):
        assert data == sorted(value), where
    elif isinstance(value, tuple):
        assert isinstance(data, list), where
        assert len(data) == len(value), where
        for index, (item, original) in enumerate(zip(data, value, strict=True)):
            assert_same(item, original, f"{where}[{index}]")
    else:
        assert type(data) is type(value), where
        assert data == value, where


# --- dicts and JSON -----------------------------------------------------------------------------


@pytest.mark.parametrize("source", SOURCES)
def test_every_kind_converts_to_json(source: str) -> None:
    export = _export(source)
    kinds = _kinds(export)
    assert len(kinds) >= 8
    for kind in kinds:
        records = export.collection(kind)
        dicts = list(export.to_dicts(kind))
        assert len(dicts) == len(records)
        text = json.dumps(dicts, ensure_ascii=False, allow_nan=False)
        assert json.loads(text) == dicts, f"{kind}: to_dict is not plain JSON data"


@pytest.mark.parametrize("source", SOURCES)
def test_jsonl_round_trip_gives_the_model_values(source: str, tmp_path: Path) -> None:
    export = _export(source)
    checked = 0
    for kind in _kinds(export):
        records = export.collection(kind)
        path = tmp_path / f"{kind}.jsonl"
        assert lx.write_jsonl(records, path) == len(records)
        lines = path.read_text("utf-8").splitlines()
        assert len(lines) == len(records)
        for line, record in zip(lines, records, strict=True):
            assert_same(json.loads(line), record, f"{kind}:{record.provenance}")
            checked += 1
    assert checked >= 19


FIXTURE_INPUTS = sorted((Path(__file__).parent / "fixtures").glob("**/input.*"))


@pytest.mark.parametrize(
    "path", FIXTURE_INPUTS, ids=lambda path: path.parent.relative_to(path.parents[2]).as_posix()
)
def test_every_fixture_file_round_trips_through_json_and_csv(path: Path) -> None:
    """Every file version (legacy Outlook, vCard and 2016 files included), beyond the archives."""
    records = lx.parse_file(path).records
    for record in records:
        assert_same(json.loads(json.dumps(lx.to_dict(record))), record, str(record.provenance))
    assert len({type(record) for record in records}) <= 1  # one model per file
    assert len(_read_csv(_csv(list(records)))) == len(records)


def test_the_archives_and_fixtures_hold_every_kind() -> None:
    kinds = {kind for source in SOURCES for kind in _kinds(_export(source))}
    for path in FIXTURE_INPUTS:
        kinds |= {report.kind for report in [lx.parse_file(path).file] if report.kind}
    assert kinds == {kind.value for kind in Kind}


def test_to_dict_of_nested_and_special_values() -> None:
    export = _export("sample")
    work = next(c for c in export.connections if c.email and c.email.kind is EmailKind.WORK)
    data = lx.to_dict(work)
    assert data["provenance"] == {"file": "Connections.csv", "line": work.provenance.line}  # type: ignore[union-attr]
    assert data["email"]["kind"] == "work"
    assert data["email"]["confidence"] == work.email.confidence.value  # type: ignore[union-attr]
    assert data["email"]["reasons"] == list(work.email.reasons)  # type: ignore[union-attr]
    assert "warnings" not in data["email"]
    assert data["connected_on"] == work.connected_on.isoformat()  # type: ignore[union-attr]
    assert lx.to_dict(PartialDate(year=2019, month=3)) == {"year": 2019, "month": 3, "day": None}
    position = lx.Position(
        started_on=PartialDate(year=2019, month=3), finished_on=PartialDate(year=2021)
    )
    assert lx.to_dict(position)["started_on"] == "2019-03"
    assert lx.to_dict(position)["finished_on"] == "2021"
    assert (
        lx.to_dict(lx.Profile(birth_date=PartialDate(month=3, day=14)))["birth_date"] == "--03-14"
    )
    message = export.messages[0]
    assert lx.to_dict(message)["sent_at"] == message.sent_at.isoformat()  # type: ignore[union-attr]
    conversation = lx.to_dict(export.conversations[0])
    assert (
        conversation["messages"][0]["sender_name"]
        == export.conversations[0].messages[0].sender_name
    )
    warning = lx.to_dict(export.warnings[0])
    assert warning["code"] == export.warnings[0].code.value
    assert warning["severity"] == export.warnings[0].severity.value
    flagged = Connection(first_name="Mara", name_flags=frozenset({"emoji", "credentials"}))
    assert lx.to_dict(flagged)["name_flags"] == ["credentials", "emoji"]
    assert lx.to_dict(Connection(extra=lx.FrozenDict({"B": "2", "A": "1"})))["extra"] == {
        "B": "2",
        "A": "1",
    }


def test_to_dict_rejects_what_is_not_a_record() -> None:
    with pytest.raises(TypeError, match="not dict"):
        lx.to_dict({"first_name": "Mara"})
    with pytest.raises(TypeError, match="not str"):
        list(lx.to_dicts(["Mara"]))


def test_write_json_to_a_path_a_text_file_and_a_binary_file(tmp_path: Path) -> None:
    export = _export("sample")
    expected = json.loads(json.dumps(list(export.to_dicts("positions"))))
    path = tmp_path / "positions.json"
    assert lx.write_json(export.positions, path) == len(export.positions)
    assert json.loads(path.read_text("utf-8")) == expected
    text = io.StringIO()
    lx.write_json(export.positions, text, indent=None)
    assert json.loads(text.getvalue()) == expected
    assert text.getvalue().count("\n") == len(expected) + 2  # "[", one line per record, "]"
    binary = io.BytesIO()
    lx.write_json(export.positions, binary)
    assert json.loads(binary.getvalue().decode("utf-8")) == expected
    assert not binary.closed
    empty = io.StringIO()
    assert lx.write_json([], empty) == 0
    assert json.loads(empty.getvalue()) == []
    with pytest.raises(TypeError, match="cannot write to a int"):
        lx.write_jsonl(export.positions, 3)  # type: ignore[arg-type]


def test_export_methods_check_the_kind() -> None:
    export = _export("sample")
    with pytest.raises(
        ValueError, match=r"unknown kind 'connection'; the kinds are: .*connections"
    ):
        export.to_dicts("connection")
    with pytest.raises(ValueError, match="imported_contacts"):
        export.to_frame("contacts")
    assert list(export.to_dicts("patents")) == []


def test_every_kind_has_a_model() -> None:
    for kind in Kind:
        model = output._kind_model(kind.value)
        assert model is not None, kind
        assert issubclass(model, lx.Record), kind


# --- CSV ----------------------------------------------------------------------------------------


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_header_follows_the_model_and_flattens_emails() -> None:
    export = _export("sample")
    buffer = io.StringIO(newline="")
    assert lx.write_csv(export.connections, buffer) == len(export.connections)
    text = buffer.getvalue()
    assert text.endswith("\r\n")
    header = text.split("\r\n", 1)[0].split(",")
    fields = [f.name for f in attrs.fields(Connection) if f.name != "provenance"]
    expected = []
    for name in fields:
        expected.append(name)
        if name == "email":
            expected.append("email_kind")
        if name == "other_emails":
            expected.append("other_emails_kinds")
    assert header == [*expected, "provenance_file", "provenance_line"]
    rows = _read_csv(text)
    assert len(rows) == len(export.connections)
    for row, connection in zip(rows, export.connections, strict=True):
        assert row["email"] == (str(connection.email) if connection.email else "")
        assert row["email_kind"] == (connection.email.kind.value if connection.email else "")
        assert row["connected_on"] == (
            connection.connected_on.isoformat() if connection.connected_on else ""
        )
        assert row["is_hidden"] == ("true" if connection.is_hidden else "false")
        assert row["provenance_line"] == str(connection.provenance.line)  # type: ignore[union-attr]


def test_csv_joins_lists_and_writes_nested_objects_as_json() -> None:
    contact = ImportedContact(
        full_name="Mara Quill",
        emails=(lx.classify_email("mara@fernwood-labs.io"), lx.classify_email("mq@gmail.com")),
        phones=(lx.normalize_phone("+44 20 7946 0123"), lx.normalize_phone("555")),
        extra=lx.FrozenDict({"Notes": "met at, a conference"}),
    )
    (row,) = _read_csv(_csv([contact], safe=False))
    assert row["emails"] == "mara@fernwood-labs.io; mq@gmail.com"
    assert row["emails_kinds"] == "work; personal"
    assert row["phones"] == "+442079460123; 555"
    assert json.loads(row["extra"]) == {"Notes": "met at, a conference"}
    assert row["provenance_file"] == ""
    profile = lx.Profile(websites=(lx.Website(url="https://fernwood-labs.io", label="COMPANY"),))
    (row,) = _read_csv(_csv([profile], safe=False))
    assert json.loads(row["websites"]) == [{"url": "https://fernwood-labs.io", "label": "COMPANY"}]


def _csv(records: list[Any], *, safe: bool = True) -> str:
    buffer = io.StringIO(newline="")
    lx.write_csv(records, buffer, safe=safe)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "payload",
    ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
     "\t=1+2", "\r=1+2"],
)  # fmt: skip
def test_csv_neutralises_formula_injection(payload: str) -> None:
    connection = Connection(first_name=payload, company=payload, position=f"Head of {payload}")
    (row,) = _read_csv(_csv([connection]))
    assert row["first_name"] == "'" + payload
    assert row["company"] == "'" + payload
    assert row["position"] == f"Head of {payload}"  # only a cell's first character matters
    (raw,) = _read_csv(_csv([connection], safe=False))
    assert raw["first_name"] == payload
    assert raw["company"] == payload


def test_csv_leaves_ordinary_cells_alone() -> None:
    connection = Connection(first_name="Mara", company="Fernwood Labs", position="A = B")
    (row,) = _read_csv(_csv([connection]))
    assert (row["first_name"], row["company"], row["position"]) == (
        "Mara",
        "Fernwood Labs",
        "A = B",
    )
    assert output.neutralize("'=1") == "'=1"
    assert [output.neutralize(c + "1") for c in "=+-@"] == ["'=1", "'+1", "'-1", "'@1"]


def test_csv_of_one_model_only_and_of_nothing(tmp_path: Path) -> None:
    export = _export("sample")
    with pytest.raises(TypeError, match="one model"):
        _csv([*export.positions, *export.skills])
    assert _csv([]) == ""
    path = tmp_path / "patents.csv"
    assert lx.write_csv([], path, model=lx.Patent) == 0
    assert path.read_text("utf-8").startswith("title,")
    sig = tmp_path / "excel.csv"
    lx.write_csv(export.skills, sig, encoding="utf-8-sig")
    assert sig.read_bytes().startswith(b"\xef\xbb\xbfname,")


# --- DataFrame ----------------------------------------------------------------------------------


def test_to_frame_dtypes() -> None:
    export = _export("sample")
    frame = export.to_frame("connections")
    assert len(frame) == len(export.connections)
    assert str(frame["connected_on"].dtype).startswith("datetime64")
    assert isinstance(frame["email_kind"].dtype, pd.CategoricalDtype)
    assert list(frame["email_kind"].cat.categories) == [kind.value for kind in EmailKind]
    work = sum(1 for c in export.connections if c.email and c.email.kind is EmailKind.WORK)
    assert frame["email_kind"].value_counts()["work"] == work
    assert str(frame["is_hidden"].dtype) == "boolean"
    assert frame["is_hidden"].sum() == sum(c.is_hidden for c in export.connections)
    assert pd.api.types.is_string_dtype(frame["company"])
    assert frame["company"].iloc[0] == export.connections[0].company
    assert str(frame["provenance_line"].dtype) == "Int64"
    years = frame["connected_on"].dt.year.value_counts()
    assert years.sum() == sum(1 for c in export.connections if c.connected_on)

    messages = export.to_frame("messages")
    assert isinstance(messages["sent_at"].dtype, pd.DatetimeTZDtype)
    assert str(messages["sent_at"].dt.tz) == "UTC"
    assert messages["sent_at"].iloc[0].to_pydatetime() == export.messages[0].sent_at
    assert list(messages["recipient_names"].iloc[0]) == list(export.messages[0].recipient_names)

    warnings = lx.to_frame(export.warnings)
    assert isinstance(warnings["code"].dtype, pd.CategoricalDtype)
    assert len(warnings) == len(export.warnings)


def test_to_frame_of_an_empty_kind_has_the_columns() -> None:
    frame = _export("sample").to_frame("imported_contacts")
    assert len(frame) == 0
    assert {"full_name", "emails", "emails_kinds", "created_at"} <= set(frame.columns)
    assert isinstance(frame["created_at"].dtype, pd.DatetimeTZDtype)
    assert lx.to_frame([]).shape == (0, 0)


@pytest.mark.parametrize("source", SOURCES)
def test_every_kind_converts_to_a_frame_and_csv(source: str) -> None:
    export = _export(source)
    for kind in _kinds(export):
        records = export.collection(kind)
        frame = export.to_frame(kind)
        assert len(frame) == len(records), kind
        rows = _read_csv(_csv(list(records)))
        assert len(rows) == len(records), kind
        assert list(rows[0]) == list(frame.columns), kind


def test_missing_pandas_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    export = _export("sample")
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(lx.MissingDependencyError) as info:
        export.to_frame("connections")
    assert 'pip install "linkedin-export[pandas]"' in str(info.value)
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, lx.LinkedInExportError)
    assert info.value.package == "pandas"


def test_missing_pandas_through_the_import_machinery(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("No module named 'pandas'", name="pandas")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"linkedin-export\[pandas\]"):
        lx.to_frame(_export("sample").skills)


# --- vCard --------------------------------------------------------------------------------------


def _vcard(contacts: list[Any]) -> bytes:
    buffer = io.BytesIO()
    lx.write_vcard(contacts, buffer)
    return buffer.getvalue()


def _read_back(data: bytes) -> tuple[Connection, ...]:
    parsed = lx.parse_file(data, name="contacts.vcf")
    assert parsed.file.format_id == "connections/vcard"
    assert not [w for w in parsed.warnings if w.code is lx.WarningCode.MALFORMED_ROW]
    records = parsed.records
    assert all(isinstance(record, Connection) for record in records)
    return records  # type: ignore[return-value]


def _written(contact: Connection | ImportedContact) -> bool:
    emails = contact.emails
    return bool(contact.full_name or [e for e in emails if e.normalized] or contact.phones)


@pytest.mark.parametrize("source", ["sample", "2018", "2024", "2026"])
def test_vcard_round_trip(source: str) -> None:
    export = _export(source)
    contacts: list[Connection | ImportedContact] = [*export.connections, *export.imported_contacts]
    data = _vcard(contacts)
    kept = [contact for contact in contacts if _written(contact)]
    assert len(kept) < len(contacts) or source != "sample"  # the sample's hidden members
    back = _read_back(data)
    assert len(back) == len(kept) >= 5
    for original, read in zip(kept, back, strict=True):
        if original.first_name or original.last_name:
            assert (read.first_name, read.last_name) == (original.first_name, original.last_name)
        valid = [str(e) for e in original.emails if e.normalized]
        assert [str(e) for e in read.emails] == valid
        assert [p.e164 for p in read.phones] == [p.e164 for p in original.phones]
        if isinstance(original, Connection):
            assert read.profile_url == original.profile_url
            assert read.company == original.company
            assert read.position == original.position


def test_vcard_follows_rfc_6350() -> None:
    long_note = (
        "Met at the Fernwood Labs mapping day in Edinburgh; follow up about Zoë's survey. " * 3
    )
    connection = Connection(
        first_name="Zoë",
        last_name="Fujimori, PhD",
        full_name="Zoë Fujimori, PhD",
        plain_name="Zoë Fujimori",
        email=lx.classify_email("zoe@fernwood-labs.io"),
        other_emails=(lx.classify_email("zoe.f@gmail.com"), lx.classify_email("zoe@@x")),
        phones=(lx.normalize_phone("+44 20 7946 0123 ext. 12"), lx.normalize_phone("12")),
        company="Quill; Fern \\ Co",
        position="Head of Maps, Europe",
        connected_on=dt.date(2024, 3, 14),
        notes=long_note + "\nSecond line",
        profile_url="https://www.linkedin.com/in/zoe-fujimori",
    )
    data = _vcard([connection])
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    physical = text.split("\r\n")[:-1]
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert max(len(line.encode("utf-8")) for line in physical) <= 75
    assert any(line.startswith(" ") for line in physical), "the long NOTE is folded"
    unfolded = text.replace("\r\n ", "")
    assert "\r\nFN:Zoë Fujimori\r\n" in unfolded
    assert "\r\nN:Fujimori\\, PhD;Zoë;;;\r\n" in unfolded
    assert "\r\nEMAIL;TYPE=work;PREF=1:zoe@fernwood-labs.io\r\n" in unfolded
    assert "\r\nEMAIL;TYPE=home:zoe.f@gmail.com\r\n" in unfolded
    assert "zoe@@x" not in unfolded
    assert "\r\nTEL;VALUE=uri;TYPE=voice:tel:+442079460123;ext=12\r\n" in unfolded
    assert "\r\nTEL;VALUE=text:12\r\n" in unfolded
    assert "\r\nORG:Quill\\; Fern \\\\ Co\r\n" in unfolded
    assert "\r\nTITLE:Head of Maps\\, Europe\r\n" in unfolded
    assert "\r\nURL:https://www.linkedin.com/in/zoe-fujimori\r\n" in unfolded
    assert "\\nSecond line\r\n" in unfolded
    assert re.search(r"\r\nUID:urn:uuid:[0-9a-f-]{36}\r\n", unfolded)
    assert "LinkedIn connection since 2024-03-14." in unfolded

    (read,) = _read_back(data)
    assert read.company == "Quill; Fern \\ Co"
    assert read.position == "Head of Maps, Europe"
    assert read.last_name == "Fujimori, PhD"
    assert read.notes == "LinkedIn connection since 2024-03-14.\n" + long_note + "\nSecond line"
    assert read.phones[0].extension == "12"
    assert [e.kind for e in read.emails] == [EmailKind.WORK, EmailKind.PERSONAL]
    assert _vcard([connection]) == data, "the output (UID included) is deterministic"


def test_vcard_imported_contact_and_errors(tmp_path: Path) -> None:
    contact = ImportedContact(
        source="GOOGLE_CONTACTS",
        emails=(lx.classify_email("ines.okafor@brightmoor-analytics.de"),),
        created_at=dt.datetime(2024, 3, 14, 9, 5, tzinfo=dt.UTC),
        location="Berlin",
    )
    path = tmp_path / "contacts.vcf"
    assert lx.write_vcard([contact, Connection(connected_on=dt.date(2020, 1, 2))], path) == 1
    text = path.read_bytes().decode("utf-8")
    assert "\r\nFN:ines.okafor@brightmoor-analytics.de\r\n" in text
    assert "NOTE:Imported into LinkedIn from GOOGLE_CONTACTS on 2024-03-14.\\nLocation: Berlin" in (
        text.replace("\r\n ", "")
    )
    with pytest.raises(TypeError, match="not Skill"):
        lx.write_vcard([lx.Skill(name="GIS")], io.StringIO())  # type: ignore[list-item]
