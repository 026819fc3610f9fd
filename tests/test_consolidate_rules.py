"""Consolidation rules one at a time, on small hand-written mention sets."""

from talentflow.kb import load_kb
from talentflow.models import Document, EntityRef, EventMention, Reason, Source
from talentflow.resolve import consolidate, consolidate_records
from talentflow.resolve.dates import best, compatible


def _m(doc, person, org, date, kind="departure", reasons=(), scope=None, span=(0, 5),
       published="2025-09-01", lang="en", dest=None, role=None):
    return EventMention(
        kind=kind, person=EntityRef(None, person) if person else None, org=EntityRef(None, org),
        date=date, role=role, destination=EntityRef(None, dest) if dest else None,
        reasons=[Reason(*r) for r in reasons], scope=scope, confidence=0.6,
        source=Source(doc=doc, published=published, lang=lang, span=span))


def _run(mentions):
    recs = [{"id": m.id, "doc_id": m.source.doc, "data": m.to_dict()} for m in mentions]
    return consolidate_records(recs, load_kb())


def test_date_tolerance_respects_precision():
    assert compatible("2025", "2025-07") and compatible("2025-07", "2025-08")
    assert compatible("2025-07-30", "2025-08-02")
    assert not compatible("2025-07", "2025-09") and not compatible("2024", "2025-01")
    assert best(["2025", "2025-07-09", "2025-07"]) == ("2025-07-09", [])


def test_year_month_and_next_month_are_one_event_with_the_conflict_kept():
    evs = _run([_m("doc:a", "Mike Liberatore", "xAI", "2025"),
                _m("doc:b", "مايك ليبراتور", "إكس إيه آي", "2025-07", lang="ar"),
                _m("doc:c", "Mike Liberatore", "xAI", "2025-08")])
    assert len(evs) == 1
    assert evs[0]["date"] == "2025-07"  # ties break to the earlier month
    assert evs[0]["conflicts"] == {"date": ["2025-07", "2025-08"]}
    assert evs[0]["n_sources"] == 3


def test_far_apart_dates_are_two_events():
    evs = _run([_m("doc:a", "Jane Roe", "Acme Robotics", "2021-03"),
                _m("doc:b", "Jane Roe", "Acme Robotics", "2024-10")])
    assert sorted(e["date"] for e in evs) == ["2021-03", "2024-10"]
    assert len({e["id"] for e in evs}) == 2


def test_never_merges_two_people_with_one_surname():
    evs = _run([_m("doc:a", "Dario Amodei", "OpenAI", "2020-12"),
                _m("doc:b", "Daniela Amodei", "OpenAI", "2020-12"),
                _m("doc:c", "Robert Keele", "xAI", "2025-08"),
                _m("doc:d", "Robert Cole", "xAI", "2025-08")])
    assert sorted(e["person"]["id"] for e in evs) == [
        "person:daniela-amodei", "person:dario-amodei", "person:robert-cole",
        "person:robert-keele"]


def test_kinds_stay_apart():
    evs = _run([_m("doc:a", "Jane Roe", "Acme Robotics", "2025-03"),
                _m("doc:b", "Jane Roe", "Acme Robotics", "2025-03", kind="arrival")])
    assert sorted(e["kind"] for e in evs) == ["arrival", "departure"]


def test_undated_mention_joins_the_dated_event():
    evs = _run([_m("doc:a", "Robert Keele", "xAI", "2025-08"),
                _m("doc:b", "روبرت كيل", "xAI", None, lang="ar")])
    assert len(evs) == 1 and evs[0]["date"] == "2025-08"


def test_facts_union_and_destination_conflict():
    evs = _run([_m("doc:a", "Jane Roe", "Acme Robotics", "2025-03", dest="OpenAI", role="cfo",
                   reasons=[("poached", "sources", "asserted", "lured by a rival")]),
                _m("doc:b", "Jane Roe", "Acme Robotics", "2025-03", dest="Anthropic",
                   reasons=[("poached", "company", "denied", "we did not lose her to a rival")])])
    (ev,) = evs
    assert ev["role"] == "cfo"
    assert sorted(ev["conflicts"]["destination"]) == ["org:anthropic", "org:openai"]
    assert [(r["attributed_to"], r["stance"]) for r in ev["reasons"]] == [
        ("company", "denied"), ("sources", "asserted")]


