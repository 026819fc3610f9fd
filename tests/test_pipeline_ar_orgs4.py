"""Arabic orgs the KB does not know and no cue noun (شركة، بنك، نادي) introduces (session 4).

Fresh sentences of several sectors, invented names; each test fails without its rule.
"""

from __future__ import annotations

import pytest

from talentflow import extract


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.person.mention, e.org.mention if e.org else None)
            for e in extract(text, lang="ar", published="2025-03-01")]


# --- the subject of an announcing or deciding verb ('أعلنت X', 'أقال X') ----------------------

@pytest.mark.parametrize("text, person, org", [
    ("أعلنت فالكورا اليوم الأحد تعيين سامر الخطيب رئيسًا تنفيذيًا لها خلفًا لمازن الحربي.",
     "سامر الخطيب", "فالكورا"),  # a retailer
    ("أعلن برونهيلد أمس إقالة مدربه الإيطالي ماركو فيليني بعد سلسلة من النتائج السيئة.",
     "ماركو فيليني", "برونهيلد"),  # a club ('بر' is no clitic here)
    ("أقالت دوراكس رئيسها التنفيذي كارل هوفمان بعد تراجع المبيعات للفصل الثالث على التوالي.",
     "كارل هوفمان", "دوراكس"),  # an industrial group
    ("قالت زينترا إن رئيسها التنفيذي يوهان بيكر سيتقاعد نهاية العام بعد ثماني سنوات في المنصب.",
     "يوهان بيكر", "زينترا"),  # a startup
])
def test_subject_of_announcing_verb_is_the_org(text: str, person: str, org: str) -> None:
    evs = _events(text)
    assert any(p == person and o == org for _k, p, o in evs), evs


def test_noun_heading_the_subject_is_no_org() -> None:
    """'أعلن ناشر الصحيفة': a publisher (an agent noun), not an org named 'ناشر'."""
    from talentflow.pipeline import run
    from talentflow.models import Document

    doc = run(Document(text="أعلن ناشر صحيفة المساء ويل هاردي أن رئيسة التحرير سارة لين ستغادر منصبها.",
                       lang="ar", published="2025-03-01"))
    orgs = [m["mention"] for m in doc._.tf_entities if m["type"] == "org"]
    assert "ناشر" not in orgs, orgs


# --- a verb and its preposition split by the person ('انضم المدرب X Y إلى Z') ------------------

@pytest.mark.parametrize("text, org", [
    ("انضم المدرب الهولندي يان دي فريس إلى ريفرتون قادمًا من غرانفيل بعقد لعامين.", "ريفرتون"),  # a club
    ("انتقلت المصرفية هالة البدري إلى كوستاليا بعد عشر سنوات في بنك الخليج الأول.", "كوستاليا"),  # a bank
    ("رحل المدرب كارلوس بينيا عن نادي أتلتيكو سانتا روزا بعد خسارة النهائي، وانتقل إلى فالدوريا.",
     "فالدوريا"),  # 'وانتقل إلى': the verb after the conjunction
])
def test_org_after_verb_person_preposition(text: str, org: str) -> None:
    from talentflow.models import Document
    from talentflow.pipeline import run

    doc = run(Document(text=text, lang="ar", published="2025-03-01"))
    orgs = [m["mention"] for m in doc._.tf_entities if m["type"] == "org"]
    assert org in orgs, orgs


def _orgs(text: str) -> list[str]:
    from talentflow.models import Document
    from talentflow.pipeline import run

    doc = run(Document(text=text, lang="ar", published="2025-03-01"))
    return [m["mention"] for m in doc._.tf_entities if m["type"] == "org"]


# --- a post, then 'for' or 'in' and the org ('الرئيس التنفيذي لبارتيكو', 'المدير الرياضي في X') --

@pytest.mark.parametrize("text, org", [
    ("عُيّن المصرفي خالد العمري مديرًا عامًا لفيرونكس خلفًا لسمير داود.", "فيرونكس"),  # a bank
    ("تسلّم فادي منصور منصب الرئيس التنفيذي لبارتيكو قادمًا من شركة سيلفانا.", "بارتيكو"),  # a retailer
    ("تولى ماركو بيلا منصب المدير الرياضي في كرونبرغ قبل ثلاث سنوات، وأعلن اليوم رحيله عن النادي.",
     "كرونبرغ"),  # a club: the post, an adjective, then 'في'
])
def test_org_after_post_and_preposition(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_post_for_a_common_noun_names_no_org() -> None:
    """'مدربًا لفريق الشباب', 'لمدة عامين': 'for' + a native noun after a post is no org."""
    assert _orgs("عُيّن توماس غرين مدربًا لفريق الشباب بعقد لمدة عامين.") == []


def test_surname_after_announcing_verb_is_no_org() -> None:
    """'وأعلن سوراني': the surname of a person named in full before, even one the person rules
    missed, is no org; the org after a person ('غادر نيكول X') still is."""
    text = ("ضمت الشركة عشرات المهندسين هذا العام، وأحدث المنضمين وأبرزهم كيران داسواني، الذي ترك "
            "غوغل هذا الشهر بعد ستة عشر عامًا. وأعلن داسواني الخطوة بنفسه في منشور.")
    assert "داسواني" not in _orgs(text)


# --- kind nouns of outlets and bodies; what is no name after them --------------------------------

@pytest.mark.parametrize("text, org", [
    ("غادر الصحفي مارك تولين صحيفة ديلي ستاندرد بعد عشرين عامًا.", "صحيفة ديلي ستاندرد"),  # a paper
    ("عيّنت قناة أوريون نيوز المذيع جون باركر مديرًا للأخبار.", "قناة أوريون نيوز"),  # a channel
    ("انتقل الباحث علي رضا من معهد كارلتون للتقنية إلى جامعة ويستبروك.", "معهد كارلتون للتقنية"),  # an institute
    ("أعلنت وكالة نوردكس للأنباء تعيين ليلى حداد رئيسة للتحرير.", "وكالة نوردكس للأنباء"),  # an agency
])
def test_outlet_and_institute_nouns_introduce_an_org(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_indefinite_adjective_after_org_noun_is_no_name() -> None:
    """'صحيفة رياضية محلية', 'شركة ناشئة': a description, not an org's name."""
    orgs = _orgs("قال المدرب حسن خليل لصحيفة رياضية محلية إنه انضم إلى شركة ناشئة في دبي.")
    assert not any("رياضية" in o or "ناشئة" in o for o in orgs), orgs


def test_org_name_stops_at_a_line_break() -> None:
    orgs = _orgs("سارة كولينز تعود إلى جامعة ديوك\n\nبوسطن – أعلنت الجامعة تعيينها عميدة.")
    assert "جامعة ديوك" in orgs and not any("\n" in o for o in orgs), orgs
