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
