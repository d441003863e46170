"""``lx.load`` and ``lx.parse_file``: source → members → text → table → spec → records."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from linkedin_export._archive import describe_archive
from linkedin_export._build_messaging import (
    INCOMING,
    OUTGOING,
    build_conversations,
    detect_owner,
    same_person,
    with_directions,
)
from linkedin_export._dedupe import duplicate_warnings, report_duplicates
from linkedin_export._engine import RowContext, Tally, generic_records, spec_records
from linkedin_export._formats import (
    SPECS,
    SPECS_BY_ID,
    Container,
    Kind,
    known_file_title,
    norm_header,
    norm_name,
    select_spec,
)
from linkedin_export._formats import header_score as _header_score
from linkedin_export._reading.article import read_article
from linkedin_export._reading.decode import (
    StreamedText,
    decode,
    decode_stream,
    looks_binary,
    text_lines,
)
from linkedin_export._reading.source import Limits, Member, SourceInput, open_source
from linkedin_export._reading.table import (
    HEAD_CHARS,
    MalformedRow,
    Row,
    Table,
    read_lines,
    read_table,
)
from linkedin_export._reading.vcard import looks_like_vcard, read_vcards
from linkedin_export._regions import resolve_region, validate_region
from linkedin_export.diagnostics import DataWarning, Severity, WarningCode
from linkedin_export.emails import domain_set
from linkedin_export.errors import DataQualityError, LinkedInExportError, UnreadableInputError
from linkedin_export.export import Deferred, Export, FileReport, ParsedFile
from linkedin_export.models import Connection, FrozenDict, Provenance, Record
from linkedin_export.models.archive import ArchiveInfo
from linkedin_export.models.career import Profile
from linkedin_export.models.messaging import Message

__all__ = ["load", "parse_file", "sample_export_path"]

#: Extensions read as tables inside an archive; anything else is listed, not parsed.
_TABLE_EXTENSIONS = frozenset({"csv", "tsv", "txt", "vcf", "vcard", ""})
#: How many rows are looked at to tell apart versions with identical headers.
_SAMPLE_ROWS = 20
_SAMPLE_NAME = "Complete_LinkedInDataExport_11-20-2026.zip"


@attrs.frozen(kw_only=True)
class _Options:
    """What every member of one load is read with."""

    limits: Limits
    region: str | None = None
    region_explicit: bool = False
    work_domains: frozenset[str] = frozenset()
    personal_domains: frozenset[str] = frozenset()


#: Files whose phone numbers vote for the export's default region (small files only).
_PHONE_FILES = re.compile(r".*(connection|contact|phone|outlook|yahoo|jobapplication).*")
_PLUS_NUMBER = re.compile(r"(?<![\w+])\+\s?\d[\d ().-]{6,}\d")


@attrs.define
class _Outcome:
    report: FileReport
    records: list[Record]
    warnings: list[DataWarning]
    kind: Kind | None = None

    @property
    def format_id(self) -> str | None:
        return self.report.format_id


def load(
    source: SourceInput,
    *,
    strict: bool = False,
    default_region: str | None = None,
    limits: Limits | None = None,
    work_domains: Iterable[str] = (),
    personal_domains: Iterable[str] = (),
    name: str | None = None,
) -> Export:
    """Load a LinkedIn export.

    Args:
        source: a zip archive, an extracted folder or one CSV/vCard file (a path as ``str`` or
            :class:`os.PathLike`), the bytes of one, or a binary file object.
        strict: raise :class:`DataQualityError` at the end when any warning of severity
            ``warning`` or ``error`` was found (``info`` warnings never raise).
        default_region: ISO 3166 region (``"GB"``) assumed for phone numbers without ``+``.
            Without it, the region is taken from a country column of the row (legacy contact
            files), else the owner's profile location, else the most common country code of the
            export's ``+`` numbers; with none of these, national numbers are reported, not guessed.
        limits: safety limits (entry count, sizes, compression ratio); defaults are generous.
        work_domains: domains to classify as ``work`` whatever the shipped lists say.
        personal_domains: domains to classify as ``personal`` whatever the shipped lists say.
        name: the file name of ``source`` when it is ``bytes`` or a file object without one
            (``"Complete_LinkedInDataExport_11-20-2026.zip"``); it tells the archive's kind
            and date.

    Returns:
        The :class:`Export`. Problems in the data are in ``export.warnings``.

    Raises:
        LinkedInExportError: the input cannot be read at all (not a zip, folder, CSV or vCard;
            encrypted; a safety limit exceeded). The message says what to do.
        DataQualityError: ``strict=True`` and the export has warnings.
        TypeError: ``source`` is of a type that cannot be an export.
    """
    limits = limits or Limits()
    opened = open_source(source, limits=limits, name=name)
    single = opened.container == "file"
    options, region_note = _options(
        opened.members,
        limits=limits,
        default_region=default_region,
        work_domains=work_domains,
        personal_domains=personal_domains,
    )
    later = {} if strict else _deferred(opened.members, options, single=single)
    parts: list[_Outcome | _Later] = []
    for member in opened.members:
        if member.path in later:
            parts.append(_Later(member, later[member.path]))
        else:
            parts.append(_read_member(member, options, single=single).collect())
    deferred = bool(later)
    archive, archive_notes = describe_archive(
        opened.label,
        [member.name for member in opened.members],
        [part.format_id for part in parts if part.format_id],
    )
    plan = _Plan(
        label=opened.label,
        container=opened.container,
        archive=archive,
        ignored=opened.ignored,
        head=(*archive_notes, *([region_note] if region_note else []), *opened.warnings),
        options=options,
        single=single,
    )
    if not deferred:
        export = Export(**_assemble(plan, [p for p in parts if isinstance(p, _Outcome)]))
    else:
        # Messages files are read when first needed (export.messages, .warnings, ...), or
        # streamed by export.iter_messages() without being held.
        eager = _assemble(plan, [p for p in parts if isinstance(p, _Outcome)])
        export = Export(**eager, pending=_Pending(plan, parts, owner=eager["owner"]))
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


#: Messages files are read when first needed once one of them is larger than this.
DEFER_BYTES = 32 * 1024**2


def _deferred(
    members: Sequence[Member], options: _Options, *, single: bool
) -> dict[str, str | None]:
    """The members to read only when needed, with their format ids: every messages file, when
    one of them (known by its header) is larger than :data:`DEFER_BYTES`; else none."""
    large = [m for m in members if m.size > DEFER_BYTES and _extension(m.name) in _TABLE_EXTENSIONS]
    probed = {m.path: _format_of(m, options, single=single) for m in large}
    if not any(_is_messages_format(format_id) for format_id in probed.values()):
        return {}
    return {
        m.path: probed[m.path] if m.path in probed else _format_of(m, options, single=single)
        for m in members
        if _is_messages_format(probed.get(m.path)) or _is_messages_file(m.name)
    }


def _is_messages_format(format_id: str | None) -> bool:
    return format_id is not None and SPECS_BY_ID[format_id].kind is Kind.MESSAGES


def _is_messages_file(name: str) -> bool:
    base = norm_name(name)
    return _extension(name) in {"csv", "txt", ""} and any(
        re.fullmatch(pattern, base)
        for spec in SPECS
        if spec.kind is Kind.MESSAGES
        for pattern in spec.files
    )


@attrs.frozen
class _Later:
    """A member read only when needed, and its format version (from its header)."""

    member: Member
    format_id: str | None


@attrs.frozen(kw_only=True)
class _Plan:
    """What is known of a load before its messages files are read."""

    label: str
    container: str
    archive: ArchiveInfo | None
    ignored: tuple[str, ...]
    head: tuple[DataWarning, ...]
    options: _Options
    single: bool


def _format_of(member: Member, options: _Options, *, single: bool) -> str | None:
    """The format id of a member, from its header and first rows only."""
    reading = _read_member(member, options, single=single, stream=True)
    reading.close()
    return reading.base.format_id


def _assemble(plan: _Plan, outcomes: Sequence[_Outcome]) -> dict[str, Any]:
    """The fields of an :class:`Export` made of ``outcomes``."""
    warnings = list(plan.head)
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
    read = tuple(r for r in collections.get(Kind.MESSAGES, ()) if isinstance(r, Message))
    owner = detect_owner(read, _profile_name(collections.get(Kind.PROFILE, ())))
    messages = with_directions(read, owner)
    if messages:
        # The same records everywhere: export.messages and export.records("messages.csv").
        filled: dict[int, Record] = {id(old): new for old, new in zip(read, messages, strict=True)}
        collections[Kind.MESSAGES] = list(messages)
        by_file = {name: tuple(filled.get(id(r), r) for r in rs) for name, rs in by_file.items()}
    fields = {
        "source": plan.label,
        "container": plan.container,
        "archive": plan.archive,
        "owner": owner,
        "connections": connections,
        "conversations": build_conversations(messages, owner),
        "files": tuple(outcome.report for outcome in outcomes),
        "warnings": tuple(warnings),
        "ignored": plan.ignored,
        "by_file": FrozenDict(by_file),
        "by_kind": FrozenDict({str(kind): tuple(records) for kind, records in collections.items()}),
    }
    return report_duplicates(fields)  # records that repeat an earlier one: duplicate-record


class _Pending(Deferred):
    """The messages files of an export, read when first needed."""

    def __init__(self, plan: _Plan, parts: Sequence[_Outcome | _Later], owner: str | None) -> None:
        super().__init__()
        self.plan = plan
        self.parts = tuple(parts)
        self.owner = owner
        self.names = tuple(part.member.name for part in parts if isinstance(part, _Later))

    def settle(self) -> dict[str, Any]:
        outcomes = [
            part
            if isinstance(part, _Outcome)
            else _read_member(
                part.member, self.plan.options, single=self.plan.single, stream=True
            ).collect()
            for part in self.parts
        ]
        return _assemble(self.plan, outcomes)

    def stream(self, owner: str | None, warnings: list[DataWarning]) -> Iterator[Message]:
        for part in self.parts:
            if not isinstance(part, _Later):
                continue
            reading = _read_member(
                part.member, self.plan.options, single=self.plan.single, stream=True
            )
            try:
                for record in reading.records:
                    if not isinstance(record, Message):
                        continue
                    if owner is None or record.direction is not None:
                        yield record
                        continue
                    outgoing = same_person(record.sender_name, owner)
                    yield attrs.evolve(record, direction=OUTGOING if outgoing else INCOMING)
            finally:
                reading.close()
                warnings.extend(reading.warnings)


def parse_file(
    source: SourceInput,
    *,
    name: str | None = None,
    default_region: str | None = None,
    work_domains: Iterable[str] = (),
    personal_domains: Iterable[str] = (),
) -> ParsedFile:
    """Read one file (CSV or vCard); its kind and version come from its header and name.

    Args:
        source: a path, the file's bytes, or a binary file object.
        name: the file name to use as a hint when ``source`` has none (bytes, file objects), e.g.
            ``"Connections.csv"``.
        default_region: ISO 3166 region assumed for phone numbers without ``+`` (else a country
            column of the row, else none: national numbers are then reported, not guessed).
        work_domains: domains to classify as ``work`` whatever the shipped lists say.
        personal_domains: domains to classify as ``personal`` whatever the shipped lists say.

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
    options = _Options(
        limits=Limits(),
        region=_explicit_region(default_region),
        region_explicit=default_region is not None,
        work_domains=domain_set(work_domains),
        personal_domains=domain_set(personal_domains),
    )
    outcome = _read_member(member, options, single=True).collect()
    if outcome.kind is not None:  # records that repeat an earlier one: duplicate-record
        outcome.warnings.extend(duplicate_warnings(str(outcome.kind), outcome.records))
        outcome.report = attrs.evolve(outcome.report, warnings=len(outcome.warnings))
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


