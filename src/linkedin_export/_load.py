"""``lx.load`` and ``lx.parse_file``: source → members → text → table → spec → records."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import attrs

from linkedin_export._engine import RowContext, Tally, generic_records, spec_records
from linkedin_export._formats import Container, Kind, known_file_title, norm_header, select_spec
from linkedin_export._formats import header_score as _header_score
from linkedin_export._reading.decode import decode, looks_binary
from linkedin_export._reading.source import Limits, Member, SourceInput, open_source
from linkedin_export._reading.table import MalformedRow, Row, Table, read_table
from linkedin_export._reading.vcard import looks_like_vcard, read_vcards
from linkedin_export.diagnostics import DataWarning, Severity, WarningCode
from linkedin_export.errors import DataQualityError, LinkedInExportError, UnreadableInputError
from linkedin_export.export import Export, FileReport, ParsedFile
from linkedin_export.models import Connection, FrozenDict, Record

__all__ = ["load", "parse_file", "sample_export_path"]

#: Extensions read as tables inside an archive; anything else is listed, not parsed.
_TABLE_EXTENSIONS = frozenset({"csv", "tsv", "txt", "vcf", "vcard", ""})
#: How many rows are looked at to tell apart versions with identical headers.
_SAMPLE_ROWS = 20
_SAMPLE_NAME = "Complete_LinkedInDataExport_11-20-2026.zip"


@attrs.define
class _Outcome:
    report: FileReport
    records: list[Record]
    warnings: list[DataWarning]
    kind: Kind | None = None


def load(
    source: SourceInput,
    *,
    strict: bool = False,
    default_region: str | None = None,
    limits: Limits | None = None,
) -> Export:
    """Load a LinkedIn export.

    Args:
        source: a zip archive, an extracted folder or one CSV/vCard file (a path as ``str`` or
            :class:`os.PathLike`), the bytes of one, or a binary file object.
        strict: raise :class:`DataQualityError` at the end when any warning of severity
            ``warning`` or ``error`` was found (``info`` warnings never raise).
        default_region: ISO 3166 region (``"GB"``) assumed for phone numbers without ``+``.
        limits: safety limits (entry count, sizes, compression ratio); defaults are generous.

    Returns:
        The :class:`Export`. Problems in the data are in ``export.warnings``.

    Raises:
        LinkedInExportError: the input cannot be read at all (not a zip, folder, CSV or vCard;
            encrypted; a safety limit exceeded). The message says what to do.
        DataQualityError: ``strict=True`` and the export has warnings.
        TypeError: ``source`` is of a type that cannot be an export.
    """
    opened = open_source(source, limits=limits or Limits())
    single = opened.container == "file"
    outcomes = [
        _read_member(member, limits or Limits(), default_region=default_region, single=single)
        for member in opened.members
    ]
    warnings = list(opened.warnings)
    by_file: dict[str, tuple[Record, ...]] = {}
    collections: defaultdict[Kind, list[Record]] = defaultdict(list)
    for outcome in outcomes:
        warnings.extend(outcome.warnings)
        if outcome.records or outcome.report.rows:
            key = outcome.report.name
            by_file[key] = by_file.get(key, ()) + tuple(outcome.records)
        if outcome.kind is not None:
            collections[outcome.kind].extend(outcome.records)
    connections = tuple(r for r in collections[Kind.CONNECTIONS] if isinstance(r, Connection))
    export = Export(
        source=opened.label,
        container=opened.container,
        connections=connections,
        files=tuple(outcome.report for outcome in outcomes),
        warnings=tuple(warnings),
        ignored=opened.ignored,
        by_file=FrozenDict(by_file),
    )
    if strict:
        serious = [w for w in export.warnings if w.severity.rank >= Severity.WARNING.rank]
        if serious:
            raise DataQualityError(
                f"{len(serious)} data-quality warning(s) in {export.source} with strict=True; "
                f"the first: {serious[0]}. Inspect error.warnings, or load without strict=True "
                "to get the data with its warnings.",
                serious,
            )
    return export


def parse_file(
    source: SourceInput, *, name: str | None = None, default_region: str | None = None
) -> ParsedFile:
    """Read one file (CSV or vCard); its kind and version come from its header and name.

    Args:
        source: a path, the file's bytes, or a binary file object.
        name: the file name to use as a hint when ``source`` has none (bytes, file objects), e.g.
            ``"Connections.csv"``.
        default_region: ISO 3166 region assumed for phone numbers without ``+``.

    Raises:
        LinkedInExportError: ``source`` is an archive or a folder (use :func:`load`), or not text.
    """
    opened = open_source(source, limits=Limits(), name=name)
    if opened.container != "file" or len(opened.members) != 1:
        raise LinkedInExportError(
            f"{opened.label} is a {opened.container}, not one file; use linkedin_export.load() "
            "to read a whole export"
        )
    member = opened.members[0]
    if name:
        member = attrs.evolve(member, name=name, path=name)
    outcome = _read_member(member, Limits(), default_region=default_region, single=True)
    return ParsedFile(
        file=outcome.report, records=tuple(outcome.records), warnings=tuple(outcome.warnings)
    )


def sample_export_path() -> Path:
    """The path of the bundled synthetic sample export (invented people only).

    Try it: ``linkedin_export.load(linkedin_export.sample_export_path())``.
    """
    return Path(str(resources.files("linkedin_export") / "_sample" / _SAMPLE_NAME))


def _extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def _read_member(
    member: Member, limits: Limits, *, default_region: str | None, single: bool
) -> _Outcome:
    report = FileReport(path=member.path, name=member.name, size=member.size)
    warnings: list[DataWarning] = []
    title = known_file_title(member.name)
    if not single and _extension(member.name) not in _TABLE_EXTENSIONS:
        return _other(report, title, warnings, "is not a table (CSV or vCard)")
    try:
        data = member.read()
    except UnreadableInputError as error:
        warnings.append(DataWarning.make(WarningCode.UNREADABLE_FILE, str(error), file=member.path))
        return _Outcome(attrs.evolve(report, kind=title, warnings=1), [], warnings)
    if looks_binary(data):
        if single:
            raise UnreadableInputError(
                f"{member.path} is not a LinkedIn export: it is not a zip archive, a CSV or a "
                "vCard file (it looks binary). Pass the .zip you downloaded from LinkedIn "
                "(Settings, Data privacy, Get a copy of your data), its extracted folder, or one "
                "of its files."
            )
        return _other(report, title, warnings, "looks binary, not like a table")
    decoded = decode(data)
    report = attrs.evolve(report, encoding=decoded.encoding, encoding_guessed=decoded.guessed)
    if decoded.guessed:
        warnings.append(
            DataWarning.make(
                WarningCode.ENCODING_GUESSED,
                f"no byte-order mark and not UTF-8: read as {decoded.encoding}"
                + (f", {decoded.replaced} undecodable byte(s) replaced" if decoded.replaced else "")
                + " (a file re-saved by a spreadsheet program?)",
                file=member.path,
                value=decoded.encoding,
            )
        )
    if decoded.nul_removed:
        warnings.append(
            DataWarning.make(
                WarningCode.NUL_BYTES_REMOVED,
                f"{decoded.nul_removed} NUL character(s) removed",
                file=member.path,
            )
        )
    vcard = looks_like_vcard(decoded.text)
    table = (
        read_vcards(decoded.text)
        if vcard
        else read_table(decoded.text, header_score=_header_score, max_field=limits.max_field_bytes)
    )
    sample, table.rows = _peek(table)
    match = select_spec(
        table.header,
        member.name,
        preamble=bool(table.preamble),
        samples=sample,
        container=Container.VCARD if vcard else Container.CSV,
    )
    ctx = RowContext(
        file=member.path,
        spec_id=match.spec.id if match else None,
        columns={},
        warnings=warnings,
        default_region=default_region,
    )
    tally = Tally()
    records: list[Record]
    if match is not None:
        records = list(
            spec_records(table, match.spec, ctx, repair=decoded.maybe_mojibake, tally=tally)
        )
        kind: Kind | None = match.spec.kind
        kind_name: str | None = str(kind)
    else:
        if title is None:
            warnings.append(
                DataWarning.make(
                    WarningCode.UNKNOWN_FILE,
                    "not a known LinkedIn file"
                    + (f" (header: {', '.join(table.header[:8])})" if table.header else "")
                    + "; its rows are kept as generic records",
                    file=member.path,
                )
            )
        records = list(generic_records(table, ctx, repair=decoded.maybe_mojibake, tally=tally))
        kind, kind_name = None, title
    report = attrs.evolve(
        report,
        kind=kind_name,
        format_id=match.spec.id if match else None,
        header=table.header,
        header_line=table.header_line,
        preamble=bool(table.preamble),
        rows=tally.data_rows,
        records=tally.records,
        blank_rows=table.blank_rows,
        warnings=len(warnings),
    )
    return _Outcome(report, records, warnings, kind)


def _peek(table: Table) -> tuple[list[dict[str, str]], Iterator[Row | MalformedRow]]:
    """The first rows as ``{normalised header: cell}``, and the rows iterator restored."""
    head = list(itertools.islice(table.rows, _SAMPLE_ROWS))
    keys = [norm_header(cell) for cell in table.header]
    sample = [
        dict(zip(keys, row[1], strict=False)) for row in head if not isinstance(row, MalformedRow)
    ]
    return sample, itertools.chain(head, table.rows)


def _other(
    report: FileReport, title: str | None, warnings: list[DataWarning], why: str
) -> _Outcome:
    if title is None:
        warnings.append(
            DataWarning.make(
                WarningCode.UNKNOWN_FILE,
                f"not a known LinkedIn file and {why}; listed in export.files, not parsed",
                file=report.path,
            )
        )
    return _Outcome(attrs.evolve(report, kind=title, warnings=len(warnings)), [], warnings)
