"""The ``linkedin-export`` command.

Commands: ``summary``, ``report``, ``convert`` (records to JSON, JSON Lines, CSV or vCard files),
``emails`` (every email address with its kind, confidence and reasons), ``formats``. Every
command but ``formats`` takes ``SOURCE`` or ``--sample``. While a large input (over 20 MB) is
read, a progress line is shown on stderr when stderr is a terminal; nothing otherwise.

Exit codes: 0 success; 1 the input cannot be read (``LinkedInExportError``); 2 wrong usage;
3 ``report --strict`` found warnings of the given severity or worse; 4 ``convert`` could not
write its output (the folder or a file cannot be created).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from linkedin_export import (
    Connection,
    EmailInfo,
    EmailKind,
    Export,
    ImportedContact,
    LinkedInExportError,
    Provenance,
    Severity,
    _cli_privacy,
    load,
    sample_export_path,
    supported_formats,
)
from linkedin_export._cli_diff import add_parser as add_diff_parser
from linkedin_export._cli_diff import run as run_diff
from linkedin_export._formats import Kind

__all__ = ["main"]

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_WARNINGS, EXIT_OUTPUT = 0, 1, 2, 3, 4

#: Inputs larger than this get a progress line on stderr (when stderr is a terminal).
PROGRESS_MIN_BYTES = 20_000_000

#: ``convert --to``: the file extension of each output format.
_EXTENSIONS = {"json": "json", "jsonl": "jsonl", "csv": "csv", "vcf": "vcf"}
#: The kinds a vCard file is made of.
_CONTACT_KINDS = ("connections", "imported_contacts")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="linkedin-export",
        description="Read a LinkedIn data export (zip, folder or one file) without losing a row.",
        epilog=(
            "Exit codes: 0 ok, 1 input unreadable, 2 usage error, 3 report --strict failed, "
            "4 convert could not write its output."
        ),
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def with_source(name: str, help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument("source", nargs="?", help="export .zip, extracted folder or one file")
        command.add_argument(
            "--sample", action="store_true", help="use the bundled synthetic sample export"
        )
        command.add_argument("--region", help="ISO region for phone numbers without +, e.g. GB")
        command.add_argument("--debug", action="store_true", help="show tracebacks on errors")
        return command

    with_source("summary", "what is in the export: era, files, connections, warnings")
    report = with_source("report", "the data-quality report")
    report.add_argument("--format", choices=("text", "json"), default="text")
    report.add_argument(
        "--strict",
        nargs="?",
        const="warning",
        choices=[s.value for s in Severity],
        help="exit with 3 when there are warnings of this severity or worse (default: warning)",
    )
    report.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help="text format: list the first N warnings one by one (default 50; 0 lists them all)",
    )
    convert = with_source(
        "convert", "write the records to JSON, JSON Lines, CSV or vCard files, one per kind"
    )
    convert.add_argument("--to", required=True, choices=tuple(_EXTENSIONS), help="output format")
    convert.add_argument("--out", required=True, metavar="DIR", help="folder to write (created)")
    convert.add_argument(
        "--kind",
        action="append",
        choices=[kind.value for kind in Kind],
        metavar="KIND",
        help="a kind to write (repeatable; default: every kind the export has; vcf: "
        "connections and imported_contacts)",
    )
    convert.add_argument(
        "--unsafe-csv",
        action="store_true",
        help="write CSV cells as they are (no ' before cells starting with = + - @ TAB CR)",
    )
    emails = with_source(
        "emails", "every email address of connections and imported contacts, classified"
    )
    emails.add_argument(
        "--kind",
        action="append",
        choices=[kind.value for kind in EmailKind],
        metavar="KIND",
        help="only addresses of this kind: "
        + ", ".join(kind.value for kind in EmailKind)
        + " (repeatable)",
    )
    emails.add_argument("--format", choices=("text", "json"), default="text")
    add_diff_parser(commands)
    _cli_privacy.add_parsers(commands)
    formats = commands.add_parser("formats", help="the supported file versions")
    formats.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    if args.command is None:
        parser.print_help(out)
        return EXIT_USAGE
    try:
        if args.command == "formats":
            _formats(out)
            return EXIT_OK
        if args.command == "diff":
            return run_diff(args, out)
        if args.command in _cli_privacy.COMMANDS:
            return _cli_privacy.run(args, out, parser)
        if args.sample == bool(args.source):
            parser.error("give either SOURCE or --sample")
        if args.command == "convert":
            _check_convert(parser, args)
        source = sample_export_path() if args.sample else Path(args.source)
        progress = _Progress.for_input(source, sys.stderr)
        progress.show(f"reading {source.name} ({_megabytes(progress.size)})")
        try:
            export = load(source, default_region=args.region)
        finally:
            progress.done()
        if args.command == "summary":
            _summary(export, out)
            return EXIT_OK
        if args.command == "convert":
            return _convert(export, args, out, progress)
        if args.command == "emails":
            _emails(export, out, kinds=args.kind, fmt=args.format)
            return EXIT_OK
        return _report(export, out, fmt=args.format, strict=args.strict, limit=args.limit)
    except LinkedInExportError as error:
        if args.debug:
            raise
        print(f"linkedin-export: error: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    except BrokenPipeError:
        # The reader went away (``linkedin-export summary x.zip | head``): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (TypeError, OSError) as error:
        if args.debug:
            raise
        print(f"linkedin-export: error: {error}", file=sys.stderr)
        return EXIT_UNREADABLE


def _summary(export: Export, out: TextIO) -> None:
    write = out.write
    write(f"LinkedIn export: {export.source} ({export.container})\n")
    if export.archive is not None and export.archive.kind != "unknown":
        made = f", made {export.archive.date.isoformat()}" if export.archive.date else ""
        write(f"Archive: {export.archive.kind.value}{made}\n")
    if export.era:
        write(f"Era: {export.era} (format versions: {', '.join(export.format_ids)})\n")
    write(f"\nFiles ({len(export.files)}):\n")
    width = max((len(f.name) for f in export.files), default=10)
    for file in export.files:
        kind = file.kind or "unknown"
        detail = (
            f"{file.rows:>6} rows {file.records:>6} records"
            if file.rows or file.records
            else "not parsed".rjust(26)
        )
        write(
            f"  {file.name:<{width}}  {kind:<24} {file.format_id or '-':<20} "
            f"{(file.encoding or '-'):<10} {detail}  {file.warnings} warnings\n"
        )
    report = export.report()
    write(
        f"\nConnections: {report.connections} ({report.hidden_members} hidden members)\n"
        f"  with an email address: {report.with_email} ({report.email_share:.0%})"
    )
    if report.email_kinds:
        write(": " + ", ".join(f"{kind} {n}" for kind, n in report.email_kinds.items()))
    write("\n")
    severities = Counter(str(w.severity) for w in export.warnings)
    counts = ", ".join(f"{n} {s}" for s, n in sorted(severities.items()))
    write(f"\nWarnings: {len(export.warnings)}" + (f" ({counts})" if counts else "") + "\n")
    for code, count in report.by_code.items():
        write(f"  {code:<24} {count:>6}\n")
    if export.warnings:
        write("\nRun 'linkedin-export report' for the full data-quality report.\n")


def _report(export: Export, out: TextIO, *, fmt: str, strict: str | None, limit: int = 50) -> int:
    report = export.report()
    if fmt == "json":
        data = report.to_dict()
        data["warning_list"] = [
            {
                "code": str(w.code),
                "severity": str(w.severity),
                "message": w.message,
                "file": w.file,
                "line": w.line,
                "column": w.column,
                "value": w.value,
            }
            for w in export.warnings
        ]
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(str(report) + "\n")
        shown = export.warnings[: limit or None]
        if shown:
            out.write("\nEvery warning, in file and line order:\n")
            for warning in shown:
                out.write(f"  {warning}\n")
        if len(shown) < len(export.warnings):
            left = len(export.warnings) - len(shown)
            out.write(f"  … {left} more (--limit 0 lists them all, --format json gives them)\n")
    if strict is not None:
        threshold = Severity(strict).rank
        if any(w.severity.rank >= threshold for w in export.warnings):
            return EXIT_WARNINGS
    return EXIT_OK


class _Progress:
    """One line on stderr, rewritten in place, for inputs large enough to make users wait.

    Shown only when the stream is a terminal and the input is over :data:`PROGRESS_MIN_BYTES`;
    :meth:`done` erases it, so that nothing is left behind in the terminal.
    """

    def __init__(self, stream: TextIO, *, enabled: bool, size: int = 0) -> None:
        self.stream = stream
        self.enabled = enabled
        self.size = size
        self._width = 0

    @classmethod
    def for_input(cls, source: Path, stream: TextIO) -> _Progress:
        """A progress line for reading ``source``: enabled for large inputs on a terminal."""
        isatty = getattr(stream, "isatty", None)
        if not (callable(isatty) and isatty()):
            return cls(stream, enabled=False)
        size = _input_size(source)
        return cls(stream, enabled=size > PROGRESS_MIN_BYTES, size=size)

    def show(self, text: str) -> None:
        """Replace the line with ``linkedin-export: <text>…``."""
        if not self.enabled:
            return
        line = f"linkedin-export: {text}…"
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = max(self._width, len(line))

    def done(self) -> None:
        """Erase the line."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _input_size(source: Path) -> int:
    """Bytes of a file, or of every file under a folder; 0 when it cannot be read."""
    try:
        if source.is_dir():
            return sum(path.stat().st_size for path in source.rglob("*") if path.is_file())
        return source.stat().st_size
    except OSError:
        return 0


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def _check_convert(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors of ``convert`` that argparse cannot see (exit code 2)."""
    if args.unsafe_csv and args.to != "csv":
        parser.error("--unsafe-csv applies to --to csv only")
    if args.to == "vcf":
        others = sorted(set(args.kind or ()) - set(_CONTACT_KINDS))
        if others:
            parser.error(
                f"--to vcf writes contacts only (connections, imported_contacts), not: "
                f"{', '.join(others)}"
            )


def _convert(export: Export, args: argparse.Namespace, out: TextIO, progress: _Progress) -> int:
    """Write one file per kind into ``--out`` (``contacts.vcf`` for vCard); list the files."""
    from linkedin_export import output

    folder = Path(args.out)
    if args.to == "vcf":
        kinds = list(dict.fromkeys(args.kind or _CONTACT_KINDS))
        contacts = [
            record
            for kind in kinds
            for record in export.collection(kind)
            if isinstance(record, Connection | ImportedContact)
        ]
        jobs: list[tuple[str, Callable[[Path], int], str]] = [
            ("contacts.vcf", lambda path: output.write_vcard(contacts, path), "contacts")
        ]
    else:
        kinds = list(dict.fromkeys(args.kind or (k.value for k in Kind if export.collection(k))))
        jobs = [
            (f"{kind}.{_EXTENSIONS[args.to]}", _writer(export, kind, args), "records")
            for kind in kinds
        ]
    if not jobs:
        print(
            "linkedin-export: nothing to convert: the export has no typed records", file=sys.stderr
        )
        return EXIT_OK
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for number, (name, write, noun) in enumerate(jobs, start=1):
            path = folder / name
            progress.show(f"writing {path} ({number}/{len(jobs)})")
            count = write(path)
            progress.done()
            out.write(f"{path}  {count} {noun if count != 1 else noun[:-1]}\n")
    except OSError as error:
        progress.done()
        if args.debug:
            raise
        print(f"linkedin-export: error: cannot write the output: {error}", file=sys.stderr)
        return EXIT_OUTPUT
    return EXIT_OK


def _writer(export: Export, kind: str, args: argparse.Namespace) -> Callable[[Path], int]:
    """The function writing the records of ``kind`` to a path in the ``--to`` format."""
    from linkedin_export import output

    records = export.collection(kind)
    if args.to == "json":
        return lambda path: output.write_json(records, path)
    if args.to == "jsonl":
        return lambda path: output.write_jsonl(records, path)
    model = output._kind_model(kind)
    return lambda path: output.write_csv(records, path, safe=not args.unsafe_csv, model=model)


def _emails(export: Export, out: TextIO, *, kinds: Sequence[str] | None, fmt: str) -> None:
    """List the addresses of connections and imported contacts (text table or JSON)."""
    rows: list[dict[str, Any]] = []
    for source, name, infos, provenance in _email_owners(export):
        for info in infos:
            if kinds and info.kind.value not in kinds:
                continue
            rows.append(
                {
                    "name": name,
                    "address": info.address,
                    "normalized": info.normalized,
                    "kind": info.kind.value,
                    "is_work": info.is_work,
                    "confidence": info.confidence.value,
                    "reasons": list(info.reasons),
                    "dedupe_key": info.dedupe_key,
                    "source": source,
                    "file": provenance.file if provenance else None,
                    "line": provenance.line if provenance else None,
                }
            )
    if fmt == "json":
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    header = ("NAME", "ADDRESS", "KIND", "CONFIDENCE", "SOURCE", "REASONS")
    table = [
        (
            row["name"] or "-",
            row["address"],
            row["kind"],
            row["confidence"],
            row["source"],
            ", ".join(row["reasons"]) or "-",
        )
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in (header, *table)) for i in range(len(header) - 1)]
    for cells in (header, *table):
        padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=False)]
        out.write("  ".join([*padded, cells[-1]]) + "\n")
    counts = Counter(row["kind"] for row in rows)
    detail = ", ".join(f"{n} {kind}" for kind, n in counts.most_common())
    out.write(f"\n{len(rows)} addresses" + (f" ({detail})" if detail else "") + "\n")


def _email_owners(
    export: Export,
) -> Iterator[tuple[str, str | None, tuple[EmailInfo, ...], Provenance | None]]:
    """``(source kind, name, addresses, provenance)`` of every connection and imported contact."""
    for c in export.connections:
        yield "connections", c.plain_name or c.full_name, c.emails, c.provenance
    for contact in export.imported_contacts:
        yield "imported_contacts", contact.full_name, contact.emails, contact.provenance


def _formats(out: TextIO) -> None:
    for info in supported_formats():
        seen = f"{info.first_seen}..{info.last_seen or 'now'}"
        out.write(f"{info.id:<22} {seen:<17} [{info.confidence}] {info.title}\n")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
