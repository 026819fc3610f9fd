"""The folded view of a document: matching text, word tokens, sentences, offset mapping.

All matching happens on ``folded`` (see :func:`talentflow.lang.normalize.fold`); every span
handed out is mapped back to the document text with :meth:`FoldedText.to_orig`.

>>> ft = FoldedText.build("Jane Roe left.", [(0, 14)])
>>> ft.words[1].text, ft.to_orig(5)
('roe', 5)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter

from talentflow.lang.normalize import fold_with_map
from talentflow.pipeline.prefilter import remember_words

WORD = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
_START = attrgetter("start")


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str  # folded


@dataclass
class FoldedText:
    original: str
    folded: str
    offsets: list[int] | None
    words: list[Word]
    sents: list[tuple[int, int]]  # folded coordinates
    _sent_starts: list[int] | None = field(default=None, repr=False, compare=False)
    _sents_seen: list | None = field(default=None, repr=False, compare=False)  # sents the starts are of

    @classmethod
    def build(cls, text: str, sents_orig: list[tuple[int, int]]) -> FoldedText:
        folded, offsets = fold_with_map(text)
        starts, ends, texts = word_runs(folded)
        words = list(map(Word, starts, ends, texts))
        remember_words(folded, words, starts)  # word-start scans of this text use these words
        ft = cls(text, folded, offsets, words, [])
        ft.sents = [(ft.to_folded(s), ft.to_folded(e)) for s, e in sents_orig]
        return ft

    def to_orig(self, i: int) -> int:
        """Folded offset -> document offset."""
        if self.offsets is None:
            return i
        return self.offsets[min(i, len(self.offsets) - 1)]

    def to_folded(self, i: int) -> int:
        """Document offset -> folded offset."""
        if self.offsets is None:
            return i
        return bisect_left(self.offsets, i)

    def span(self, s: int, e: int) -> tuple[int, int]:
        """Folded span -> document span."""
        return self.to_orig(s), self.to_orig(e)

    def orig_text(self, s: int, e: int) -> str:
        a, b = self.span(s, e)
        return self.original[a:b]

    def word_index(self, pos: int) -> int:
        """Index of the first word starting at or after folded offset ``pos``."""
        return bisect_left(self.words, pos, key=_START)

    def sent_of(self, pos: int) -> int:
        """Index of the sentence containing folded offset ``pos``."""
        sents = self.sents
        starts = self._sent_starts
        if starts is None or self._sents_seen is not sents or len(starts) != len(sents):
            starts = self._sent_starts = [s for s, _ in sents]
            self._sents_seen = sents
        return max(0, bisect_left(starts, pos + 1) - 1)


def word_runs(s: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of the ``\\w+`` runs of ``s``, from one split (no match object
    per word).

    >>> word_runs("ab, c")
    ([0, 4], [2, 5], ['ab', 'c'])
    """
    parts = _WORD_SPLIT.split(s)  # gap, word, gap, ..., gap
    ends = list(accumulate(map(len, parts)))  # ends[2k] is word k's start
    return ends[0:-1:2], ends[1::2], parts[1::2]


_BREAK = re.compile(r"\n+|(?<=[\d\u0621-\u0652]\.)[ \t]+(?=[^\W\d])")
# _BREAK's matches over a whole text, found by a scan the engine skips to '\n' or '.' for
# (no lookbehind tried at every char): a full stop's own match then needs the char before it
_BREAK_SCAN = re.compile(r"\n+|\.[ \t]+(?=[^\W\d])")
_BEFORE_STOP = re.compile(r"[\d\u0621-\u0652]")


def _breaks(text: str) -> list[tuple[int, int]]:
    """The spans of ``_BREAK.finditer(text)``.

    >>> _breaks("In 2009. Then x. Next")
    [(8, 9)]
    """
    out = []
    before = _BEFORE_STOP.match
    for m in _BREAK_SCAN.finditer(text):
        a, b = m.span()
        if text[a] == "\n":
            out.append((a, b))
        elif a and before(text, a - 1):
            out.append((a + 1, b))
    return out


def split_sentences(text: str, spacy_sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Refine spaCy's sentences: a line break always ends a sentence (headlines, lists).

    >>> split_sentences("Title\\nBody. More.", [(0, 18)])
    [(0, 5), (6, 18)]
    """
    merged: list[tuple[int, int]] = []
    for s, e in spacy_sents:  # 'Character.AI', 'U.S.': no sentence starts without a space
        if merged and s > 0 and not text[s - 1].isspace():
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    out: list[tuple[int, int]] = []
    # a sentence splits only where a break matches in the whole text too: the others are kept whole
    breaks = _breaks(text)
    k = 0
    for s, e in merged:
        while k < len(breaks) and breaks[k][1] <= s:
            k += 1
        if k == len(breaks) or breaks[k][0] >= e:  # no break overlaps [s, e)
            if text[s:e].strip():
                out.append((s, e))
            continue
        pos = s
        for m in _BREAK.finditer(text[s:e]):  # 'since 2009. Next':
            # spaCy's Arabic tokenizer keeps '2009.' (and a word ending in a tanween, 'mu'aqqatan.')
            # as one token, so its sentencizer does not split there
            a, b = s + m.start(), s + m.end()
            if text[pos:a].strip():
                out.append((pos, a))
            pos = b
        if text[pos:e].strip():
            out.append((pos, e))
    return out