def _profile_name(records: Sequence[Record]) -> str | None:
    """The owner's full name from Profile.csv, if the export has one."""
    for record in records:
        if isinstance(record, Profile):
            name = " ".join(part for part in (record.first_name, record.last_name) if part)
            return name or None
    return None


def _explicit_region(region: str | None) -> str | None:
    """``default_region`` checked before any file is read (``ValueError`` with a suggestion)."""
    return validate_region(region)


def _options(
    members: Sequence[Member],
    *,
    limits: Limits,
    default_region: str | None,
    work_domains: Iterable[str],
    personal_domains: Iterable[str],
) -> tuple[_Options, DataWarning | None]:
    """The options of a load, with the export's default phone region resolved (and a note
    saying how it was chosen when it was not given)."""
    explicit = _explicit_region(default_region)
    options = _Options(
        limits=limits,
        region=explicit,
        region_explicit=explicit is not None,
        work_domains=domain_set(work_domains),
        personal_domains=domain_set(personal_domains),
    )
    if explicit is not None:
        return options, None
    location = _owner_location(members)
    region, how = resolve_region(
        explicit=None,
        row_country=None,
        owner_location=location,
        export_numbers=_plus_numbers(members),
    )
    if region is None:
        return options, None
    why = (
        f"the owner's profile location {location!r}"
        if how == "profile"
        else "the most common country code of the export's phone numbers"
    )
    note = DataWarning.make(
        WarningCode.REGION_ASSUMED,
        f"phone numbers without a country code are read as {region} numbers, chosen from {why}; "
        "pass default_region= to choose another region",
        value=region,
    )
    return attrs.evolve(options, region=region), note


