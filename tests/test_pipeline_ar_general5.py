"""Arabic shapes left open in session 4 (FA3), each checked on fresh sentences from several
sectors with invented names the KB does not know."""

from __future__ import annotations

import pytest

from talentflow import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.person.mention if e.person else None, e.org.mention if e.org else None)
            for e in extract(text, lang="ar", published="2025-03-01")]


def _people(text: str) -> set[tuple[str, str]]:
    return {(e.kind, e.person.mention) for e in extract(text, lang="ar", published="2025-03-01") if e.person}


# 'ترك' is a departure only with what is left as its object: an org noun without the article
# ('ترك شركة Y') and the verb-first order with the subject before the object ('ترك X منصبه').
@pytest.mark.parametrize("text,expected", [
    ("ترك سامر الحداد منصبه في بنك الريان للتمويل بعد ثماني سنوات قضاها مديرا للمخاطر.",
     ("departure", "سامر الحداد")),
    ("قالت متاجر الريم إن مديرها التجاري وليد القاسم ترك شركة الريم للتجزئة الشهر الماضي.",
     ("departure", "وليد القاسم")),
    ("ترك الدكتور مازن العبيدي منصبه في جامعة النهرين بعد خلاف مع الإدارة.",
     ("departure", "مازن العبيدي")),
    ("ترك المهندس فادي النجار شركة مدار للتقنية لينضم إلى منافستها سحاب.",
     ("departure", "فادي النجار")),
])
def test_tarak_with_its_object_is_a_departure(text, expected):
    assert expected in _people(text)


def test_tarak_without_a_post_or_org_is_no_departure():
    assert not _people("ترك المدرب حسام الكردي أثرا طيبا لدى اللاعبين في المعسكر.")


# 'تعاقدت Y مع X': the hiring org (and a date) may stand between the verb and 'مع'; the person
# after 'مع' is the one hired.
@pytest.mark.parametrize("text,expected", [
    ("تعاقدت وزارة الشباب مع المدرب البرتغالي روي مارتينيز لقيادة المنتخب الأولمبي.",
     ("arrival", "روي مارتينيز", "وزارة الشباب")),
    ("تعاقدت شركة نبراس للاستثمار مع هالة الشامي لتتولى منصب المديرة المالية.",
     ("arrival", "هالة الشامي", "نبراس للاستثمار")),
    ("تعاقدت جامعة النهرين مع الدكتور مازن العبيدي ليتولى عمادة كلية الهندسة.",
     ("arrival", "مازن العبيدي", "جامعة النهرين")),
])
def test_org_between_taaqada_and_ma_is_the_hirer(text, expected):
    assert expected in _events(text)


# A two-word adjective of origin ('الجنوب أفريقي' the South African, 'الجنوب سوداني') after a
# title is no part of the name that follows it.
@pytest.mark.parametrize("text,person", [
    ("تعاقد نادي الفيصلي مع المدرب الجنوب أفريقي توماس ملانغا.", "توماس ملانغا"),
    ("عين نادي الرمثا المدرب الجنوب سوداني جيمس لوال مديرا فنيا.", "جيمس لوال"),
    ("استقال الدكتور الجنوب أفريقي ويليم فان زيل من منصبه في جامعة الخليج للعلوم.", "ويليم فان زيل"),
])
def test_compound_origin_is_not_in_the_name(text, person):
    assert person in {p for _, p in _people(text)}


# A feminine post in the accusative ('مديرةً', 'رئيسةً', 'مستشارةً': the tanween shows only as
# written) is a post given to the name before it, as 'مديرًا' is; 'اختارت' reads it as an appointment.
@pytest.mark.parametrize("text,person", [
    ("اختارت وزارة السياحة ماريكا يانسون مستشارةً لشؤون الأسواق الأوروبية.", "ماريكا يانسون"),
    ("عين نادي الوداد كاتيا برونو رئيسةً لقسم الكرة النسائية.", "كاتيا برونو"),
    ("اختارت سلسلة متاجر الفجر إنغريد هولم مديرةً تنفيذية.", "إنغريد هولم"),
    ("اختارت جامعة الزيتونة الدكتورة لمى الخوري رئيسةً لها.", "لمى الخوري"),
])
def test_feminine_accusative_post_is_given(text, person):
    assert ("arrival", person) in _people(text)


