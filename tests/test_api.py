"""Tests of the public API: ``lx.load``, ``lx.parse_file``, ``Export``, errors, email and phone
helpers, the report, the warning codes and the format registry. All data is invented."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import pickle
import re
import socket
import subprocess
import sys
import typing
import zipfile
from pathlib import Path
from typing import TypeVar

import attrs
import pytest

import linkedin_export as lx
from conftest import ATTEMPTS
from linkedin_export import diagnostics
from linkedin_export._formats import SPECS, Container
from linkedin_export._formats.network import NOTES_PREAMBLE

PREAMBLE = NOTES_PREAMBLE
C4 = (
    PREAMBLE
    + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    + "Mara,Quill,https://www.linkedin.com/in/mara-quill-4b1a2c,mara.quill@fernwood-labs.io,"
    + '"Fernwood Labs, Inc.",Senior Data Engineer,14 Mar 2024\n'
    + "Tomas,Reyne,https://www.linkedin.com/in/tomas-reyne,,Bramblewick,CTO,02 Aug 2019\n"
    + ",,,,,,07 Jun 2022"
)
C2 = (
    "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    "Mara,Quill,,Fernwood Labs,Data Engineer,03 Feb 2020\n"
    "Tomas,Reyne,tomas.reyne@gmail.com,Bramblewick,CTO,04 Feb 2020\n"
)
MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
    "SUBJECT,CONTENT,FOLDER\n"
    "2-ZmFrZS1jb252ZXJzYXRpb24taWQ=,,Mara Quill,https://www.linkedin.com/in/mara-quill-4b1a2c,"
    "Tomas Reyne,https://www.linkedin.com/in/tomas-reyne,2024-10-02 14:33:22 UTC,,"
    '"<p>Hi Tomas, are you free Thursday?</p>",INBOX\n'
)
UNKNOWN = "Alpha,Beta\n1,2\n3,4\n"
SAVED_JOBS = (
    "Saved Date,Job Url,Job Title,Company Name\n"
    '"3/14/24, 9:05 AM",https://www.linkedin.com/jobs/view/1234,Data Engineer,Fernwood Labs\n'
)
T = TypeVar("T")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


def make_zip(files: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def full_zip() -> bytes:
    return make_zip(
        {
            "Connections.csv": C4,
            "messages.csv": MESSAGES,
            "Unknown Thing.csv": UNKNOWN,
            "Articles/post.html": "<html><body><p>An article</p></body></html>",
            "Jobs/Saved Jobs.csv": SAVED_JOBS,
        }
    )


@pytest.fixture(scope="module")
def export() -> lx.Export:
    return lx.load(full_zip())


def round_trip(obj: T) -> T:
    """``obj`` pickled and unpickled (our own bytes, never untrusted data)."""
    copy: T = pickle.loads(pickle.dumps(obj))  # noqa: S301
    return copy


def report_of(export: lx.Export, name: str) -> lx.FileReport:
    (report,) = [f for f in export.files if f.name == name]
    return report


def codes(warnings: tuple[lx.DataWarning, ...] | list[lx.DataWarning]) -> list[str]:
    return [str(w.code) for w in warnings]


# --- a whole archive ---------------------------------------------------------------------------


def test_load_zip_connections(export: lx.Export) -> None:
    assert export.container == "zip"
    assert [c.full_name for c in export.connections] == ["Mara Quill", "Tomas Reyne", None]
    mara = export.connections[0]
    assert mara.public_id == "mara-quill-4b1a2c"
    assert mara.profile_url == "https://www.linkedin.com/in/mara-quill-4b1a2c"
    assert mara.email is not None
    assert mara.email.normalized == "mara.quill@fernwood-labs.io"
    assert mara.email.kind is lx.EmailKind.WORK
    assert mara.company == "Fernwood Labs, Inc."
    assert mara.position == "Senior Data Engineer"
    assert mara.connected_on == dt.date(2024, 3, 14)
    assert mara.format_id == "connections/2023"
    hidden = export.connections[2]
    assert hidden.is_hidden is True
    assert hidden.connected_on == dt.date(2022, 6, 7)


def test_load_zip_warnings(export: lx.Export) -> None:
    assert sorted((w.code, w.file) for w in export.warnings) == [
        (lx.WarningCode.HIDDEN_MEMBER, "Connections.csv"),
        (lx.WarningCode.UNKNOWN_FILE, "Unknown Thing.csv"),
    ]
    (hidden,) = [w for w in export.warnings if w.code is lx.WarningCode.HIDDEN_MEMBER]
    assert hidden.line == 7
    assert hidden.severity is lx.Severity.INFO


def test_load_zip_file_reports(export: lx.Export) -> None:
    assert sorted(f.name for f in export.files) == [
        "Articles/post.html",
        "Connections.csv",
        "Jobs/Saved Jobs.csv",
        "Unknown Thing.csv",
        "messages.csv",
    ]
    summary = {
        f.name: (f.kind, f.format_id, f.encoding, f.rows, f.records, f.header_line, f.preamble)
        for f in export.files
    }
    assert summary["Connections.csv"] == (
        "connections",
        "connections/2023",
        "utf-8",
        3,
        3,
        4,
        True,
    )
    assert summary["messages.csv"] == ("messages", "messages/2023", "utf-8", 1, 1, 1, False)
    assert summary["Unknown Thing.csv"] == (None, None, "utf-8", 2, 2, 1, False)
    assert summary["Jobs/Saved Jobs.csv"][1:] == ("saved_jobs/2018", "utf-8", 1, 1, 1, False)
    assert summary["Articles/post.html"][1:] == ("articles/html", "utf-8", 1, 1, None, False)
    connections = report_of(export, "Connections.csv")
    assert connections.modelled is True
    assert connections.header[2] == "URL"
    assert connections.warnings == 1
    assert connections.size == len(C4.encode())
    assert report_of(export, "messages.csv").modelled is True


def test_load_zip_messages_are_typed(export: lx.Export) -> None:
    (message,) = export.records("messages.csv")
    assert isinstance(message, lx.Message)
    assert message == export.messages[0]
    assert message.sender_name == "Mara Quill"
    assert message.content == "<p>Hi Tomas, are you free Thursday?</p>"
    assert message.text == "Hi Tomas, are you free Thursday?"
    assert message.conversation_title is None
    assert message.provenance == lx.Provenance("messages.csv", 2)
    assert not [w for w in export.warnings if w.file == "messages.csv"]
    (conversation,) = export.conversations
    assert conversation.message_count == 1


def test_a_known_file_without_rows_loads_without_warning() -> None:
    export = lx.load(make_zip({"LearningCoachMessages.csv": "No conversations found"}))
    (report,) = export.files
    assert report.kind is not None  # known from the catalog, not "unknown"
    assert report.format_id is None
    assert report.rows == report.records == 0
    assert [w.code for w in export.warnings if w.file] == []


def test_load_zip_unknown_file_is_generic_with_warning(export: lx.Export) -> None:
    records = export.records("Unknown Thing.csv")
    assert [dict(r.values) for r in records if isinstance(r, lx.GenericRecord)] == [
        {"Alpha": "1", "Beta": "2"},
        {"Alpha": "3", "Beta": "4"},
    ]
    (warning,) = [w for w in export.warnings if w.file == "Unknown Thing.csv"]
    assert warning.code is lx.WarningCode.UNKNOWN_FILE


def test_load_zip_non_table_is_listed_not_parsed() -> None:
    export = lx.load(make_zip({"Connections.csv": C2, "Media/photo.png": PNG}))
    photo = report_of(export, "Media/photo.png")
    assert photo.rows == photo.records == 0
    assert photo.encoding is None
    assert photo.format_id is None
    with pytest.raises(KeyError):
        export.records("Media/photo.png")
    assert [w.code for w in export.warnings if w.file == "Media/photo.png"] == [
        lx.WarningCode.UNKNOWN_FILE
    ]


def test_load_zip_article_is_typed(export: lx.Export) -> None:
    (article,) = export.articles
    assert article.text == "An article"
    assert export.records("Articles/post.html") == (article,)


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("Connections.csv", 3),
        ("connections", 3),
        ("CONNECTIONS.CSV", 3),
        ("Saved Jobs", 1),
        ("Jobs/Saved Jobs.csv", 1),
        ("saved_jobs", 1),
        ("Saved Jobs.csv", 1),
        ("messages", 1),
        ("Unknown Thing", 2),
    ],
)
def test_records_name_variants(export: lx.Export, name: str, count: int) -> None:
    assert len(export.records(name)) == count


def test_records_connections_are_typed(export: lx.Export) -> None:
    assert export.records("connections") == export.connections


def test_records_unknown_name_raises_helpful_key_error(export: lx.Export) -> None:
    with pytest.raises(KeyError) as info:
        export.records("Invitations.csv")
    message = str(info.value)
    assert "Invitations.csv" in message
    assert "Connections.csv" in message
    assert "Jobs/Saved Jobs.csv" in message


def test_repr_is_short(export: lx.Export) -> None:
    text = repr(export)
    assert len(text) < 200
    assert "\n" not in text
    assert "5 files" in text
    assert "3 connections" in text
    assert "Mara" not in text


def test_repr_stays_short_for_a_big_export() -> None:
    rows = "".join(f"Person{i},Quill,,Fernwood,Eng,03 Feb 2020\n" for i in range(2000))
    big = lx.load(C2.splitlines()[0].encode() + b"\n" + rows.encode())
    assert len(repr(big)) < 200


# --- provenance and equality --------------------------------------------------------------------


def test_provenance_lines(export: lx.Export) -> None:
    assert [c.provenance for c in export.connections] == [
        lx.Provenance("Connections.csv", 5),
        lx.Provenance("Connections.csv", 6),
        lx.Provenance("Connections.csv", 7),
    ]
    assert str(export.connections[0].provenance) == "Connections.csv:5"


def test_provenance_is_excluded_from_equality() -> None:
    moved = C2.splitlines()
    later = "\n".join([moved[0], "Ana,Lima,,Quarry,Analyst,01 Jan 2021", moved[1]]) + "\n"
    data = make_zip({"Connections.csv": C2, "old/Connections.csv": later})
    export = lx.load(data)
    first = export.records("Connections.csv")[0]
    second = export.records("old/Connections.csv")[1]
    assert isinstance(first, lx.Connection)
    assert first.provenance != second.provenance
    assert first == second
    assert hash(first) == hash(second)


# --- columns ------------------------------------------------------------------------------------


def test_unknown_column_goes_to_extra_with_one_warning_per_file() -> None:
    header, *body = C2.splitlines()
    text = "\n".join([header + ",Twitter", *(row + f",@handle{i}" for i, row in enumerate(body))])
    export = lx.load(make_zip({"Connections.csv": text, "Export 2/Connections.csv": text}))
    assert [dict(c.extra) for c in export.connections] == [
        {"Twitter": "@handle0"},
        {"Twitter": "@handle1"},
    ] * 2
    unknown = [w for w in export.warnings if w.code is lx.WarningCode.UNKNOWN_COLUMN]
    assert sorted((w.file, w.column) for w in unknown) == [
        ("Connections.csv", "Twitter"),
        ("Export 2/Connections.csv", "Twitter"),
    ]


def test_missing_column_is_reported_once() -> None:
    text = (
        "First Name,Last Name,Company,Position,Connected On\n"
        "Mara,Quill,Fernwood,Eng,03 Feb 2020\n"
        "Tomas,Reyne,Bramblewick,CTO,04 Feb 2020\n"
    )
    parsed = lx.parse_file(text.encode(), name="Connections.csv")
    assert parsed.file.format_id in {"connections/2020", "connections/2018"}
    assert [(w.code, w.column) for w in parsed.warnings] == [
        (lx.WarningCode.MISSING_COLUMN, "Email Address")
    ]
    assert all(isinstance(r, lx.Connection) and r.email is None for r in parsed.records)
    assert len(parsed.records) == 2


def test_header_matching_is_case_insensitive() -> None:
    text = C2.replace("First Name,Last Name", "FIRST NAME,last name", 1)
    parsed = lx.parse_file(text.encode(), name="Connections.csv")
    assert parsed.warnings == ()
    assert [r.first_name for r in parsed.records if isinstance(r, lx.Connection)] == [
        "Mara",
        "Tomas",
    ]


# --- strict ------------------------------------------------------------------------------------


def test_strict_raises_with_every_warning() -> None:
    text = C2 + "Ana,Lima,not-an-address,Quarry,Analyst,31 Feb 2021\nBo,Ek,,Quarry,Analyst,soon\n"
    relaxed = lx.load(text.encode())
    with pytest.raises(lx.DataQualityError) as info:
        lx.load(text.encode(), strict=True)
    error = info.value
    assert [(w.line, str(w.code)) for w in error.warnings] == [
        (4, "invalid-date"),
        (4, "invalid-email"),
        (5, "invalid-date"),
    ]
    assert error.warnings == relaxed.warnings
    assert "3 data-quality warning" in str(error)
    assert isinstance(error, lx.LinkedInExportError)
    assert isinstance(error, ValueError)


def test_strict_ignores_info_warnings() -> None:
    data = make_zip({"Connections.csv": C4, "Unknown Thing.csv": UNKNOWN})
    export = lx.load(data, strict=True)
    assert {w.severity for w in export.warnings} == {lx.Severity.INFO}
    assert len(export.warnings) == 2


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        lx.LinkedInExportError("cannot read it; pass a zip"),
        lx.UnreadableInputError("not a zip; pass the folder"),
        lx.LimitExceededError("too many files", "max_entries"),
        lx.DataQualityError(
            "1 warning",
            [lx.DataWarning.make(lx.WarningCode.INVALID_DATE, "bad date", file="C.csv", line=3)],
        ),
    ],
)
def test_errors_are_value_errors_and_pickle(error: lx.LinkedInExportError) -> None:
    assert isinstance(error, ValueError)
    assert isinstance(error, lx.LinkedInExportError)
    copy = round_trip(error)
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    if isinstance(error, lx.LimitExceededError):
        assert isinstance(copy, lx.LimitExceededError)
        assert copy.limit == "max_entries"
    if isinstance(error, lx.DataQualityError):
        assert isinstance(copy, lx.DataQualityError)
        assert copy.warnings == error.warnings
        assert copy.warnings[0].line == 3


def test_binary_single_file_says_what_to_pass() -> None:
    with pytest.raises(lx.LinkedInExportError) as info:
        lx.load(PNG)
    message = str(info.value)
    assert ".zip" in message
    assert "folder" in message
    with pytest.raises(lx.LinkedInExportError):
        lx.parse_file(PNG, name="Connections.csv")


def test_parse_file_of_a_zip_is_an_error() -> None:
    with pytest.raises(lx.LinkedInExportError, match=r"load\(\)"):
        lx.parse_file(full_zip())


def test_parse_file_of_a_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "Connections.csv").write_text(C2)
    with pytest.raises(lx.LinkedInExportError, match=r"load\(\)"):
        lx.parse_file(tmp_path)


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(lx.LinkedInExportError, match="does not exist"):
        lx.load(tmp_path / "nope.zip")


def test_load_of_an_unsupported_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        lx.load(12345)  # type: ignore[arg-type]


# --- pickling -----------------------------------------------------------------------------------


def test_pickle_export(export: lx.Export) -> None:
    copy = round_trip(export)
    assert copy == export
    assert copy.connections == export.connections
    assert [c.provenance for c in copy.connections] == [c.provenance for c in export.connections]
    assert copy.files == export.files
    assert copy.warnings == export.warnings
    assert copy.records("messages.csv") == export.records("messages.csv")
    assert repr(copy) == repr(export)


def test_pickle_models(export: lx.Export) -> None:
    mara = export.connections[0]
    assert mara.email is not None
    phone = lx.normalize_phone("020 7946 0123", region="GB")
    objects: list[object] = [mara, mara.email, phone, export.warnings[0], export.files[0]]
    for obj in objects:
        copy = round_trip(obj)
        assert copy == obj
        assert type(copy) is type(obj)
    mara_copy = round_trip(mara)
    assert mara_copy.provenance == mara.provenance
    assert round_trip(phone).warnings == phone.warnings


# --- inputs ------------------------------------------------------------------------------------


def test_load_single_csv_path(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(C2, encoding="utf-8")
    export = lx.load(path)
    assert export.container == "file"
    assert export.source == "Connections.csv"
    assert [c.last_name for c in export.connections] == ["Quill", "Reyne"]
    assert lx.load(str(path)) == export


def test_load_folder(tmp_path: Path) -> None:
    root = tmp_path / "Complete_LinkedInDataExport_11-20-2026"
    (root / "Jobs").mkdir(parents=True)
    (root / "Connections.csv").write_text(C4, encoding="utf-8")
    (root / "Jobs" / "Saved Jobs.csv").write_text(SAVED_JOBS, encoding="utf-8")
    export = lx.load(root)
    assert export.container == "folder"
    assert len(export.connections) == 3
    assert sorted(f.name for f in export.files) == ["Connections.csv", "Jobs/Saved Jobs.csv"]
    assert len(export.records("Saved Jobs")) == 1


def test_load_bytes_and_file_objects() -> None:
    from_bytes = lx.load(C2.encode())
    from_stream = lx.load(io.BytesIO(C2.encode()))
    from_bytearray = lx.load(bytearray(C2.encode()))
    assert from_bytes.container == from_stream.container == "file"
    assert from_bytes.connections == from_stream.connections == from_bytearray.connections
    assert len(from_bytes.connections) == 2
    assert lx.load(io.BytesIO(full_zip())).connections == lx.load(full_zip()).connections


def test_load_text_stream_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="binary"):
        lx.load(io.StringIO(C2))  # type: ignore[arg-type]


def test_parse_file_uses_the_name_hint() -> None:
    parsed = lx.parse_file(C4.encode(), name="Connections.csv")
    assert parsed.file.name == "Connections.csv"
    assert parsed.file.format_id == "connections/2023"
    assert len(parsed.records) == 3
    assert all(r.provenance and r.provenance.file == "Connections.csv" for r in parsed.records)


# --- supported formats and the registry ---------------------------------------------------------

CONNECTION_IDS = {
    "connections/2017",
    "connections/2018",
    "connections/2020",
    "connections/2021",
    "connections/2023",
    "connections/outlook",
    "connections/yahoo",
    "connections/vcard",
}


def test_supported_formats_lists_all_connection_versions() -> None:
    formats = {f.id: f for f in lx.supported_formats()}
    assert set(formats) >= CONNECTION_IDS
    for format_id in CONNECTION_IDS:
        info = formats[format_id]
        assert info.kind == "connections"
        assert info.columns
        assert info.title
        assert info.first_seen
    assert formats["connections/2023"].columns == (
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    )
    assert formats["connections/2021"].preamble is True
    assert formats["connections/2020"].preamble is False
    assert formats["connections/vcard"].container == "vcard"


def test_spec_ids_are_unique_and_kind_slash_version() -> None:
    ids = [spec.id for spec in SPECS]
    assert len(ids) == len(set(ids))
    for spec in SPECS:
        kind, _, version = spec.id.partition("/")
        assert kind == str(spec.kind)
        assert re.fullmatch(r"[a-z0-9_-]+", version), spec.id


def test_no_two_specs_of_a_kind_are_indistinguishable() -> None:
    seen: dict[tuple[object, ...], str] = {}
    for spec in SPECS:
        shapes = tuple(sorted((field, p.pattern) for field, p in spec.shapes.items()))
        key = (spec.kind, spec.container, spec.fingerprint, spec.preamble, shapes)
        assert key not in seen, f"{spec.id} cannot be told apart from {seen[key]}"
        seen[key] = spec.id


def _model_of(kind: str) -> type:
    """The model class of a kind, read from the typed ``Export`` attribute's annotation."""
    if kind == "connections":
        return lx.Connection
    hint = typing.get_type_hints(getattr(lx.Export, kind).fget)["return"]
    model = typing.get_args(hint)[0]
    assert isinstance(model, type)
    return model