def _owner_location(members: Sequence[Member]) -> str | None:
    """``Geo Location`` (or ``Country``) of the export's Profile.csv, if any."""
    for member in members:
        if norm_name(member.name) != "profile" or _extension(member.name) != "csv":
            continue
        try:
            table = read_table(decode(member.read()).text)
        except LinkedInExportError:
            return None
        keys = [norm_header(cell) for cell in table.header]
        for row in itertools.islice(table.rows, 1):
            if isinstance(row, MalformedRow):
                return None
            values = dict(zip(keys, row[1], strict=False))
            return values.get("geolocation") or values.get("country") or None
    return None


def _plus_numbers(members: Sequence[Member]) -> list[str]:
    """Every ``+`` number in the export's small files that hold phone numbers."""
    numbers: list[str] = []
    for member in members:
        wanted = _PHONE_FILES.fullmatch(norm_name(member.name)) or _extension(member.name) in {
            "vcf",
            "vcard",
        }
        if not wanted or member.size > 64 * 1024**2:
            continue
        try:
            text = decode(member.read()).text
        except LinkedInExportError:
            continue
        numbers.extend(_PLUS_NUMBER.findall(text))
    return numbers


@attrs.define
class _Reading:
    """One member being read: ``records`` yields its records one by one (reading the file as
    they are asked for when it is streamed); :meth:`report` is final once they are exhausted."""

    base: FileReport
    warnings: list[DataWarning]
    kind: Kind | None = None
    records: Iterator[Record] = attrs.field(factory=lambda: iter(()))
    tally: Tally | None = None
    table: Table | None = None
    streamed: StreamedText | None = None

    def report(self) -> FileReport:
        """The file's report (rows and warnings counted so far)."""
        if self.tally is None or self.table is None:
            return attrs.evolve(self.base, warnings=len(self.warnings))
        return attrs.evolve(
            self.base,
            rows=self.tally.data_rows,
            records=self.tally.records,
            blank_rows=self.table.blank_rows,
            warnings=len(self.warnings),
        )

    @property
    def format_id(self) -> str | None:
        return self.base.format_id

    def close(self) -> None:
        """Stop reading (closes the file of a streamed member)."""
        close = getattr(self.records, "close", None)
        if close is not None:
            close()
        if self.streamed is not None:
            self.streamed.close()

    def collect(self) -> _Outcome:
        """Read every record into memory."""
        records = list(self.records)
        return _Outcome(self.report(), records, self.warnings, self.kind)


