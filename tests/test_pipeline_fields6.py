"""Fields of newly matched events (session 5): the role, date and tenure an event carries must be
its own person's, not another person's told nearby. Fresh sentences, invented names."""

import pytest

from talentflow import extract


def _roles(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.person.mention, e.role) for e in extract(text, lang=lang, published="2025-03-01")]


@pytest.mark.parametrize("lang,text,person,role", [
    ("ar", "أعلن بنك الواحة الأهلي استقالة رئيسه التنفيذي سامر الخطيب، وتعيين نادر الصباغ، أحد أقدم مديري "
           "البنك، خلفًا له اعتبارًا من الشهر المقبل.", "نادر الصباغ", "ceo"),
    ("ar", "أعلن نادي الشروق الرياضي رحيل مديره الرياضي كمال العيساوي، وتعيين وليد الحمداني، مساعده منذ ثلاثة "
           "مواسم، خلفًا له.", "وليد الحمداني", "director"),
    ("en", "Pemberton Stores said finance director Alan Crewe had resigned and appointed Nadia Holt, its head of "
           "treasury, to replace him.", "Nadia Holt", "cfo"),
    ("en", "Eastmere University said its vice-chancellor Ruth Keane would step down and appointed Tomas Ilves, "
           "the dean of engineering, to succeed her.", "Tomas Ilves", "head"),
])
def test_appointee_with_apposition_then_succession_cue_takes_the_succeeded_post(lang, text, person, role):
    # the cue comes after the appointee's apposition: the post is the predecessor's, not the apposition's
    got = [r for k, p, r in _roles(text, lang) if p == person and k in ("arrival", "role_change")]
    assert got == [role]


@pytest.mark.parametrize("lang,text,person", [
    ("ar", "أعلن مصرف الرافدين الجديد تعيين هالة الدباغ في منصب جديد. وقال رئيس مجلس الإدارة منير الساعدي إن "
           "الدباغ تملك خبرة طويلة.", "هالة الدباغ"),
    ("en", "Brightwater Retail has hired Colin Marsh. Chairman Peter Vance said Marsh would bring fresh ideas "
           "to the group.", "Colin Marsh"),
])
def test_a_later_mention_does_not_take_the_post_of_the_person_quoted_before_it(lang, text, person):
    got = [r for k, p, r in _roles(text, lang) if p == person]
    assert got and "chair" not in got


@pytest.mark.parametrize("lang,text,leaver,role", [
    ("en", "Corvane Bank appointed Priya Nandakumar as chief risk officer on Tuesday, a week after firing "
           "Martin Kessel.", "Martin Kessel", "executive"),
    ("en", "Tellwick Retail named Omar Haddad its new chief executive, days after ousting Lena Brandt over weak "
           "sales.", "Lena Brandt", "ceo"),
    ("ar", "عين نادي الفجر الرياضي المدرب البرتغالي روي مانتيش مدربا للفريق الأول، بعد يومين من إقالة سامي الزعبي.",
     "سامي الزعبي", "head"),
    ("ar", "عينت مجموعة الريان للتجزئة ريم العتيبي رئيسة تنفيذية لها، بعد أسبوع من إقالة فادي النمر.",
     "فادي النمر", "ceo"),
])
def test_a_leaver_with_no_post_named_held_the_post_the_same_org_hires_for_in_the_sentence(lang, text, leaver, role):
    assert [r for k, p, r in _roles(text, lang) if p == leaver and k == "departure"] == [role]


@pytest.mark.parametrize("lang,text,person,day", [
    ("en", "It was a busy week at Granford City.\n\nOn Monday the club sacked manager Tom Ellery after a run of "
           "defeats.\n\nOn Thursday the club said its sporting director Paul Vance had resigned. Academy chief "
           "Liam Doyle takes over from Vance.", "Liam Doyle", "2025-12-04"),
    ("en", "Northmoor University announced several changes this week.\n\nOn Monday it said provost Alan Reece "
           "would retire in the summer.\n\nOn Wednesday the university confirmed that its registrar, Nina "
           "Pollard, had resigned.", "Nina Pollard", "2025-12-03"),
    ("ar", "شهد بنك النخيل تغييرات واسعة هذا الأسبوع.\n\nففي يوم الاثنين أعلن البنك تقاعد مديره المالي سعيد "
           "الحربي.\n\nويوم الأربعاء أعلن البنك استقالة رئيسة قطاع الأفراد هدى الشمري. وتخلفها نائبتها ريما القحطاني.",
     "ريما القحطاني", "2025-12-03"),
])
def test_an_undated_event_of_a_roundup_takes_the_news_day_named_before_it_in_its_paragraph(lang, text, person, day):
    got = [e.date for e in extract(text, lang=lang, published="2025-12-05") if e.person and e.person.mention == person]
    assert got == [day]
