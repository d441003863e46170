"""The ``linkedin-export`` command.

Exit codes: 0 success; 1 the input cannot be read (``LinkedInExportError``); 2 wrong usage;
3 ``report --strict`` found warnings of the given severity or worse.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from linkedin_export import (
    Export,
    LinkedInExportError,
    Severity,
    _cli_privacy,
    load,
    sample_export_path,
    supported_formats,
)

__all__ = ["main"]

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_WARNINGS = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="linkedin-export",
        description="Read a LinkedIn data export (zip, folder or one file) without losing a row.",
        epilog="Exit codes: 0 ok, 1 input unreadable, 2 usage error, 3 report --strict failed.",
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
        if args.command in _cli_privacy.COMMANDS:
            return _cli_privacy.run(args, out, parser)
        if args.sample == bool(args.source):
            parser.error("give either SOURCE or --sample")
        export = load(
            sample_export_path() if args.sample else args.source, default_region=args.region
        )
        if args.command == "summary":
            _summary(export, out)
            return EXIT_OK
        return _report(export, out, fmt=args.format, strict=args.strict)
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


def _report(export: Export, out: TextIO, *, fmt: str, strict: str | None) -> int:
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
        if export.warnings:
            out.write("\nWarnings:\n")
            for warning in export.warnings:
                out.write(f"  {warning}\n")
    if strict is not None:
        threshold = Severity(strict).rank
        if any(w.severity.rank >= threshold for w in export.warnings):
            return EXIT_WARNINGS
    return EXIT_OK


def _formats(out: TextIO) -> None:
    for info in supported_formats():
        seen = f"{info.first_seen}..{info.last_seen or 'now'}"
        out.write(f"{info.id:<22} {seen:<17} [{info.confidence}] {info.title}\n")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
