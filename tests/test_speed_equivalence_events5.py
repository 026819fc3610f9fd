"""The events and dates stages' fast paths give exactly what the plain versions gave (issue #3).

Each reference is the straightforward form the fast one replaced; both run over generated
documents built from the labelled corpus and over texts written here for the edges.
"""

from __future__ import annotations

import re

import pytest

from talentflow.bench.extract import generate
from talentflow.pipeline.dates import Branches, _date_regexes, _rel_branches


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    from talentflow.lang.normalize import fold

    return [(d.lang, fold(d.text)) for d in generate(150)]


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    """Span and the groups that took part (a branch's regex has only its own groups)."""
    return [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in matches]


def test_relative_date_branches_match_the_alternation(texts):
    n = 0
    for lang, text in texts:
        want = _spans(_date_regexes(lang)["rel"].finditer(text))
        assert _spans(_rel_branches(lang).finditer(text)) == want
        n += len(want)
    assert n > 50


@pytest.mark.parametrize("text", [
    "by the end of the year, and at the end of the month; later this year it was the end",
    "the bank said last week that its chief would leave next month, the club said this year",
    "(last year) -last week_ xlast year last yearly this week.this month",
    "\u0641\u064a \u0646\u0647\u0627\u064a\u0647 \u0627\u0644\u0639\u0627\u0645 \u060c \u0647\u0630\u0627 \u0627\u0644\u0634\u0647\u0631",
])
def test_branches_edges(text):
    from talentflow.lang.normalize import fold

    text = fold(text)
    for lang in ("en", "ar"):
        want = [m.span() for m in _date_regexes(lang)["rel"].finditer(text)]
        assert [m.span() for m in _rel_branches(lang).finditer(text)] == want


@pytest.mark.parametrize("branches, text", [
    (["(?P<a>last)", "(?P<b>last year)"], "last year"),  # the first branch that matches wins
    (["(?P<a>last yea)", "(?P<b>last year)"], "last year"),  # ... unless no word ends after it
    (["(?P<a>ab)", "(?P<b>b c)"], "ab c b c"),  # no overlap with the match before
    (["(?P<a>x?)", "(?P<b>y)"], "y x"),  # an empty branch: the whole alternation is scanned
])
def test_branches_order_and_overlap(branches, text):
    whole = re.compile(r"(?<![\w])(?:" + "|".join(branches) + r")(?![\w])")
    got = Branches(branches).finditer(text)
    assert _spans(got) == _spans(whole.finditer(text))


def _last_word_starts_ref(folded: str, s: int, a: int, pos: int) -> list[int]:
    """The plain version: a regex over the window's text."""
    return [m.start() + a for m in re.finditer(r"(?<!\w)\w", folded[a:pos]) if m.start() or a == s
            or not folded[a - 1].isalnum()][-3:]


def test_last_word_starts_match_the_window_scan():
    import random

    from talentflow.pipeline.stints import _last_word_starts
    from talentflow.pipeline.text import FoldedText

    rnd = random.Random(7)
    docs = [d.text for d in generate(60)] + ["x_y z", "_a b", "a", " ", "\u0648\u0627\u0644 \u0645\u062f\u064a\u0631 2024"]
    n = 0
    for text in docs:
        ft = FoldedText.build(text, [(0, len(text))])
        for _ in range(60):
            pos = rnd.randrange(0, len(ft.folded) + 1)
            s = rnd.randrange(0, pos + 1)
            a = max(s, pos - rnd.choice((30, 5, 0, 50)))
            assert _last_word_starts(ft, s, a, pos) == _last_word_starts_ref(ft.folded, s, a, pos), (text[:40], s, a, pos)
            n += 1
    assert n > 3000


def test_orgs_in_matches_the_plain_scan():
    import random
    from types import SimpleNamespace

    from talentflow.pipeline.entities import Mention
    from talentflow.pipeline.event_orgs import _orgs_in

    rnd = random.Random(3)
    for trial in range(200):
        ents = []
        for _ in range(rnd.randrange(0, 12)):
            a = rnd.randrange(0, 300)
            ents.append(Mention(a, a + rnd.randrange(1, 30), 0, 1, rnd.choice(("org", "person")), "x", "X", "kb"))
        if trial % 3:
            ents.sort(key=lambda m: m.start)  # as the pipeline leaves them; unsorted lists too
        ctx = SimpleNamespace(ents=ents, memo={})
        for _ in range(20):
            s = rnd.randrange(0, 320)
            e = s + rnd.randrange(0, 120)
            want = [m for m in ents if m.type == "org" and m.start >= s and m.end <= e]
            assert _orgs_in(ctx, s, e) == want
        ents.append(Mention(5, 9, 0, 1, "org", "y", "Y", "context"))  # a name added later is seen
        assert _orgs_in(ctx, 0, 400) == [m for m in ents if m.type == "org"]


def test_destination_cue_search_is_the_plain_search(texts):
    import random

    from talentflow.pipeline.lexicon import get_lexicon

    rnd = random.Random(5)
    n = 0
    for lang, text in texts:
        rx = get_lexicon(lang).destination
        for _ in range(30):
            b = rnd.randrange(0, len(text) + 1)
            left = text[max(0, b - 120):b].rstrip()
            for probe in (left, left + " "):
                got, want = rx.search(probe), rx.rx.search(probe)
                assert (got and got.span()) == (want and want.span())
                n += want is not None
    assert n > 0
