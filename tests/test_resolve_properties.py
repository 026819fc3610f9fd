"""Properties of the matcher and of minting, over generated names in both scripts."""

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from talentflow.resolve import mint_ref, names_match, romanize
from talentflow.resolve.match import token_match

PAIRS = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "name_pairs.jsonl").read_text(encoding="utf-8").splitlines()]
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ"
latin_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10).map(str.title)
arabic_word = st.text(alphabet=ARABIC_LETTERS, min_size=2, max_size=8)
word = st.one_of(latin_word, arabic_word)
name = st.lists(word, min_size=1, max_size=3).map(" ".join)


def test_names_match_is_symmetric_on_the_labelled_pairs():
    for p in PAIRS:
        assert names_match(p["a"], p["b"], p["type"]) == names_match(p["b"], p["a"], p["type"]), p


@settings(max_examples=200, deadline=None)
@given(a=name, b=name, type=st.sampled_from(["person", "org"]))
def test_names_match_is_symmetric(a, b, type):
    assert names_match(a, b, type) == names_match(b, a, type)


@settings(max_examples=200, deadline=None)
@given(a=name, type=st.sampled_from(["person", "org"]))
def test_a_name_matches_itself(a, type):
    assert names_match(a, a, type)
    for w in a.split():
        assert token_match(w, w)


@settings(max_examples=200, deadline=None)
@given(text=name, type=st.sampled_from(["person", "org"]))
def test_mint_ref_is_deterministic_and_well_formed(text, type):
    a, b = mint_ref(text, type), mint_ref(text, type)
    assert a == b and a.mention == text
    assert re.fullmatch(rf"{type}:[a-z0-9][a-z0-9-]*", a.id), a.id


@settings(max_examples=200, deadline=None)
@given(text=st.lists(arabic_word, min_size=1, max_size=3).map(" ".join))
def test_romanize_gives_latin(text):
    out = romanize(text)
    assert all(c.isascii() for c in out), out