# Verb, the subject's own title with a complement of several words and its org, then the name:
# the name is the one who leaves ('استقال مدير إدارة المخاطر في بنك Y X').
@pytest.mark.parametrize("text,expected", [
    ("استقال مدير إدارة المخاطر في بنك الساحل رامز الدباغ من منصبه.", ("departure", "رامز الدباغ")),
    ("أعلن نادي الشعلة رحيل مدير الأكاديمية في النادي فراس الطويل.", ("departure", "فراس الطويل")),
    ("غادر رئيس قسم المشتريات في متاجر الندى ماهر السقا الشركة بعد عشر سنوات.", ("departure", "ماهر السقا")),
    ("أقالت وزارة الزراعة مدير إدارة الجودة في الوزارة كمال الزين.", ("departure", "كمال الزين")),
])
def test_name_after_a_long_title_is_the_subject(text, expected):
    assert expected in _people(text)


def test_a_second_person_after_the_title_blocks_the_reach():
    # the object of the verb is the titled person right after it, not a name further on
    got = _people("استقال مدير المخاطر في بنك الساحل بعد خلاف مع رامز الدباغ.")
    assert ("departure", "رامز الدباغ") not in got


# 'both' / 'the pair' ('كلاهما', 'الاثنان', 'الثنائي') next to the trigger: every person of the
# list named last before it, in this sentence or the one before.
@pytest.mark.parametrize("text,people", [
    ("عمل خالد زيدان ومحمد بركات في مصرف التضامن لسنوات، وقد غادر كلاهما المصرف هذا الشهر.",
     {"خالد زيدان", "محمد بركات"}),
    ("أسس يوسف الخطيب وسامي حداد شركة رواق للتقنية عام 2015. واستقال الاثنان من مجلس إدارتها أمس.",
     {"يوسف الخطيب", "سامي حداد"}),
    ("تعاقد نادي الرمثا مع أحمد الشريف وعمر الزعبي قبل عامين، ثم رحل الثنائي عن النادي هذا الصيف.",
     {"أحمد الشريف", "عمر الزعبي"}),
])
def test_the_pair_refers_to_the_listed_people(text, people):
    assert {("departure", p) for p in people} <= _people(text)


def test_one_person_before_the_pair_word_is_no_pair():
    got = _people("عمل خالد زيدان في مصرف التضامن لسنوات، وقد غادر كلاهما المصرف هذا الشهر.")
    assert len(got) <= 1


# The dual 'they (two) handed in their resignations' ('قدما استقالتيهما', 'قدمتا استقالتهما'):
# both people named before it leave.
@pytest.mark.parametrize("text,people", [
    ("أعلن بنك الوفاق أن خالد قطب، مدير الخزينة، ومحمد سليم، مدير الائتمان، قدما استقالتيهما.",
     {"خالد قطب", "محمد سليم"}),
    ("قال نادي الفتوة إن المدرب أحمد الشريف ومساعده عمر الزعبي، قدما استقالتهما بعد الخسارة.",
     {"أحمد الشريف", "عمر الزعبي"}),
    ("أكدت جامعة البلقاء أن العميدة سارة خليل ونائبتها مريم داود، قدمتا استقالتيهما.",
     {"سارة خليل", "مريم داود"}),
])
def test_dual_resignation_is_both(text, people):
    assert {("departure", p) for p in people} <= _people(text)


# Common Arabic given names the name rules did not know ('بلال', 'منذر', 'قصي', 'جمانة'):
# with a family name after them they are a person, whatever the sector.
@pytest.mark.parametrize("text,expected", [
    ("غادر بلال عيسى شركة نبراس للاستثمار.", ("departure", "بلال عيسى")),
    ("عين مصرف الرافدين منذر الخطيب مديرا للفروع.", ("arrival", "منذر الخطيب")),
    ("أعلنت وزارة الثقافة استقالة الوكيلة جمانة السعدي.", ("departure", "جمانة السعدي")),
])
def test_common_given_names(text, expected):
    assert expected in _people(text)
