"""Arabic → Latin romanization for display names of entities the KB does not know.

Rules are data (``talentflow/lang/ar/translit.json``, section ``romanize``):

- a table of common given names, family-name stems, name parts and club names with their
  usual English form (Mohammed, Youssef); a word with the article is "Al-" + the form of
  the word without it (no sun-letter assimilation: Al-Shamsi, Al-Rumayyan);
- the compound "abd + divine name" is one word, "Abdul" + the name in lower case
  (Abdulaziz, Abdulrahman), whether written as one word or two; Abdullah is an exception;
- particles: bin, bint, Abu, Al (the family "Al" of Al Nahyan, Al Saud);
- org names: the head noun (bank, club, university...) goes last as in English
  ("Emirates Investment Bank", "Al-Hilal Club"); a head written "X of" stays first
  ("Ministry of Finance"); common words of org names are translated;
- other words are guessed from their letters: long vowels from alef, waw, ya; ta marbuta
  and alef maqsura as "a"; initial hamza on alef (a or i); a short "a" inside a word-initial
  consonant cluster, an "e" in a word-final cluster of three (only foreign names end so:
  Roubert, Jansen). Short vowels are otherwise not guessed (a CaaCiC pattern would help
  Khalid but spoil Mark and Musk; common names are in the table). Foreign names written in
  Arabic get a readable guess (Mayk Libratour); never an empty word.

The result is readable and close to the usual English spelling, not a scholarly
transliteration; it is deterministic.

>>> romanize("Jane Doe")
'Jane Doe'
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from talentflow.lang import load
from talentflow.lang.normalize import has_arabic, normalize

_NORMALIZED_TABLES = ("names", "org_words", "org_heads", "particles", "abd_special", "suffix_parts")


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = dict(load("ar", "translit")["romanize"])
    for key in _NORMALIZED_TABLES:
        table: dict[str, str] = {}
        for ar, latin in rules.get(key, {}).items():
            table.setdefault(normalize(ar), latin)
        rules[key] = table
    rules["mint_kept_heads"] = {normalize(w) for w in rules.get("mint_kept_heads", [])}
    rules["abd"] = normalize(rules["abd"])
    return rules


def _clean(raw: str) -> str:
    """The raw word without diacritics (hamza seats, ta marbuta and alef maqsura kept)."""
    return "".join(c for c in unicodedata.normalize("NFC", raw)
                   if not unicodedata.combining(c) and c != "\u0640")


def _has_article(clean: str, word: str) -> bool:
    art = _rules()["article"]
    return clean.startswith(art) and len(word) > len(art) + 1  # alef with hamza: a name


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _letters(clean: str, word: str) -> list[tuple[str, bool]]:
    """Each letter of ``word`` as (Latin, is a vowel sound)."""
    r = _rules()
    ain, vowels, cons = r["ain"], r["vowels"], dict(r["consonants"])
    for n_dg, (dg, latin) in enumerate(x for x in r["digraphs"].items() if x[0] != r["article"]):
        mark = chr(0xE000 + n_dg)  # a private-use letter stands for the pair (tsh -> ch)
        word, cons[mark] = word.replace(dg, mark), latin
    out: list[tuple[str, bool]] = []
    prev_vowel = True  # the word start: waw and ya are consonants there
    n = len(word)
    for i, ch in enumerate(word):
        first, last = i == 0, i == n - 1
        nxt = word[i + 1] if not last else ""
        if ch == r["alef"]:
            if first and nxt in r["after_vowel"]:
                out.append(("", False))  # an alef carrying a long vowel (Elon -> "ilun")
                prev_vowel = False
                continue
            sound = r["initial_hamza"].get(clean[:1], "a") if first else "a"
            out.append((sound, True))
        elif ch in r["after_vowel"]:
            semi = (prev_vowel and not last) or (ch == r["waw"] and nxt == r["alef"])  # a final one: Marai
            if semi:
                out.append((r["after_vowel"][ch], False))
            elif ch == r["waw"]:
                out.append((r["long_u"]["final" if last else "medial"], True))
            else:
                out.append(("a" if last and clean.endswith(r["alef_maqsura"]) else vowels[ch], True))
        elif ch == r["ha"] and last and i > 0:
            ta = clean.endswith(r["ta_marbuta"]) or word[i - 1] not in vowels
            out.append(("a" if ta else "h", ta))
        elif ch == ain["letter"]:
            out.append(_ain(first, prev_vowel, nxt))
        elif ch == r["hamza"] and last and i > 0 and word[i - 1] == r["alef"]:
            out.append((r["hamza_after_alef_final"], True))
        elif ch in cons:
            out.append((cons[ch], False))
        else:
            out.append((ch if ch.isascii() else "", False))
        prev_vowel = out[-1][1]
    return out


def _ain(first: bool, prev_vowel: bool, nxt: str) -> tuple[str, bool]:
    """Ain as (Latin, is a vowel sound): silent before a long vowel (Ouda, Masoud) and after
    a vowel, 'aa' between consonants (Saad, Jaafar), 'a' at a word's start before a consonant."""
    r = _rules()
    ain, vowels = r["ain"], r["vowels"]
    if first:
        return ("", False) if nxt in vowels else (ain["initial"], True)
    if prev_vowel:
        return "", True
    if nxt in r["after_vowel"]:
        return "", False
    return (ain["between_consonants"] if nxt and nxt not in vowels else ain["initial"]), True


