"""``linkedin-export diff OLD NEW``: what changed between two exports of one member."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

__all__ = ["add_parser", "run"]


def add_parser(commands: Any) -> None:
    """Register the ``diff`` command on the CLI's subparsers."""
    help_text = "what changed between two exports of one member (connections, emails, profile)"
    command: argparse.ArgumentParser = commands.add_parser(
        "diff", help=help_text, description=help_text
    )
    command.add_argument("old", help="the earlier export: .zip, extracted folder or one file")
    command.add_argument("new", help="the later export")
    command.add_argument("--format", choices=("text", "json"), default="text")
    command.add_argument("--region", help="ISO region for phone numbers without +, e.g. GB")
    command.add_argument(
        "--any-owner",
        action="store_true",
        help="compare even when the exports look like those of different members",
    )
    command.add_argument("--debug", action="store_true", help="show tracebacks on errors")


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``diff``; returns the exit code: 0, or 1 when the exports are of different members.
    Unreadable input raises, for the CLI's handler (exit code 1)."""
    from linkedin_export import DifferentMembersError, diff, load

    old = load(args.old, default_region=args.region)
    new = load(args.new, default_region=args.region)
    try:
        result = diff(old, new, check_owner=not args.any_owner)
    except DifferentMembersError as error:
        if args.debug:
            raise
        print(f"linkedin-export: error: {error} On the command line: --any-owner.", file=sys.stderr)
        return 1
    if args.format == "json":
        json.dump(result.to_dict(), out, indent=2, ensure_ascii=False)
    else:
        out.write(str(result))
    out.write("\n")
    return 0
