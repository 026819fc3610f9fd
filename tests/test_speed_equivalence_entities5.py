"""Session 5 fast paths of the entities stage give exactly what the plain code gave (issue #3):
the held word texts of find_entities, the KB alias scan that reads each word form's alias heads
from a memo, and _role_before's quick name-word test.
"""

from __future__ import annotations

import pytest

from talentflow.bench.extract import generate
from talentflow.pipeline import entities, entities_kb, names, names_words
from talentflow.pipeline.entities import find_entities
from talentflow.pipeline.entities_kb import GAP_OK, gazetteer
from talentflow.pipeline.lexicon import get_lexicon
from talentflow.pipeline.text import FoldedText

FRESH = {
    "en": [  # a bank, a club, a ministry, a retailer, a university, a startup
        "Harbor Mutual Bank's chief risk officer Odile Ferrand resigned; Ferrand joins Meta.",
        "Rivervale FC sacked head coach Tomasz Wielgosz after Apple and OpenAI courted him.",
        "The Ministry of Trade named Kwame Ansah-Boateng deputy minister. Ansah-Boateng starts Monday.",
        "Brightmart chief executive Ilse Varga left for Tesla; the new CEO is Pedro Almagro.",
        "Provost Amaru Quispe of Lakeshore University will step down, the university said.",
        "Startup Quillfeather hired Google's former design lead Ngozi Eze as its chief product officer.",
    ],
    "ar": [
        "غادر الرئيس التنفيذي لبنك الخليج الأول كامران زاهدي منصبه وانضم إلى ميتا.",
        "أقال نادي الوادي مدربه دوران كيفلي. وقال كيفلي إنه سيغادر.",
        "عين وزير التجارة نزار الحلبي وكيلا للوزارة، وأكد الحلبي ذلك.",
        "انتقلت المديرة المالية لسلسلة متاجر النخيل ريم السالم إلى أبل.",
        "قالت جامعة الساحل إن رئيسها سامر العتيبي سيتقاعد. وكان العتيبي قد انضم من غوغل.",
        "استقطبت شركة ناشئة اسمها فيرونكس المهندسة لينا حداد من أوبن إيه آي.",
    ],
}


def _texts(lang: str) -> list[str]:
    return [d.text for d in generate(200, seed=31) if d.lang == lang] + FRESH[lang]


def _plain_match(ft, i, lex, gz):
    """The plain alias match: every entry of every head of the word (longest first)."""
    words = ft.words
    first = words[i].text
    for head, plen in ((first, 0),) + entities_kb._strip_variants(first, lex):
        for toks, eid, etype, name in gz.index.get(head, ()):  # sorted longest first
            n = len(toks)
            if i + n > len(words):
                continue
            if all(words[i + k].text == toks[k] and GAP_OK.match(ft.folded[words[i + k - 1].end:words[i + k].start])
                   for k in range(1, n)):
                return words[i].start + plen, i + n, (toks, eid, etype, name)
    return None


def _plain_kb(ft, lex):
    out, nxt = [], 0
    for i in range(len(ft.words)):  # every word is tried
        if i < nxt:
            continue
        m = _plain_match(ft, i, lex, gazetteer())
        if m and entities_kb._short_latin_alias_ok(ft, m[0], ft.words[m[1] - 1].end, m[2][0]):
            out.append((m[0], ft.words[m[1] - 1].end, i, m[1], m[2][1]))
            nxt = m[1]
    # the same filter of one-word aliases that are everyday words ('الاتفاق') as _kb_mentions
    common = entities_kb._common_word_aliases(lex.lang)
    kept = entities_kb._cued_common_aliases(
        ft, lex, [entities.Mention(s, e, w0, w1, "org", eid, eid) for s, e, w0, w1, eid in out], common)
    return [(m.start, m.end, m.w0, m.w1, m.id) for m in kept]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_kb_mentions_match_the_plain_scan_of_every_word(lang):
    lex = get_lexicon(lang)
    found = 0
    for text in _texts(lang):
        ft = FoldedText.build(text, [(0, len(text))])
        got = [(m.start, m.end, m.w0, m.w1, m.id) for m in entities_kb._kb_mentions(ft, lex)]
        assert got == _plain_kb(ft, lex), text
        found += len(got)
    assert found > 20  # the texts do name KB orgs (Meta, Apple, OpenAI, Google ...)


def test_kb_alias_after_a_clitic_and_a_long_alias_are_found():
    text = FRESH["ar"][0]
    ft = FoldedText.build(text, [(0, len(text))])
    spans = [ft.orig_text(m.start, m.end) for m in entities_kb._kb_mentions(ft, get_lexicon("ar"))]
    assert "ميتا" in spans  # 'إلى ميتا': the word itself starts the alias
    text = "انضمت لينا حداد لأوبن إيه آي الشهر الماضي."
    ft = FoldedText.build(text, [(0, len(text))])
    spans = [ft.orig_text(m.start, m.end) for m in entities_kb._kb_mentions(ft, get_lexicon("ar"))]
    assert spans == ["أوبن إيه آي"]  # three words, after the clitic 'ل'


