"""Arabic lists introduced by 'they are' (hum/hunna) after an appointment noun."""

import talentflow


def test_new_board_members_listed_after_hum():
    text = ("وأعلن مصرف الراجحي يوم الأحد انضمام أعضاء جدد إلى مجلس إدارته هم خالد العتيبي "
            "وسارة الدوسري وفهد الشمري.")
    events = talentflow.extract(text, lang="ar", published="2024-04-07")
    joins = [e for e in events if e.kind == "arrival" and e.person]
    assert len(joins) == 3
    assert {e.role for e in joins} == {"board_member"}


def test_the_speaker_is_the_one_who_says_he_is_leaving():
    text = ("وفي السياق نفسه، قال سامي العتيبي، رئيس مجلس إدارة مصرف الراجحي، إنه لن يترشح "
            "لإعادة انتخابه في الجمعية العمومية المقبلة.")
    events = talentflow.extract(text, lang="ar", published="2024-04-07")
    assert [(e.kind, e.role) for e in events if e.person] == [("departure", "chair")]
