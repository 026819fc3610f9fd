"""Session 6 fast paths of the entities stage give exactly what the plain code gave (issue #3):
_context_persons' memo of the previous word's facts, _extend_name with its compiled gap test,
the commas found by bisection, the role complements tested article first, the stopwords left out
of the Arabic candidates, and _is_name_word
reading the original text directly when folding kept every offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import pytest

from talentflow.bench.extract import generate
from talentflow.pipeline import names, names_shapes, names_words
from talentflow.pipeline.lexicon import get_lexicon
from talentflow.pipeline.names_cues import name_cues
from talentflow.pipeline.names_roles import _ends_role, role_at
from talentflow.pipeline.text import FoldedText

FRESH = {
    "en": [  # a bank, a club, a ministry, a retailer, a university, a startup
        "Dr. Halvard Mørch, finance chief of Norrland Savings Bank, resigned; Mørch joins Visa.",
        "Coach Emeka Obiora left Saltmarsh Rovers, the club said, and assistant T.J. Kowalczyk takes over.",
        "The Ministry of Water named Seo-yeon Park as deputy minister after Ruth Abebe, Lars Vik and Ana Ruiz quit.",
        "Kestrel Stores chief operating officer Bérénice Aubert will step down in March, Kestrel Stores said.",
        "Professor Ifeoma Nwosu, dean of law at Ashgrove University, retired. Nwosu taught for 30 years.",
        "Tidewell, a payments startup, hired Oskar Lindqvist from Stripe as head of engineering.",
    ],
    "ar": [
        "قال المدير المالي لمصرف الواحة هشام القباني إنه سيغادر، وانضم القباني إلى بنك آخر.",
        "أعلن نادي الشروق تعيين المدرب البرتغالي روي فالنتي خلفا لماركو دياز، وقال فالنتي إنه سعيد.",
        "عينت وزارة الطاقة الدكتورة سلمى الراشد وكيلة للوزارة، الراشد عملت سابقا في أرامكو.",
        "غادرت المديرة التنفيذية لسلسلة متاجر السنبلة نوال حداد منصبها بعد ثلاث سنوات.",
        "أكد رئيس جامعة الريان الأسبق فهد المطيري، أستاذ الاقتصاد، أنه سيتقاعد.",
        "استقطبت شركة ناشئة اسمها زيلونا المهندس تيودور باسكو ومارتا لينز من شركة أخرى.",
    ],
}


def _docs(lang: str) -> list[FoldedText]:
    texts = [d.text for d in generate(120, seed=47) if d.lang == lang] + FRESH[lang]
    return [FoldedText.build(t, [(0, len(t))]) for t in texts]


def _plain_prev_flags(t: str, lex) -> int:
    """The tests _context_persons asked of the previous word before the memo, one by one."""
    ft = FoldedText.build(t, [(0, len(t))])
    art = "\0" if lex.lang == "en" else lex.syntax.get("role_article") or "\0"
    f = names._P_TITLE if lex.titles and names_shapes._title_word(t, lex) else 0
    f |= names._P_ROLE_END if len(ft.words) == 1 and _ends_role(ft, 0, lex) else 0
    f |= names._P_ARTICLE if t.startswith(art) else 0
    if lex.lang != "en":
        f |= names._P_NISBA if names_words._is_nisba(t, lex) else 0
        f |= names._P_SUCCESSOR if t in name_cues(lex.lang).successor_cues else 0
        f |= names._P_SPEECH if names_shapes._speech_word(t, lex) else 0
    return f


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_prev_flags_are_the_plain_tests_of_each_word(lang):
    lex = get_lexicon(lang)
    seen = {w.text for ft in _docs(lang) for w in ft.words}
    flagged = 0
    for t in sorted(seen):
        assert names._prev_flags(t, lex) == _plain_prev_flags(t, lex), t
        flagged += names._prev_flags(t, lex) & (names._P_TITLE | names._P_ROLE_END) != 0
    assert flagged >= 5  # titles and role words were met (the test is not vacuous)


def _plain_extend_name(ft, i, lex, taken, max_len, skip_nisba=True):
    """_extend_name as it was: the gap regex given as a string, every bound read again."""
    nf = lex.syntax.get("not_first_name") if skip_nisba else None
    while nf and i < len(ft.words) and (n := names._origin_len(ft, i, lex)):
        i += n
        if i < len(ft.words) and not names._SPACES_ONLY.fullmatch(names._gap(ft, i)):
            return i
    j = i
    conj, art = lex.syntax.get("conjunction_prefix"), lex.syntax.get("role_article")
    while j < len(ft.words) and j - i < max_len:
        if j > i and not re.fullmatch(r"[ \-]{1,2}", names._gap(ft, j)) \
                and not (len(ft.words[j - 1].text) == 1 and names._INITIAL_GAP.fullmatch(names._gap(ft, j))):
            break
        t = ft.words[j].text
        if conj and j > i and t.startswith(conj) and t not in lex.particles and not names._syllable_w(ft, j, lex, taken):
            break
        if t in lex.particles and (j > i or not skip_nisba) and j + 1 < len(ft.words):
            j += 1
            continue
        if not names_words._is_name_word(ft, j, lex, taken) or (j > i and role_at(ft.folded, ft.words[j].start, lex)):
            break
        j += 1
        if art and (j - i >= 2 or not skip_nisba) and t.startswith(art) and not (j < len(ft.words) and ft.words[j].text in lex.particles):
            break
    while j > i and ft.words[j - 1].text in lex.particles:
        j -= 1
    return j


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_extend_name_matches_the_plain_loop_at_every_word(lang):
    lex = get_lexicon(lang)
    longer = 0
    for ft in _docs(lang)[-30:]:
        taken = {k for k in range(0, len(ft.words), 7)}
        for i in range(len(ft.words)):
            for max_len, skip in ((3, True), (4, True), (3, False)):
                got = names._extend_name(ft, i, lex, taken, max_len, skip)
                assert got == _plain_extend_name(ft, i, lex, taken, max_len, skip), (ft.original, i)
                longer += got - i >= 2
    assert longer > 10


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_words_before_comma_match_the_plain_list_of_starts(lang):
    for ft in _docs(lang):
        starts = [w.start for w in ft.words]
        plain = {bisect_left(starts, m.start()) - 1 for m in names_shapes._COMMA.finditer(ft.folded)}
        assert names_shapes._words_before_comma(ft) == plain


def _plain_context_starts(ft, lex, taken, also=()):
    """_start_candidates_context with the role complement tested in the old order."""
    words, n = ft.words, len(ft.words)
    flags, out = names._flagged_starts(ft, lex, "person_starts_context", names._start_flags_context)
    if any(flags) and n > 1:
        art, nn, orgs = lex.syntax.get("role_article") or "\0", lex.not_names, lex.org_noun_forms
        for k in range(n - 2):
            if flags[k] & names._NEXT23 and not names._article_at(ft, k, art) and names._article_at(ft, k + 1, art) \
                    and words[k + 1].text not in orgs:
                out.add(k + 2)
                if k + 3 < n and words[k + 2].text in nn and names._article_at(ft, k + 2, art):
                    out.add(k + 3)
        out.update(k - 2 for k in range(n) if flags[k] & names._BACK2)
        out.update(k - 3 for k in range(n) if flags[k] & names._BACK3)
    out.update(k + 1 for k in taken)
    out.update(also)
    return sorted(k for k in out if 0 <= k < n and not flags[k] & names._STOP)


def test_stopwords_left_out_are_those_context_persons_passes_over():
    """A stopword is no candidate unless, bare or after a one-letter clitic, it is a given name's
    folded form ('على' for 'علي', Ali): _context_persons then asks how it is written."""
    lex, cues = get_lexicon("ar"), name_cues("ar")
    for ft in _docs("ar"):
        for w in ft.words:
            t = w.text
            dropped = bool(names._start_flags_context(t, lex) & names._STOP)
            assert dropped == (t in lex.stopwords and t not in cues.given_folded and t[1:] not in cues.given_folded)
    folded_given = sorted(cues.given_folded & lex.stopwords)
    assert folded_given and not names._start_flags_context(folded_given[0], lex) & names._STOP


def test_context_start_candidates_match_the_plain_order():
    lex = get_lexicon("ar")
    for ft in _docs("ar"):
        taken = {k for k in range(1, len(ft.words), 9)}
        assert names._start_candidates_context(ft, lex, taken, (0,)) == _plain_context_starts(ft, lex, taken, (0,))


def test_name_word_reads_the_same_letter_with_and_without_offsets():
    lex = get_lexicon("en")
    for ft in _docs("en"):
        for i, w in enumerate(ft.words):
            plain = ft.original[ft.to_orig(w.start)].isupper()
            if len(w.text) >= 2 and not (w.text.isdigit() or w.text in lex.stopwords or w.text in lex.not_names
                                         or w.text in lex.months):
                assert names_words._is_name_word(ft, i, lex, set()) == plain, (ft.original, w.text)
    text = "Ms. Zo\u00adë Ångström (CFO) quit."  # the soft hyphen is dropped: offsets are kept
    ft = FoldedText.build(text, [(0, len(text))])
    assert ft.offsets is not None
    assert [names_words._is_name_word(ft, k, lex, set()) for k in range(len(ft.words))] == \
        [ft.original[ft.to_orig(w.start)].isupper() and len(w.text) >= 2 and w.text not in lex.stopwords
         and w.text not in lex.not_names for w in ft.words]


def _plain_en_candidates(doc, cues, hits):
    """_en_candidates as it was: every rule's bit tested for every cue word."""
    from talentflow.pipeline import orgs_en as o

    ft, words, caps, acts = doc.ft, doc.ft.words, doc.caps, cues.actions
    out = set()
    for k in hits:
        a = acts.get(words[k].text, 0)
        if a & 1 and k + 1 in caps:
            out.add(k + 1)
        elif a & 1 and k + 2 in caps and words[k + 1].text == "the" and not a & 16:
            out.add(k + 2)
        adv = o._before_adverbial(doc, k) if a & 2 and not a & 12 and k > 2 else None
        if adv is not None:
            out.add(adv)
        elif a & 2 and k - 1 in caps and (a & 8 == 0 or "'" in o._gap(ft, k).replace("\u2019", "'")):
            out.add(o._run_start(doc, k - 1))
        elif a & 4 and k - 2 in caps and k - 1 not in caps:
            out.add(o._run_start(doc, k - 2))
        elif a & 2 and not a & 12 and k > 1 and words[k - 1].text in o._AUX and k - 2 in caps:
            out.add(o._run_start(doc, k - 2))
        elif a & 2 and not a & 12 and k > 1:
            o._before_verb(doc, k, out)
        if a & 32:
            out.add(o._says_its_subject(doc, k))
        elif a & 4 and k > 2 and words[k - 1].text == "that":
            out.add(o._says_post_subject(doc, k))
        if a & 16 and k > 2 and "," in ft.folded[words[max(0, k - 6)].end:words[k].start]:
            for m in range(k - 1, max(0, k - 6), -1):
                if "," in o._gap(ft, m):
                    out.add(o._run_start(doc, m - 1))
                    break
    out.discard(None)
    return dict.fromkeys(out, False)


