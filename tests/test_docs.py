"""Docs enforced by tests: every CLI command is in the README and has help text."""

from pathlib import Path

import pytest
import typer.main

from talentflow.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix: str = ""):
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        yield full, cmd
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, full + " ")


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_the_cli_has_the_commands_the_issues_name():
    names = {n for n, _ in COMMANDS}
    for expected in ("ingest", "records import", "documents", "export", "stats", "extract",
                     "eval", "events", "event", "kb add", "why", "metrics retention",
                     "report", "serve", "demo"):
        assert expected in names


@pytest.mark.parametrize("name,cmd", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_help_and_is_documented(name, cmd):
    assert (cmd.help or "").strip(), f"'talentflow {name}' has no help text"
    top = name.split()[0]
    assert f"talentflow {top}" in README, f"README does not mention 'talentflow {top}'"
    if hasattr(cmd, "commands"):
        return
    for param in cmd.params:
        if type(param).__name__.endswith("Option") and param.name != "help":
            assert (param.help or "").strip(), \
                f"option {param.opts[0]} of 'talentflow {name}' has no help"


def test_readme_starts_with_the_two_commands():
    first = README.index("make demo")
    assert first < README.index("## Usage") and "make test" in README[:first + 200]