def _read_member(
    member: Member, options: _Options, *, single: bool, stream: bool = False
) -> _Reading:
    """Start reading one member; with ``stream``, the file is decoded and parsed as its records
    are asked for, in constant memory (else it is read and decoded whole first)."""
    report = FileReport(path=member.path, name=member.name, size=member.size)
    warnings: list[DataWarning] = []
    title = known_file_title(member.name)
    html = _extension(member.name) in {"html", "htm"}
    if not single and not html and _extension(member.name) not in _TABLE_EXTENSIONS:
        return _other(report, title, warnings, "is not a table (CSV or vCard)")
    streamed: StreamedText | None = None
    try:
        if stream and not html:
            raw = member.open()
            streamed = decode_stream(raw)
            if streamed is None:
                raw.close()
                data = b"\x00binary"
            else:
                data = b""
        else:
            data = member.read()
    except UnreadableInputError as error:
        warnings.append(DataWarning.make(WarningCode.UNREADABLE_FILE, str(error), file=member.path))
        return _Reading(attrs.evolve(report, kind=title), warnings)
    if streamed is None and looks_binary(data):
        if single:
            raise UnreadableInputError(
                f"{member.path} is not a LinkedIn export: it is not a zip archive, a CSV or a "
                "vCard file (it looks binary). Pass the .zip you downloaded from LinkedIn "
                "(Settings, Data privacy, Get a copy of your data), its extracted folder, or one "
                "of its files."
            )
        named = title or _kind_by_name(member.name)
        if named is None:
            return _other(report, title, warnings, "looks binary, not like a table")
        warnings.append(
            DataWarning.make(
                WarningCode.UNREADABLE_FILE,
                f"looks binary, not like a table: the file is damaged, or is not the {named} "
                "file its name says; listed in export.files, not parsed",
                file=member.path,
            )
        )
        return _Reading(attrs.evolve(report, kind=named), warnings)
    if streamed is not None:
        head, lines = streamed.head, streamed.lines()
        encoding, guessed, replaced = streamed.encoding, streamed.guessed, 0
        nuls, nul_line, mojibake = 0, None, streamed.maybe_mojibake
    else:
        decoded = decode(data)
        data = b""  # the text is all that is needed now: the bytes are let go before parsing
        head, lines = decoded.text[:HEAD_CHARS], text_lines(decoded.text)
        encoding, guessed, replaced = decoded.encoding, decoded.guessed, decoded.replaced
        nuls, nul_line, mojibake = decoded.nul_removed, decoded.nul_line, decoded.maybe_mojibake
    report = attrs.evolve(report, encoding=encoding, encoding_guessed=guessed)
    if guessed:
        warnings.append(_guessed(member.path, encoding, replaced))
    if nuls:
        warnings.append(_nuls(member.path, nuls, nul_line))
    if html:
        return _article(member, report, decoded.text, warnings)
    vcard = looks_like_vcard(head)
    table = (
        read_vcards("".join(lines))
        if vcard
        else read_lines(
            head, lines, header_score=_header_score, max_field=options.limits.max_field_bytes
        )
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
        default_region=options.region,
        region_explicit=options.region_explicit,
        work_domains=options.work_domains,
        personal_domains=options.personal_domains,
    )
    tally = Tally()
    records: Iterator[Record]
    if match is not None and match.spec.rows is not None:
        table.rows = match.spec.rows(table, ctx)
    if match is not None:
        records = spec_records(table, match.spec, ctx, repair=mojibake, tally=tally)
        kind: Kind | None = match.spec.kind
        kind_name: str | None = str(kind)
    else:
        if title is None and not table.header:
            title = _kind_by_name(member.name)  # an empty file: its name is all there is
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
        records = generic_records(table, ctx, repair=mojibake, tally=tally)
        kind, kind_name = None, title
    report = attrs.evolve(
        report,
        kind=kind_name,
        format_id=match.spec.id if match else None,
        header=table.header,
        header_line=table.header_line,
        preamble=bool(table.preamble),
    )
    reading = _Reading(report, warnings, kind, tally=tally, table=table, streamed=streamed)
    reading.records = _finishing(reading, records, ctx)
    return reading


