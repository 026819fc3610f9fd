"""spaCy components of the extraction pipeline, registered by name.

Order (per language): sentencizer → talentflow_normalizer → talentflow_entities →
talentflow_dates → talentflow_events → talentflow_reasons (D's) → talentflow_finish.
Results live on Doc extensions (interfaces.md item 1); offsets are character offsets into
``doc.text``.

>>> import spacy
>>> "talentflow_events" in spacy.registry.factories.get_all()
True
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IDX, IS_PUNCT, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from talentflow.lang.normalize import fold
from talentflow.pipeline.entities import find_entities
from talentflow.pipeline.events import apply_counting_rules, build_context, draft_events, to_mentions
from talentflow.pipeline.text import FoldedText, split_sentences

for _name, _default in (("tf_meta", None), ("tf_entities", None), ("tf_events", None),
                        ("tf_anchors", None), ("tf_folded", None), ("tf_context", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


_FOLDED: set[int] = set()  # lexemes whose norm_ already holds the folded form


def _meta(doc: Doc) -> dict:
    ext = doc._
    meta = ext.tf_meta
    if meta is None:
        meta = ext.tf_meta = {"doc_id": None, "lang": doc.lang_, "published": None, "url": None}
    return meta


_SENT_CHARS = "tf_sent_chars"  # doc.user_data key: the sentencizer's sentence starts (characters)
_ORTHS = "tf_orths"  # doc.user_data key: the orth id of every token, as the sentencizer read them
_TEXT = "tf_text"  # doc.user_data key: the text a fresh doc was just made from (pipeline._make_doc)
_NOT_START = 2 ** 64 - 1  # SENT_START -1 as the uint64 Doc.from_array takes


def _sent_spans(doc: Doc, n_chars: int) -> list[tuple[int, int]]:
    """Sentence character spans from the SENT_START array (faster than ``doc.sents``), or
    from the start offsets the sentencizer just left in ``doc.user_data``."""
    if not len(doc):
        return [(0, n_chars)]
    starts = doc.user_data.pop(_SENT_CHARS, None)
    if starts is None:
        arr = doc.to_array([SENT_START, IDX])
        starts = arr[arr[:, 0] == 1][:, 1].tolist() or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [n_chars]
    return list(zip(starts, ends))


@Language.factory("talentflow_sentencizer", default_config={"punct_chars": []})
def make_sentencizer(nlp: Language, name: str, punct_chars: list[str]):
    """spaCy's rule-based sentencizer, walked only from each stop token (same boundaries, set
    the same way): after a token in ``punct_chars``, the next token that is neither one nor
    punctuation starts a sentence; the first token always does; boundaries already set are kept."""
    stop_ids = frozenset(nlp.vocab.strings.add(c) for c in punct_chars)
    stop_rx = re.compile("[" + "".join(map(re.escape, punct_chars)) + "]") \
        if punct_chars and all(len(c) == 1 for c in punct_chars) else None

    def sentencizer(doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        text = doc.user_data.get(_TEXT)
        if stop_rx is not None and text is not None and n > 1:
            idxs = doc.to_array(IDX).tolist()
            if idxs[-1] + len(doc[-1].text_with_ws) == len(text):  # text is the doc's text
                return _set_fresh_starts(doc, _starts_from_text(doc, idxs, text, stop_rx), idxs)
        orth = doc.to_array(ORTH).tolist()
        starts = [0]
        if not stop_ids.isdisjoint(orth):
            punct = doc.to_array(IS_PUNCT).tolist()
            j = 0
            for s in [i for i, o in enumerate(orth) if o in stop_ids]:
                if s < j:
                    continue  # inside the run of stops and punctuation already walked
                j = s + 1
                while j < n and (punct[j] or orth[j] in stop_ids):
                    j += 1
                if j < n:
                    starts.append(j)
        return _set_starts(doc, n, starts, orth)
    return sentencizer


def _starts_from_text(doc: Doc, idxs: list[int], text: str, stop_rx: re.Pattern) -> list[int]:
    """The sentencizer's start tokens found from the stop characters of ``text`` (the doc's text)
    and the tokens' offsets ``idxs``, reading no lexeme but those of the tokens right after a
    stop: a stop token is a one-character token at a stop character (tokens hold no space, so
    one ends before a space, the text's end or the next token's start).

    >>> from talentflow.pipeline import get_nlp
    >>> doc = get_nlp("en").make_doc('Done. (Yes.) Then')
    >>> _starts_from_text(doc, [t.idx for t in doc], doc.text, re.compile("[.]"))
    [0, 3, 6]
    """
    n = len(idxs)
    stops = []
    for m in stop_rx.finditer(text):
        c = m.start()
        i = bisect_left(idxs, c)
        if i < n and idxs[i] == c and (text.startswith(" ", c + 1) or c + 1 == len(text)
                                       or (i + 1 < n and idxs[i + 1] == c + 1)):
            stops.append(i)
    starts = [0]
    stop_set = set(stops)
    j = 0
    for s in stops:
        if s < j:
            continue  # inside the run of stops and punctuation already walked
        j = s + 1
        while j < n and (j in stop_set or doc[j].is_punct):
            j += 1
        if j < n:
            starts.append(j)
    return starts


def _set_fresh_starts(doc: Doc, starts: list[int], idxs: list[int]) -> Doc:
    """:func:`_set_starts` for a doc just made from its text (no boundary set before, more than
    one token), with the tokens' offsets at hand: no numpy work but one array."""
    sent = [_NOT_START] * len(idxs)
    for j in starts:
        sent[j] = 1
    doc.user_data[_SENT_CHARS] = [idxs[j] for j in starts]
    doc.from_array([SENT_START], numpy.array(sent, dtype=numpy.uint64))
    return doc