def test_every_kind_with_specs_has_a_typed_export_attribute() -> None:
    for spec in SPECS:
        assert isinstance(_model_of(spec.kind), type), spec.id


def test_spec_fields_exist_on_the_model() -> None:
    # Fields a builder turns into something else: FN → names, end dates → is_current, …
    consumed_by_builder = {"formatted_name", "profile", "inviter_profile", "invitee_profile"}
    for spec in SPECS:
        model = _model_of(spec.kind)
        for column in spec.columns:
            if column.field is None:
                continue
            assert hasattr(model, column.field) or column.field in consumed_by_builder, (
                spec.id,
                column.header,
                column.field,
            )


def test_csv_spec_headers_are_unique_per_spec() -> None:
    for spec in SPECS:
        if spec.container is Container.CSV:
            keys = [column.key for column in spec.columns]
            assert len(keys) == len(set(keys)), spec.id


# --- classify_email ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "kind", "normalized"),
    [
        ("mara.quill@fernwood-labs.io", lx.EmailKind.WORK, "mara.quill@fernwood-labs.io"),
        ("tomas.reyne@gmail.com", lx.EmailKind.PERSONAL, "tomas.reyne@gmail.com"),
        ("ana@outlook.com", lx.EmailKind.PERSONAL, "ana@outlook.com"),
        ("  mara@fernwood-labs.io ", lx.EmailKind.WORK, "mara@fernwood-labs.io"),
        ("mailto:mara@fernwood-labs.io", lx.EmailKind.WORK, "mara@fernwood-labs.io"),
        ("Mara Quill <mara@fernwood-labs.io>", lx.EmailKind.WORK, "mara@fernwood-labs.io"),
        ("Mara.Quill@Fernwood-Labs.IO", lx.EmailKind.WORK, "Mara.Quill@fernwood-labs.io"),
    ],
)
def test_classify_email(address: str, kind: lx.EmailKind, normalized: str) -> None:
    info = lx.classify_email(address)
    assert info.kind is kind
    assert info.normalized == normalized
    assert info.is_work is (kind is lx.EmailKind.WORK)
    # EMAIL_PHONE.md §7.10: whitespace, mailto: and a display name are cleaned with a warning.
    cleaned = address != address.strip() or "mailto:" in address or "<" in address
    expected = [lx.WarningCode.EMAIL_CLEANED] if cleaned else []
    assert [w.code for w in info.warnings] == expected


