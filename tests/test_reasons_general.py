"""Reason cues that real news uses beyond the forms the engine was first tuned on.

Each test is a fresh sentence (written for this file) whose reason the cue data must read;
events are built by hand so only the reasons logic is exercised.
"""

from __future__ import annotations

import pytest

from talentflow.models import EntityRef, EventMention
from talentflow.pipeline.reasons import attach_reasons


def dep(name: str, org: str, kind: str = "departure") -> EventMention:
    return EventMention(kind=kind, person=EntityRef(name, name),
                        org=EntityRef(org, org, "org:" + org.lower().replace(" ", "-")))


def triples(ev: EventMention) -> set[tuple[str, str, str]]:
    return {(r.driver, r.attributed_to, r.stance) for r in ev.reasons}


def drivers(ev: EventMention) -> set[str]:
    return {r.driver for r in ev.reasons}


# -- English ------------------------------------------------------------------------------------
def test_is_out_as_is_a_dismissal():
    ev = dep("Maria Lopes", "Harbor Freight Lines")
    attach_reasons("Maria Lopes is out as chief executive of Harbor Freight Lines after two "
                   "years, the company said on Friday.", [ev], lang="en")
    assert drivers(ev) == {"dismissal"}


def test_dismissed_name_as_role_is_a_dismissal():
    ev = dep("Paul Okafor", "Northgate Rovers")
    attach_reasons("Northgate Rovers have dismissed Paul Okafor as manager after eight "
                   "months in charge.", [ev], lang="en")
    assert drivers(ev) == {"dismissal"}


def test_dismissing_reports_as_speculation_is_not_a_dismissal():
    ev = dep("Paul Okafor", "Northgate Rovers")
    attach_reasons("Paul Okafor left Northgate Rovers on Monday. The club dismissed the "
                   "reports as speculation.", [ev], lang="en")
    assert "dismissal" not in drivers(ev)


def test_neither_nor_gave_a_reason_is_unstated():
    ev = dep("Ahmed Saleh", "Coastline Bank")
    attach_reasons("Ahmed Saleh has left Coastline Bank after five years as finance chief. "
                   "Neither the bank nor Saleh gave a reason for the move.", [ev], lang="en")
    assert drivers(ev) == {"unstated"}


# -- Arabic -------------------------------------------------------------------------------------
def test_ar_masculine_lured_is_poached():
    ev = dep("سامي العلي", "نادي الوحدة")
    attach_reasons("وذكرت تقارير صحفية أن نادي الشباب أغرى سامي العلي بعرض كبير للرحيل عن "
                   "نادي الوحدة.", [ev], lang="ar")
    assert ("poached", "media", "asserted") in triples(ev)


def test_ar_contract_ended_by_mutual_consent_is_not_a_dismissal():
    ev = dep("خالد الحربي", "نادي الوحدة")
    attach_reasons("أعلن نادي الوحدة فسخ عقد مدربه خالد الحربي بالتراضي بين الطرفين.",
                   [ev], lang="ar")
    assert "dismissal" not in drivers(ev)


def test_ar_because_of_the_defeat_is_a_dismissal():
    ev = dep("ماجد الزهراني", "نادي الرائد")
    attach_reasons("غادر ماجد الزهراني نادي الرائد بسبب الهزيمة أمام الفيصلي.", [ev], lang="ar")
    assert drivers(ev) == {"dismissal"}


def test_ar_the_coach_refers_back_to_the_departed_coach():
    ev = dep("سامي الجابر", "نادي النصر")
    attach_reasons("أعلن نادي النصر رحيل سامي الجابر عن تدريب الفريق.\n"
                   "وذكرت صحف محلية أن نادي الشباب أغرى المدرب بعرض مالي كبير.", [ev], lang="ar")
    assert ("poached", "media", "asserted") in triples(ev)


def test_staff_losing_faith_in_its_leader_is_not_values_divergence():
    ev = dep("Rita Mahler", "Daily Courier")
    attach_reasons("Rita Mahler left the Daily Courier as editor on Monday amid reports of a "
                   "staff losing faith in its leader.", [ev], lang="en")
    assert "values_divergence" not in drivers(ev)


def test_cleared_by_an_inquiry_is_no_reason_and_no_denial():
    ev = dep("Dana Reyes", "Westfield Energy")
    attach_reasons("Dana Reyes has stepped down as chief executive of Westfield Energy. In March "
                   "she was cleared by an independent inquiry into a bullying complaint, which "
                   "she had always denied.", [ev], lang="en")
    assert "misconduct_legal" not in drivers(ev)


def test_ar_were_not_the_cause_of_his_exit_disclaims():
    ev = dep("فادي الخوري", "بنك الشرق")
    attach_reasons("غادر فادي الخوري رئاسة بنك الشرق بعد انتهاء ولايته. ويواجه الخوري تحقيقًا "
                   "قضائيًا بشبهة الاختلاس، لكنه لم يكن سبب رحيله عن المنصب.", [ev], lang="ar")
    assert "misconduct_legal" not in drivers(ev)


def test_ar_did_not_disclose_x_nor_y_is_not_a_denial():
    claims = attach_reasons("وتمر شركة نبض بمرحلة صعبة وسط خلافات مع المستثمرين. ولم تكشف "
                            "الشركة عن قيمة التسوية ولا عن موعد تعيين مدير جديد.", [], lang="ar")
    found = {(r.driver, r.attributed_to, r.stance) for c in claims for r in c.reasons}
    assert not any(stance == "denied" for _d, _a, stance in found)