def _set_starts(doc: Doc, n: int, starts: list[int], orth: list[int] | None) -> Doc:
    """SENT_START from the sentence-start token indexes (boundaries set before are kept)."""
    sent = numpy.full(n, -1, dtype=numpy.int64)
    sent[starts] = 1
    if doc.has_annotation("SENT_START"):  # keep what was set before
        given = doc.to_array(SENT_START).astype(numpy.int64)  # -1 is stored as 2**64 - 1
        sent = numpy.where(given == 0, sent, given)
    else:  # the normalizer reads these character offsets instead of the token array
        doc.user_data[_SENT_CHARS] = [doc[j].idx for j in starts]
        if orth is not None:
            doc.user_data[_ORTHS] = orth  # and the tokens' orth ids, not read again
    doc.from_array([SENT_START], sent.astype(numpy.uint64).reshape(-1, 1))
    return doc


@Language.factory("talentflow_normalizer")
def make_normalizer(nlp: Language, name: str):
    """Folded forms into ``token.norm_``; a line break always starts a new sentence."""
    def normalizer(doc: Doc) -> Doc:
        vocab = doc.vocab
        ext = doc._  # one Underscore object per component, not one per attribute
        given = (ext.tf_meta or {}).get("text")
        orths = doc.user_data.pop(_ORTHS, None)
        doc.user_data.pop(_TEXT, None)
        if given is None or not given.isascii():  # an ASCII text has only ASCII lexemes: their
            if orths is None:  # norms stay as they are
                orths = doc.to_array(ORTH).tolist()
            for orth in set(orths) - _FOLDED:
                if orth not in _FOLDED:
                    lexeme = vocab[orth]
                    if not lexeme.is_ascii:
                        lexeme.norm_ = fold(lexeme.orth_)
                    _FOLDED.add(orth)
        text = given if given is not None else doc.text  # Doc.text joins every token
        sents = split_sentences(text, _sent_spans(doc, len(text)))
        ext.tf_folded = FoldedText.build(text, sents)
        return doc
    return normalizer


@Language.factory("talentflow_entities")
def make_entities(nlp: Language, name: str):
    """KB gazetteer, context names and surname coreference → ``doc._.tf_entities``."""
    def entities(doc: Doc) -> Doc:
        ext = doc._
        ft = ext.tf_folded
        lang = _meta(doc)["lang"] or doc.lang_
        ents = find_entities(ft, lang)
        ext.tf_context = {"mentions": ents}
        ext.tf_entities = [m.as_dict(ft) for m in ents]
        return doc
    return entities


@Language.factory("talentflow_dates")
def make_dates(nlp: Language, name: str):
    """Dates, durations and roles, resolved against the publication date."""
    def dates(doc: Doc) -> Doc:
        meta = _meta(doc)
        ext = doc._
        ft = ext.tf_folded
        title_end = ft.sents[0][1] if ft.sents else 0
        context = ext.tf_context
        ctx = build_context(ft, meta["lang"] or doc.lang_, context["mentions"],
                            meta.get("published"), title_end)
        context["ctx"] = ctx
        return doc
    return dates


@Language.factory("talentflow_events")
def make_events(nlp: Language, name: str):
    """Triggers → events.md EventMentions on ``doc._.tf_events`` with ``doc._.tf_anchors``."""
    def events(doc: Doc) -> Doc:
        meta = _meta(doc)
        ext = doc._
        ctx = ext.tf_context["ctx"]
        drafts = apply_counting_rules(draft_events(ctx))
        evs, anchors = to_mentions(ctx, drafts, meta.get("doc_id") or "", meta.get("url"))
        ext.tf_events = evs
        ext.tf_anchors = anchors
        return doc
    return events


@Language.factory("talentflow_finish")
def make_finish(nlp: Language, name: str):
    """Drop the working state so Docs stay small (and picklable for process pools)."""
    def finish(doc: Doc) -> Doc:
        ext = doc._
        ext.tf_context = None
        ext.tf_folded = None
        meta = ext.tf_meta
        if meta:
            meta.pop("text", None)
        return doc
    return finish
