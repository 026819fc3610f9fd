"""Evaluation gate: extraction quality on tests/corpus must not drop below the floors kept in
tests/eval_baseline.json (with the corpus hash), nor on the later development sets tests/dev2, tests/dev3 and tests/probes
(tests/eval_baseline_dev2.json, _dev3.json, _probes.json), which keep what was learnt on text
written by other hands.
Raise floors with `talentflow eval tests/corpus --update-baseline` (dev2, dev3, probes: add
`--baseline tests/eval_baseline_dev2.json`, `_dev3.json` or `_probes.json`); lowering needs --allow-lower."""

import json
from pathlib import Path

import pytest

from talentflow.eval import evaluate, load_corpus
from talentflow.eval.baseline import BaselineError, check, floors_from, update

ROOT = Path(__file__).parent
GATES = [("corpus", "eval_baseline.json"), ("dev2", "eval_baseline_dev2.json"), ("dev3", "eval_baseline_dev3.json"),
         ("probes", "eval_baseline_probes.json")]


@pytest.mark.slow
@pytest.mark.parametrize("corpus,baseline_file", GATES)
def test_quality_does_not_drop_below_floors(corpus, baseline_file):
    docs = load_corpus(ROOT / corpus)
    if not docs or not (ROOT / baseline_file).exists():
        pytest.skip("no labelled corpus or baseline yet")
    baseline = json.loads((ROOT / baseline_file).read_text())
    metrics = evaluate(docs)
    # A changed corpus must not silently switch the gate off: the floors are re-set on purpose.
    assert metrics["corpus_hash"] == baseline.get("corpus_hash"), (
        f"tests/{corpus} changed since the baseline: run talentflow eval tests/{corpus} --update-baseline "
        f"--baseline tests/{baseline_file} (lowering a floor needs --allow-lower and a reason in the commit)")
    assert check(metrics, baseline) == []


def test_check_reports_a_metric_below_its_floor():
    baseline = {"floors": {"en.events.f1": 0.8, "en.fields.role": 0.5}}
    metrics = {"en": {"events": {"f1": 0.75}, "fields": {"role": 0.9}}}
    assert check(metrics, baseline) == ["en.events.f1 = 0.7500 is below its floor 0.80"]


def test_update_refuses_to_lower_a_floor(tmp_path):
    path = tmp_path / "b.json"
    update({"en": {"events": {"f1": 0.83}}, "corpus_hash": "x"}, path)
    assert json.loads(path.read_text())["floors"]["en.events.f1"] == 0.83
    with pytest.raises(BaselineError):
        update({"en": {"events": {"f1": 0.5}}, "corpus_hash": "x"}, path)
    update({"en": {"events": {"f1": 0.5}}, "corpus_hash": "y"}, path, allow_lower=True)
    assert json.loads(path.read_text())["floors"]["en.events.f1"] == 0.5


def test_floors_round_down():
    assert floors_from({"ar": {"events": {"f1": 0.919}}}) == {"ar.events.f1": 0.91}


def test_scoring_matches_on_kind_person_org_and_fields():
    from talentflow.eval import LangScore, score_document
    from talentflow.models import EntityRef, EventMention

    doc = {"id": "t", "events": [{"kind": "departure", "person": "Jane Roe", "person_mention": "Jane Roe",
                                  "org": "Acme", "org_mention": "Acme Corp", "role": "cfo", "date": "2024-05",
                                  "started": None, "tenure_months": None, "destination": None}]}
    good = EventMention("departure", EntityRef("Jane Roe", "Jane Roe", "person:jane-roe"),
                        EntityRef("Acme", "Acme Corp", "org:acme"), role="ceo", date="2024-05")
    wrong_kind = EventMention("arrival", good.person, good.org)
    sc = LangScore()
    score_document(doc, [good, wrong_kind], sc)
    s = sc.summary()
    assert (s["events"]["tp"], s["events"]["fp"], s["events"]["fn"]) == (1, 1, 0)
    assert s["fields"]["role"] == 0.0 and s["fields"]["date"] == 1.0


def test_a_gated_metric_that_disappears_fails_the_gate():
    baseline = {"floors": {"ar.claims.f1": 0.7}}
    assert check({"ar": {"events": {"f1": 0.9}}}, baseline) == [
        "ar.claims.f1 is missing from the evaluation (its floor is 0.70)"]


def test_reason_metrics_are_gated():
    floors = floors_from({"en": {"driver": {"f1": 0.824}, "driver_attr_stance": {"f1": 0.78},
                                 "claims": {"f1": 0.865}}})
    assert floors == {"en.driver.f1": 0.82, "en.driver_attr_stance.f1": 0.78,
                      "en.claims.f1": 0.86}
