"""Reasons and claims on forms the engine was not tuned on (second set).

Each test is a fresh text written for this file; events (and the org entities the pipeline
would pass) are built by hand so only the reasons logic is exercised.
"""

from __future__ import annotations

import pytest

from talentflow.models import EntityRef, EventMention
from talentflow.pipeline.reasons import attach_reasons


def org_id(name: str) -> str:
    return "org:" + name.lower().replace(" ", "-")


def dep(name: str, org: str, dest: str | None = None) -> EventMention:
    return EventMention(kind="departure", person=EntityRef(name, name),
                        org=EntityRef(org, org, org_id(org)),
                        destination=EntityRef(dest, dest, org_id(dest)) if dest else None)


def org_entities(text: str, names: list[str]) -> list[dict]:
    """Every mention of each org name, as the pipeline's entity list gives them."""
    out = []
    for n in names:
        at = text.find(n)
        while at >= 0:
            out.append({"start": at, "end": at + len(n), "type": "org", "id": org_id(n),
                        "name": n, "mention": n})
            at = text.find(n, at + 1)
    return sorted(out, key=lambda e: e["start"])


def drivers(ev: EventMention) -> set[str]:
    return {r.driver for r in ev.reasons}


def claim_keys(claims: list[EventMention]) -> set[tuple[str, str, str]]:
    return {(c.org.name, c.scope, r.driver) for c in claims for r in c.reasons}


# -- a recruiter named as the subject of recruiting a group ---------------------------------------
EN_WAVE = ("Dana Whitfield, head of data science at Harbor Bank, is leaving to join Northwind "
           "Capital, the bank said on Friday. Her exit follows a string of moves to Northwind "
           "Capital, which has lured dozens of data scientists with large signing bonuses this year.")


def test_en_group_lured_by_recruiter_is_its_claim_not_the_leavers_reason():
    ev = dep("Dana Whitfield", "Harbor Bank", "Northwind Capital")
    claims = attach_reasons(EN_WAVE, [ev], lang="en",
                            entities=org_entities(EN_WAVE, ["Harbor Bank", "Northwind Capital"]))
    assert drivers(ev) == {"career_move"}  # the bonuses were for the dozens, not said of her
    assert claim_keys(claims) == {("Northwind Capital", "industry", "poached")}


AR_WAVE = ("تغادر ليلى حداد، مديرة التسويق في مصرف الخليج، المصرف للانضمام إلى شركة النخبة، "
           "وفق ما أفادت صحيفة محلية. ويأتي رحيلها بعد سلسلة من الانتقالات إلى شركة النخبة، "
           "التي استقطبت خلال العام الجاري عددًا من المصرفيين بعروض مالية كبيرة.")


def test_ar_group_recruited_by_relative_clause_subject_is_its_claim():
    ev = dep("ليلى حداد", "مصرف الخليج", "شركة النخبة")
    claims = attach_reasons(AR_WAVE, [ev], lang="ar",
                            entities=org_entities(AR_WAVE, ["مصرف الخليج", "شركة النخبة"]))
    assert drivers(ev) == {"career_move"}
    assert claim_keys(claims) == {("شركة النخبة", "industry", "poached")}


AR_VERB_FIRST = ("انتقل المهندسان سامر خليل ورنا عيسى من شركة المدار إلى شركة النخبة هذا الشهر. "
                 "ويأتي ذلك ضمن حملة استقطاب تقودها الإدارة الجديدة، عرضت فيها شركة النخبة "
                 "رواتب مرتفعة على مهندسين من عدة شركات منافسة.")


def test_ar_verb_before_its_subject_names_the_recruiter_of_the_claim():
    evs = [dep("سامر خليل", "شركة المدار", "شركة النخبة"), dep("رنا عيسى", "شركة المدار", "شركة النخبة")]
    claims = attach_reasons(AR_VERB_FIRST, evs, lang="ar",
                            entities=org_entities(AR_VERB_FIRST, ["شركة المدار", "شركة النخبة"]))
    assert ("شركة النخبة", "industry", "poached") in claim_keys(claims)
    assert all(c.org.name != "شركة المدار" for c in claims)


