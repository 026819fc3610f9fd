"""Shared fixtures: hermetic stores, the test data folder, the shared seed, a CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talentflow.store import Store

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"
SHARED_DIR = TESTS_DIR.parents[0].parent / "shared"
# texts at the edges of sentence and word splitting (empty, only punctuation, quotes after a full
# stop, line breaks, Arabic stops), shared by the speed equivalence tests
ODD_TEXTS = ["", " ", "a. b", "...", 'Hi!! "Yes." Then\n\nmore. ', ". . x", "U.S. rules. Next one.",
             "end.)\n(Next", "\n\nA.\n", "x \u061f y\u06d4 z\u2026 w", "2009. Next year", "Wait . . . now"]


def labelled_docs(*sets: str) -> list[dict]:
    """The documents of the labelled sets named (tests/corpus, dev2, ...), in file-name order per
    set; a set that is not there gives none. Tests import it: ``from conftest import labelled_docs``."""
    return [json.loads(f.read_text(encoding="utf-8"))
            for name in sets if (TESTS_DIR / name).exists()
            for f in sorted((TESTS_DIR / name).rglob("*.json"))]


@pytest.fixture
def store():
    """An in-memory store, closed after the test."""
    with Store(":memory:") as s:
        yield s


@pytest.fixture
def db_path(tmp_path) -> Path:
    """A path for a DuckDB file that does not exist yet."""
    return tmp_path / "tf.duckdb"


@pytest.fixture
def data_dir() -> Path:
    """tests/data: fixture inputs written for these tests."""
    return DATA_DIR


@pytest.fixture
def seed_text() -> str:
    """The Arabic seed article from ../shared/seed (skips when not present)."""
    path = SHARED_DIR / "seed" / "xai-turnover-ar.txt"
    if not path.exists():
        pytest.skip("shared seed article not available")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def cli():
    """Invoke the talentflow CLI in-process: ``cli("stats", "--db", p)`` → Click Result."""
    from typer.testing import CliRunner

    from talentflow.cli import app

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input)

    return invoke
