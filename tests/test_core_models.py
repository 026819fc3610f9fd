"""The core objects speak the events.md contract exactly."""

import json
import re
from pathlib import Path

import pytest

from talentflow.models import Document, EventMention, Reason, Source, EntityRef, Stint

SPEC = Path(__file__).resolve().parents[1].parent / "shared" / "spec" / "events.md"


def spec_example() -> dict:
    text = SPEC.read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.S).group(1)
    return json.loads(block.replace("…", "..."))


@pytest.mark.skipif(not SPEC.exists(), reason="shared/spec not beside the repo")
def test_spec_example_round_trips():
    d = spec_example()
    m = EventMention.from_dict(d)
    assert m.person.id == "person:mike-liberatore"
    assert m.reasons[1].stance == "denied"
    assert m.to_dict() == d


def test_field_order_follows_the_contract():
    m = EventMention(kind="departure", person=EntityRef("Jane Roe"), org=EntityRef("Acme"),
                     source=Source(doc="doc:1", span=(3, 9)))
    assert list(m.to_dict())[:12] == ["kind", "person", "org", "role", "role_mention", "date",
                                      "started", "tenure_months", "destination", "reasons",
                                      "source", "confidence"]
    assert m.to_dict()["source"]["span"] == [3, 9]
    assert "scope" not in m.to_dict()


def test_claims_carry_scope_and_no_person():
    c = EventMention(kind="claim", org=EntityRef("Meta", id="org:meta"), scope="industry",
                     reasons=[Reason("poached", "media")])
    d = c.to_dict()
    assert d["person"] is None and d["scope"] == "industry"
    assert d["reasons"][0] == {"driver": "poached", "attributed_to": "media",
                               "stance": "asserted", "evidence": ""}


def test_ids_are_deterministic_and_content_based():
    assert Document(text="a").id == Document(text="a", title="other").id
    assert Document(text="a").id != Document(text="b").id
    a = EventMention(kind="departure", person=EntityRef("X", id="person:x"),
                     source=Source(doc="doc:1", span=(0, 5)))
    b = EventMention(kind="departure", person=EntityRef("X", id="person:x"),
                     source=Source(doc="doc:1", span=(0, 5)), confidence=0.1)
    assert a.id == b.id
    assert Stint("person:x", "org:y", None).id == Stint("person:x", "org:y", None).id