def guess(raw: str) -> str:
    """A readable Latin guess for one Arabic word the tables do not know.

    >>> guess("\u0633\u0644\u0645\u0627\u0646"), guess("\u0645\u0627\u0633\u0643")
    ('Salman', 'Mask')
    """
    clean, word = _clean(raw), normalize(raw)
    if not has_arabic(word):
        return word
    r = _rules()
    parts = _letters(clean, word)
    sounded = [p for p in parts if p[0]]
    if len(word) >= 3 and len(sounded) >= 2 and not sounded[0][1] and not sounded[1][1]:
        parts.insert(parts.index(sounded[0]) + 1, (r["cluster_vowel"], True))
        sounded = [p for p in parts if p[0]]
    if len(sounded) >= 3 and not any(p[1] for p in sounded[-3:]):  # Arabic ends CCC only in aCCaC
        elative = len(word) == 4 and word[0] == r["alef"]  # Akram, Amjad
        vowel = r["elative_vowel"] if elative else r["final_cluster_vowel"]
        parts.insert(len(parts) - 1 - parts[::-1].index(sounded[-1]), (vowel, True))
    return _cap("".join(p[0] for p in parts)) or _cap(r["ain"]["initial"])  # never empty


def _name_word(raw: str) -> str:
    """One word of a name: the table, else the article + the table, else a guess."""
    r = _rules()
    clean, word = _clean(raw), normalize(raw)
    if word in r["names"]:
        return r["names"][word]
    if _has_article(clean, word):
        stem = word[len(r["article"]):]
        return "Al-" + (r["names"].get(stem) or guess(clean[len(r["article"]):]))
    return guess(raw)


def _abd_compound(rest_raw: str) -> str:
    """'Abdul' + the divine name (Abdulaziz), or an exception from the table (Abdullah)."""
    r = _rules()
    word, clean = normalize(rest_raw), _clean(rest_raw)
    if word in r["abd_special"]:
        return r["abd_special"][word]
    if _has_article(clean, word):
        word, clean = word[len(r["article"]):], clean[len(r["article"]):]
    part = r["names"].get(word) or guess(clean)
    return r["abd_latin"] + part.lower()


def _fused_abd(word: str) -> bool:
    r = _rules()
    return word.startswith(r["abd"] + r["article"]) and len(word) > len(r["abd"]) + 3


def _person(words: list[str]) -> list[str]:
    r = _rules()
    out: list[str] = []
    i = 0
    while i < len(words):
        raw, word = words[i], normalize(words[i])
        if word == r["abd"] and i + 1 < len(words):
            out.append(_abd_compound(words[i + 1]))
            i += 2
            continue
        if _fused_abd(word):
            out.append(_abd_compound(_clean(raw)[len(r["abd"]):]))
        elif word in r["particles"]:
            part = r["particles"][word]
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if part == "Al" and nxt and _has_article(_clean(nxt), normalize(nxt)):
                i += 1  # the family 'Al' before an article word: Al-Sheikh, not "Al Al-Sheikh"
                continue
            out.append(_cap(part) if not out else part)
        elif word in r["suffix_parts"] and out:
            out.append(r["suffix_parts"][word])
        else:
            out.append(_name_word(raw))
        i += 1
    return out


def _org_word(raw: str) -> str:
    """A word of an org name: translated when common ('Investment'), else as a name."""
    r = _rules()
    clean, word = _clean(raw), normalize(raw)
    stems = [word]
    if word.startswith(normalize(r["lil"])) and len(word) > 4:
        stems.append(word[len(r["lil"]):])
    if _has_article(clean, word):
        stems.append(word[len(r["article"]):])
    for stem in stems:
        if stem in r["org_words"]:
            return r["org_words"][stem]
    if len(stems) > 1 and word.startswith(normalize(r["lil"])):
        return " ".join(_person([r["article"] + stems[1]]))
    return " ".join(_person([raw]))


def org_head(word: str) -> str | None:
    """The English head noun for an Arabic org word (article allowed), or None.

    >>> org_head("\u0628\u0646\u0643")
    'Bank'
    """
    r = _rules()
    w = normalize(word)
    if _has_article(_clean(word), w):
        w = w[len(r["article"]):]
    return r["org_heads"].get(w)


def is_kept_head(word: str) -> bool:
    """Does an English name keep this org head noun too (X Bank, X University)?

    >>> is_kept_head("\u0628\u0646\u0643"), is_kept_head("\u0634\u0631\u0643\u0629")
    (True, False)
    """
    r = _rules()
    w = normalize(word)
    if _has_article(_clean(word), w):
        w = w[len(r["article"]):]
    return w in r["mint_kept_heads"]


def _org(words: list[str]) -> list[str]:
    head = org_head(words[0]) if words else None
    rest = words[1:] if head else words
    body = [w for w in (_org_word(x) for x in rest) if w]
    if not head:
        return body
    if head.endswith(" of"):
        return [head] + body if body else [head[:-3]]
    return body + [head]


def romanize(text: str, kind: str | None = None) -> str:
    """A Latin display form of ``text``; Latin input is returned with spaces tidied.
    ``kind`` "org" treats the words as an org name (also when the first word is an org
    head noun such as bank or club).

    >>> romanize("\u0645\u0627\u064a\u0643 \u0644\u064a\u0628\u0631\u0627\u062a\u0648\u0631")
    'Mayk Libratour'
    """
    if not has_arabic(text):
        return " ".join(text.split())
    words = text.split()
    if kind == "org" or (words and org_head(words[0]) and len(words) > 1):
        out = _org(words)
    else:
        out = _person(words)
    return " ".join(w for w in out if w)