def _finishing(reading: _Reading, records: Iterator[Record], ctx: RowContext) -> Iterator[Record]:
    """``records``, then the warnings only known at the end of a streamed file; a file that
    fails half-way (a damaged archive) ends with an ``unreadable-file`` warning."""
    streamed = reading.streamed
    try:
        yield from records
    except UnreadableInputError as error:
        reading.warnings.append(
            DataWarning.make(
                WarningCode.UNREADABLE_FILE,
                f"reading stopped after line {ctx.line}: {error}",
                file=reading.base.path,
                line=ctx.line or None,
            )
        )
    finally:
        if streamed is not None:
            streamed.close()
    if streamed is not None:
        if streamed.replaced:
            reading.warnings.append(
                _guessed(reading.base.path, streamed.encoding, streamed.replaced, late=True)
            )
        if streamed.nul_removed:
            reading.warnings.append(_nuls(reading.base.path, streamed.nul_removed))


def _guessed(path: str, encoding: str, replaced: int, *, late: bool = False) -> DataWarning:
    if late:
        message = (
            f"read as {encoding} (the start of the file is valid {encoding}), but "
            f"{replaced} undecodable byte(s) further on were replaced by U+FFFD"
        )
    else:
        message = (
            f"no byte-order mark and not UTF-8: read as {encoding}"
            + (f", {replaced} undecodable byte(s) replaced" if replaced else "")
            + " (a file re-saved by a spreadsheet program?)"
        )
    return DataWarning.make(WarningCode.ENCODING_GUESSED, message, file=path, value=encoding)