# -- the recruited are the org left's own: the claim stays with that org --------------------------
EN_OWN = ("Priya Natarajan left Lumen Labs for Zenith Robotics in March. Lumen Labs chief "
          "executive Tom Reyes said last week that Zenith Robotics had offered some of his "
          "engineers signing bonuses of up to five million dollars.")


def test_en_recruiting_the_org_lefts_own_staff_is_that_orgs_claim():
    ev = dep("Priya Natarajan", "Lumen Labs", "Zenith Robotics")
    claims = attach_reasons(EN_OWN, [ev], lang="en",
                            entities=org_entities(EN_OWN, ["Lumen Labs", "Zenith Robotics"]))
    assert {(c.org.name, c.scope) for c in claims} == {("Lumen Labs", "org")}


def test_en_a_comma_alone_does_not_make_an_org_the_recruiter():
    text = ("Omar Haddad left Cedar Analytics to join Beacon Data in May. Under the deal with "
            "Cedar Analytics, Beacon Data hired a string of engineers with lucrative offers.")
    ev = dep("Omar Haddad", "Cedar Analytics", "Beacon Data")
    claims = attach_reasons(text, [ev], lang="en",
                            entities=org_entities(text, ["Cedar Analytics", "Beacon Data"]))
    assert ("Cedar Analytics", "industry", "poached") not in claim_keys(claims)


# -- "some" before a noun is no group of leavers ---------------------------------------------------
AR_SOME = ("أعلنت شركة الواحة للأغذية استقالة مديرها المالي كريم منصور.\n"
           "وتمر الشركة بفترة صعبة وسط تراجع المبيعات وخلافات مع بعض المساهمين.")


def test_ar_some_shareholders_are_not_a_group_that_left():
    ev = dep("كريم منصور", "شركة الواحة للأغذية")
    claims = attach_reasons(AR_SOME, [ev], lang="ar",
                            entities=org_entities(AR_SOME, ["شركة الواحة للأغذية"]))
    assert claims == []  # the dispute is with shareholders, not a wave of staff leaving


def test_en_what_had_been_said_across_the_industry_is_the_outlets_account():
    text = ("Kim Sato left Aster Airways for Vantage Air in May. It confirms what had been said "
            "for months across the industry: Vantage Air is luring pilots away from rival "
            "carriers with higher pay.")
    ev = dep("Kim Sato", "Aster Airways", "Vantage Air")
    claims = attach_reasons(text, [ev], lang="en",
                            entities=org_entities(text, ["Aster Airways", "Vantage Air"]))
    assert {(c.org.name, r.driver, r.attributed_to) for c in claims for r in c.reasons} == \
        {("Vantage Air", "poached", "media")}  # no one is quoted: the outlet sums it up


# -- a reason said of someone else named in the sentence --------------------------------------
def test_en_offers_weighed_by_a_bystander_are_not_the_leavers_reason():
    text = ("Harlow Town named Ben Carter head coach after Sam Reed left for Eastfield United.\n"
            "Results had dipped all season, and its captain Luca Moretti was said to be "
            "weighing offers from bigger clubs, which his agent has played down.")
    ev = dep("Sam Reed", "Harlow Town", "Eastfield United")
    ents = org_entities(text, ["Harlow Town", "Eastfield United"])
    for n in ("Ben Carter", "Sam Reed", "Luca Moretti"):
        at = text.find(n)
        ents.append({"start": at, "end": at + len(n), "type": "person", "id": None,
                     "name": n, "mention": n})
    attach_reasons(text, [ev], lang="en", entities=sorted(ents, key=lambda e: e["start"]))
    assert drivers(ev) == {"career_move"}  # Moretti weighs offers; Reed simply moved