def test_claims_group_by_org_scope_and_overlapping_drivers():
    evs = _run([
        _m("doc:a", None, "xAI", None, kind="claim", scope="org",
           reasons=[("leadership_conflict", "sources", "asserted", "clashes with advisers")]),
        _m("doc:b", None, "إكس إيه آي", None, kind="claim", scope="org", lang="ar",
           reasons=[("leadership_conflict", "company", "denied", "false claims"),
                    ("financial_disagreement", "sources", "asserted", "unrealistic forecasts")]),
        _m("doc:c", None, "xAI", None, kind="claim", scope="org",
           reasons=[("workload_culture", "media", "asserted", "long hours")]),
        _m("doc:d", None, "Meta", None, kind="claim", scope="industry",
           reasons=[("poached", "media", "asserted", "huge salaries")])])
    claims = sorted(evs, key=lambda e: (e["org"]["id"], -len(e["sources"])))
    assert [(c["org"]["id"], c["scope"], len(c["sources"])) for c in claims] == [
        ("org:meta", "industry", 1), ("org:xai", "org", 2), ("org:xai", "org", 1)]
    assert claims[1]["person"] is None
    stances = {(r["driver"], r["stance"]) for r in claims[1]["reasons"]}
    assert ("leadership_conflict", "denied") in stances and ("leadership_conflict", "asserted") in stances


def test_consolidate_learns_aliases_from_paired_spellings(store):
    text = "قالت الشركة إن جين رو (Jane Roe) غادرت منصبها في مارس 2025."
    doc = Document(text=text, lang="ar", published="2025-04-01")
    store.con.execute("INSERT INTO documents (id, text, lang) VALUES (?, ?, ?)",
                      [doc.id, doc.text, doc.lang])
    store.add_mentions([_m(doc.id, "جين رو", "Acme Robotics", "2025-03", lang="ar")])
    counts = consolidate(store)
    assert counts["aliases_learned"] == 1
    (ev,) = store.list_events()
    assert ev["person"] == {"id": "person:jane-roe", "name": "Jane Roe", "mentions": ["جين رو"]}
    rows = store.alias_rows("person:jane-roe")
    assert [(r["text"], r["source"]) for r in rows] == [("جين رو", doc.id)]
    assert consolidate(store)["aliases_learned"] == 0  # idempotent


def test_event_shape_for_readers(store):
    store.add_mentions([_m("doc:a", "Mike Liberatore", "xAI", "2025-07", dest="OpenAI",
                           reasons=[("financial_disagreement", "sources", "asserted", "x")])])
    consolidate(store)
    (ev,) = store.list_events(org_ids=["org:openai"])  # the destination matches too
    for key in ("id", "kind", "person", "org", "role", "date", "started", "tenure_months",
                "destination", "scope", "reasons", "sources", "conflicts", "n_sources"):
        assert key in ev
    assert set(ev["reasons"][0]) == {"driver", "attributed_to", "stance", "evidence", "lang",
                                     "doc_id", "mention_id", "url", "published"}
    assert set(ev["sources"][0]) == {"mention_id", "doc_id", "url", "published", "lang", "span"}
    shown = store.get_event(ev["id"][:12])
    assert shown["mentions"][0]["mention_id"] == ev["sources"][0]["mention_id"]


def test_event_id_survives_dates_arriving_later():
    undated = _run([_m("doc:a", "Robert Keele", "xAI", None)])
    dated = _run([_m("doc:a", "Robert Keele", "xAI", None),
                  _m("doc:b", "Robert Keele", "xAI", "2025-08")])
    assert undated[0]["id"] == dated[0]["id"]
    assert dated[0]["date"] == "2025-08"


def test_unknown_surname_alone_joins_the_full_name_at_the_same_org():
    evs = _run([_m("doc:a", "Andrew Witty", "UnitedHealth Group", "2025-05-13"),
                _m("doc:b", "ويتي", "يونايتد هيلث", "2025-05", lang="ar"),
                _m("doc:c", "Witty", "Acme Robotics", "2025-05")])  # another org: not him
    by_org = {e["org"]["id"]: e for e in evs}
    assert by_org["org:unitedhealth-group"]["person"]["id"] == "person:andrew-witty"
    assert by_org["org:unitedhealth-group"]["n_sources"] == 2
    assert by_org["org:acme-robotics"]["person"]["id"] != "person:andrew-witty"


def test_claims_years_apart_are_separate():
    evs = _run([
        _m("doc:a", None, "Meta", None, kind="claim", scope="industry", published="2023-02-01",
           reasons=[("poached", "media", "asserted", "big offers")]),
        _m("doc:b", None, "Meta", None, kind="claim", scope="industry", published="2025-07-01",
           reasons=[("poached", "media", "asserted", "huge salaries")]),
        _m("doc:c", None, "Meta", None, kind="claim", scope="industry", published="2025-08-15",
           reasons=[("poached", "analyst", "asserted", "pay packages")])])
    assert sorted(len(e["sources"]) for e in evs) == [1, 2]
