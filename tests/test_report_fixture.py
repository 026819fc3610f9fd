"""A small, realistic store for the report, web and browser tests (and checks of it).

Documents, all written for these tests from public facts: an Arabic and an English article
on xAI's departures, a short records-style note about a bank, and a hostile document full of
markup. (The shared seed article is used only by the end-to-end test, which skips without it.) Mentions are what
an extractor would find in them, with evidence spans that point into the text.
"""

from __future__ import annotations

import json
from pathlib import Path

from talentflow.models import Document, EntityRef, EventMention, Reason, Source, Stint
from talentflow.store import Store

SEED = Path(__file__).parents[1].parent / "shared" / "seed" / "xai-turnover-ar.txt"

AR_TEXT = (
    "غادر مايك ليبراتور منصب المدير المالي في شركة إكس إيه آي في يوليو، بعد نحو ثلاثة أشهر "
    "فقط على التحاقه بها في أبريل، وانتقل إلى أوبن إيه آي.\n"
    "وأعلن روبرت كيل، المستشار القانوني العام للشركة، رحيله بعد عام في منصبه، موضحاً أنه "
    "يريد تخصيص وقت أطول لطفليه، ولمّح إلى اختلاف في الرؤى مع الإدارة.\n"
    "وبحسب أشخاص مطلعين، ترك عدد من المسؤولين الشركة إثر صراعات مع مستشاري ماسك المقربين، "
    "فيما شكك آخرون في واقعية التوقعات المالية للشركة.\n"
    "في المقابل، نفى أليكس سبيرو، محامي ماسك، وجود خلافات داخلية أو مشكلات مالية، واصفاً "
    "هذه الروايات بأنها غير صحيحة.\n"
    "وعلى مستوى القطاع، تعرض ميتا رواتب ضخمة لاستقطاب الباحثين من الشركات المنافسة."
)
EN_TEXT = (
    "xAI's finance chief Mike Liberatore has left the company after roughly three months, "
    "and has since started at OpenAI. He had come to xAI in April. People familiar with the "
    "matter said several executives quit after clashes with Musk's closest advisers. Musk's "
    "lawyer Alex Spiro said claims of internal strife were false. In October, xAI named "
    "Anthony Armstrong, a former banker, as its new chief financial officer."
)
BANK_TEXT = (
    "Gulf Example Bank said its head of retail, Omar Haddad, will retire at the end of March "
    "2024 after eleven years. The bank thanked him for his service."
)
XSS_TEXT = (
    "Evil Corp's CTO <script>alert('xss')</script> left. Sources said the culture was "
    "<img src=x onerror=alert(1)> toxic and <b>bold</b>."
)


def _ref(name, rid, mention=None):
    return EntityRef(name=name, mention=mention or name, id=rid)


def _span(text: str, piece: str) -> tuple[int, int]:
    i = text.index(piece)
    return (i, i + len(piece))


def _reason(text, driver, who, stance, piece):
    return Reason(driver=driver, attributed_to=who, stance=stance, evidence=piece,
                  span=_span(text, piece))


def documents() -> list[Document]:
    return [
        Document(text=AR_TEXT, lang="ar", published="2025-09-04",
                 url="https://example.com/ar/xai-turnover", title="xAI turnover (ar)"),
        Document(text=EN_TEXT, lang="en", published="2025-10-20",
                 url="https://example.org/en/xai-cfo", title="xAI CFO leaves"),
        Document(text=BANK_TEXT, lang="en", published="2024-01-15", url=None,
                 title="Bank note"),
        Document(text=XSS_TEXT, lang="en", published="2025-01-02",
                 url="javascript:alert('url')", title="<script>alert('t')</script>"),
    ]


