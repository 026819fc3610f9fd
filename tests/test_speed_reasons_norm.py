"""The reasons component reads its normalized text off the pipeline's fold when every char
folds as it normalizes (reasons_cues.normalized_from_fold): same text, same offsets as
reasons_cues.normalized, or None (then normalized runs)."""

from __future__ import annotations

import pytest
from conftest import labelled_docs

from talentflow.lang.normalize import fold_with_map
from talentflow.pipeline.reasons_cues import normalized, normalized_from_fold


def _texts() -> list[str]:
    return [d["text"] for d in labelled_docs("corpus", "dev2", "dev3")]


def _check(text: str) -> bool:
    """True when the fold served (and matched), False when it declined."""
    folded, offsets = fold_with_map(text)
    got = normalized_from_fold(text, folded, offsets)
    if got is None:
        return False
    ref_norm, ref_index = normalized(text)
    assert got[0] == ref_norm
    assert list(got[1]) == list(ref_index)
    return True


def test_labelled_texts_read_off_the_fold_alike() -> None:
    texts = _texts()
    assert texts
    served = [_check(t) for t in texts]
    assert sum(served) >= len(texts) * 0.9  # the fold serves nearly every real text


@pytest.mark.parametrize("text", [
    "Jane Roe, the bank\u2019s CFO, resigned \u2013 effective 1 May.",  # en dash: folds to '-', not alike
    "Stra\u00dfe AG named a new chief",  # sharp s: casefold 'ss', lower keeps it
    "\u0623\u0639\u0644\u0646\u064e \u0627\u0644\u0628\u0646\u0643\u0640 \u0627\u0633\u062a\u0642\u0627\u0644\u0629",  # harakat, tatweel
    "\ufefb\u0627\u0639\u0628 \u0627\u0644\u0646\u0627\u062f\u064a",  # presentation form (NFKC expands it)
    "Caf\u00e9 owner Jos\u00e9 left\u00a0the group \U0001f600",  # accents, no-break space, emoji
    "\u03a3\u039f\u03a3 left",  # Greek capital sigma (lower() reads it in context)
    "A\u200cB\u00adC",  # zero-width non-joiner and soft hyphen: fold drops them, normalization keeps them
])
def test_fold_serves_only_when_alike(text: str) -> None:
    _check(text)  # either declines or gives exactly normalized(text)


def test_alike_text_is_served_and_unlike_declined() -> None:
    assert _check("\u0623\u0639\u0644\u0646\u064e \u0627\u0644\u0628\u0646\u0643 \u0627\u0633\u062a\u0642\u0627\u0644\u0629.")
    assert not _check("Roe left \u2013 for good.")  # '\u2013' normalizes to itself, folds to '-'
    assert not _check("A\u200cB")


def test_word_starts_from_the_pipeline_words_match_a_split() -> None:
    """TextScan reads a text's words off FoldedText.words (when the fold is its normalized text)
    exactly as it would split them itself."""
    from talentflow.pipeline.reasons_cues import TextScan
    from talentflow.pipeline.text import FoldedText

    texts = _texts() + ["Jane Roe's exit—\u0648\u0627\u0644\u0628\u0646\u0643 2024_x  ok"]
    for text in texts:
        ft = FoldedText.build(text, [(0, len(text))])
        got = normalized_from_fold(text, ft.folded, ft.offsets)
        if got is None:
            continue
        given = TextScan(got[0], got[1], ("\u0648",), ft.words)._raw()
        plain = TextScan(got[0], got[1], ("\u0648",))._raw()
        assert given == plain and list(given) == list(plain)
