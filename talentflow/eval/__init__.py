"""Evaluation of extraction against a labelled corpus (tests/corpus/<lang>/<id>.json).

Events match on kind + person + org. A name matches when the KB resolves the expected
canonical name to the predicted id, else when the folded names or the expected mention and
the predicted mention agree (one containing the other). Per-field accuracy is computed on
matched events; reason metrics (driver, driver+attribution+stance, claims) are micro F1.

>>> prf(8, 2, 2)["f1"]
0.8
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from talentflow.lang.normalize import fold
from talentflow.models import Document, EntityRef, EventMention

FIELDS = ("role", "date", "started", "tenure_months", "destination")


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 (1.0 when there is nothing to find and nothing found)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def load_corpus(path: str | Path) -> list[dict[str, Any]]:
    """Every labelled document under ``path`` (a folder of JSON files, or one file)."""
    p = Path(path)
    files = sorted(p.rglob("*.json")) if p.is_dir() else [p]
    docs = []
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        if isinstance(d, dict) and "text" in d and "events" in d:
            docs.append(d)
    return docs


def corpus_hash(docs: Iterable[dict[str, Any]]) -> str:
    """Hash of the labelled documents (ids, texts and labels), order-independent."""
    h = hashlib.sha256()
    for d in sorted(docs, key=lambda d: str(d.get("id"))):
        h.update(json.dumps(d, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()[:16]


def _kb_id(name: str | None, etype: str) -> str | None:
    if not name:
        return None
    from talentflow.pipeline.entities import _kb

    found = _kb().lookup(name, etype)
    return found[0].id if len(found) == 1 else None


def _close(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    fa, fb = " ".join(fold(a).split()), " ".join(fold(b).split())
    return fa == fb or (len(fa) >= 3 and len(fb) >= 3 and (fa in fb or fb in fa))


def name_match(name: str | None, mention: str | None, ref: Any, etype: str) -> bool:
    """Does a predicted EntityRef (or None) match the expected name/mention?"""
    if ref is None:
        return name is None and mention is None
    if name is None and mention is None:
        return False
    kid = _kb_id(name, etype)
    if kid and ref.id == kid:
        return True
    return any(_close(x, y) for x in (name, mention) for y in (ref.name, ref.mention))


def _event_match(exp: dict, pred: EventMention) -> bool:
    if exp["kind"] != pred.kind:
        return False
    if not name_match(exp.get("person"), exp.get("person_mention"), pred.person, "person"):
        return False
    return name_match(exp.get("org"), exp.get("org_mention"), pred.org, "org")


def _reason_keys(reasons: Iterable[Any], full: bool) -> set[tuple]:
    out = set()
    for r in reasons:
        d = r if isinstance(r, dict) else r.to_dict()
        out.add((d["driver"], d.get("attributed_to"), d.get("stance", "asserted")) if full else (d["driver"],))
    return out


@dataclass
class LangScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    drivers: list[int] = field(default_factory=lambda: [0, 0, 0])
    reasons: list[int] = field(default_factory=lambda: [0, 0, 0])
    claims: list[int] = field(default_factory=lambda: [0, 0, 0])
    has_reasons: bool = False
    docs: int = 0
    errors: list[dict] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"docs": self.docs, "events": prf(self.tp, self.fp, self.fn)}
        out["fields"] = {f: round(c / n, 4) if n else None for f, (c, n) in self.fields.items()}
        if self.has_reasons:
            out["driver"] = prf(*self.drivers)
            out["driver_attr_stance"] = prf(*self.reasons)
            out["claims"] = prf(*self.claims)
        return out


def _add(acc: list[int], exp: set, pred: set) -> None:
    acc[0] += len(exp & pred)
    acc[1] += len(pred - exp)
    acc[2] += len(exp - pred)


def _field_ok(f: str, exp: dict, pred: EventMention) -> bool:
    if f == "destination":
        return name_match(exp.get("destination"), exp.get("destination_mention"), pred.destination, "org")
    return exp.get(f) == getattr(pred, f)


def score_document(doc: dict, predicted: list[EventMention], sc: LangScore) -> None:
    """Add one labelled document's comparison to ``sc``."""
    sc.docs += 1
    preds = [p for p in predicted if p.kind != "claim"]
    used: set[int] = set()
    for exp in doc.get("events", []):
        j = next((i for i, p in enumerate(preds) if i not in used and _event_match(exp, p)), None)
        if exp.get("reasons") is not None:
            sc.has_reasons = True
        if j is None:
            sc.fn += 1
            sc.errors.append({"doc": doc.get("id"), "missed": exp})
            _add(sc.drivers, _reason_keys(exp.get("reasons", []), False), set())
            _add(sc.reasons, _reason_keys(exp.get("reasons", []), True), set())
            continue
        used.add(j)
        sc.tp += 1
        pred = preds[j]
        for f in FIELDS:
            ok = _field_ok(f, exp, pred)
            sc.fields[f][0] += ok
            sc.fields[f][1] += 1
            if not ok:
                sc.errors.append({"doc": doc.get("id"), "field": f, "expected": exp.get(f),
                                  "got": (pred.destination.name if pred.destination else None) if f == "destination" else getattr(pred, f),
                                  "person": exp.get("person")})
        _add(sc.drivers, _reason_keys(exp.get("reasons", []), False), _reason_keys(pred.reasons, False))
        _add(sc.reasons, _reason_keys(exp.get("reasons", []), True), _reason_keys(pred.reasons, True))
    for i, p in enumerate(preds):
        if i not in used:
            sc.fp += 1
            sc.errors.append({"doc": doc.get("id"), "spurious": p.to_dict() | {"reasons": None}})
            _add(sc.drivers, set(), _reason_keys(p.reasons, False))
            _add(sc.reasons, set(), _reason_keys(p.reasons, True))
    _score_claims(doc, predicted, sc)