# -- "no reason given" and anonymous-source forms common in news ----------------------------
UNSTATED = [
    ("en", "Nora Blake", "Nora Blake resigned as head of Pinecrest Hospital on Friday. No "
                         "explanation for the move was given."),
    ("en", "Nora Blake", "Nora Blake resigned from Pinecrest Hospital and did not elaborate on "
                         "her reasons."),
    ("en", "Nora Blake", "Nora Blake resigned from Pinecrest Hospital. A hospital spokeswoman "
                         "declined to discuss the reasons for the resignation."),
    ("en", "Nora Blake", "Nora Blake resigned from Pinecrest Hospital on Friday. The "
                         "circumstances of her exit remain unclear."),
    ("ar", "هدى الشامي", "استقالت هدى الشامي من مستشفى الأمل. ولم يقدم المستشفى أي تفسير "
                         "للخطوة."),
    ("ar", "هدى الشامي", "غادرت هدى الشامي مستشفى الأمل أمس. ولم تتضح ملابسات رحيلها."),
    ("ar", "هدى الشامي", "استقالت هدى الشامي من مستشفى الأمل، وامتنع متحدث باسم المستشفى عن "
                         "مناقشة أسباب الاستقالة."),
]


@pytest.mark.parametrize("lang,name,text", UNSTATED)
def test_no_reason_given_forms_are_unstated(lang, name, text):
    ev = dep(name, "Hospital")
    attach_reasons(text, [ev], lang=lang)
    assert drivers(ev) == {"unstated"}


SOURCES = [
    ("en", "Omar Reed", "Omar Reed quit Tidewater Logistics after clashing with the owner, a "
                        "manager who declined to be identified told the paper."),
    ("en", "Omar Reed", "Omar Reed quit Tidewater Logistics after clashing with the owner, three "
                        "people with direct knowledge said."),
    ("en", "Omar Reed", "Omar Reed quit Tidewater Logistics after clashing with the owner, "
                        "according to an executive with knowledge of the matter."),
    ("ar", "كريم ناصر", "ترك كريم ناصر شركة المدار بسبب خلافات مع المالك، كما قال مصدران "
                        "مطلعان."),
    ("ar", "كريم ناصر", "ترك كريم ناصر شركة المدار بسبب خلافات مع المالك، بحسب موظف على دراية "
                        "بما جرى."),
    ("ar", "كريم ناصر", "ترك كريم ناصر شركة المدار بسبب خلافات مع المالك، حسبما ذكر شخصان "
                        "مقربان منه."),
    ("ar", "كريم ناصر", "ترك كريم ناصر شركة المدار بسبب خلافات مع المالك، وفق ما نقلت قناة "
                        "محلية عن مصدر رفيع في الشركة."),
]


@pytest.mark.parametrize("lang,name,text", SOURCES)
def test_anonymous_source_forms_attribute_to_sources(lang, name, text):
    ev = dep(name, "Firm")
    attach_reasons(text, [ev], lang=lang)
    assert triples(ev) == {("leadership_conflict", "sources", "asserted")}


DRIVER_FORMS = [
    ("en", "Lena Fox", "Lena Fox left Oakridge Insurance after a competitor snapped her up "
                       "with a richer package.", "poached"),
    ("en", "Lena Fox", "Lena Fox was shown the door by Oakridge Insurance after a weak "
                       "year.", "dismissal"),
    ("en", "Lena Fox", "Lena Fox left Oakridge Insurance after her post was made redundant.",
     "restructuring"),
    ("en", "Lena Fox", "Harbourside United parted company with Lena Fox after a run of losses.",
     "dismissal"),
    ("ar", "منى الصالح", "غادرت منى الصالح جامعة الفجر لتتفرغ لأسرتها بعد عشرين عامًا.",
     "family_personal"),
    ("ar", "منى الصالح", "صدر قرار بإعفاء الدكتورة منى الصالح من منصبها في جامعة الفجر.",
     "dismissal"),
    ("ar", "منى الصالح", "أنهت جامعة الفجر خدمات منى الصالح نائبةً للرئيس.", "dismissal"),
]


@pytest.mark.parametrize("lang,name,text,driver", DRIVER_FORMS)
def test_common_driver_forms(lang, name, text, driver):
    ev = dep(name, "Org")
    attach_reasons(text, [ev], lang=lang)
    assert drivers(ev) == {driver}


def test_ar_tax_exemption_is_not_a_dismissal():
    ev = dep("منى الصالح", "شركة الفجر")
    attach_reasons("غادرت منى الصالح شركة الفجر بعد إعفاء الشركة من الرسوم الجمركية.", [ev],
                   lang="ar")
    assert "dismissal" not in drivers(ev)


def test_ar_former_employees_sued_are_not_the_source():
    ev = EventMention(kind="lawsuit", person=EntityRef("رنا سعيد", "رنا سعيد"),
                      org=EntityRef("شركة نور", "شركة نور", "org:noor"))
    attach_reasons("رفعت شركة نور دعوى قضائية ضد موظفين سابقين، هما رنا سعيد وهادي فارس، "
                   "تتهمهما فيها بسرقة أسرار تجارية.", [ev], lang="ar")
    assert triples(ev) == {("misconduct_legal", "company", "asserted")}


def test_ar_according_to_former_employees_is_still_sources():
    ev = dep("رنا سعيد", "شركة نور")
    attach_reasons("غادرت رنا سعيد شركة نور بسبب ضغط العمل، بحسب موظفين سابقين.", [ev],
                   lang="ar")
    assert triples(ev) == {("workload_culture", "sources", "asserted")}