def _ar_mentions(doc: Document) -> list[EventMention]:
    t = doc.text
    src = lambda piece: Source(doc=doc.id, url=doc.url, published=doc.published, lang="ar",
                               span=_span(t, piece))
    xai = _ref("xAI", "org:xai")
    lib_piece = "غادر مايك ليبراتور منصب المدير المالي في شركة إكس إيه آي في يوليو"
    keele_piece = "روبرت كيل، المستشار القانوني العام للشركة"
    conflict = "ترك عدد من المسؤولين الشركة إثر صراعات مع مستشاري ماسك المقربين"
    money = "شكك آخرون في واقعية التوقعات المالية للشركة"
    denial = "نفى أليكس سبيرو، محامي ماسك، وجود خلافات داخلية أو مشكلات مالية"
    meta = "تعرض ميتا رواتب ضخمة لاستقطاب الباحثين من الشركات المنافسة"
    return [
        EventMention(kind="departure", person=_ref("Mike Liberatore", "person:mike-liberatore",
                                                   "مايك ليبراتور"),
                     org=xai, role="cfo", role_mention="المدير المالي", date="2025-07",
                     started="2025-04", tenure_months=3,
                     destination=_ref("OpenAI", "org:openai", "أوبن إيه آي"),
                     reasons=[_reason(t, "career_move", "media", "asserted",
                                      "وانتقل إلى أوبن إيه آي")],
                     source=src(lib_piece), confidence=0.9),
        EventMention(kind="departure", person=_ref("Robert Keele", "person:robert-keele",
                                                   "روبرت كيل"),
                     org=xai, role="general_counsel", date="2025-08", tenure_months=12,
                     reasons=[_reason(t, "family_personal", "self", "asserted",
                                      "يريد تخصيص وقت أطول لطفليه"),
                              _reason(t, "values_divergence", "self", "asserted",
                                      "اختلاف في الرؤى مع الإدارة")],
                     source=src(keele_piece), confidence=0.85),
        EventMention(kind="claim", org=xai, scope="org",
                     reasons=[_reason(t, "leadership_conflict", "sources", "asserted", conflict),
                              _reason(t, "financial_disagreement", "sources", "asserted", money),
                              _reason(t, "leadership_conflict", "company", "denied", denial),
                              _reason(t, "financial_disagreement", "company", "denied", denial)],
                     source=src(conflict), confidence=0.8),
        EventMention(kind="claim", org=_ref("Meta", "org:meta", "ميتا"), scope="industry",
                     reasons=[_reason(t, "poached", "media", "asserted", meta)],
                     source=src(meta), confidence=0.7),
    ]


def _en_mentions(doc: Document) -> list[EventMention]:
    t = doc.text
    src = lambda piece: Source(doc=doc.id, url=doc.url, published=doc.published, lang="en",
                               span=_span(t, piece))
    xai = _ref("xAI", "org:xai")
    return [
        EventMention(kind="departure", person=_ref("Mike Liberatore", "person:mike-liberatore"),
                     org=xai, role="cfo", role_mention="finance chief", date="2025-07",
                     started="2025-04", tenure_months=3, destination=_ref("OpenAI", "org:openai"),
                     reasons=[], source=src("Mike Liberatore has left the company"),
                     confidence=0.8),
        EventMention(kind="arrival", person=_ref("Anthony Armstrong", "person:anthony-armstrong"),
                     org=xai, role="cfo", role_mention="chief financial officer", date="2025-10",
                     source=src("xAI named Anthony Armstrong"), confidence=0.8),
        EventMention(kind="claim", org=xai, scope="org",
                     reasons=[_reason(t, "leadership_conflict", "sources", "asserted",
                                      "several executives quit after clashes with Musk's "
                                      "closest advisers"),
                              _reason(t, "leadership_conflict", "company", "denied",
                                      "claims of internal strife were false")],
                     source=src("several executives quit"), confidence=0.75),
    ]


def _other_mentions(bank: Document, xss: Document) -> list[EventMention]:
    return [
        EventMention(kind="departure", person=_ref("Omar Haddad", "person:omar-haddad"),
                     org=_ref("Gulf Example Bank", "org:gulf-example-bank"), role="head",
                     date="2024-03", tenure_months=132,
                     reasons=[_reason(bank.text, "retirement", "company", "asserted",
                                      "will retire at the end of March 2024")],
                     source=Source(doc=bank.id, published=bank.published, lang="en",
                                   span=_span(bank.text, "Omar Haddad, will retire")),
                     confidence=0.9),
        EventMention(kind="departure",
                     person=_ref("<img src=x onerror=alert(1)>", "person:xss-person"),
                     org=_ref("Evil <script>alert(2)</script> Corp", "org:evil-corp"),
                     role="cto", date="2024-12",
                     reasons=[_reason(xss.text, "workload_culture", "sources", "asserted",
                                      "the culture was <img src=x onerror=alert(1)> toxic")],
                     source=Source(doc=xss.id, url=xss.url, published=xss.published, lang="en",
                                   span=_span(xss.text, "<script>alert('xss')</script> left")),
                     confidence=0.5),
    ]


