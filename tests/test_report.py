"""The quality report: every figure on a synthetic export where it is known by construction, and
the three renderings (text, HTML, dict) consistent with each other on the bundled sample."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import zipfile
from pathlib import Path

import attrs
import pytest

import linkedin_export as lx
from linkedin_export.cli import EXIT_OK, main
from linkedin_export.report import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
ZIP_NAME = "Complete_LinkedInDataExport_01-02-2026.zip"

CONNECTIONS_HEADER = [
    "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On",
]  # fmt: skip
IN = "https://www.linkedin.com/in/"
#: Every row is annotated with what it adds to the report.
CONNECTIONS = [
    # 1 work address at the current company's domain
    ["Ada", "Brook", IN + "ada-brook", "ada@fernwood-labs.io", "Fernwood Labs", "Engineer"],
    # 2 the same profile as 1 (slug case differs): duplicate profile
    ["Ada", "Brook", IN + "Ada-Brook", "", "Fernwood Labs", "Engineer"],
    # 3 personal
    ["Ben", "Cole", IN + "ben-cole", "ben.cole@gmail.com", "Quill & Fern Ltd", "Designer"],
    # 4 personal, the same Gmail mailbox as 3 (dots and +tag): duplicate email; no company
    ["Benny", "Cole", IN + "benny-cole", "b.e.n.cole+li@gmail.com", "", "Analyst"],
    # 5 a work address at another company's domain: stale
    ["Cara", "Dune", IN + "cara-dune", "cara@saltmarsh-robotics.com", "Larkspur Health", "Nurse"],
    # 6 role address; no position
    ["Dev", "Eng", IN + "dev-eng", "info@larkspur-health.org", "Larkspur Health", ""],
    # 7 disposable; no profile URL
    ["Eve", "Fox", "", "eve@mailinator.com", "Obsidian Ferry", "Pilot"],
    # 8 government
    ["Finn", "Gale", IN + "finn-gale", "finn@records.gov", "Records Office", "Clerk"],
    # 9 education
    ["Gus", "Hart", IN + "gus-hart", "gus@fernwood.ac.uk", "Fernwood College", "Lecturer"],
    # 10 invalid (reserved domain): invalid-email
    ["Hal", "Ives", IN + "hal-ives", "hal@example.com", "Northwind Cartography", "Surveyor"],
    # 11 a phone number in the name: contact-info-in-name
    ["Ivy", "Jones +44 20 7946 0123", IN + "ivy-jones", "", "Northwind Cartography", "Analyst"],
    # 12 credentials in the name
    ["Jo", "Kim, PhD", IN + "jo-kim", "", "Larkspur Health", "Researcher"],
    # 13 emoji in the name; no company, no position
    ["Lu", "\N{ROCKET} Ma", IN + "lu-ma", "", "", ""],
    # 14 work address at an abbreviated company domain: not stale
    ["Mo", "Nash", IN + "mo-nash", "mo@northwind-carto.com", "Northwind Cartography", "Mapper"],
    # 15 work address without a company: not stale, counted as without a company
    ["Ned", "Oak", IN + "ned-oak", "ned@obsidian-ferry.com", "", "Captain"],
    # 16 profile of 1 again (trailing slash), mailbox of 1 again (case): both duplicates
    ["Ada", "Brook", IN + "ada-brook/", "Ada@Fernwood-Labs.io", "Fernwood Labs", "Engineer"],
    # 17, 18 hidden members: only the date
    ["", "", "", "", "", ""],
    ["", "", "", "", "", ""],
]
#: The "Notes:" preamble that LinkedIn writes above the header since 2020.
PREAMBLE = 'Notes:\n"Synthetic export for the report tests."\n\n'

IMPORTED_HEADER = (
    "FirstName,MiddleName,LastName,MaidenName,NickName,NamePrefix,NameSuffix,Title,Emails,"
    "PhoneNumbers,CreatedAt,UpdatedAt,CountryCode,RegionCode,ThirdPartyVerified,Location\n"
)
IMPORTED = (
    'Pia,,Stone,,,,,Analyst,pia@fernwood-labs.io,+44 20 7946 0111,"03/14/25, 9:05 AM",,,,,\n'
    'Quin,,Tate,,,,,,quin.tate@gmail.com,,"03/14/25, 9:05 AM",,,,,\n'
    'Rae,,Umber,,,,,,,+1 202-555-0142,"03/14/25, 9:05 AM",,,,,\n'
    'Sol,,Vance,,,,,,,,"03/14/25, 9:05 AM",,,,,\n'
)
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
    "SUBJECT,CONTENT,FOLDER\n"
)
OWNER = "Tess Wren"
ADA, TESS, DAY = f"Ada Brook,{IN}ada-brook", f"{OWNER},{IN}tess-wren", "2025-01-02"
HIDDEN = "LinkedIn Member,"  # no profile URL
MESSAGES = (
    f"2-YWFh,,{ADA},{TESS},{DAY} 10:00:00 UTC,,<p>Hi</p>,INBOX\n"
    f"2-YWFh,,{TESS},{ADA},{DAY} 11:00:00 UTC,,<p>Hello</p>,INBOX\n"
    f"2-YmJi,,{HIDDEN},{TESS},{DAY} 12:00:00 UTC,,<p>?</p>,INBOX\n"
    f"2-YmJi,,{TESS},{HIDDEN},{DAY} 13:00:00 UTC,,<p>!</p>,INBOX\n"
)

EMPTY_CONNECTIONS = (",".join(CONNECTIONS_HEADER) + "\n").encode()


def _connections_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CONNECTIONS_HEADER)
    for row in CONNECTIONS:
        writer.writerow([*row, "14 Mar 2024"])
    out.write("Zed,Young,,,,,14 Mar 2024,extra cell\n")  # malformed: 8 fields
    return PREAMBLE + out.getvalue()


def _damage(archive: bytes, name: str) -> bytes:
    """``archive`` with the compressed data of member ``name`` overwritten (a bad CRC)."""
    with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
        info = zipped.getinfo(name)
    data = bytearray(archive)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + 8] = b"\xff" * 8
    return bytes(data)


def synthetic_zip(*, extra_unknown: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", _connections_csv())
        archive.writestr("ImportedContacts.csv", IMPORTED_HEADER + IMPORTED)
        archive.writestr("messages.csv", MESSAGES_HEADER + MESSAGES)
        archive.writestr("Notes.csv", "Alpha,Beta\nsome,thing\n")  # known, no model
        archive.writestr("Mystery.csv", "Alpha,Beta\n1,2\n3,4,5\n")  # unknown, one malformed row
        archive.writestr("Skills.csv", "Name\n" + "Cartography\n" * 200)  # damaged below
        for i in range(extra_unknown):
            archive.writestr(f"Odd {i:02}.csv", "Alpha,Beta\n1,2\n")
    return _damage(buffer.getvalue(), "Skills.csv")


@pytest.fixture(scope="module")
def synthetic() -> lx.Export:
    return lx.load(synthetic_zip(), name=ZIP_NAME)


@pytest.fixture(scope="module")
def report(synthetic: lx.Export) -> lx.QualityReport:
    return synthetic.report()


@pytest.fixture(scope="module")
def sample() -> lx.QualityReport:
    return lx.load(lx.sample_export_path()).report()


# --- figures known by construction ------------------------------------------------------------


def test_connection_figures(report: lx.QualityReport) -> None:
    assert report.connections == 18
    assert report.hidden_members == 2
    assert report.visible == 16
    assert report.with_email == 12
    assert report.email_share == 12 / 18
    assert report.without_profile_url == 1
    assert report.without_company == 3
    assert report.without_position == 2
    assert report.work_email_other_company == 1


def test_email_kinds(report: lx.QualityReport) -> None:
    assert dict(report.email_kinds) == {
        "work": 5, "personal": 2, "role": 1, "education": 1, "government": 1, "disposable": 1,
        "invalid": 1,
    }  # fmt: skip
    assert report.addresses == 12
    shares = report.email_kind_shares
    assert list(shares) == [kind.value for kind in lx.EmailKind]
    assert shares["work"] == 5 / 12
    assert shares["invalid"] == 1 / 12


def test_duplicates_by_profile_and_by_dedupe_key(report: lx.QualityReport) -> None:
    assert report.duplicate_profiles == lx.DuplicateCount(
        groups=1, records=3, examples=("ada-brook",)
    )
    assert report.duplicate_profiles.surplus == 2
    assert report.duplicate_emails == lx.DuplicateCount(
        groups=2, records=4, examples=("ada@fernwood-labs.io", "bencole@gmail.com")
    )
    assert report.duplicate_emails.surplus == 2


def test_names_with_contact_details_or_decorations(report: lx.QualityReport) -> None:
    assert report.names_flagged == 3
    assert dict(report.name_flags) == {"contact_info": 1, "credentials": 1, "emoji": 1}


def test_imported_contacts_and_messages(report: lx.QualityReport) -> None:
    assert (report.imported_contacts, report.imported_with_email, report.imported_with_phone) == (
        4,
        2,
        2,
    )
    assert (report.messages, report.conversations, report.messages_from_hidden_members) == (
        4,
        2,
        1,
    )


def test_warning_counts(report: lx.QualityReport, synthetic: lx.Export) -> None:
    assert report.warnings == len(synthetic.warnings) == 12
    assert dict(report.by_code) == {
        "hidden-member": 3,  # two connection rows, one message
        "duplicate-record": 2,  # Ada Brook's profile, at lines 6 and 20
        "malformed-row": 2,
        "invalid-email": 1,
        "contact-info-in-name": 1,
        "unknown-file": 1,
        "unreadable-file": 1,
        "region-assumed": 1,  # for the whole export: the phone numbers' most common country
    }
    assert dict(report.by_severity) == {"info": 7, "warning": 2, "error": 3}
    assert dict(report.by_file) == {
        "Connections.csv": {
            "hidden-member": 2, "duplicate-record": 2, "invalid-email": 1,
            "contact-info-in-name": 1, "malformed-row": 1,
        },
        "messages.csv": {"hidden-member": 1},
        "Mystery.csv": {"unknown-file": 1, "malformed-row": 1},
        "Skills.csv": {"unreadable-file": 1},
        "<export>": {"region-assumed": 1},
    }  # fmt: skip
    assert report.code_severity["malformed-row"] == "error"
    assert report.code_severity["hidden-member"] == "info"
    assert list(report.code_severity) == list(report.by_code)


def test_file_quality(report: lx.QualityReport) -> None:
    files = {f.name: f for f in report.file_quality}
    assert sorted(files) == [
        "Connections.csv", "ImportedContacts.csv", "Mystery.csv", "Notes.csv", "Skills.csv",
        "messages.csv",
    ]  # fmt: skip
    assert {name: f.status for name, f in files.items()} == {
        "Connections.csv": "modelled",
        "ImportedContacts.csv": "modelled",
        "messages.csv": "modelled",
        "Notes.csv": "known",
        "Mystery.csv": "unknown",
        "Skills.csv": "known",
    }
    assert files["Connections.csv"] == lx.FileQuality(
        path="Connections.csv",
        name="Connections.csv",
        kind="connections",
        format_id=files["Connections.csv"].format_id,
        status="modelled",
        rows=19,
        records=18,
        malformed_rows=1,
        warnings=7,
        by_code=lx.FrozenDict(
            {
                "hidden-member": 2,
                "duplicate-record": 2,
                "invalid-email": 1,
                "contact-info-in-name": 1,
                "malformed-row": 1,
            }
        ),
        by_severity=lx.FrozenDict({"info": 4, "warning": 2, "error": 1}),
    )
    assert files["Skills.csv"].unreadable
    assert not files["Notes.csv"].unreadable
    assert files["Notes.csv"].warnings == 0
    assert files["Mystery.csv"].malformed_rows == 1
    assert (
        report.files,
        report.files_modelled,
        report.files_known,
        report.files_unknown,
        report.files_unreadable,
        report.files_with_malformed_rows,
        report.malformed_rows,
    ) == (6, 3, 2, 1, 1, 2, 2)


def test_stale_work_email_is_the_other_company_row(synthetic: lx.Export) -> None:
    from linkedin_export.report import _work_email_elsewhere

    stale = [c.full_name for c in synthetic.connections if _work_email_elsewhere(c)]
    assert stale == ["Cara Dune"]


def test_an_empty_export_reports_zeros() -> None:
    report = lx.load(EMPTY_CONNECTIONS, name="Connections.csv").report()
    assert report.connections == report.with_email == report.email_share == 0
    assert report.email_kind_shares == dict.fromkeys((k.value for k in lx.EmailKind), 0.0)
    assert report.duplicate_profiles == lx.DuplicateCount()
    text = str(report)
    assert "Connections: 0 (0 visible, 0 hidden)" in text
    assert "Warnings: 0" in text
    assert "Warnings by file" not in text
    json.dumps(report.to_dict())


# --- renderings -------------------------------------------------------------------------------


def _row(text: str, label: str, section: str = "") -> str:
    """The line of ``label`` (in the section whose title starts with ``section``), its
    whitespace collapsed."""
    if section:
        text = text[text.index(f"\n{section}") :].split("\n\n", 1)[0]
    (line,) = [line for line in text.splitlines() if line.startswith(f"  {label}  ")]
    return " ".join(line.split())


def test_text_rows(report: lx.QualityReport) -> None:
    text = str(report)
    assert text.splitlines()[:2] == [
        f"Quality report for {ZIP_NAME}",
        "6 files, 18 connections, 4 messages, 12 warnings (7 info, 2 warning, 3 error)",
    ]
    assert "Connections: 18 (16 visible, 2 hidden)" in text
    assert _row(text, "with an email address", "Connections") == "with an email address 12 67%"
    assert _row(text, "with an email address", "Imported") == "with an email address 2"
    assert _row(text, "without a company") == "without a company 3 17%"
    assert _row(text, "without a position") == "without a position 2 11%"
    assert _row(text, "work email, other company's domain") == (
        "work email, other company's domain 1 6%"
    )
    assert _row(text, "same profile in several rows") == (
        "same profile in several rows 1 3 connections: ada-brook"
    )
    assert _row(text, "same email in several rows") == (
        "same email in several rows 2 4 connections: ada@fernwood-labs.io, … 1 more"
    )  # the line keeps to 100 characters; the HTML and to_dict() have every example
    assert _row(text, "names with emoji") == "names with emoji 1 6%"
    assert _row(text, "disposable") == "disposable 1 8%"
    assert _row(text, "with a phone number") == "with a phone number 2"
    assert _row(text, "from hidden members") == "from hidden members 1"
    assert _row(text, "unreadable") == "unreadable 1"
    assert _row(text, "malformed-row") == "malformed-row error 2"
    assert "Messages: 4 in 2 conversations" in text
    # the worst first: errors, then warnings, then infos (ties in warning order)
    files = text.split("Warnings by file:\n")[1].splitlines()[1:]
    assert [line.split()[0] for line in files] == [
        "Connections.csv", "Mystery.csv", "Skills.csv", "<export>", "messages.csv",
    ]  # fmt: skip
    assert " ".join(files[0].split()[:4]) == "Connections.csv 4 2 1"


def test_text_columns_are_aligned(report: lx.QualityReport) -> None:
    text = str(report)
    assert max(len(line) for line in text.splitlines()) <= 100
    # every figure and every warning code: the count right-aligned, ending in column 45
    figures = text.split("\nWarnings by file:", maxsplit=1)[0]
    rows = [line for line in figures.splitlines() if line.startswith("  ")]
    assert len(rows) == 27 + 1 + 8  # figures, the code table's header, its codes
    for line in rows:
        assert line[38:45].strip().isdigit() or line.endswith("count"), line
        assert line[45:46] in {"", " "}, line


def test_a_long_code_widens_its_column(report: lx.QualityReport) -> None:
    long = lx.WarningCode.FREEMAIL_DOMAIN_MATCHES_COMPANY.value
    widened = attrs.evolve(
        report,
        by_code=lx.FrozenDict({long: 1, "hidden-member": 3}),
        code_severity=lx.FrozenDict({long: "info", "hidden-member": "info"}),
    )
    table = str(widened).split("\nWarnings:")[1].split("\n\n")[0].splitlines()[1:]
    assert table == [
        "  code" + " " * 28 + "severity   count",
        f"  {long} info           1",
        "  hidden-member" + " " * 19 + "info           3",
    ]


def test_long_lists_are_capped() -> None:
    export = lx.load(synthetic_zip(extra_unknown=30), name=ZIP_NAME)
    report = export.report()
    assert report.files_unknown == 31
    text = str(report)
    assert "  … 23 more files" in text  # 35 locations with warnings, 12 shown
    assert len(text.splitlines()) < 80
    page = report._repr_html_()
    assert "… 15 more files" in page  # 20 shown
    assert page.count("<tr>") < 80
    # the export's own HTML stays compact too
    export_page = export._repr_html_()
    assert export_page.count("<tr>") == 27  # the header, 25 files, "… more"
    assert "… 11 more files" in export_page  # 36 files
    assert "Odd 29.csv" not in export_page
    many = attrs.evolve(
        report,
        duplicate_profiles=lx.DuplicateCount(
            groups=7, records=15, examples=("a", "b", "c", "d", "e")
        ),
    )
    assert _row(str(many), "same profile in several rows") == (
        "same profile in several rows 7 15 connections: a, b, c, d, e, … 2 more"
    )


def test_duplicate_count_of() -> None:
    counted = lx.DuplicateCount.of([("x",), ("y", "x"), ("x", "x"), ("z",), ("y",), ()])
    assert counted == lx.DuplicateCount(groups=2, records=5, examples=("x", "y"))
    assert counted.to_dict() == {"groups": 2, "records": 5, "surplus": 3, "examples": ["x", "y"]}


def test_to_dict(report: lx.QualityReport) -> None:
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["by_severity"] == {"info": 7, "warning": 2, "error": 3}
    assert data["file_counts"] == {
        "read": 6, "modelled": 3, "known_without_model": 2, "unknown": 1, "unreadable": 1,
        "with_malformed_rows": 2, "malformed_rows": 2,
    }  # fmt: skip
    connections = data["connections"]
    assert connections == {
        "total": 18,
        "visible": 16,
        "hidden_members": 2,
        "with_email": 12,
        "email_share": 0.6667,
        "addresses": 12,
        "email_kinds": {
            "work": 5, "personal": 2, "role": 1, "education": 1, "government": 1,
            "disposable": 1, "invalid": 1,
        },
        "email_kind_shares": {
            "work": 0.4167, "personal": 0.1667, "role": 0.0833, "education": 0.0833,
            "government": 0.0833, "disposable": 0.0833, "invalid": 0.0833,
        },
        "without_profile_url": 1,
        "without_company": 3,
        "without_position": 2,
        "work_email_other_company": 1,
        "duplicate_profiles": {"groups": 1, "records": 3, "surplus": 2, "examples": ["ada-brook"]},
        "duplicate_emails": {
            "groups": 2, "records": 4, "surplus": 2,
            "examples": ["ada@fernwood-labs.io", "bencole@gmail.com"],
        },
        "names_flagged": 3,
        "name_flags": {"contact_info": 1, "credentials": 1, "emoji": 1},
    }  # fmt: skip
    assert data["imported_contacts"] == {"total": 4, "with_email": 2, "with_phone": 2}
    assert data["messages"] == {"total": 4, "conversations": 2, "from_hidden_members": 1}
    skills = next(f for f in data["file_quality"] if f["name"] == "Skills.csv")
    assert skills["unreadable"] is True
    assert skills["by_severity"] == {"info": 0, "warning": 0, "error": 1}


def test_to_dict_keys_are_stable(report: lx.QualityReport) -> None:
    empty = lx.load(EMPTY_CONNECTIONS, name="Connections.csv").report().to_dict()
    full = report.to_dict()

    def shape(value: object) -> object:
        if isinstance(value, dict) and not set(value) & {"hidden-member", "Connections.csv"}:
            return {key: shape(item) for key, item in value.items()}
        return type(value).__name__

    for key in ("connections", "imported_contacts", "messages", "file_counts", "by_severity"):
        assert shape(empty[key]) == shape(full[key]), key
    assert list(empty) == list(full)


def test_html(report: lx.QualityReport) -> None:
    page = report._repr_html_()
    assert page.count("<table>") == page.count("</table>") == 5
    for code in report.by_code:
        assert f"<td>{code}</td>" in page
    assert "<caption>Connections: 18</caption>" in page
    right = '<td style="text-align:right">'
    assert f"<td>without a company</td>{right}3</td>{right}17%</td>" in page
    assert "<td>Connections.csv</td>" in page
    assert "<td>4 connections: ada@fernwood-labs.io, bencole@gmail.com</td>" in page
    assert "\n" not in page


def test_html_is_escaped() -> None:
    data = b"First Name,Last Name,URL\n<b>Bo</b>,Ray,\n"
    report = lx.load(data, name="<script>Connections.csv").report()
    page = report._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;Connections.csv" in page


# --- the bundled sample: three renderings that agree ----------------------------------------


def test_sample_renderings_agree(sample: lx.QualityReport) -> None:
    data = sample.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    text, page = str(sample), sample._repr_html_()
    assert data["warnings"] == sum(data["by_code"].values()) == sample.warnings
    assert sum(data["by_severity"].values()) == sample.warnings
    assert data["by_code"] == dict(sample.by_code)
    for code, count in data["by_code"].items():
        assert f"<td>{code}</td>" in page
        severity = data["code_severity"][code]
        assert _row(text, code) == f"{code} {severity} {count}"
    for path, codes in data["by_file"].items():
        assert path in text
        assert f"<td>{html.escape(path)}</td>" in page
        assert (
            sum(codes.values())
            == sum(f["warnings"] for f in data["file_quality"] if f["path"] == path)
            or path == "<export>"
        )
    connections = data["connections"]
    assert f"Connections: {connections['total']} " in text
    assert f"<caption>Connections: {connections['total']}</caption>" in page
    assert f"Email addresses: {connections['addresses']}" in text
    for kind, count in connections["email_kinds"].items():
        assert _row(text, kind).split()[:2] == [kind, str(count)]
        assert f'<td>{kind}</td><td style="text-align:right">{count}</td>' in page
    assert connections["total"] == 55
    assert connections["hidden_members"] == 2
    assert data["file_counts"]["read"] == len(data["file_quality"]) == sample.files


def test_sample_figures(sample: lx.QualityReport) -> None:
    export = lx.load(lx.sample_export_path())
    assert sample.connections == len(export.connections)
    assert sample.name_flags == {"contact_info": 1, "credentials": 1, "emoji": 1}
    assert sample.messages == len(export.messages) == 3
    assert sample.messages_from_hidden_members == 1
    # Northwind Cartography's people write from northwind-carto.com: an abbreviation, not stale
    assert sample.work_email_other_company == 0
    assert sample.duplicate_profiles.groups == 0  # two Mara Quills, two profiles


def test_docs_page_shows_the_sample_output(sample: lx.QualityReport) -> None:
    page = (ROOT / "docs/report.md").read_text("utf-8")
    blocks = re.findall(r"```text\n(.*?)```", page, flags=re.DOTALL)
    assert str(sample) + "\n" in blocks, "regenerate the example in docs/report.md"
    for field in attrs.fields(lx.QualityReport):
        assert f"`{field.name}`" in page, field.name


def test_docs_page_examples_hold() -> None:
    """Each line ``expression  # literal`` of the page's Python block holds."""
    page = (ROOT / "docs/report.md").read_text("utf-8")
    (block,) = re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL)
    namespace: dict[str, object] = {}
    checked = 0
    for line in block.splitlines():
        code, _, claim = line.partition("  # ")
        if not claim:
            exec(code, namespace)  # noqa: S102 - our own docs
            continue
        assert eval(code, namespace) == eval(claim), code  # noqa: S307 - our own docs
        checked += 1
    assert checked == 8


def test_cli_report_prints_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--sample"]) == EXIT_OK
    out = capsys.readouterr().out
    sample = lx.load(lx.sample_export_path()).report()
    assert out.startswith(str(sample) + "\n")
    assert main(["report", "--sample", "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == SCHEMA_VERSION
    for key, value in sample.to_dict().items():
        assert data[key] == value, key
