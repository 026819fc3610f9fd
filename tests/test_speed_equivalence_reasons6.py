"""Session-6 speed paths of the reasons stage give exactly what the plain versions gave
(issue #3): a name's word starts found with ``str.find`` instead of a per-text word table,
and the cue lists' start offsets routed token by token (already in order) instead of word by
word and merged."""

from __future__ import annotations

import random

from talentflow.bench.extract import generate
from talentflow.pipeline.reasons_cues import cue_data, normalized
from talentflow.pipeline.reasons_route import _ROUTER, TextScan
from talentflow.pipeline.text import word_runs

_AR_CLITICS = cue_data("ar").clitics


def _plain_phrase_starts(scan: TextScan, exact: frozenset[str]) -> list[int]:
    """The word-table version: starts of the words ``e`` and ``clitic + e``."""
    raw: dict[str, list[int]] = {}
    starts, _ends, words = word_runs(scan.norm)
    for w, at in zip(words, starts):
        raw.setdefault(w, []).append(at)
    lists = [raw.get(p + e) for e in exact for p in ("", *scan.clitics)]
    return sorted(set().union(*[x for x in lists if x]))


def _plain_routed(scan: TextScan) -> dict[int, list[int]]:
    """Word by word: each distinct word's starts under every cue list it routes to, merged."""
    raw: dict[str, list[int]] = {}
    starts, _ends, words = word_runs(scan.norm)
    for w, at in zip(words, starts):
        raw.setdefault(w, []).append(at)
    out: dict[int, set[int]] = {}
    for w, at in raw.items():
        for pid in _ROUTER.route_word(w, scan.clitics):
            out.setdefault(pid, set()).update(at)
    return {pid: sorted(at) for pid, at in out.items()}


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["\u0648", "\u0628", "\u0627\u0644", "\u0644\u0644", "\u0641\u0627\u0644",
              "\u0633\u0627\u0644\u0645", "\u0628\u0646\u0643", "ab", "a", "_", "7", " ", " ",
              ".", "-", "\n", "bank", "xbank", "bank_", "\u0650"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_name_starts_found_by_str_find_are_the_word_table_starts():
    names = ["\u0633\u0627\u0644\u0645", "\u0628\u0646\u0643", "bank", "ab", "a", "_", "7",
             "\u0627\u0644\u0633\u0627\u0644\u0645"]
    for text in _random_texts(4000, 11):
        norm, index = normalized(text)
        for clitics in (_AR_CLITICS, ()):
            scan = TextScan(norm, index, clitics)
            for e in names:
                got = scan._phrase_starts(frozenset({e}))
                assert got == _plain_phrase_starts(scan, frozenset({e})), (text, e, clitics)
            two = frozenset({"bank", "\u0628\u0646\u0643"})
            assert scan._phrase_starts(two) == _plain_phrase_starts(scan, two)


def test_name_spans_on_bank_club_and_ministry_sentences():
    text = ("\u0648\u0642\u0627\u0644 \u0633\u0627\u0644\u0645 \u0627\u0644\u062d\u0631\u0628\u064a "
            "\u0625\u0646 \u0628\u0633\u0627\u0644\u0645 \u0648\u0633\u0627\u0644\u0645\u0627\u0646 "
            "\u0648\u0644\u0633\u0627\u0644\u0645.")  # the name alone, with clitics, and inside a longer word
    norm, index = normalized(text)
    scan = TextScan(norm, index, _AR_CLITICS)
    got = [text[a:b] for a, b in scan.find_phrase("\u0633\u0627\u0644\u0645")]
    assert got == ["\u0633\u0627\u0644\u0645", "\u0628\u0633\u0627\u0644\u0645",
                   "\u0648\u0644\u0633\u0627\u0644\u0645"]
    text = "Rivervale FC sacked Tom Brandt; Brandtson stayed. Minister Ana Pike_ left, Ana Pike quit."
    norm, index = normalized(text)
    scan = TextScan(norm, index)
    assert [text[a:b] for a, b in scan.find_phrase("Tom Brandt")] == ["Tom Brandt"]
    assert [text[a:b] for a, b in scan.find_phrase("Brandt")] == ["Brandt"]
    assert [text[a:b] for a, b in scan.find_phrase("Ana Pike")] == ["Ana Pike"]


def test_routed_starts_are_the_merged_word_by_word_starts():
    data = {lang: cue_data(lang) for lang in ("en", "ar")}  # registers every cue list
    texts = [(d.lang, d.text) for d in generate(120, seed=23)]
    texts += [("ar", t) for t in _random_texts(300, 5)] + [("en", t) for t in _random_texts(300, 6)]
    for lang, text in texts:
        norm, index = normalized(text)
        scan = TextScan(norm, index, data[lang].clitics)
        want = _plain_routed(scan)
        got = scan._route()
        assert {pid: at for pid, at in got.items() if at} == want, text
        for pid in range(_ROUTER.n):
            assert scan._routed_starts(pid) == want.get(pid, [])


def test_unlink_sentences_are_only_skipped_where_no_first_word_of_the_cues_starts():
    from types import SimpleNamespace

    from talentflow.pipeline.reasons_claims import _finditer, _may_start_in, _unlinks
    from talentflow.pipeline.reasons_cues import split_sentences

    fresh = {
        "en": ["Harbor Bank named a new treasurer. It did not link the change to the audit.",
               "Rivervale FC sacked its coach in May. The club said the move was unrelated to the "
               "derby loss.\nNobody at the ministry publicly connected the two.",
               "Cedar Mart's buyer quit; the timing was a coincidence, the retailer said."],
        "ar": ["\u0623\u0639\u0644\u0646 \u0627\u0644\u0628\u0646\u0643 \u0631\u062d\u064a\u0644 "
               "\u0645\u062f\u064a\u0631\u0647. \u0648\u0644\u0645 \u064a\u0631\u0628\u0637 "
               "\u0627\u0644\u0628\u0646\u0643 \u0628\u064a\u0646 \u0627\u0644\u0623\u0645\u0631\u064a\u0646."],
    }
    texts = [(d.lang, d.text) for d in generate(150, seed=31)]
    texts += [(lang, t) for lang, ts in fresh.items() for t in ts]
    matched = 0
    for lang, text in texts:
        data, pat = cue_data(lang), _unlinks(lang)
        norm, index = normalized(text)
        ctx = SimpleNamespace(scan=TextScan(norm, index, data.clitics))
        for sent in split_sentences(text, data.abbreviations):
            alone = _finditer(pat, *normalized(text[sent[0]:sent[1]]))
            if alone:
                matched += 1
                assert _may_start_in(ctx, pat, sent), (text, sent)
    assert matched >= 5  # the fresh sentences' cues are found, not skipped


def _reasons_of(texts, lang, monkeypatch=None):
    from talentflow.pipeline import reasons_walk
    from talentflow.pipeline.reasons import attach_reasons
    from talentflow.models import EntityRef, EventMention

    out = []
    for text, person in texts:
        ev = EventMention(kind="departure", person=EntityRef(person, person))
        claims = attach_reasons(text, [ev], lang=lang)
        out.append(([(r.driver, r.attributed_to, r.stance, r.span) for r in ev.reasons],
                    [(c.org.name, [(r.driver, r.stance) for r in c.reasons]) for c in claims]))
    return out


def test_walk_stops_after_the_last_cue_only_where_nothing_later_can_act(monkeypatch):
    from talentflow.pipeline import reasons_walk

    texts = [
        ("Dana Kell resigned from Harbor Bank amid the audit scandal. She joined Cedar Mart. "
         "The bank did not link the two.", "Dana Kell"),
        ("Coach Ivo Marsh left Rivervale FC over a pay dispute. The club is based in Leeds. "
         "Its stadium holds 30,000.", "Ivo Marsh"),
        ("Minister Lina Haddad quit after clashing with the premier. The ministry said the "
         "timing was a coincidence.", "Lina Haddad"),
        ("Professor Omar Reyes left Eastvale University to spend time with his family. "
         "He had taught there since 2004.", "Omar Reyes"),
    ]
    texts += [(d.text, "Jane Doe") for d in generate(80, seed=41) if d.lang == "en"]
    fast = _reasons_of(texts, "en")
    monkeypatch.setattr(reasons_walk, "_quiet_from", lambda ctx, by_sent, denied_in: len(ctx.sents))
    assert fast == _reasons_of(texts, "en")
    # the unlink sentence after the last cue still takes the scandal back
    assert not any(d == "controversy" and s == "asserted" for d, _a, s, _sp in fast[0][0])
