"""A predecessor replaced by an appointee left the org the appointee joins, not an org named in
the appointee's description."""

import talentflow


def test_the_predecessor_left_the_org_the_successor_joined():
    text = ("أعلنت بوينغ تعيين كيلي أورتبرغ، الرئيس التنفيذي السابق لشركة روكويل كولينز، رئيسا "
            "تنفيذيا لها خلفا لديف كالهون الذي يغادر منصبه نهاية العام.")
    events = talentflow.extract(text, lang="ar", published="2024-07-31")
    deps = {e.person.name: e for e in events if e.kind == "departure" and e.person}
    assert deps["Dave Calhoun"].org.name == "Boeing"


def test_an_org_opening_a_new_clause_is_not_the_one_left():
    text = ("Kyle Vogt resigned as chief executive of Cruise on Sunday. On Tuesday its chief "
            "operating officer Susan Park also resigned, and General Motors said it would cut "
            "spending on the unit.")
    events = talentflow.extract(text, lang="en", published="2023-12-14")
    deps = {e.person.name: e for e in events if e.kind == "departure" and e.person}
    assert deps["Susan Park"].org.name == "Cruise"


def test_not_standing_for_re_election_is_leaving_the_board():
    text = ("HSBC said on Tuesday that its chair Mark Tucker will not stand for re-election at "
            "the annual meeting next year.")
    events = talentflow.extract(text, lang="en", published="2024-05-21")
    assert [(e.kind, e.person.name, e.org.name, e.role) for e in events if e.person] == \
        [("departure", "Mark Tucker", "HSBC", "chair")]


def test_arabic_not_standing_for_re_election_is_leaving_the_board():
    text = ("أعلن بنك إتش إس بي سي يوم الثلاثاء أن رئيس مجلس إدارته مارك تاكر لن يترشح لإعادة "
            "انتخابه في الجمعية العمومية العام المقبل.")
    events = talentflow.extract(text, lang="ar", published="2024-05-21")
    assert [(e.kind, e.org.name, e.role) for e in events if e.person] == [("departure", "HSBC", "chair")]


def test_the_company_is_the_one_named_with_the_company_noun_in_the_sentence():
    text = ("بعد أسابيع من المفاوضات، أبرمت مايكروسوفت اتفاقا مع شركة إنفلكشن، وأعلنت أن "
            "الرئيس التنفيذي للشركة مصطفى سليمان سينضم إلى مايكروسوفت لقيادة وحدة جديدة.")
    events = talentflow.extract(text, lang="ar", published="2024-03-20")
    moves = [(e.kind, e.org.name if e.org else None, e.destination.name if e.destination else None)
             for e in events if e.person]
    assert moves == [("departure", "Inflection AI", "Microsoft")]


def test_coordinated_subjects_make_the_same_move():
    text = ("بعد أسابيع من المفاوضات، أبرمت مايكروسوفت اتفاقا مع شركة إنفلكشن، وأعلنت أن "
            "الرئيس التنفيذي للشركة مصطفى سليمان، وكبير علمائها كارين سيمونيان، سينضمان إلى "
            "مايكروسوفت لقيادة وحدة جديدة.")
    events = talentflow.extract(text, lang="ar", published="2024-03-20")
    moves = {(e.kind, e.org.name if e.org else None, e.destination.name if e.destination else None)
             for e in events if e.person}
    assert moves == {("departure", "Inflection AI", "Microsoft")}
    assert len([e for e in events if e.person]) == 2