@pytest.mark.parametrize(
    "address",
    [
        "not-an-email",
        "mara@",
        "@fernwood-labs.io",
        "mara@@fernwood-labs.io",
        "",
        "mara@example.com",
        "x@test.test",
    ],
)
def test_classify_email_invalid(address: str) -> None:
    info = lx.classify_email(address)
    assert info.kind is lx.EmailKind.INVALID
    assert info.is_work is None
    assert info.dedupe_key is None
    assert [w.code for w in info.warnings] == [lx.WarningCode.INVALID_EMAIL]


def test_classify_email_reserved_domain_keeps_the_parsed_parts() -> None:
    info = lx.classify_email("mara.quill@example.com")
    assert info.kind is lx.EmailKind.INVALID
    assert info.domain == "example.com"
    assert info.reasons == ("reserved-domain",)


@pytest.mark.parametrize("value", [None, 42, b"mara@fernwood-labs.io"])
def test_classify_email_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        lx.classify_email(value)  # type: ignore[arg-type]


def test_classify_email_dedupe_key() -> None:
    assert lx.classify_email("M.a.r.a+jobs@gmail.com").dedupe_key == "mara@gmail.com"
    assert lx.classify_email("mara.quill@googlemail.com").dedupe_key == "maraquill@gmail.com"
    assert (
        lx.classify_email("Mara.Quill@Fernwood-Labs.io").dedupe_key == "mara.quill@fernwood-labs.io"
    )
    assert (
        lx.classify_email("mara.quill+x@fernwood-labs.io").dedupe_key
        == "mara.quill+x@fernwood-labs.io"
    )
    assert "plus_tag" in lx.classify_email("mara+jobs@gmail.com").flags


