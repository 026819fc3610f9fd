"""Arabic personnel news with people and orgs the KB does not know (session 4): the common
shapes, each checked on fresh sentences from several sectors (invented names)."""

from __future__ import annotations

import pytest

from talentflow import extract
from talentflow.models import Document
from talentflow.pipeline import run


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.person.mention if e.person else None, e.org.mention if e.org else None)
            for e in extract(text, lang="ar", published="2025-03-01")]


# An adjective of origin ('the Portuguese', 'the Serbian') with no role before it introduces
# the person; the org, a weekday and the adjective may stand between the verb and the name.
@pytest.mark.parametrize("text,expected", [
    ("أقال مجلس إدارة بنك الرافدين التجاري النمساوي فلوريان هوبماير من منصب الرئيس التنفيذي.",
     ("departure", "فلوريان هوبماير", "بنك الرافدين التجاري")),
    ("أعلنت وزارة النقل تعيين الكندي ديلان ماكفرسون مستشارًا لشؤون الموانئ.",
     ("arrival", "ديلان ماكفرسون", "وزارة النقل")),
    ("غادر الإسباني خابيير مونتيرو شركة متاجر النخبة بعد ست سنوات.",
     ("departure", "خابيير مونتيرو", "متاجر النخبة")),
    ("عيّن نادي الوحدة الإماراتي الإثنين الصربي دراغان ميلوفيتش مدربًا للفريق الأول.",
     ("arrival", "دراغان ميلوفيتش", "نادي الوحدة الإماراتي")),
])
def test_origin_adjective_introduces_unknown_person(text, expected):
    assert expected in _events(text)


# 'for' + a noun + its definite complement continues an org's name ('... for basket ball').
def test_org_name_goes_on_through_a_for_complement():
    evs = _events("أعلن الاتحاد السعودي لكرة السلة التعاقد مع الصربي زوران ميلادينوفيتش لقيادة المنتخب.")
    assert ("arrival", "زوران ميلادينوفيتش", "الاتحاد السعودي لكرة السلة") in evs


def test_origin_rule_takes_no_native_words_as_a_name():
    # a definite adjective followed by a verb or a common noun starts no name
    text = ("وقال المدير الرياضي ديكو أفضى اللقاء إلى اتفاق، وأكد المتحدث الرسمي جاء نتيجة مفاوضات "
            "طويلة مع الشركة.")
    persons = [e["mention"] for e in run(Document(text=text, lang="ar"))._.tf_entities if e["type"] == "person"]
    assert "ديكو أفضى" not in persons and "جاء نتيجة" not in persons
