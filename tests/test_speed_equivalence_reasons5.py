"""Session-5 speed paths of the reasons stage and the text front end give exactly what the plain
versions gave (issue #3): the line/full-stop break scan, the main org counted without Counter,
and the sentencizer's orth ids handed to the normalizer."""

from __future__ import annotations

import random
import re
from collections import Counter

from talentflow.bench.extract import generate
from talentflow.models import EntityRef, EventMention
from talentflow.pipeline import components, get_nlp
from talentflow.pipeline.reasons import _main_org
from talentflow.pipeline.text import _BREAK, _breaks


def test_break_scan_gives_the_lookbehind_regex_spans():
    rng = random.Random(5)
    alphabet = "a1. \n\t\u0628\u0660x_,!"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(20_000)]
    texts += [d.text for d in generate(150, seed=19)]
    texts += ["Harbor Bank hired her in 2009. Then she left.\nRivervale FC said so. Fine",
              ".  A", "x.\tB", "7.  9", "\u0639\u0627\u0645 2020. \u062b\u0645"]
    for t in texts:
        assert _breaks(t) == [m.span() for m in _BREAK.finditer(t)], repr(t)


def _plain_main_org(events, orgs):
    """_main_org as written with Counter (the reference)."""
    c = Counter((e.org.id, e.org.name, e.org.mention) for e in events
                if e.org and e.kind in ("departure", "lawsuit", "role_change") and e.org.name)
    if c:
        oid, name, mention = c.most_common(1)[0][0]
        return {"id": oid, "name": name, "mention": mention}
    if not orgs:
        return None
    counts = Counter(o.get("id") or o.get("name") for o in orgs)
    first = {}
    for pos, o in enumerate(orgs):
        first.setdefault(o.get("id") or o.get("name"), (pos, o))
    best = min(first, key=lambda k: (-(counts[k] + (first[k][0] == 0)), first[k][0]))
    o = first[best][1]
    return {"id": o.get("id"), "name": o.get("name"), "mention": o.get("mention")}


def test_main_org_ties_and_counts_as_with_counter():
    rng = random.Random(8)
    names = ["Harbor Bank", "Rivervale FC", "Ministry of Ports", "Cedar Mart", None]
    kinds = ["departure", "arrival", "lawsuit", "role_change"]
    for _ in range(3000):
        events = []
        for _ in range(rng.randint(0, 5)):
            n = rng.choice(names)
            org = EntityRef(n, n, rng.choice([None, "org:" + str(n)])) if rng.random() < .8 else None
            events.append(EventMention(kind=rng.choice(kinds), person=EntityRef("Dana Kell", "Dana Kell"),
                                       org=org))
        orgs = [{"start": i, "end": i + 1, "type": "org", "id": rng.choice([None, "org:x", "org:y"]),
                 "name": rng.choice(names[:4]), "mention": "m"} for i in range(rng.randint(0, 5))]
        assert _main_org(events, orgs) == _plain_main_org(events, orgs)


def test_normalizer_reads_the_orths_the_sentencizer_left_and_drops_them():
    nlp = get_nlp("ar")
    text = "\u0627\u0633\u062a\u0642\u0627\u0644 \u0645\u062f\u064a\u0631 \u0628\u0646\u0643 \u0627\u0644\u0645\u0631\u0641\u0623. \u062b\u0645 \u0639\u0627\u062f."
    doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
    assert doc.user_data[components._ORTHS] == [t.orth for t in doc]
    doc = nlp(nlp.make_doc(text))
    assert components._ORTHS not in doc.user_data
    assert [t.norm_ for t in doc][:2] == ["\u0627\u0633\u062a\u0642\u0627\u0644", "\u0645\u062f\u064a\u0631"]
    assert not re.search("[\u064b-\u0652]", " ".join(t.norm_ for t in doc))
