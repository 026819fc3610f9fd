"""The seed article (shared/seed/xai-turnover-ar.txt, published 2025-09-20) yields the events
the issue names: Liberatore's move, Keele's exit, and xAI's lawsuit against an unnamed engineer."""

from pathlib import Path

import pytest

from talentflow import extract

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "xai-turnover-ar.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")


@pytest.fixture(scope="module")
def events():
    return extract(SEED.read_text(encoding="utf-8"), lang="ar", published="2025-09-20")


def _person(events, pid):
    return [e for e in events if e.kind != "claim" and e.person and e.person.id == pid]


def test_liberatore_is_one_departure_with_destination(events):
    (ev,) = _person(events, "person:mike-liberatore")
    assert ev.kind == "departure"
    assert ev.org.id == "org:xai"
    assert ev.role == "cfo"
    assert ev.date == "2025-07"
    assert ev.started == "2025-04"
    assert ev.tenure_months == 3
    assert ev.destination is not None and ev.destination.id == "org:openai"


def test_keele_departure(events):
    (ev,) = _person(events, "person:robert-keele")
    assert ev.kind == "departure"
    assert ev.org.id == "org:xai"
    assert ev.role == "general_counsel"
    assert ev.tenure_months == 12
    assert ev.destination is None


def test_lawsuit_against_unnamed_engineer(events):
    suits = [e for e in events if e.kind == "lawsuit"]
    assert len(suits) == 1
    (suit,) = suits
    assert suit.person is None
    assert suit.org.id == "org:xai"
    assert suit.destination is not None and suit.destination.id == "org:openai"


def test_no_event_for_unnamed_people_or_bystanders(events):
    named = {e.person.id for e in events if e.kind != "claim" and e.person}
    assert named == {"person:mike-liberatore", "person:robert-keele"}


def test_evidence_span_points_into_text(events):
    text = SEED.read_text(encoding="utf-8")
    (ev,) = _person(events, "person:mike-liberatore")
    s, e = ev.source.span
    assert "مايك ليبراتور" in text[s:e]
