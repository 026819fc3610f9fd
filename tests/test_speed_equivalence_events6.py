"""Speed structures of the events stage (session 6) give what the scans they replace gave.

starting_in (a per-type index of mentions by start) against the list comprehension over
ctx.ents; lexicon.literal_gate (phrases every match holds) never skips a text the pattern
matches; event_orgs._end_neutral (one destination search instead of two) only when the second
search cannot find more; and whole documents against their labelled events.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings, strategies as st

from talentflow.pipeline import extract
from talentflow.pipeline.entities import Mention
from talentflow.pipeline.event_orgs import _end_neutral
from talentflow.pipeline.lexicon import get_lexicon, literal_gate
from talentflow.pipeline.persons import starting_in

_spans = st.lists(st.tuples(st.integers(0, 300), st.integers(1, 20), st.sampled_from(["person", "org"])),
                  max_size=25)


@settings(max_examples=150, deadline=None)
@given(_spans, st.integers(0, 320), st.integers(0, 60), st.booleans())
def test_starting_in_is_the_scan(spans, a, width, by_start):
    ents = [Mention(s, s + n, 0, 1, kind, f"{kind}:{i}", str(i)) for i, (s, n, kind) in enumerate(spans)]
    if by_start:
        ents.sort(key=lambda m: m.start)
    ctx = SimpleNamespace(ents=ents, memo={})
    for kind in ("person", "org"):
        want = [m for m in ents if m.type == kind and a <= m.start < a + width]
        assert starting_in(ctx, kind, a, a + width) == want


def test_starting_in_follows_a_growing_list():
    ents = [Mention(10, 14, 0, 1, "person", "p:a", "A")]
    ctx = SimpleNamespace(ents=ents, memo={})
    assert [m.id for m in starting_in(ctx, "person", 0, 50)] == ["p:a"]
    ents.append(Mention(20, 24, 2, 3, "person", "p:b", "B"))  # (persons._name_pair adds a name)
    assert [m.id for m in starting_in(ctx, "person", 0, 50)] == ["p:a", "p:b"]


_TEXTS = st.text(alphabet="abcdehilnorstvw ,'", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_literal_gate_never_skips_a_match(text):
    patterns = [re.compile(r"(?<![\w'])(?:on leave|leave of absence|sabbatical)(?![\w])"),
                re.compile(r"(?:,\s*)?\bwho\s+(?:\w+\s+){0,2}$"),
                re.compile(r"\b(?:he|she)\s+(?:\w+\s+){0,3}$"),
                re.compile(r"a(?:bc|bd)e?")]
    for rx in patterns:
        words = literal_gate(rx)
        assert words
        if rx.search(text) is not None:
            assert any(w in text for w in words), (rx.pattern, text)


def test_literal_gate_of_the_language_cues():
    for lang in ("en", "ar"):
        lex = get_lexicon(lang)
        assert literal_gate(lex.cues["sabbatical"])  # a list of phrases: gated
        assert literal_gate(re.compile(r"\d+\s*$")) is None  # nothing spelled out: searched


def test_end_neutral_only_without_other_end_tests():
    assert _end_neutral(r"(?:left|moved to)\s*$")
    assert not _end_neutral(r"(?:left$|moved to)\s*$")
    assert not _end_neutral(r"(?:left(?!\s)|moved to)\s*$")
    assert not _end_neutral(r"(?:left|moved to)$")
    for lang in ("en", "ar"):
        rx = get_lexicon(lang).destination
        if _end_neutral(rx.pattern):
            for left in ("she left", "after he moved to", "the board said"):
                assert bool(rx.search(left + " ") or rx.search(left)) == bool(rx.search(left + " "))


def test_events_across_sectors_unchanged_by_the_indexes():
    # fresh sentences: a bank, a club, a university; the org, role and person come from the
    # rules the per-document indexes serve (role_org, the antecedent, the stint tests)
    cases = [
        ("Torvane Bank said its chief financial officer, Lucinda Marsh, will leave the lender "
         "in June after nine years to join Ashby Mutual as chief executive.", "en",
         ("departure", "Lucinda Marsh", "Torvane Bank", "cfo")),
        ("Redmoor Rovers sacked head coach Owen Pryde on Monday. He had joined the club in 2021.",
         "en", ("departure", "Owen Pryde", "Redmoor Rovers", "head")),
        ("Halden University has appointed Rami Aziz as its new president.",
         "en", ("arrival", "Rami Aziz", "Halden University", "president")),
    ]
    for text, lang, (kind, person, org, role) in cases:
        evs = extract(text, lang, "2025-03-03")
        got = [(e.kind, e.person.name, e.org.name if e.org else None, e.role) for e in evs]
        assert (kind, person, org, role) in got, got
