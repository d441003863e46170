"""The ``redact`` and ``inventory`` commands of ``linkedin-export``.

``redact IN OUT`` writes a pseudonymised copy (:func:`linkedin_export.redact`) and checks that it
reads like the original. Without ``--salt`` (or the ``LINKEDIN_EXPORT_SALT`` environment
variable) the salt is random and not shown: a salt published next to the copy would let anyone
check a guessed name or address against it. Pass a salt of your own to get the same copy again.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import secrets
import sys
from typing import TextIO

from linkedin_export import Export, load, redact, sample_export_path

__all__ = ["COMMANDS", "add_parsers", "run"]

COMMANDS = frozenset({"redact", "inventory"})
SALT_VARIABLE = "LINKEDIN_EXPORT_SALT"
_OK, _USAGE = 0, 2


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the commands on the ``linkedin-export`` parser."""
    text = "write a pseudonymised copy of an export, to attach to a bug report"
    redact_command = commands.add_parser("redact", help=text, description=text)
    redact_command.add_argument("source", help="export .zip, extracted folder or one file")
    redact_command.add_argument("dest", help="where to write the copy (.zip, folder or file)")
    redact_command.add_argument(
        "--salt",
        help=f"secret the fakes are derived from (default: ${SALT_VARIABLE}, else random and "
        "not shown); the same salt gives the same copy",
    )
    redact_command.add_argument("--force", action="store_true", help="replace DEST if it exists")
    redact_command.add_argument(
        "--no-check", action="store_true", help="do not load the copy to compare it"
    )
    redact_command.add_argument("--debug", action="store_true", help="show tracebacks on errors")

    text = "which files hold which personal data, and of how many other people"
    inventory = commands.add_parser("inventory", help=text, description=text)
    inventory.add_argument("source", nargs="?", help="export .zip, extracted folder or one file")
    inventory.add_argument(
        "--sample", action="store_true", help="use the bundled synthetic sample export"
    )
    inventory.add_argument("--format", choices=("text", "json"), default="text")
    inventory.add_argument("--debug", action="store_true", help="show tracebacks on errors")


def run(args: argparse.Namespace, out: TextIO, parser: argparse.ArgumentParser) -> int:
    """Run ``redact`` or ``inventory``; returns the exit code (errors are the caller's)."""
    if args.command == "inventory":
        if args.sample == bool(args.source):
            parser.error("give either SOURCE or --sample")
        export = load(sample_export_path() if args.sample else args.source)
        inventory = export.inventory()
        if args.format == "json":
            json.dump(inventory.to_dict(), out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            out.write(str(inventory) + "\n")
        return _OK
    salt = args.salt or os.environ.get(SALT_VARIABLE)
    if not salt:
        salt = secrets.token_hex(16)
        print(
            "linkedin-export: a random salt was used and not shown; pass --salt (or set "
            f"{SALT_VARIABLE}) to get the same copy again",
            file=sys.stderr,
        )
    try:
        report = redact(args.source, args.dest, salt=salt, overwrite=args.force)
    except FileExistsError as error:
        print(f"linkedin-export: error: {error} (or pass --force)", file=sys.stderr)
        return _USAGE
    out.write(str(report) + "\n")
    if not args.no_check:
        differences = compare(load(args.source), load(report.dest))
        if differences:
            out.write(
                "\nCheck: the copy does not read exactly like the original; a bug may not "
                "reproduce with it:\n"
            )
            out.writelines(f"  {line}\n" for line in differences[:20])
        else:
            out.write(
                "\nCheck: the copy reads like the original (same files, versions, encodings, "
                "row counts and warning codes at the same lines).\n"
            )
    return _OK


def compare(original: Export, copy: Export) -> list[str]:
    """How ``copy`` reads differently from ``original`` (nothing for a faithful copy)."""
    differences = []
    before = {f.path: f for f in original.files}
    after = {f.path: f for f in copy.files}
    for path in sorted(set(before) | set(after)):
        a, b = before.get(path), after.get(path)
        if a is None or b is None:
            differences.append(f"{path}: only in the {'copy' if a is None else 'original'}")
            continue
        differences.extend(
            f"{path}: {field} {getattr(a, field)!r} became {getattr(b, field)!r}"
            for field in ("format_id", "encoding", "header", "rows", "records")
            if getattr(a, field) != getattr(b, field)
        )
    codes_a = collections.Counter((w.file, w.line, str(w.code)) for w in original.warnings)
    codes_b = collections.Counter((w.file, w.line, str(w.code)) for w in copy.warnings)
    for (file, line, code), count in sorted((codes_a - codes_b).items(), key=str):
        differences.append(f"{file}:{line}: {count} {code} warning(s) missing in the copy")
    for (file, line, code), count in sorted((codes_b - codes_a).items(), key=str):
        differences.append(f"{file}:{line}: {count} {code} warning(s) new in the copy")
    return differences