def test_english_org_candidates_match_the_plain_rules():
    from talentflow.pipeline.orgs_doc import _Doc
    from talentflow.pipeline.orgs_en import _en_candidates

    lex, cues = get_lexicon("en"), name_cues("en")
    found = 0
    for ft in _docs("en"):
        hits = [k for k, w in enumerate(ft.words) if w.text in cues.keys]
        got = _en_candidates(_Doc(ft, lex), cues, hits)
        assert got == _plain_en_candidates(_Doc(ft, lex), cues, hits), ft.original[:120]
        found += len(got)
    assert found > 100


def test_acronyms_and_cue_facts_are_found_at_the_same_words():
    from talentflow.pipeline.entities import find_entities
    from talentflow.pipeline.names_orgs import _cue_facts
    from talentflow.pipeline.orgs_doc import _Doc

    for text, short in (("Aino Rautio left Corrig Valley Water for a rival. CVW said she would stay until May.", "CVW"),
                        ("The chief executive of Dunmore Regional Hospital, Kofi Mensah, resigned. DRH said a search "
                         "is under way.", "DRH")):
        ft = FoldedText.build(text, [(0, len(text))])
        assert short in [ft.orig_text(m.start, m.end) for m in find_entities(ft, "en") if m.type == "org"]
    lex, cues = get_lexicon("ar"), name_cues("ar")
    for ft in _docs("ar"):
        facts = _cue_facts(_Doc(ft, lex))
        keys = [(k, w.text if w.text in cues.by_first else w.text[1:]) for k, w in enumerate(ft.words)
                if w.text in cues.by_first or (w.text[:1] == lex.syntax["conjunction_prefix"]
                                               and any(s for _t, s in cues.by_first.get(w.text[1:], ())))]
        assert facts[0] == keys