# -- the talent market's scarcity is the industry's, not the org's ----------------------------
def test_en_how_scarce_the_talent_has_become_is_an_industry_claim():
    text = ("Nora Field left Helix Health for Corvid Labs in April, the company said.\n"
            "Analysts said the pay packages on offer showed how scarce experienced "
            "data engineers had become.")
    ev = dep("Nora Field", "Helix Health", "Corvid Labs")
    claims = attach_reasons(text, [ev], lang="en",
                            entities=org_entities(text, ["Helix Health", "Corvid Labs"]))
    assert {(c.scope, r.driver, r.attributed_to) for c in claims for r in c.reasons} == \
        {("industry", "poached", "analyst")}


def test_ar_talent_shortage_is_an_industry_claim():
    text = ("غادرت هدى سليم شركة الرواد إلى شركة الأفق في أبريل.\n"
            "ويرى محللون أن الرواتب المرتفعة التي تعرضها الشركات تعكس ندرة الكفاءات في هذا المجال.")
    ev = dep("هدى سليم", "شركة الرواد", "شركة الأفق")
    claims = attach_reasons(text, [ev], lang="ar",
                            entities=org_entities(text, ["شركة الرواد", "شركة الأفق"]))
    assert {(c.scope, r.driver, r.attributed_to) for c in claims for r in c.reasons} == \
        {("industry", "poached", "analyst")}


def test_ar_definite_pay_forms_are_poached():
    text = "انتقل مازن فارس من بنك الشمال إلى بنك الجنوب، مستفيدًا من الرواتب المرتفعة التي يدفعها الأخير."
    ev = dep("مازن فارس", "بنك الشمال", "بنك الجنوب")
    attach_reasons(text, [ev], lang="ar", entities=org_entities(text, ["بنك الشمال", "بنك الجنوب"]))
    assert drivers(ev) == {"poached"}


# -- a disclaimer in the next sentence takes back the juxtaposed context --------------------------
def test_en_not_connecting_the_exit_to_the_backlash_takes_the_backlash_back():
    text = ("Ana Ruiz has retired as chief executive of Solace Foods, the company said on "
            "Tuesday, days after a backlash over a recall of its baby formula.\n"
            "Solace Foods did not connect the retirement to the recall in its statement.")
    ev = dep("Ana Ruiz", "Solace Foods")
    attach_reasons(text, [ev], lang="en", entities=org_entities(text, ["Solace Foods"]))
    assert drivers(ev) == {"retirement"}


def test_ar_not_linking_the_resignation_to_the_controversy_takes_it_back():
    text = ("أعلنت شركة الندى استقالة رئيسها التنفيذي وليد عامر، بعد أسابيع من جدل واسع حول "
            "منتجها الجديد.\nولم تربط الشركة بين الاستقالة والمنتج في بيانها.")
    ev = dep("وليد عامر", "شركة الندى")
    attach_reasons(text, [ev], lang="ar", entities=org_entities(text, ["شركة الندى"]))
    assert "controversy" not in drivers(ev)


def test_en_a_disclaimer_about_another_matter_keeps_the_earlier_reason():
    text = ("Ana Ruiz has left Solace Foods months after its merger with Brightway, which "
            "trimmed her role.\nThe exit also came as a backlash over a product recall grew, "
            "but no one linked the two.")
    ev = dep("Ana Ruiz", "Solace Foods")
    attach_reasons(text, [ev], lang="en", entities=org_entities(text, ["Solace Foods"]))
    assert "restructuring" in drivers(ev) and "controversy" not in drivers(ev)


# -- the recruiter's own word is not the org left's ------------------------------------------
def test_en_recruiting_told_by_the_destination_is_not_the_company_left():
    text = ("Leo Park left Brightline Games for Nimbus Interactive in May.\n"
            "In a memo to staff on Monday, the chief executive of Nimbus Interactive listed "
            "the people Nimbus Interactive had recruited this spring.")
    ev = dep("Leo Park", "Brightline Games", "Nimbus Interactive")
    attach_reasons(text, [ev], lang="en",
                   entities=org_entities(text, ["Brightline Games", "Nimbus Interactive"]))
    assert {(r.driver, r.attributed_to) for r in ev.reasons} == {("poached", "media")}


