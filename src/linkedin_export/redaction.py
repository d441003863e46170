"""``lx.redact``: a deterministic, pseudonymised copy of an export, to attach to a bug report.

The copy has the same files under the same names, the same headers, row counts, encodings (byte
order mark, UTF-16, cp1252), delimiters, quoting, line endings and quirks (the ``Notes:``
preamble, a trailing blank line, every field quoted), so that it reads exactly like the original:
same file versions, same rows, same warnings at the same lines. Every personal value is replaced
by an invented one of the same shape, derived from an HMAC of the value with a salt:

- names, companies, job titles, free text (messages, comments, shares, notes, answers, résumé
  text): every word replaced by an invented word of the same length and case (accented letters
  stay: ``José`` → ``Kaxé``); ``LinkedIn Member`` (hidden members) and credentials kept; legal
  forms of company names kept (``Ltd``, ``GmbH``);
- email addresses keep their kind: free-mail domains (``gmail.com``) are kept with an invented
  local part, company and school domains become invented ones under the same public suffix,
  role local parts (``info@``) are kept;
- phone numbers keep their country, length, type and validity (fictional ranges where there are
  such: ``+44 20 7946 0xxx``, ``+1 NPA-555-01xx``, ``+61 491 570 xxx``);
- URLs keep their scheme, public hosts (LinkedIn, free-mail, large platforms) and LinkedIn path
  words; profile slugs follow the names (``/in/mara-quill`` → ``/in/vemba-kolt``);
- IP addresses go to the documentation ranges; street addresses, postal codes and identifiers
  are replaced character by character.

What is kept, and why: dates and times (not identifying alone, and what most parsing bugs are
about), numbers of the file's own structure, fixed values (``INBOX``, ``Yes``, ``Mobile``),
country and large-city names of locations (they decide how phone numbers are read), header
names, the ``Notes:`` text LinkedIn writes, and the member names in the archive (an article's
file name repeats its title: rename it if that matters). The same value gets the same fake
everywhere in the copy, so duplicates, conversations and connections stay linked; two different
values never share a fake.

The salt is the secret: anyone who has it and a guess of a value can check the guess. Keep it
private, or use a random one (the command line does by default).
"""

from __future__ import annotations

import codecs
import io
import os
import re
import shutil
import zipfile
from pathlib import Path

import attrs

from linkedin_export._formats import SPECS_BY_ID, Column, FileSpec, norm_header
from linkedin_export._formats._spec import Converter
from linkedin_export._load import _TABLE_EXTENSIONS, _extension, _Options, _options, _read_member
from linkedin_export._reading.decode import Decoded, decode, looks_binary
from linkedin_export._reading.source import (
    Limits,
    Member,
    Source,
    SourceInput,
    _display_path,
    open_source,
)
from linkedin_export._reading.table import HEAD_CHARS, Table
from linkedin_export._reading.vcard import looks_like_vcard
from linkedin_export._redact import rawcsv
from linkedin_export._redact.fakes import Faker
from linkedin_export._redact.fields import (
    Treatment,
    date_like,
    fake_value,
    kept_unknown,
    treatment_of,
)
from linkedin_export._redact.vcard import redact_vcards
from linkedin_export._regions import region_from_location
from linkedin_export.errors import LinkedInExportError, UnreadableInputError
from linkedin_export.export import FileReport

__all__ = ["RedactedFile", "RedactionReport", "redact"]

_BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}
#: Columns whose value is the row's country (their phone numbers are read in that country).
_COUNTRY_KEYS = frozenset(
    {"businesscountry", "workcountry", "homecountry", "othercountry", "country", "countrycode"}
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: What a column name looks like (an unknown file's header cells that do not are faked).
_HEADER_NAME = re.compile(r"(?!.*(?:://|@|www\.|\d{4}))[^\W\d][\w .()/#&'\u2019+:-]{0,59}")
#: What the table reader strips to tell blank lines and a ``Notes:`` line (its ``_BLANK_CHARS``).
_BLANK_CHARS = ' \t\r\n,;|"\ufeff'
_RAW_PIECE = re.compile(r"[^\r\n]+")
_WRITABLE = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)


@attrs.frozen(kw_only=True)
class RedactedFile:
    """What :func:`redact` did to one file.

    Attributes:
        path: the member path, as in :attr:`FileReport.path`.
        format_id: the file version it was read as (``None`` for unknown files).
        action: ``redacted`` (values replaced, or none found to replace), ``blanked`` (a binary
            file: its bytes replaced, its size and signature kept), ``emptied`` (operating-system
            clutter or a damaged member, written empty).
        values: how many values (cells, vCard properties, HTML documents) were replaced.
    """

    path: str
    format_id: str | None = None
    action: str = "redacted"
    values: int = 0


@attrs.frozen(kw_only=True)
class RedactionReport:
    """The result of :func:`redact`: where the copy is and what was replaced, file by file."""

    source: str
    dest: str
    container: str
    files: tuple[RedactedFile, ...]

    @property
    def values(self) -> int:
        """How many values were replaced in all."""
        return sum(file.values for file in self.files)

    def __str__(self) -> str:
        head = (
            f"Redacted copy of {self.source} ({self.container}) written to {self.dest}: "
            f"{self.values} values replaced in {len(self.files)} files."
        )
        width = max((len(file.path) for file in self.files), default=10)
        rows = (
            f"  {file.path:<{width}}  {file.format_id or '-':<29} {file.action:<9}"
            f"{file.values:>7} values"
            for file in self.files
        )
        return "\n".join([head, *rows])


def redact(
    source: SourceInput,
    dest: str | os.PathLike[str],
    *,
    salt: str | bytes,
    limits: Limits | None = None,
    overwrite: bool = False,
) -> RedactionReport:
    """Write a pseudonymised copy of an export (see the module docstring for what is replaced).

    A zip gives a zip (same member names, order, folders and compression), a folder a folder, one
    file one file. The copy loads with :func:`linkedin_export.load` to the same files, format
    versions, row and record counts, encodings and warning codes at the same lines, so a bug
    found in the original still shows in the copy.

    Args:
        source: what :func:`~linkedin_export.load` accepts: a zip, a folder or one file (path),
            bytes, or a binary file object.
        dest: where to write the copy (a ``.zip`` path for a zip, a folder for a folder, a file
            path for a file).
        salt: the secret the fakes are derived from; the same salt gives byte-identical copies,
            another salt other fakes. Keep it private.
        limits: safety limits, as for :func:`~linkedin_export.load`.
        overwrite: replace ``dest`` when it exists (otherwise :class:`FileExistsError`).

    Returns:
        A :class:`RedactionReport` listing every file and how many values were replaced.

    Raises:
        LinkedInExportError: ``source`` cannot be read at all (as for ``load``).
        FileExistsError: ``dest`` exists and ``overwrite`` is false.
        ValueError: ``salt`` is empty.
        TypeError: ``salt`` is neither ``str`` nor ``bytes``.
    """
    key = _salt(salt)
    limits = limits or Limits()
    if not isinstance(source, str | os.PathLike | bytes | bytearray | memoryview):
        read = getattr(source, "read", None)
        data = read() if callable(read) else None
        if not isinstance(data, bytes | bytearray | memoryview):
            open_source(source, limits=limits)  # raises the loader's TypeError
            raise TypeError(f"cannot read a {type(source).__name__}")  # pragma: no cover
        label = os.path.basename(getattr(source, "name", "") or "") or None
        source = bytes(data)
        opened = open_source(source, limits=limits, name=label)
    else:
        opened = open_source(source, limits=limits)
    target = Path(os.fsdecode(os.fspath(dest)))
    _check_dest(target, overwrite=overwrite)
    options, _note = _options(
        opened.members,
        limits=limits,
        default_region=None,
        work_domains=(),
        personal_domains=(),
    )
    faker = Faker(key)
    for member in opened.members:
        text = _text(member)
        if text is not None:
            faker.learn(text)
    redactor = _Redactor(faker, options, single=opened.container == "file")
    if opened.container == "zip":
        _write_zip(source, opened, redactor, target)
    elif opened.container == "folder":
        _write_folder(opened, redactor, target)
    else:
        (member,) = opened.members
        data = redactor.member(member)
        _replace(target)
        target.write_bytes(data)
    return RedactionReport(
        source=opened.label,
        dest=str(target),
        container=opened.container,
        files=tuple(redactor.files),
    )


def _salt(salt: str | bytes) -> bytes:
    if isinstance(salt, str):
        salt = salt.encode("utf-8")
    if not isinstance(salt, bytes):
        raise TypeError(f"salt must be a str or bytes, not {type(salt).__name__}")
    if not salt:
        raise ValueError("salt must not be empty: pass a secret, e.g. secrets.token_hex(16)")
    return salt


def _check_dest(target: Path, *, overwrite: bool) -> None:
    if not target.exists() and not target.is_symlink():
        return
    if target.is_dir() and not any(target.iterdir()):
        return
    if not overwrite:
        raise FileExistsError(
            f"{target} already exists; choose another destination or pass overwrite=True"
        )


def _replace(target: Path) -> None:
    """Remove an existing destination (``overwrite``) and create the parent folder."""
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
    elif target.exists() or target.is_symlink():
        target.unlink()
    target.parent.mkdir(parents=True, exist_ok=True)


def _text(member: Member) -> str | None:
    """A member's text, or ``None`` when it is not text."""
    try:
        data = member.read()
    except LinkedInExportError:
        return None
    if looks_binary(data):
        return None
    return decode(data).text


# --- writing the copy -----------------------------------------------------------------------------


def _write_zip(source: SourceInput, opened: Source, redactor: _Redactor, target: Path) -> None:
    by_path = {member.path: member for member in opened.members}
    ignored = frozenset(opened.ignored)
    if isinstance(source, bytes | bytearray | memoryview):
        archive = zipfile.ZipFile(io.BytesIO(bytes(source)))
    else:
        archive = zipfile.ZipFile(Path(os.fsdecode(os.fspath(source))))  # type: ignore[arg-type]
    with archive:
        data = _rebuild(archive, "", by_path, ignored, redactor)
    _replace(target)
    target.write_bytes(data)


def _rebuild(
    archive: zipfile.ZipFile,
    prefix: str,
    by_path: dict[str, Member],
    ignored: frozenset[str],
    redactor: _Redactor,
) -> bytes:
    """The redacted bytes of ``archive`` (whose members are listed under ``prefix``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.comment = archive.comment
        for info in archive.infolist():
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            copy.compress_type = (
                info.compress_type if info.compress_type in _WRITABLE else zipfile.ZIP_DEFLATED
            )
            copy.external_attr = info.external_attr
            copy.create_system = info.create_system
            if info.is_dir():
                out.writestr(copy, b"")
                continue
            path = prefix + _display_path(info.filename)
            member = by_path.get(path)
            if member is not None:
                data = redactor.member(member)
            elif any(name.startswith(path + "/") for name in by_path):
                with zipfile.ZipFile(io.BytesIO(archive.read(info))) as inner:
                    data = _rebuild(inner, path + "/", by_path, ignored, redactor)
            else:
                data = b""
                redactor.files.append(RedactedFile(path=path, action="emptied"))
            out.writestr(copy, data)
    return buffer.getvalue()


def _write_folder(opened: Source, redactor: _Redactor, target: Path) -> None:
    _replace(target)
    target.mkdir(parents=True, exist_ok=True)
    for member in opened.members:
        path = target.joinpath(*member.path.split("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(redactor.member(member))
    for rel in opened.ignored:
        path = target.joinpath(*rel.split("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
        redactor.files.append(RedactedFile(path=rel, action="emptied"))


# --- one member -----------------------------------------------------------------------------------


class _Redactor:
    """Redacts members one at a time, with one :class:`Faker` for the whole export."""

    def __init__(self, faker: Faker, options: _Options, *, single: bool) -> None:
        self.faker = faker
        self.options = options
        self.single = single
        self.files: list[RedactedFile] = []
        self._memo: dict[tuple[Treatment, str, str | None], str] = {}

    def member(self, member: Member) -> bytes:
        """The redacted bytes of one member."""
        try:
            data = member.read()
        except UnreadableInputError:
            self.files.append(RedactedFile(path=member.path, action="emptied"))
            return b""
        html = _extension(member.name) in {"html", "htm"}
        table_like = html or self.single or _extension(member.name) in _TABLE_EXTENSIONS
        if not table_like or (looks_binary(data) and not self.single):
            self.files.append(RedactedFile(path=member.path, action="blanked"))
            return _blank(data)
        known = Member(path=member.path, name=member.name, size=len(data), opener=lambda: data)
        reading = _read_member(known, self.options, single=self.single)
        report = reading.base
        decoded = decode(data)
        text = decoded.text
        if html:
            new = self.faker.text(text)
            values = int(new != text)
        elif looks_like_vcard(text[:HEAD_CHARS]):
            new, values = redact_vcards(text, self.faker, self.options.region)
        elif reading.table is not None:
            new, values = self._table(text, report, reading.table)
        else:
            new, values = text, 0
        self.files.append(RedactedFile(path=member.path, format_id=report.format_id, values=values))
        return _encode(new, decoded)

    def _table(self, text: str, report: FileReport, table: Table) -> tuple[str, int]:
        if report.header_line is None or table.delimiter is None:
            return text, 0
        offset = _line_offset(text, report.header_line)
        delimiter = table.delimiter
        spec = SPECS_BY_ID.get(report.format_id) if report.format_id else None
        records = rawcsv.records(text, offset, delimiter)
        header = next(records, None)
        if header is None:
            return text, 0
        plan = _plan(spec, table.header)
        countries = [i for i, cell in enumerate(table.header) if norm_header(cell) in _COUNTRY_KEYS]
        width = len(table.header)
        min_width = width
        while min_width > 1 and not table.header[min_width - 1]:
            min_width -= 1
        out = [self._preamble(text[:offset])]
        position = offset
        values = 0
        if spec is None:
            # An unknown file's first line may be data rather than a header: anything that does
            # not look like a column name is faked.
            for field in header.fields:
                if (
                    field.standard
                    and field.value.strip()
                    and not _HEADER_NAME.fullmatch(field.value.strip())
                ):
                    new = self.faker.text(field.value)
                    out.append(text[position : field.start])
                    out.append(rawcsv.quote(new) if field.quoted else new)
                    position = field.end
                    values += 1
        out.append(text[position : header.end])
        position = header.end
        for record in records:
            count = len(record.fields)
            if count == 1 and not record.fields[0].value:
                continue
            fitting = min_width <= count <= width or (
                count > width and not "".join(f.value for f in record.fields[width:]).strip()
            )
            region = self._region(record, countries) if fitting else self.options.region
            for index, field in enumerate(record.fields):
                if not field.value.strip():
                    continue
                treatment, convert = (
                    plan[index] if fitting and index < width else (Treatment.UNKNOWN, None)
                )
                raw = text[field.start : field.end]
                if field.standard:
                    new = self._fake(treatment, field.value, region, convert)
                    if new == field.value:
                        continue
                    needs_quotes = field.quoted or any(c in new for c in (delimiter, "\r", "\n"))
                    replacement = rawcsv.quote(new) if needs_quotes else new
                else:
                    replacement = self._raw(raw, delimiter)
                    if replacement == raw:
                        continue
                out.append(text[position : field.start])
                out.append(replacement)
                position = field.end
                values += 1
        out.append(text[position:])
        return "".join(out), values

    def _fake(
        self, treatment: Treatment, value: str, region: str | None, convert: Converter | None
    ) -> str:
        """:func:`fake_value`, remembered (names, companies and URLs repeat from row to row)."""
        key = (treatment, value, region)
        found = self._memo.get(key)
        if found is None or treatment is Treatment.DATE:
            if len(self._memo) > 100_000:
                self._memo.clear()
            found = self._memo[key] = fake_value(self.faker, treatment, value, region, convert)
        return found

    def _region(self, record: rawcsv.Record, countries: list[int]) -> str | None:
        for index in countries:
            if index < len(record.fields) and record.fields[index].value.strip():
                found = region_from_location(record.fields[index].value)
                if found:
                    return found
        return self.options.region

    def _preamble(self, text: str) -> str:
        """Lines before the header: LinkedIn's ``Notes:`` block kept, anything else faked."""
        out = []
        in_notes = False
        for line in text.splitlines(keepends=True):
            bare = line.strip(_BLANK_CHARS)
            if not bare:
                in_notes = False
            elif not in_notes and bare.lower().startswith("notes:"):
                in_notes = True
            out.append(line if in_notes or not line.strip() else self.faker.text(line))
        return "".join(out)

    def _raw(self, raw: str, delimiter: str) -> str:
        """A field that is not plain CSV (an unclosed quote, text after a closing quote): its
        pieces between delimiters and line breaks are faked where they hold no date, quotes,
        delimiters and line breaks staying where they are."""

        def piece(match: re.Match[str]) -> str:
            parts = match.group().split(delimiter)
            return delimiter.join(
                part
                if date_like(part.strip(' "')) or kept_unknown(part.strip(' "'))
                else self.faker.text(part)
                for part in parts
            )

        return _RAW_PIECE.sub(piece, raw)


def _plan(
    spec: FileSpec | None, header: tuple[str, ...]
) -> list[tuple[Treatment, Converter | None]]:
    """The treatment of each column, matched to the spec's columns as the engine does."""
    columns: dict[int, Column] = {}
    if spec is not None:
        positions: dict[str, list[int]] = {}
        for index, cell in enumerate(header):
            positions.setdefault(norm_header(cell), []).append(index)
        claimed: set[int] = set()
        for column in spec.columns:
            found = [i for i in positions.get(column.key, ()) if i not in claimed]
            for index in found if column.many else found[:1]:
                claimed.add(index)
                columns[index] = column
    return [
        (treatment_of(columns.get(index), cell), getattr(columns.get(index), "convert", None))
        for index, cell in enumerate(header)
    ]


def _line_offset(text: str, line: int) -> int:
    """Where the 1-based physical ``line`` starts."""
    if line <= 1:
        return 0
    for number, match in enumerate(_LINE_BREAK.finditer(text), start=2):
        if number == line:
            return match.end()
    return len(text)


def _encode(text: str, decoded: Decoded) -> bytes:
    bom = _BOMS.get(decoded.encoding, b"") if decoded.bom else b""
    return bom + text.encode(decoded.encoding, errors="replace")


def _blank(data: bytes) -> bytes:
    """A binary file's stand-in: its first bytes (the format's signature) and filler of the same
    size, still binary to the loader."""
    head = data[:4] if looks_binary(data[:8] + b"\x01" * 64) else b""
    return head + b"\x01" * (len(data) - len(head))
