"""Extraction: personnel events from Arabic and English text (interfaces.md item 1).

One spaCy pipeline per language, built once per process: ``spacy.blank(lang)`` tokenizer,
sentencizer, then our components (see :mod:`talentflow.pipeline.components`) and D's
``talentflow_reasons``.

>>> evs = extract("Jane Roe resigned as chief financial officer of Acme Corp in May 2024.", "en")
>>> (evs[0].kind, evs[0].role, evs[0].date)
('departure', 'cfo', '2024-05')
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language

from talentflow.errors import E, UnknownLanguage
from talentflow.models import Document, EventMention

SUPPORTED = ("ar", "en")
COMPONENTS = ("talentflow_normalizer", "talentflow_entities", "talentflow_dates",
              "talentflow_events", "talentflow_reasons", "talentflow_finish")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")


def detect_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber a third of Latin ones, else 'en'.

    >>> detect_lang("The CEO left")
    'en'
    """
    ar = len(_ARABIC.findall(text[:5000]))
    la = len(_LATIN.findall(text[:5000]))
    return "ar" if ar and ar * 3 >= la else "en"


@lru_cache(maxsize=None)
def get_nlp(lang: str) -> Language:
    """The extraction pipeline for ``lang`` (built once per process).

    >>> get_nlp("en").pipe_names[-1]
    'talentflow_finish'
    """
    if lang not in SUPPORTED:
        raise UnknownLanguage(E.UNKNOWN_LANG.format(lang=lang, available=", ".join(SUPPORTED)))
    import talentflow.pipeline.components  # noqa: F401 - registers the factories
    import talentflow.pipeline.reasons  # noqa: F401 - registers talentflow_reasons (D)

    nlp = spacy.blank(lang)
    from talentflow.lang import load

    punct = list(load(lang, "syntax")["sentence_punct"])
    nlp.add_pipe("talentflow_sentencizer", name="sentencizer", config={"punct_chars": punct})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _doc_lang(doc: Document) -> str:
    lang = (doc.lang or detect_lang(doc.text)).lower()[:2]
    if lang not in SUPPORTED:
        raise UnknownLanguage(E.UNKNOWN_LANG.format(lang=lang, available=", ".join(SUPPORTED)))
    return lang


def _make_doc(nlp: Language, doc: Document, lang: str):
    sdoc = nlp.make_doc(doc.text)
    sdoc.user_data["tf_text"] = doc.text  # components._TEXT: the sentencizer reads the stops from it
    sdoc._.tf_meta = {"doc_id": doc.id, "lang": lang, "published": doc.published, "url": doc.url,
                      "text": doc.text}
    return sdoc


_WARM: set[str] = set()  # languages this process has extracted a document in


def run(doc: Document):
    """The processed spaCy Doc for ``doc`` (extensions set; working state dropped)."""
    lang = _doc_lang(doc)
    nlp = get_nlp(lang)
    out = nlp(_make_doc(nlp, doc, lang))
    if lang not in _WARM:  # the pipeline, KB and lexicons the first document loaded live as long
        _WARM.add(lang)  # as the process: the collector need not scan them again
        gc.freeze()
    return out


def extract_document(doc: Document) -> list[EventMention]:
    """Event mentions of one Document (events.md shapes; offsets into ``doc.text``).

    >>> extract_document(Document(text="Acme Corp appointed Jane Roe as CEO.", lang="en"))[0].kind
    'arrival'
    """
    if not doc.text or not doc.text.strip():
        return []
    return list(run(doc)._.tf_events or [])


def extract(text: str, lang: str | None = None, published: str | None = None) -> list[EventMention]:
    """Event mentions in ``text``; ``lang`` detected when None; ``published`` anchors dates.

    >>> [e.person.name for e in extract("Mike Liberatore left xAI for OpenAI.")]
    ['Mike Liberatore']
    """
    return extract_document(Document(text=text, lang=lang, published=published))


def _chunk_worker(items: list[tuple[str, str | None, str | None, str, str | None]]) -> list[list[EventMention]]:
    """Each item's event mentions, pickled back whole (no to_dict here, no from_dict in the
    parent: EventMention.from_dict(e.to_dict()) == e)."""
    out = []
    for text, lang, published, doc_id, url in items:
        d = Document(text=text, lang=lang, published=published, url=url, id=doc_id)
        try:
            out.append(extract_document(d))
        except UnknownLanguage:
            out.append([])
    return out


def extract_many(docs: Iterable[Document], n_process: int = 1, batch_size: int = 64
                 ) -> Iterator[tuple[Document, list[EventMention]]]:
    """(Document, its event mentions) for every document, in order; ``n_process`` > 1 uses a
    process pool (each worker builds its pipelines once).

    >>> [len(evs) for _, evs in extract_many([Document(text="Jane Roe resigned from Acme Corp.", lang="en")])]
    [1]
    """
    if n_process <= 1:
        for doc in docs:
            try:
                yield doc, extract_document(doc)
            except UnknownLanguage:
                yield doc, []
        return
    yield from _extract_pool(docs, n_process, batch_size)


def _extract_pool(docs: Iterable[Document], n_process: int, batch_size: int):
    import multiprocessing as mp
    from itertools import islice

    ctx = mp.get_context("fork")
    it = iter(docs)

    def batches():
        while True:
            part = list(islice(it, batch_size))
            if not part:
                return
            yield part

    pending: list[list[Document]] = []

    def payloads():
        for part in batches():
            pending.append(part)
            yield [(d.text, d.lang, d.published, d.id, d.url) for d in part]

    with ctx.Pool(n_process) as pool:  # imap keeps the workers busy while results are read
        for res in pool.imap(_chunk_worker, payloads(), chunksize=1):
            part = pending.pop(0)
            yield from zip(part, res)


__all__ = ["detect_lang", "extract", "extract_document", "extract_many", "get_nlp", "run"]