def test_classify_email_never_opens_a_socket() -> None:
    # conftest.py makes every socket constructor raise, so reaching the end proves no network use.
    for address in ["mara@fernwood-labs.io", "mara@fernwood-labs-unregistered.io", "x@gmail.com"]:
        assert lx.classify_email(address).kind is not lx.EmailKind.INVALID


# --- normalize_phone ---------------------------------------------------------------------------


def test_normalize_phone_international() -> None:
    info = lx.normalize_phone(" +44 20 7946 0123")
    assert info.e164 == "+442079460123"
    assert info.is_valid is True
    assert info.number_type == "fixed_line"
    assert info.region == "GB"
    assert info.raw == " +44 20 7946 0123"
    assert info.assumed_region is None
    assert info.warnings == ()


def test_normalize_phone_national_without_region() -> None:
    info = lx.normalize_phone("020 7946 0123")
    assert info.e164 is None
    assert info.is_valid is False
    assert [w.code for w in info.warnings] == [lx.WarningCode.INVALID_PHONE]


def test_normalize_phone_national_with_region() -> None:
    info = lx.normalize_phone("020 7946 0123", region="GB")
    assert info.e164 == "+442079460123"
    assert info.is_valid is True
    assert info.assumed_region == "GB"
    assert [w.code for w in info.warnings] == [lx.WarningCode.REGION_ASSUMED]
    assert "GB" in info.warnings[0].message
    assert lx.normalize_phone("020 7946 0123", region="gb").e164 == "+442079460123"


