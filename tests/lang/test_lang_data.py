"""Language data: same files in every language, every pattern compiles, folding is stable."""

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from talentflow.lang import LANG_DIR
from talentflow.lang.normalize import fold, fold_with_map
from talentflow.pipeline.lexicon import get_lexicon

ENGINE_FILES = {"clitics", "cues", "dates", "durations", "months", "numbers", "persons",
                "pronouns", "roles", "stopwords", "syntax", "triggers"}


def test_every_language_has_the_engine_files():
    for lang in ("ar", "en"):
        names = {p.stem for p in (LANG_DIR / lang).glob("*.json")}
        assert ENGINE_FILES <= names, ENGINE_FILES - names


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_lexicon_compiles(lang):
    lex = get_lexicon(lang)
    assert lex.triggers and lex.roles and len(set(lex.months.values())) == 12


@given(st.text(max_size=60))
def test_fold_is_idempotent_and_maps_back(text):
    folded, offsets = fold_with_map(text)
    assert fold(folded) == folded
    if offsets is not None:
        assert len(offsets) == len(folded) + 1
        assert offsets == sorted(offsets)


@pytest.mark.parametrize("word,expected", [("استقالة", "استقاله"), ("أُقيل", "اقيل"), ("٢٠٢٥", "2025")])
def test_arabic_folding(word, expected):
    assert fold(word) == expected


def test_syntax_regexes_keep_uppercase_escapes_when_folded():
    from talentflow.pipeline.lexicon import fold_regex, get_lexicon

    assert fold_regex(r"(?:\S+\s+){0,2} Of") == r"(?:\S+\s+){0,2} of"
    assert r"\S" in get_lexicon("ar").syntax["role_org_link"]