def test_word_texts_are_held_only_while_find_entities_runs(monkeypatch):
    ft = FoldedText.build("Odile Ferrand left Harbor Mutual Bank.", [(0, 38)])
    seen = []
    plain = names_words.word_texts

    def spy(doc):
        got = plain(doc)
        seen.append(got is names_words._HELD[1] and doc is ft)
        return got

    monkeypatch.setattr(entities, "word_texts", spy)
    monkeypatch.setattr(entities_kb, "word_texts", spy)
    ents = find_entities(ft, "en")
    assert seen and all(seen)  # the rules read the one held list
    assert names_words._HELD == [None, None]  # released after the call
    assert names_words.word_texts(ft) == ["odile", "ferrand", "left", "harbor", "mutual", "bank"]
    assert [m.name for m in ents if m.type == "person"] == ["Odile Ferrand"]


def test_held_texts_are_released_when_find_entities_fails(monkeypatch):
    ft = FoldedText.build("Odile Ferrand left.", [(0, 19)])

    def boom(*a, **k):
        raise RuntimeError("stop")

    monkeypatch.setattr(entities, "_kb_mentions", boom)
    with pytest.raises(RuntimeError):
        find_entities(ft, "en")
    assert names_words._HELD == [None, None]


@pytest.mark.parametrize("lang,text,taken,name", [
    ("en", FRESH["en"][3], set(), "ilse"),  # 'chief executive Ilse Varga'
    ("en", FRESH["en"][1], set(), "tomasz"),  # 'head coach Tomasz Wielgosz'
    ("ar", "قال المدير المالي للبنك سامر الحلبي إنه سيغادر", {3}, "سامر"),  # the bank known: skipped
])
def test_role_before_finds_the_name_after_a_role_and_nothing_else(lang, text, taken, name):
    lex = get_lexicon(lang)
    ft = FoldedText.build(text, [(0, len(text))])
    ok = [ft.words[i].text for i in range(len(ft.words)) if names._role_before(ft, i, lex, taken)]
    assert ok == [name]


class _Every:
    """A set that holds every word: _context_orgs then tries each word, as it did before."""

    def __contains__(self, word: str) -> bool:
        return True


ORG_TEXTS = {
    "en": ["Tomas Berg left Halvorsen Freight Co after the University of Pennsylvania hired him.",
           "Rival Tessaro Bank named Ilse Varga; the National Bank said nothing.",
           "The Ministry of Harbours and Fisheries appointed Kofi Mensah, formerly of Brightmart Group."],
    "ar": ["انضم سامر الحلبي إلى شركة فالكورا للتقنية بعد عشر سنوات في بنك الرافدين.",
           "غادرت لينا حداد جامعة الملك فهد، وانتقلت إلى مجموعة التأمين البريطانية برودنشال.",
           "عين الاتحاد العماني لكرة القدم مدربا جديدا."],
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_context_orgs_try_only_org_nouns_and_suffixes(lang, monkeypatch):
    lex = get_lexicon(lang)
    fts = [FoldedText.build(t, [(0, len(t))]) for t in _texts(lang) + ORG_TEXTS[lang]]
    fast = [entities._context_orgs(ft, lex, set()) for ft in fts]
    monkeypatch.setattr(entities, "_org_heads", lambda lex: _Every())
    plain = [entities._context_orgs(ft, lex, set()) for ft in fts]
    assert fast == plain
    assert sum(map(len, fast[-3:])) >= 3  # the fresh sentences do name orgs from context


def _plain_name_word(ft, i, lex, taken):
    """_is_name_word as written before its Arabic answers were memoized per word form."""
    if i >= len(ft.words) or i in taken:
        return False
    w = ft.words[i]
    t = w.text
    if len(t) < 2:
        return lex.lang == "en" and names_words._name_letter(ft, w)
    if t.isdigit() or t in lex.stopwords or t in lex.not_names:
        return False
    if t in lex.months:
        return lex.lang == "en" and ft.original[ft.to_orig(w.start)].isupper() and (
            (i > 0 and names_words._gap(ft, i) == "-" and ft.words[i - 1].text not in lex.months)
            or (i + 1 < len(ft.words) and names_words._gap(ft, i + 1) == "-" and ft.words[i + 1].text not in lex.months))
    if lex.lang == "en":
        return ft.original[ft.to_orig(w.start)].isupper()
    if t in lex.org_nouns or names_words._lexical(lex.lang, t) or names_words._article_after_clitic(t, lex):
        return False
    return not t.isascii()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_name_word_memo_answers_as_the_plain_test(lang):
    lex = get_lexicon(lang)
    yes = 0
    for text in _texts(lang) + ["وقال ج. ك. رولينغ 2024 إن الشركة ستغادر IBM في مايو", "Pieter-Jan May left in May."]:
        ft = FoldedText.build(text, [(0, len(text))])
        taken = set(range(0, len(ft.words), 7))
        for i in range(len(ft.words) + 1):
            for _ in range(2):  # the second answer comes from the memo
                got = names_words._is_name_word(ft, i, lex, taken)
                assert got == _plain_name_word(ft, i, lex, taken), (text, i)
            yes += got
    assert yes > 50


def test_speech_word_memo():
    lex = get_lexicon("ar")
    from talentflow.lang.normalize import fold
    for w, want in [("قال", True), ("وأضاف", True), ("سامر", False), ("وقال", True), ("البنك", False)]:
        assert names._speech_word(fold(w), lex) is want
        assert names._speech_word(fold(w), lex) is want  # from the memo