def test_normalize_phone_spreadsheet_damage() -> None:
    info = lx.normalize_phone("4.15555E+09")
    assert info.e164 is None
    assert info.is_valid is False
    assert [w.code for w in info.warnings] == [lx.WarningCode.SPREADSHEET_DAMAGE]


def test_normalize_phone_extension_kept_apart() -> None:
    info = lx.normalize_phone("+44 20 7946 0123 ext. 123")
    assert info.e164 == "+442079460123"
    assert info.extension == "123"


def test_normalize_phone_type_error() -> None:
    with pytest.raises(TypeError):
        lx.normalize_phone(4155550100)  # type: ignore[arg-type]


def test_default_region_reaches_phone_numbers_of_legacy_files() -> None:
    (outlook_spec,) = [f for f in lx.supported_formats() if f.id == "connections/outlook"]
    header = list(dict.fromkeys(outlook_spec.columns))
    values = {
        "First Name": "Mara",
        "Last Name": "Quill",
        "E-mail Address": "mara@fernwood-labs.io",
        "Company": "Fernwood Labs",
        "Job Title": "Engineer",
        "Mobile Phone": "020 7946 0123",
    }
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerow([values.get(column, "") for column in header])
    data = out.getvalue().encode()
    name = "linkedin_connections_export_microsoft_outlook.csv"
    plain = lx.parse_file(data, name=name)
    regional = lx.parse_file(data, name=name, default_region="GB")
    assert plain.file.format_id == "connections/outlook"
    (without,) = [r for r in plain.records if isinstance(r, lx.Connection)]
    (with_region,) = [r for r in regional.records if isinstance(r, lx.Connection)]
    assert without.phones[0].e164 is None
    assert [w.code for w in plain.warnings] == [lx.WarningCode.INVALID_PHONE]
    assert with_region.phones[0].e164 == "+442079460123"
    assert [w.code for w in regional.warnings] == [lx.WarningCode.REGION_ASSUMED]
    assert regional.warnings[0].column == "Mobile Phone"


