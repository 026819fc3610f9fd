"""Arabic given names the fold loses: 'علي' (Ali) folds onto 'على' (on), a stopword.

Fresh sentences with invented people, one per sector; and the preposition written with a
final ya ('علي الرغم', 'علي موافقة'), which must name no one.
"""

from __future__ import annotations

import pytest

from talentflow import extract
from talentflow.models import Document
from talentflow.pipeline import run


def _persons(text: str) -> list[str]:
    doc = run(Document(text=text, lang="ar", published="2025-03-01"))
    return [e["mention"] for e in doc._.tf_entities if e["type"] == "person"]


@pytest.mark.parametrize("text, mention, kind", [
    ("عيّن البنك علي الكعبي رئيسًا تنفيذيًا للبنك الوطني.", "علي الكعبي", "arrival"),  # a bank
    ("أعلن نادي الوحدة تعيين علي الحمادي مدربا للفريق الأول.", "علي الحمادي", "arrival"),  # a club
    ("قالت وزارة المالية إن علي المنصوري استقال من منصبه وكيلا للوزارة.", "علي المنصوري", "departure"),  # a ministry
    ("انضم علي الشامسي إلى شركة نخيل للتجزئة مديرا للعمليات.", "علي الشامسي", "arrival"),  # a retailer
])
def test_ali_is_a_given_name(text: str, mention: str, kind: str) -> None:
    evs = extract(text, lang="ar", published="2025-03-01")
    assert [(e.person.mention, e.kind) for e in evs] == [(mention, kind)]


def test_ali_with_a_given_name_after_a_title() -> None:
    assert "علي يوسف" in _persons("وعيّن النادي المدرب علي يوسف خلفا للمدرب المقال.")


@pytest.mark.parametrize("text", [
    "علي الرغم من الخسائر، قرر نادي الشباب الإبقاء على المدرب.",
    "استقال مدير الجامعة بعد أن حصل علي موافقة الوزارة علي خطته.",
    "ركزت الشركة علي المدى الطويل وعلي الأسواق الخليجية.",
])
def test_preposition_written_with_ya_names_no_one(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize("text, mention", [
    ("وعيّن المصرف أوديت فيغيراس رئيسة تنفيذية للمصرف.", "أوديت فيغيراس"),  # a bank
    ("عيّنت الجامعة ماريسا كولتون عميدة لكلية الهندسة.", "ماريسا كولتون"),  # a university
    ("اختارت وزارة الصحة ديلنوزا رحيموفا مديرة عامة للمستشفيات.", "ديلنوزا رحيموفا"),  # a ministry
])
def test_feminine_post_without_tanween_after_an_appointing_verb(text: str, mention: str) -> None:
    evs = extract(text, lang="ar", published="2025-03-01")
    assert [(e.person.mention, e.kind) for e in evs] == [(mention, "arrival")]


@pytest.mark.parametrize("text", [
    "اختارت مجلة فوربس شركة نماء شريكة رئيسة في المعرض.",
    "اختار النادي ملعب الأمير فيصل ساحة رئيسة للمباريات.",
])
def test_feminine_noun_after_an_appointing_verb_names_no_one(text: str) -> None:
    assert _persons(text) == []


def test_both_shapes_in_a_longer_passage() -> None:
    text = ("أعلن مصرف الساحل التجاري يوم الأحد عن تغييرات في إدارته العليا، في خطوة قال إنها تهدف"
            " إلى تسريع التحول الرقمي.\n\nوقال المصرف في بيان إن مجلس الإدارة عيّن علي الزعابي رئيسا"
            " تنفيذيا، خلفا لمدير سابق أمضى ست سنوات في المنصب. وكان الزعابي يشغل منصب مدير الخزينة"
            " في بنك آخر.\n\nكما اختار المجلس نادين كورفالان مديرة للمخاطر. وحصل المصرف علي موافقة"
            " الجهات الرقابية على التعيينين، بحسب البيان.")
    evs = extract(text, lang="ar", published="2025-03-01")
    assert sorted((e.person.mention, e.kind) for e in evs) == [
        ("علي الزعابي", "arrival"), ("نادين كورفالان", "arrival")]
