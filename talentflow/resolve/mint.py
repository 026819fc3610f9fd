"""Deterministic ids and display names for entities the KB does not know.

>>> mint_ref("Jane Doe", "person")
EntityRef(name='Jane Doe', mention='Jane Doe', id='person:jane-doe')
"""

from __future__ import annotations

import re

from talentflow.lang.normalize import normalize
from talentflow.models import EntityRef, content_hash
from talentflow.resolve.match import org_core, person_tokens
from talentflow.resolve.romanize import is_kept_head, romanize

ENTITY_TYPES = ("person", "org")
_SLUG_BAD = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; a hash when nothing Latin is left.

    >>> slugify("Société Générale")
    'societe-generale'
    """
    slug = _SLUG_BAD.sub("-", normalize(text)).strip("-")
    return slug or "x" + content_hash(text, 10)


def display_name(mention: str, type: str) -> str:
    """The canonical-looking Latin name for an unknown entity's mention.

    >>> display_name("Acme Corp.", "org")
    'Acme'
    """
    words = mention.split()
    if type == "org":
        trimmed = _trim_org_words(words)
        if trimmed and trimmed[0] != words[0] and is_kept_head(words[0]):
            trimmed = [words[0]] + trimmed  # English keeps it too: "X Bank", "X University"
        words = trimmed
    else:
        toks = person_tokens(mention)
        if toks and len(words) > len(toks) and normalize(words[0]).strip(".") not in toks[0]:
            words = words[1:]
    text = " ".join(words)
    return romanize(text, kind=type)


def _trim_org_words(words: list[str]) -> list[str]:
    core = org_core(" ".join(words)).split()
    if not core:
        return words
    first, last = core[0], core[-1]
    start = next((i for i, w in enumerate(words) if first in normalize(w)), 0)
    end = max((i for i, w in enumerate(words) if last in normalize(w)), default=len(words) - 1)
    return words[start:end + 1] if start <= end else words


def mint_ref(mention: str, type: str) -> EntityRef:
    """A reference to an entity not in the KB: id "<type>:<slug of the romanized name>",
    the romanized display name, and the words used. Same input, same id, always.

    >>> mint_ref("\u0645\u0627\u064a\u0643 \u0644\u064a\u0628\u0631\u0627\u062a\u0648\u0631", "person").id
    'person:mayk-libratour'
    """
    if type not in ENTITY_TYPES:
        raise ValueError(f"Unknown entity type '{type}'. Valid types: {', '.join(ENTITY_TYPES)}.")
    name = display_name(mention, type) or mention.strip()
    return EntityRef(name=name, mention=mention, id=f"{type}:{slugify(name)}")