# --- report ------------------------------------------------------------------------------------


def test_report(export: lx.Export) -> None:
    report = export.report()
    assert report.connections == 3
    assert report.hidden_members == 1
    assert report.with_email == 1
    assert report.files == 5
    assert report.warnings == 2
    assert dict(report.by_code) == {"hidden-member": 1, "unknown-file": 1}
    text = str(report)
    assert "Connections: 3" in text
    assert "1 hidden" in text
    assert "Warnings: 2" in text
    assert "hidden-member" in text
    as_dict = report.to_dict()
    assert json.loads(json.dumps(as_dict)) == as_dict
    assert as_dict["connections"]["total"] == 3
    html = report._repr_html_()
    assert "<table>" in html
    assert "hidden-member" in html
    assert "<table>" in export._repr_html_()


# --- warning codes ------------------------------------------------------------------------------

DESIGN_CODES = (
    "unknown-file unknown-column missing-column encoding-guessed mojibake-repaired malformed-row "
    "invalid-date invalid-email invalid-phone invalid-url hidden-member duplicate-record "
    "contact-info-in-name possible-typo-domain spreadsheet-damage limit-exceeded"
).split()


@pytest.mark.parametrize("value", DESIGN_CODES)
def test_design_warning_codes_exist(value: str) -> None:
    code = lx.WarningCode(value)
    assert code.value == value
    assert code.name == value.upper().replace("-", "_")