def _claim_keys(org_name: str | None, reasons: Iterable[Any], org_ref: Any = None) -> set[tuple]:
    org = (_kb_id(org_name, "org") or fold(org_name or "")) if org_ref is None else (org_ref.id or "")
    return {(org,) + k for k in _reason_keys(reasons, True)}


def _score_claims(doc: dict, predicted: list[EventMention], sc: LangScore) -> None:
    """Claims match on (org, driver, attribution, stance); the org as events' orgs match, so a
    claim about an org the KB does not know (a minted id) still meets its label's name."""
    exp: dict[tuple, tuple] = {}
    for c in doc.get("claims", []) or []:
        sc.has_reasons = True
        for key in _claim_keys(c.get("org"), c.get("reasons", [])):
            exp[key] = (c.get("org"), c.get("org_mention"))
    pred: dict[tuple, Any] = {}
    for p in predicted:
        if p.kind == "claim":
            for key in _claim_keys(None, p.reasons, p.org or EntityRef("", "", "")):
                pred[key] = p.org
    matched = set()
    for pk, ref in pred.items():
        for ek, (name, mention) in exp.items():
            if ek not in matched and ek[1:] == pk[1:] and (ek[0] == pk[0] or name_match(name, mention, ref, "org")):
                matched.add(ek)
                break
    sc.claims[0] += len(matched)
    sc.claims[1] += len(pred) - len(matched)
    sc.claims[2] += len(exp) - len(matched)


def evaluate(docs: list[dict[str, Any]], extractor: Callable[[Document], list[EventMention]] | None = None
             ) -> dict[str, Any]:
    """Scores per language (and "all") for labelled ``docs``; ``errors`` lists the misses.

    >>> evaluate([])["all"]["events"]["f1"]
    1.0
    """
    if extractor is None:
        from talentflow.pipeline import extract_document as extractor
    scores: dict[str, LangScore] = {}
    total = LangScore()
    for d in docs:
        doc = Document(text=d["text"], lang=d.get("lang"), published=d.get("published"), url=d.get("url"))
        predicted = extractor(doc)
        lang = d.get("lang") or "?"
        score_document(d, predicted, scores.setdefault(lang, LangScore()))
        score_document(d, predicted, total)
    out: dict[str, Any] = {lang: s.summary() for lang, s in sorted(scores.items())}
    out["all"] = total.summary()
    out["corpus_hash"] = corpus_hash(docs)
    out["errors"] = total.errors
    return out
