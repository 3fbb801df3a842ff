"""The `bla-assistant` command line: a thin face over the core.

Subcommands register themselves in `COMMANDS`; each module imports the core lazily so that
`bla-assistant --version` stays fast and never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from bla_assistant import __version__

# name -> module that defines `add_parser(subparsers)`; the parser sets `func`.
COMMANDS: dict[str, str] = {
    "library": "bla_assistant.cli.library_commands",
    "check": "bla_assistant.cli.check_commands",
    "clarity": "bla_assistant.cli.clarity_commands",
    "exercise": "bla_assistant.cli.exercise_commands",
    "project": "bla_assistant.cli.project_commands",
    "draft": "bla_assistant.cli.draft_commands",
    "compare": "bla_assistant.cli.compare_commands",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bla-assistant",
        description=(
            "Draft, check and compare bilateral labour agreements and social security "
            "agreements. Run without arguments to open the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"bla-assistant {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMANDS.values():
        importlib.import_module(module_name).add_parser(subparsers)
    return parser


def run_cli(argv: list[str]) -> int:
    if argv and argv[0] in ("--version", "-V"):
        # Answer before building the parser: no subcommand module (and no Qt) gets imported.
        print(f"bla-assistant {__version__}")
        return 0
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