def _nuls(path: str, count: int, line: int | None = None) -> DataWarning:
    where = f" (the first on line {line})" if line else ""
    return DataWarning.make(
        WarningCode.NUL_BYTES_REMOVED,
        f"{count} NUL character(s) removed{where}",
        file=path,
        line=line,
    )


def _article(
    member: Member, report: FileReport, text: str, warnings: list[DataWarning]
) -> _Reading:
    """One ``.html`` article of the ``Articles/`` folder (or passed on its own)."""
    match = select_spec((), member.name, preamble=False, container=Container.HTML)
    assert match is not None
    article = attrs.evolve(
        read_article(text, member.name),
        provenance=Provenance(member.path, 1),
        format_id=match.spec.id,
    )
    report = attrs.evolve(
        report, kind=str(match.spec.kind), format_id=match.spec.id, rows=1, records=1
    )
    return _Reading(report, warnings, match.spec.kind, records=iter([article]))


def _peek(table: Table) -> tuple[list[dict[str, str]], Iterator[Row | MalformedRow]]:
    """The first rows as ``{normalised header: cell}``, and the rows iterator restored."""
    head = list(itertools.islice(table.rows, _SAMPLE_ROWS))
    keys = [norm_header(cell) for cell in table.header]
    sample = [
        dict(zip(keys, row[1], strict=False)) for row in head if not isinstance(row, MalformedRow)
    ]
    return sample, itertools.chain(head, table.rows)


def _kind_by_name(name: str) -> str | None:
    """The kind of the first CSV format whose file names include ``name``."""
    base = norm_name(name)
    for spec in SPECS:
        if spec.container is Container.CSV and any(re.fullmatch(p, base) for p in spec.files):
            return str(spec.kind)
    return None


def _other(
    report: FileReport, title: str | None, warnings: list[DataWarning], why: str
) -> _Reading:
    if title is None:
        warnings.append(
            DataWarning.make(
                WarningCode.UNKNOWN_FILE,
                f"not a known LinkedIn file and {why}; listed in export.files, not parsed",
                file=report.path,
            )
        )
    return _Reading(attrs.evolve(report, kind=title), warnings)