def stints() -> list[Stint]:
    from datetime import date
    bank = "org:gulf-example-bank"
    rows = [("p1", date(2013, 1, 1), date(2024, 3, 31)), ("p2", date(2022, 1, 1), date(2022, 7, 1)),
            ("p3", date(2022, 3, 1), None), ("p4", date(2021, 6, 1), date(2023, 6, 1)),
            ("p5", date(2023, 1, 1), None), ("p6", date(2022, 9, 1), date(2023, 3, 1))]
    return [Stint(person_id=f"person:{p}", org_id=bank, start=s, end=e, role="employee",
                  org_name="Gulf Example Bank", provenance="records") for p, s, e in rows]


def add_document(store: Store, d: Document) -> None:
    store.con.execute("INSERT INTO documents (id, text, lang, published, url, title, origin) "
                      "VALUES (?,?,?,?,?,?,?)",
                      [d.id, d.text, d.lang, d.published, d.url, d.title, "test"])


def build_store(path: str = ":memory:", consolidated: bool = False) -> Store:
    """A store holding the fixture documents, mentions and bank stints."""
    store = Store(path)
    ar, en, bank, xss = documents()
    for d in (ar, en, bank, xss):
        add_document(store, d)
    store.add_mentions(_ar_mentions(ar) + _en_mentions(en) + _other_mentions(bank, xss))
    store.add_stints(stints())
    if consolidated:
        consolidate_simply(store)
    return store


def consolidate_simply(store: Store) -> None:
    """Merge mentions by (kind, person, org) into events with the interfaces.md item 3 shape."""
    groups: dict[tuple, list[EventMention]] = {}
    for m in store.mentions():
        key = (m.kind, m.person.id if m.person else None, m.org.id if m.org else None, m.scope)
        groups.setdefault(key, []).append(m)
    for i, (key, ms) in enumerate(sorted(groups.items(), key=lambda kv: str(kv[0]))):
        first = ms[0]
        eid = f"event:{i:03d}"
        reasons = [{**r.to_dict(), "lang": m.source.lang, "doc_id": m.source.doc,
                    "mention_id": m.id, "url": m.source.url, "published": m.source.published}
                   for m in ms for r in m.reasons]
        sources = [{"mention_id": m.id, "doc_id": m.source.doc, "url": m.source.url,
                    "published": m.source.published, "lang": m.source.lang,
                    "span": list(m.source.span)} for m in ms]
        data = {**first.to_dict(), "reasons": reasons, "sources": sources, "conflicts": {}}
        p, o, d = first.person, first.org, first.destination
        store.con.execute(
            "INSERT INTO events (id, kind, person_id, person_name, org_id, org_name, role, date, "
            "started, tenure_months, dest_id, dest_name, scope, n_sources, confidence, "
            "conflicts, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [eid, first.kind, p and p.id, p and p.name, o and o.id, o and o.name, first.role,
             first.date, first.started, first.tenure_months, d and d.id, d and d.name,
             first.scope, len(ms), first.confidence, "{}", json.dumps(data, ensure_ascii=False)])
        for m in ms:
            store.con.execute("INSERT INTO event_sources VALUES (?,?,?)", [eid, m.id, m.source.doc])
            store.con.execute("UPDATE event_mentions SET event_id = ? WHERE id = ?", [eid, m.id])


def test_fixture_spans_point_at_their_evidence():
    with build_store() as s:
        for m in s.mentions():
            text = s.web_document_text(m.source.doc)
            for r in m.reasons:
                assert text[r.span[0]:r.span[1]] == r.evidence


def test_fixture_consolidation_merges_the_two_liberatore_reports():
    with build_store(consolidated=True) as s:
        rows = s.web_events(kind="departure", person_id="person:mike-liberatore")
        assert len(rows) == 1 and rows[0]["n_sources"] == 2