@pytest.mark.parametrize("code", list(lx.WarningCode))
def test_every_warning_code_is_documented(code: lx.WarningCode) -> None:
    doc = diagnostics.describe(code)
    assert len(doc) > 20
    assert "\n" not in doc
    assert re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", code.value)


def test_warning_codes_are_distinct_per_member() -> None:
    docs = [diagnostics.describe(code) for code in lx.WarningCode]
    assert len(set(docs)) == len(docs)


def test_data_warning_str() -> None:
    warning = lx.DataWarning.make(
        lx.WarningCode.INVALID_DATE, "bad", file="Connections.csv", line=5, column="Connected On"
    )
    assert str(warning) == "Connections.csv:5 [Connected On]: warning invalid-date: bad"
    assert warning.severity is lx.Severity.WARNING
    assert attrs.evolve(warning, line=None).line is None


# --- no network, light import -------------------------------------------------------------------


def test_sockets_are_disabled_in_the_suite() -> None:
    with pytest.raises(RuntimeError, match="network"):
        socket.socket()
    ATTEMPTS.clear()  # expected here: see test_no_network.py for the whole guard


def test_import_is_light() -> None:
    code = (
        "import sys, linkedin_export\n"
        "heavy = [m for m in ('chardet', 'phonenumbers', 'email_validator') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    src = str(Path(lx.__file__).resolve().parent.parent)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": src, "PATH": ""},
        timeout=60,
    )
    assert result.stdout.strip() == ""


def test_a_subset_of_a_known_header_is_read_with_that_version() -> None:
    trimmed = (
        b'"First Name","Last Name","E-mail Address","Company","Job Title","Mobile Phone"\n'
        b'"Ines","Okafor","ines@fernwood-labs.io","Fernwood Labs","Engineer",""\n'
    )
    parsed = lx.parse_file(trimmed, name="contacts.csv")
    assert parsed.file.format_id == "connections/outlook"
    assert [w.code for w in parsed.warnings] == []  # the usual empty columns may be absent


def test_a_file_sharing_a_few_columns_is_not_misread() -> None:
    recommendations = (
        b"First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
        b'Mara,Quill,Fernwood Labs,Engineer,"Great to work with","1/5/18, 4:12 PM",VISIBLE\n'
    )
    parsed = lx.parse_file(recommendations, name="Recommendations_Received.csv")
    assert parsed.file.format_id == "recommendations_received/2018"  # not connections/outlook
    assert parsed.file.kind == "recommendations_received"
