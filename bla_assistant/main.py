"""Entry point: routes to the GUI or the CLI without importing Qt for CLI work."""

from __future__ import annotations

import sys

# Options that need a window (offscreen or not); everything else is CLI.
GUI_OPTIONS = ("--screenshot", "--smoke", "--open")


def wants_gui(argv: list[str]) -> bool:
    if not argv:
        return True
    first = argv[0]
    return first.startswith(GUI_OPTIONS) or first.endswith((".bla.yaml", ".blaproj"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if wants_gui(args):
        from bla_assistant.gui.app import run_gui

        return run_gui(args)
    from bla_assistant.cli.main import run_cli

    return run_cli(args)
