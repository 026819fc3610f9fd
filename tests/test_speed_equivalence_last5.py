"""Fast paths of the last speed pass against their plain versions (same output)."""

from __future__ import annotations

import pytest

from talentflow.pipeline.lexicon import get_lexicon
from talentflow.pipeline.orgs_doc import _Doc
from talentflow.pipeline.orgs_en import _last_role_in
from talentflow.pipeline.text import FoldedText

EN = [
    "Marisol Quent, the former chief executive officer of Harwell Savings Bank, joined Orvane as head of risk.",
    "The club named Tobias Grell head coach after the sporting director of Kestrel Rovers resigned.",
    "Deputy minister of finance Ilse Varro left; the chief financial officer at Pennick Retail replaced her.",
    "Professor Anouk Delm, vice chancellor of Brightmoor University, said the dean of law would step down.",
    "Startup Lumeq hired a general counsel, a chief technology officer and two senior vice presidents.",
]
AR = [
    "\u0639\u064a\u0646 \u0628\u0646\u0643 \u0627\u0644\u0648\u0627\u062d\u0629 \u0633\u0627\u0645\u0631 \u0627\u0644\u062f\u064a\u0628 \u0631\u0626\u064a\u0633\u0627 \u062a\u0646\u0641\u064a\u0630\u064a\u0627 \u0628\u0639\u062f \u0627\u0633\u062a\u0642\u0627\u0644\u0629 \u0627\u0644\u0645\u062f\u064a\u0631 \u0627\u0644\u0645\u0627\u0644\u064a.",
    "\u0642\u0627\u0644 \u0648\u0632\u064a\u0631 \u0627\u0644\u0635\u062d\u0629 \u0625\u0646 \u0645\u062f\u064a\u0631 \u0627\u0644\u0639\u0645\u0644\u064a\u0627\u062a \u0641\u064a \u0634\u0631\u0643\u0629 \u0646\u0648\u0631\u0627\u0633 \u063a\u0627\u062f\u0631 \u0645\u0646\u0635\u0628\u0647.",
]


def _plain(doc: _Doc, lo: int, end: int, reach: int):
    """What _employer_post_before read before: the big alternation's last match reaching ``reach``."""
    lex, post = doc.lex, None
    for r in lex.role_one.finditer(doc.ft.folded, lo, end):
        if r.end() >= reach:
            post = r
    return None if post is None else (post.span(), lex.role_codes.get(post.lastgroup), post.group())


@pytest.mark.parametrize("lang,text", [("en", t) for t in EN] + [("ar", t) for t in AR])
def test_last_role_in_matches_role_one_finditer(lang: str, text: str) -> None:
    lex = get_lexicon(lang)
    ft = FoldedText.build(text, [(0, len(text))])
    doc = _Doc(ft, lex)
    cuts = sorted({w.start for w in ft.words} | {w.end for w in ft.words} | {0, len(ft.folded)})
    seen_role = 0
    for end in cuts:
        for back in (10, 25, 40):
            lo = max(0, end - back)
            for reach in (end - 1, end - 8, lo):
                want = _plain(doc, lo, end, reach)
                got = _last_role_in(doc, lo, end, reach)
                assert (None if got is None else (got[0].span(), got[1], got[0].group())) == want
                seen_role += want is not None
    assert seen_role > 0  # the windows do hold role phrases


def test_last_role_in_reads_code_and_window() -> None:
    text = "Wenna Marsh, chief operating officer of Talbridge Foods, left."
    doc = _Doc(FoldedText.build(text, [(0, len(text))]), get_lexicon("en"))
    m, code = _last_role_in(doc, 0, 37, 36)
    assert (m.group(), code) == ("chief operating officer", "coo")
    assert _last_role_in(doc, 0, 30, 29) is None  # 'chief operating' alone is cut by the window end


def _plain_lexical(lang: str, word: str) -> bool:
    """names_words._lexical before its prefix index: every trigger and role tried."""
    lex = get_lexicon(lang)
    return any(t.regex.fullmatch(word) for t in lex.triggers) or any(r.fullmatch(word) for r, _ in lex.roles)


@pytest.mark.parametrize("lang,texts", [("en", EN), ("ar", AR)])
def test_lexical_matches_every_trigger_and_role(lang: str, texts: list[str]) -> None:
    from talentflow.bench.extract import generate
    from talentflow.pipeline.names_words import _lexical

    docs = [d.text for d in generate(60) if d.lang == lang]
    words = {w.text for t in texts + docs for w in FoldedText.build(t, [(0, len(t))]).words}
    got = {w for w in words if _lexical.__wrapped__(lang, w)}
    assert got == {w for w in words if _plain_lexical(lang, w)}
    assert got  # trigger and role words are among them ('resigned', 'chief', ...)
