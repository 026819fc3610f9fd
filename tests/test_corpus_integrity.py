"""Integrity of the labelled development corpus (tests/corpus/{ar,en}/*.json).

The corpus is the ground truth the extraction and reason engines are measured
against, so every file must follow tests/corpus/README.md exactly: schema, codes
from shared/spec (events.md role codes, drivers.md driver codes), mentions that
really occur in the text, coherent dates and tenures, and the size and coverage
the issues ask for (per half and in total).

Run this file directly to print the corpus statistics:
    .venv/bin/python tests/test_corpus_integrity.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
HELDOUT = Path(__file__).parent / "heldout"  # held-out set: same rules, never used for tuning
DEV2 = Path(__file__).parent / "dev2"  # second development set, written by a different hand
DEV3 = Path(__file__).parent / "dev3"  # third development set (ids 301+), more varied outlets and styles
HELDOUT2 = Path(__file__).parent / "heldout2"  # second sealed set (ids 951+): same rules as heldout
HELDOUT3 = Path(__file__).parent / "heldout3"  # third sealed set (ids 971+): same rules as heldout
PROBES = Path(__file__).parent / "probes"  # short briefs (ids 401+, 30-120 words): common shapes, unknown names
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LANGS = ("ar", "en")

KEYS = {"id", "lang", "published", "title", "url", "text", "domain", "traps", "events", "claims"}
EVENT_KEYS = {"kind", "person", "person_mention", "org", "org_mention", "role", "date",
              "started", "tenure_months", "destination", "reasons"}
KINDS = {"departure", "arrival", "role_change", "lawsuit"}
ROLES = {"ceo", "cfo", "cto", "coo", "cpo", "cmo", "general_counsel", "lawyer", "chief_scientist",
         "cofounder", "president", "chair", "board_member", "vp", "head", "director", "engineer",
         "researcher", "advisor", "executive", "employee", "other"}
ATTRIBUTIONS = {"self", "company", "sources", "media", "analyst"}
STANCES = {"asserted", "denied"}
TRAPS = {"negation", "rumour", "several_people", "surname_only", "relative_date", "candidate",
         "sabbatical", "background_history", "unnamed_people", "hypothetical", "pronoun", "list"}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _driver_codes() -> set[str]:
    data = json.loads((REPO / "talentflow" / "lang" / "drivers.json").read_text(encoding="utf-8"))
    return {d["code"] for d in data["drivers"]}


DRIVERS = _driver_codes()


def _docs(lang: str | None = None, root: Path = CORPUS) -> list[tuple[Path, dict]]:
    langs = (lang,) if lang else LANGS
    out = []
    for code in langs:
        for path in sorted((root / code).glob("*.json")):
            out.append((path, json.loads(path.read_text(encoding="utf-8"))))
    return out


ALL = _docs()
HELD = _docs(root=HELDOUT)
DEV = _docs(root=DEV2)
DEV_3 = _docs(root=DEV3)
HELD_2 = _docs(root=HELDOUT2)
PROBE = _docs(root=PROBES)
HELD_3 = _docs(root=HELDOUT3)
CHECKED = ALL + HELD + DEV + DEV_3 + HELD_2 + PROBE + HELD_3  # the per-file checks run over every set


def _reasons(doc: dict):
    """Every reason entry of a doc, from its events and its claims."""
    for ev in doc["events"]:
        yield from ev["reasons"]
    for claim in doc["claims"]:
        yield from claim["reasons"]


def _months(date: str) -> int | None:
    """Month index of a YYYY-MM[-DD] date, None for a bare year.

    >>> _months("2025-07") - _months("2025-04")
    3
    """
    if len(date) < 7:
        return None
    return int(date[:4]) * 12 + int(date[5:7])


def stats(lang: str | None = None) -> dict:
    """Counts the issues ask for, over one half (lang) or the whole corpus.

    >>> stats("en")["docs"] > 0
    True
    """
    docs = [d for _, d in _docs(lang)]
    reasons = [r for d in docs for r in _reasons(d)]
    return {
        "docs": len(docs),
        "other_domain": sum(d["domain"] == "other" for d in docs),
        "docs_with_traps": sum(bool(d["traps"]) for d in docs),
        "docs_without_events": sum(not d["events"] for d in docs),
        "published_null": sum(d["published"] is None for d in docs),
        "events": Counter(e["kind"] for d in docs for e in d["events"]),
        "reasons": len(reasons),
        "drivers": Counter(r["driver"] for r in reasons),
        "attributions": Counter(r["attributed_to"] for r in reasons),
        "denials": sum(r["stance"] == "denied" for r in reasons),
        "claims": sum(len(d["claims"]) for d in docs),
        "traps": Counter(t for d in docs for t in d["traps"]),
    }


# ---------------------------------------------------------------- per file


@pytest.mark.parametrize("path,doc", CHECKED, ids=[p.stem for p, _ in CHECKED])
def test_document_shape(path: Path, doc: dict) -> None:
    assert set(doc) == KEYS, f"{path.name}: keys must be exactly {sorted(KEYS)}"
    assert doc["id"] == path.stem
    assert doc["lang"] == path.parent.name
    assert re.fullmatch(rf"{doc['lang']}-\d{{3}}", doc["id"])
    assert doc["published"] is None or ISO_DAY.match(doc["published"])
    assert isinstance(doc["title"], str) and doc["title"].strip()
    assert doc["url"] is None or doc["url"].startswith("http")
    assert doc["domain"] in {"ai", "other"}
    assert set(doc["traps"]) <= TRAPS, set(doc["traps"]) - TRAPS
    assert len(doc["traps"]) == len(set(doc["traps"]))
    words = len(doc["text"].split())
    low, high = (30, 120) if path.parent.parent == PROBES else (80, 300)  # probes are short briefs
    assert low <= words <= high, f"{path.name}: {words} words ({low}-{high} allowed)"


@pytest.mark.parametrize("path,doc", CHECKED, ids=[p.stem for p, _ in CHECKED])
def test_events_follow_the_contract(path: Path, doc: dict) -> None:
    text = doc["text"]
    for ev in doc["events"]:
        assert set(ev) == EVENT_KEYS, f"{path.name}: event keys {sorted(set(ev) ^ EVENT_KEYS)}"
        assert ev["kind"] in KINDS
        if ev["person"] is None:
            assert ev["kind"] == "lawsuit", "only a lawsuit may have an unnamed person"
            assert ev["person_mention"] is None
        else:
            assert ev["person_mention"] in text, f"{path.name}: {ev['person_mention']!r} not in text"
        assert ev["org"], f"{path.name}: every event needs an org"
        assert ev["org_mention"] in text, f"{path.name}: {ev['org_mention']!r} not in text"
        assert ev["role"] is None or ev["role"] in ROLES, ev["role"]
        for field in ("date", "started"):
            assert ev[field] is None or DATE.match(ev[field]), f"{path.name}: {field}={ev[field]!r}"
        if ev["destination"] is not None:
            assert ev["kind"] in {"departure", "lawsuit"}, "destination only on departure/lawsuit"
            assert ev["destination"] != ev["org"]
        tenure = ev["tenure_months"]
        assert tenure is None or (isinstance(tenure, int) and 0 <= tenure < 12 * 80)
        if ev["started"] and ev["date"]:
            assert ev["started"][:4] <= ev["date"][:4], f"{path.name}: started after date"
            start, end = _months(ev["started"]), _months(ev["date"])
            if tenure is not None and start and end and ev["kind"] == "departure":
                # stated tenures are rounded ("eight years"), so allow a tenth of the span
                assert abs((end - start) - tenure) <= max(2, (end - start) // 10), (
                    f"{path.name}: tenure {tenure} far from {ev['started']}..{ev['date']}")
        if doc["published"] is None and ev["date"] is not None:
            assert ev["date"][:4] in text.translate(DIGITS), (
                f"{path.name}: no publication date, so a dated event needs its year in the text")


@pytest.mark.parametrize("path,doc", CHECKED, ids=[p.stem for p, _ in CHECKED])
def test_reasons_use_spec_codes(path: Path, doc: dict) -> None:
    owners = list(doc["events"]) + list(doc["claims"])
    for owner in owners:
        keys = [(r["driver"], r["attributed_to"], r["stance"]) for r in owner["reasons"]]
        assert len(keys) == len(set(keys)), f"{path.name}: one entry per (driver, attributed_to, stance)"
        for r in owner["reasons"]:
            assert set(r) == {"driver", "attributed_to", "stance"}
            assert r["driver"] in DRIVERS, r["driver"]
            assert r["attributed_to"] in ATTRIBUTIONS, r["attributed_to"]
            assert r["stance"] in STANCES, r["stance"]
    for claim in doc["claims"]:
        assert set(claim) == {"org", "scope", "reasons"}
        assert claim["org"] and claim["scope"] in {"org", "industry"}
        assert claim["reasons"], f"{path.name}: a claim without reasons says nothing"


# ---------------------------------------------------------------- corpus wide


def test_ids_are_unique() -> None:
    ids = [d["id"] for _, d in CHECKED]
    assert len(ids) == len(set(ids))


def test_heldout_moves_are_not_in_the_corpus() -> None:
    """The held-out set measures unseen text: no (person, org, kind) of it may be labelled in the corpus."""
    seen = {(e["person"], e["org"], e["kind"]) for _, d in ALL for e in d["events"] if e["person"]}
    leaked = [(d["id"], e["person"]) for _, d in HELD for e in d["events"]
              if (e["person"], e["org"], e["kind"]) in seen]
    assert not leaked, f"held-out events already labelled in tests/corpus: {leaked}"


def test_dev2_moves_are_new() -> None:
    """tests/dev2 adds unseen moves: no (person, org, kind) of it may be labelled in the corpus or held-out set."""
    seen = {(e["person"], e["org"], e["kind"]) for _, d in ALL + HELD for e in d["events"] if e["person"]}
    leaked = [(d["id"], e["person"], e["kind"]) for _, d in DEV for e in d["events"]
              if (e["person"], e["org"], e["kind"]) in seen]
    assert not leaked, f"dev2 events already labelled in tests/corpus or tests/heldout: {leaked}"


def test_dev3_moves_are_new() -> None:
    """tests/dev3 adds unseen moves: no (person, org, kind) of it may be labelled in any other set."""
    seen = {(e["person"], e["org"], e["kind"]) for _, d in ALL + HELD + DEV for e in d["events"] if e["person"]}
    leaked = [(d["id"], e["person"], e["kind"]) for _, d in DEV_3 for e in d["events"]
              if (e["person"], e["org"], e["kind"]) in seen]
    assert not leaked, f"dev3 events already labelled in tests/corpus, tests/dev2 or tests/heldout: {leaked}"


def test_heldout2_moves_are_new() -> None:
    """tests/heldout2 measures unseen text: no (person, org, kind) of it may be labelled in any other set."""
    seen = {(e["person"], e["org"], e["kind"]) for _, d in ALL + HELD + DEV + DEV_3 for e in d["events"] if e["person"]}
    leaked = [(d["id"], e["person"], e["kind"]) for _, d in HELD_2 for e in d["events"]
              if (e["person"], e["org"], e["kind"]) in seen]
    assert not leaked, f"heldout2 events already labelled in tests/corpus, tests/dev2, tests/dev3 or tests/heldout: {leaked}"


def test_probes_moves_are_new() -> None:
    """tests/probes adds unseen moves: no (person, org, kind) of it may be labelled in any other set."""
    seen = {(e["person"], e["org"], e["kind"]) for _, d in ALL + HELD + DEV + DEV_3 + HELD_2
            for e in d["events"] if e["person"]}
    leaked = [(d["id"], e["person"], e["kind"]) for _, d in PROBE for e in d["events"]
              if (e["person"], e["org"], e["kind"]) in seen]
    assert not leaked, f"probe events already labelled in another set: {leaked}"


def test_heldout3_moves_are_new() -> None:
    """tests/heldout3 measures unseen text: no (person, org, kind) of it may be labelled in any other set."""
    seen = {(e["person"], e["org"], e["kind"]) for _, d in ALL + HELD + DEV + DEV_3 + HELD_2 + PROBE
            for e in d["events"] if e["person"]}
    leaked = [(d["id"], e["person"], e["kind"]) for _, d in HELD_3 for e in d["events"]
              if (e["person"], e["org"], e["kind"]) in seen]
    assert not leaked, f"heldout3 events already labelled in another set: {leaked}"


def test_no_text_copied_from_the_seed_article() -> None:
    seed = SHARED / "seed" / "xai-turnover-ar.txt"
    if not seed.exists():
        pytest.skip("shared/seed not available")
    words = seed.read_text(encoding="utf-8").split()
    shingles = {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}
    for path, doc in CHECKED:
        dw = doc["text"].split()
        copied = [" ".join(dw[i:i + 8]) for i in range(len(dw) - 7) if " ".join(dw[i:i + 8]) in shingles]
        assert not copied, f"{path.name} repeats the seed: {copied[0]!r}"


def test_codes_match_the_shared_spec() -> None:
    drivers_md, events_md = SHARED / "spec" / "drivers.md", SHARED / "spec" / "events.md"
    if not drivers_md.exists() or not events_md.exists():
        pytest.skip("shared/spec not available")
    spec_drivers = set(re.findall(r"^\| `([a-z_]+)` \|", drivers_md.read_text(encoding="utf-8"), re.M))
    assert DRIVERS == spec_drivers
    role_par = events_md.read_text(encoding="utf-8").split("Role codes:")[1].split("A person")[0]
    assert ROLES == set(re.findall(r"`([a-z_]+)`", role_par))


# Floors from the C-en / C-ar briefs (per half) and issues 3 and 5 (whole corpus).
HALF = {"docs": 42, "docs_with_traps": 8, "reasons": 80, "per_driver": 3, "denials": 11, "claims": 11}
WHOLE = {"docs": 80, "docs_with_traps": 15, "reasons": 150, "per_driver": 5, "denials": 20, "claims": 20}


def _check_floors(s: dict, floors: dict, label: str) -> None:
    assert s["docs"] >= floors["docs"], f"{label}: {s['docs']} docs"
    assert s["docs_with_traps"] >= floors["docs_with_traps"], f"{label}: trap docs"
    assert s["reasons"] >= floors["reasons"], f"{label}: {s['reasons']} reasons"
    thin = {d: s["drivers"][d] for d in DRIVERS if s["drivers"][d] < floors["per_driver"]}
    assert not thin, f"{label}: drivers below {floors['per_driver']}: {thin}"
    assert s["denials"] >= floors["denials"], f"{label}: {s['denials']} denials"
    assert s["claims"] >= floors["claims"], f"{label}: {s['claims']} claims"
    assert 0.25 <= s["other_domain"] / s["docs"] <= 0.5, f"{label}: about a third must be non-AI"
    assert set(s["events"]) == KINDS, f"{label}: every event kind must occur"
    assert s["docs_without_events"] >= 1, f"{label}: some docs must have no event at all"


@pytest.mark.parametrize("lang", LANGS)
def test_each_half_meets_its_floors(lang: str) -> None:
    _check_floors(stats(lang), HALF, lang)


def test_whole_corpus_meets_the_issue_floors() -> None:
    s = stats()
    _check_floors(s, WHOLE, "corpus")
    per_lang = Counter(d["lang"] for _, d in ALL)
    assert abs(per_lang["ar"] - per_lang["en"]) <= 0.2 * s["docs"], f"halves unbalanced: {dict(per_lang)}"


if __name__ == "__main__":
    for scope in (*LANGS, None):
        s = stats(scope)
        print(f"== {scope or 'all'}")
        for key, value in s.items():
            print(f"  {key}: {dict(sorted(value.items())) if isinstance(value, Counter) else value}")
