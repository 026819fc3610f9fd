"""The why brief and `talentflow why`: ranking, attributions, denials, evidence, aliases."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from talentflow.cli import app
from talentflow.models import Document, EntityRef, EventMention, Reason, Source
from talentflow.store import Store
from talentflow.why import WhyError, gentry_code, why

XAI = EntityRef("xAI", "xAI", "org:xai")
OPENAI = EntityRef("OpenAI", "OpenAI", "org:openai")
META = EntityRef("Meta", "Meta", "org:meta")

# drivers.md, last column, checked by hand
GENTRY = {"leadership_conflict": 7, "financial_disagreement": 7, "values_divergence": 7,
          "workload_culture": 7, "controversy": 7, "restructuring": 7, "poached": 6,
          "career_move": 6, "new_venture": 6, "family_personal": 7, "health": 2, "death": 1,
          "retirement": 5, "dismissal": 3, "misconduct_legal": 4, "unstated": None}


@pytest.mark.parametrize("driver,code", sorted(GENTRY.items()))
def test_gentry_codes(driver, code):
    assert gentry_code(driver) == code


def _m(kind, doc, span, person=None, org=XAI, dest=None, date=None, reasons=(), scope=None):
    return EventMention(kind=kind, person=EntityRef(person, person) if person else None,
                        org=org, destination=dest, date=date, scope=scope,
                        reasons=[Reason(*r) for r in reasons],
                        source=Source(doc=doc.id, lang=doc.lang, published=doc.published,
                                      span=span))


@pytest.fixture()
def store(tmp_path):
    d1 = Document(text="first report", lang="en", published="2025-09-04")
    d2 = Document(text="تقرير ثان", lang="ar", published="2025-09-20")
    ms = [
        _m("departure", d1, (0, 5), "Mike Liberatore", dest=OPENAI, date="2025-07",
           reasons=[("career_move", "media", "asserted", "He joined OpenAI.")]),
        _m("departure", d2, (0, 3), "Robert Keele", date="2025-08",
           reasons=[("family_personal", "self", "asserted", "قضاء وقت أكبر مع أطفاله"),
                    ("values_divergence", "self", "asserted", "تباين في وجهات النظر")]),
        _m("departure", d1, (6, 9), "Jane Roe", date="2024-01",
           reasons=[("family_personal", "media", "asserted", "She left for family reasons.")]),
        _m("claim", d2, (4, 8), scope="org",
           reasons=[("leadership_conflict", "sources", "asserted", "صراعات مع مستشاري ماسك"),
                    ("leadership_conflict", "company", "denied", "كاذبة وافترائية")]),
        _m("claim", d2, (9, 12), org=META, scope="industry",
           reasons=[("poached", "media", "asserted", "رواتب خيالية لجذب المواهب")]),
    ]
    path = tmp_path / "t.duckdb"
    with Store(path) as s:
        s.add_mentions(ms)
    with Store(path) as s:
        yield s


def test_drivers_ranked_by_departures_and_claims(store):
    b = why(store, "xAI")
    assert b["org"] == {"id": "org:xai", "name": "xAI"}
    assert [d["person"]["name"] for d in b["departures"]] == [
        "Robert Keele", "Mike Liberatore", "Jane Roe"]
    ranked = [(d["driver"], d["n_events"], d["n_claims"]) for d in b["drivers"]]
    assert ranked[0] == ("family_personal", 2, 0)
    assert ("leadership_conflict", 0, 1) in ranked
    lc = next(d for d in b["drivers"] if d["driver"] == "leadership_conflict")
    assert lc["attributions"] == {"sources": 1, "company": 1}
    assert (lc["asserted"], lc["denied"]) == (1, 1)
    assert [e["stance"] for e in lc["evidence"]] == ["asserted", "denied"]
    assert lc["evidence"][1]["lang"] == "ar" and lc["label"]["ar"]
    assert [c["driver"] for c in b["industry"]] == ["poached"]
    assert "poached" not in {d["driver"] for d in b["drivers"]}


def test_arabic_alias_and_since(store):
    b = why(store, "إكس إيه آي", since="2025-07-15")
    assert b["org"]["id"] == "org:xai"
    assert {d["person"]["name"] for d in b["departures"]} == {"Robert Keele", "Mike Liberatore"}
    assert next(d for d in b["drivers"] if d["driver"] == "family_personal")["n_events"] == 1


def test_arrivals_include_moves_into_the_org(store):
    b = why(store, "OpenAI")
    assert [a["person"]["name"] for a in b["arrivals"]] == ["Mike Liberatore"]
    assert b["departures"] == []


def test_unknown_org_and_bad_date_say_what_is_valid(store):
    with pytest.raises(WhyError, match="Unknown organization 'Globex'.*xAI"):
        why(store, "Globex")
    with pytest.raises(WhyError, match="YYYY-MM-DD"):
        why(store, "xAI", since="last year")


def test_consolidated_events_are_read_when_present(store):
    from talentflow.resolve import consolidate

    consolidate(store)
    b = why(store, "xAI")
    assert {d["person"]["name"] for d in b["departures"]} == {
        "Robert Keele", "Mike Liberatore", "Jane Roe"}
    assert b["drivers"][0]["driver"] == "family_personal"


def test_cli_json_and_text(store, tmp_path):
    path = store.path
    store.close()
    runner = CliRunner()
    res = runner.invoke(app, ["why", "xAI", "--db", path, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["drivers"][0]["driver"] == "family_personal"
    res = runner.invoke(app, ["why", "xAI", "--db", path])
    assert res.exit_code == 0 and "Family and personal reasons" in res.output
    assert "كاذبة وافترائية" in res.output
    res = runner.invoke(app, ["why", "xAI", "--db", path, "--format", "xml"])
    assert res.exit_code != 0
    res = runner.invoke(app, ["why", "xAI", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code != 0


def test_docstring_examples_run():
    import doctest

    import talentflow.pipeline.reasons as reasons
    import talentflow.pipeline.reasons_cues as cues
    import talentflow.why as why_module

    for mod in (reasons, cues, why_module):
        result = doctest.testmod(mod)
        assert result.failed == 0 and result.attempted > 0, mod.__name__