# -- a hire is no exit: its context is no reason for leaving ------------------------------------
def test_en_an_arrival_carries_no_reason_for_leaving():
    text = ("Corvid Labs has hired Tom Ellis as chief executive to lead the restructuring of "
            "its retail arm, the company said, after a year of heavy losses.")
    ev = EventMention(kind="arrival", person=EntityRef("Tom Ellis", "Tom Ellis"),
                      org=EntityRef("Corvid Labs", "Corvid Labs", "org:corvid-labs"))
    attach_reasons(text, [ev], lang="en", entities=org_entities(text, ["Corvid Labs"]))
    assert ev.reasons == []


def test_ar_chairman_saying_so_is_the_company():
    text = ("أعلن مصرف الأمانة تنحي رئيسه التنفيذي فادي يوسف. وقال رئيس مجلس الإدارة إن "
            "عملية الدمج مع مصرف الوفاق تتطلب قيادة جديدة.")
    ev = dep("فادي يوسف", "مصرف الأمانة")
    attach_reasons(text, [ev], lang="ar", entities=org_entities(text, ["مصرف الأمانة", "مصرف الوفاق"]))
    assert ("restructuring", "company") in {(r.driver, r.attributed_to) for r in ev.reasons}


# -- everyday cue forms from text by another hand -------------------------------------------------
def test_en_disagreements_among_the_founders_is_leadership_conflict():
    ev = dep("Maya Holt", "Brindle Robotics")
    attach_reasons("Maya Holt is leaving Brindle Robotics after disagreements among the "
                   "founders over how fast to grow.", [ev], lang="en")
    assert "leadership_conflict" in drivers(ev)


def test_en_no_longer_trusting_the_company_is_values_divergence():
    ev = dep("Ian Brooks", "Kestrel Health")
    attach_reasons("Ian Brooks said he quit Kestrel Health because he no longer trusted the "
                   "company to handle patient data with care.", [ev], lang="en")
    assert "values_divergence" in drivers(ev)


def test_en_failure_to_turn_around_is_a_dismissal():
    ev = dep("Carl Visser", "Nordlys Energy")
    attach_reasons("Nordlys Energy is replacing chief executive Carl Visser after his failure "
                   "to turn around the loss-making shipping arm.", [ev], lang="en")
    assert "dismissal" in drivers(ev)


def test_ar_will_found_is_a_new_venture():
    ev = dep("سلمى عادل", "شركة الريادة")
    attach_reasons("أعلنت سلمى عادل مغادرة شركة الريادة، وكتبت أنها ستؤسس شركة في مجال "
                   "الطاقة الشمسية.", [ev], lang="ar")
    assert "new_venture" in drivers(ev)


def test_en_family_circumstances_are_family_personal():
    ev = dep("Rafael Costa", "Lisbon Harbour FC")
    attach_reasons("Rafael Costa said difficult family circumstances at home meant he would "
                   "leave Lisbon Harbour FC at the end of the season.", [ev], lang="en")
    assert drivers(ev) == {"family_personal"}


# -- unnamed sources in forms the lists lacked ------------------------------------------------------
def test_ar_people_close_to_him_are_sources():
    ev = dep("نبيل حداد", "مجموعة الصفوة")
    attach_reasons("وقال مقربون منه إن نبيل حداد غادر مجموعة الصفوة بسبب خلافات مع مجلس الإدارة.",
                   [ev], lang="ar")
    assert ("leadership_conflict", "sources") in {(r.driver, r.attributed_to) for r in ev.reasons}


def test_en_those_close_to_her_are_sources():
    ev = dep("Ruth Adler", "Pellam Insurance")
    attach_reasons("Those close to Ruth Adler say she left Pellam Insurance after clashing with "
                   "the board over pricing.", [ev], lang="en")
    assert ("leadership_conflict", "sources") in {(r.driver, r.attributed_to) for r in ev.reasons}


