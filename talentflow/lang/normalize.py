"""Text normalization for matching. The document text itself is never rewritten.

Arabic: NFKC, diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel
removed, alef forms (hamza above/below, madda, wasla) to bare alef, alef maqsura to ya,
ta marbuta to ha. Latin: casefold, accents removed. Idempotent.

>>> normalize("Mike") == normalize("MIKE")
True
"""

from __future__ import annotations

import re
import unicodedata

_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_MAP = str.maketrans({
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064a", "\u0629": "\u0647", "\u0624": "\u0648", "\u0626": "\u064a",
    "\u06cc": "\u064a", "\u06a9": "\u0643",
    # Arabic-Indic and Eastern Arabic-Indic digits to ASCII
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u060c": ",", "\u061b": ";", "\u061f": "?",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u2019": "'", "\u2018": "'",
})
_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
_WS = re.compile(r"\s+")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_CHAR.search(text))


def normalize_arabic(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _AR_DIACRITICS.sub("", text)
    return text.translate(_AR_MAP)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """Normalize any text for matching (both scripts): see module doc."""
    text = normalize_arabic(text)
    text = strip_accents(text).casefold()
    return _WS.sub(" ", text).strip()


# --- Folding with offsets (used by the extraction pipeline) -------------------------------
# ``fold`` is ``normalize`` without whitespace collapsing and without NFKC/NFKD, so that the
# folded text can be mapped back to the original character by character.

_FOLD_DELETE = {ord(c): None for c in
                [chr(x) for x in range(0x0610, 0x061B)] + [chr(x) for x in range(0x064B, 0x0660)]
                + ["\u0670", "\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u00ad"]
                + [chr(x) for x in range(0x06D6, 0x06EE)]}
_FOLD_MAP = dict(_AR_MAP)
_FOLD_MAP.update({ord(k) if isinstance(k, str) else k: v for k, v in {
    "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}.items()})
_LATIN_ACCENTS = {c: unicodedata.normalize("NFKD", c)[0]
                  for c in (chr(x) for x in range(0xC0, 0x250))
                  if unicodedata.normalize("NFKD", c)[0].isascii() and len(c) == 1}
_FOLD_MAP.update({ord(k): v for k, v in _LATIN_ACCENTS.items()})
_FOLD_TABLE = {**_FOLD_MAP, **_FOLD_DELETE}
# The same table as a list indexed by code point (a character past its end is kept, as one
# missing from the dict): str.translate looks a list up without raising KeyError for every
# character it keeps, about twice as fast on Arabic text.
_FOLD_LIST: list[int | str | None] = list(range(max(_FOLD_TABLE) + 1))
for _k, _v in _FOLD_TABLE.items():
    _FOLD_LIST[_k] = _v


def fold(text: str) -> str:
    """Fold text for matching, keeping spacing: Arabic letter forms, digits, accents, case.

    >>> fold("Jos\u00e9 \u0627\u0633\u062a\u0642\u0627\u0644\u0629") == "jose \u0627\u0633\u062a\u0642\u0627\u0644\u0647"
    True
    """
    return text.translate(_FOLD_LIST).lower()


_DELETED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD_DELETE)) + "]")


def _kept_offsets(text: str) -> list[int]:
    """Indexes of the characters ``fold`` keeps (every one not in _FOLD_DELETE), in order.

    >>> _kept_offsets("a\u064eb\u0640c")
    [0, 2, 4]
    """
    out: list[int] = []
    prev = 0
    for m in _DELETED.finditer(text):
        d = m.start()
        out.extend(range(prev, d))
        prev = d + 1
    out.extend(range(prev, len(text)))
    return out


def fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """``fold(text)`` and, when characters were deleted, the original offset of each folded
    character (plus one final entry for the end). None means offsets are unchanged.

    >>> fold_with_map("AB")
    ('ab', None)
    """
    folded = fold(text)
    if len(folded) == len(text):
        return folded, None
    if len(text.lower()) == len(text):  # only deletions: keep the index of every kept char
        offsets = _kept_offsets(text)
        if len(offsets) == len(folded):
            offsets.append(len(text))
            return folded, offsets
    offsets = []
    for i, ch in enumerate(text):
        offsets.extend([i] * len(ch.translate(_FOLD_TABLE).lower()))
    offsets.append(len(text))
    return folded, offsets