# -- denial forms --------------------------------------------------------------------------------
def test_en_that_was_not_the_case_is_a_denial():
    ev = dep("Lena Fox", "Arbor Bank")
    attach_reasons("Lena Fox left Arbor Bank after clashing with the chairman, according to "
                   "people familiar with the matter. The bank said that was not the case.",
                   [ev], lang="en")
    assert ("leadership_conflict", "company", "denied") in \
        {(r.driver, r.attributed_to, r.stance) for r in ev.reasons}


def test_ar_rejecting_this_account_is_a_denial():
    ev = dep("سامر نادر", "بنك الأفق")
    attach_reasons("غادر سامر نادر بنك الأفق بسبب خلافات مع مجلس الإدارة، بحسب مصادر مطلعة. "
                   "ورفض البنك هذه الرواية في بيان.", [ev], lang="ar")
    assert ("leadership_conflict", "company", "denied") in \
        {(r.driver, r.attributed_to, r.stance) for r in ev.reasons}


# -- a wave of exits with no named person ------------------------------------------------------
def claims_of(text: str, lang: str, org: str) -> set[tuple[str, str, str, str]]:
    claims = attach_reasons(text, [], lang=lang, entities=org_entities(text, [org]))
    return {(c.org.name, r.driver, r.attributed_to, r.stance) for c in claims for r in c.reasons}


def test_en_a_group_quitting_an_org_citing_burnout_is_not_the_org_speaking():
    assert claims_of("More than a dozen engineers have quit Tallis Games this year, citing "
                     "burnout and long hours.", "en", "Tallis Games") == \
        {("Tallis Games", "workload_culture", "sources", "asserted")}


def test_ar_indefinite_plural_of_managers_is_a_group():
    assert claims_of("استقال ثلاثة مديرين في شركة النور احتجاجا على أسلوب الإدارة.", "ar",
                     "شركة النور") == {("شركة النور", "leadership_conflict", "media", "asserted")}


def test_ar_former_employees_saying_so_are_sources():
    assert claims_of("وقال موظفون سابقون إن ثقافة العمل في شركة النور دفعتهم إلى الرحيل.", "ar",
                     "شركة النور") == {("شركة النور", "workload_culture", "sources", "asserted")}


def test_en_people_announcing_why_they_leave_speak_for_themselves():
    ev = dep("Nina Berg", "Fjord Analytics")
    attach_reasons("Nina Berg, a co-founder of Fjord Analytics, announced on Monday that she was "
                   "leaving after disagreements among the founders.", [ev], lang="en")
    assert {(r.driver, r.attributed_to) for r in ev.reasons} == {("leadership_conflict", "self")}


@pytest.mark.parametrize("lang,text,driver", [
    ("en", "Omar Reyes left Crestline Bank after a row with the chairman over strategy.",
     "leadership_conflict"),
    ("en", "Omar Reyes left Crestline Bank after losing the confidence of the board.", "dismissal"),
    ("en", "Omar Reyes left Crestline Bank after receiving an offer from a rival lender.",
     "poached"),
    ("ar", "غادر عمر ريس بنك الساحل على خلفية تحقيق في صفقات مشبوهة.", "misconduct_legal"),
    ("ar", "غادر عمر ريس بنك الساحل دون الكشف عن الأسباب.", "unstated"),
    ("ar", "غادر عمر ريس بنك الساحل بعد تلقيه عرضا من مصرف منافس.", "poached"),
    ("ar", "أعلن بنك الساحل أن رئيسه عمر ريس وافته المنية صباح اليوم.", "death"),
])
def test_everyday_reason_forms(lang, text, driver):
    ev = dep("Omar Reyes" if lang == "en" else "عمر ريس", "Crestline Bank" if lang == "en" else "بنك الساحل")
    attach_reasons(text, [ev], lang=lang)
    assert driver in drivers(ev)
