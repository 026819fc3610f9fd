"""Successions inside a state or a dynasty: an heir named to the top post already belongs to
the org, so the appointment is a role change, and the heir's title is not part of a name."""

import talentflow


def test_a_crown_prince_named_ruler_is_a_role_change():
    text = ("Kuwait's cabinet installed Crown Prince Sheikh Nawaf al-Ahmad al-Sabah as the new "
            "emir on Tuesday, hours after the country announced the death of his half-brother.")
    events = talentflow.extract(text, lang="en", published="2020-09-29")
    moves = [(e.kind, e.person.name, e.org.name if e.org else None) for e in events if e.person]
    assert ("role_change", "Nawaf al-Ahmad al-Sabah", "Government of Kuwait") in moves
    assert not any(e.kind == "arrival" for e in events)
    assert not any("Crown" in e.person.name for e in events if e.person)


def test_an_arabic_crown_prince_named_ruler_is_a_role_change():
    text = ("أعلن مجلس الوزراء الكويتي يوم الثلاثاء تزكية ولي العهد الشيخ نواف الأحمد الجابر "
            "الصباح أميرا للبلاد بعد ساعات من إعلان وفاة أخيه.")
    events = talentflow.extract(text, lang="ar", published="2020-09-29")
    assert not [e for e in events if e.person and e.kind in ("arrival", "departure")]


def test_the_death_of_a_relative_is_not_the_persons_exit():
    text = ("Sheikh Nawaf al-Ahmad al-Sabah took over as emir of Kuwait in September 2020 after "
            "the death of his half-brother.")
    events = talentflow.extract(text, lang="en", published="2020-10-01")
    assert not [e for e in events if e.kind == "departure"]


def test_a_ruler_who_dies_leaves_a_post_of_role_other():
    text = "Kuwait's ruler, Sheikh Sabah al-Ahmad al-Sabah, died on Tuesday at the age of 91."
    events = talentflow.extract(text, lang="en", published="2020-09-29")
    assert [(e.kind, e.role) for e in events if e.person] == [("departure", "other")]


def test_he_would_nominate_him_moves_the_leaver_not_the_speaker():
    text = ("Robert Lighthizer is giving up his post as trade representative, President Donald "
            "Trump said on Friday, adding that he would nominate him instead as the next "
            "ambassador to the World Trade Organization.")
    events = talentflow.extract(text, lang="en", published="2019-03-01")
    moved = {(e.kind, e.person.name) for e in events if e.person}
    assert not any(name == "Donald Trump" for _, name in moved)
    assert ("role_change", "Robert Lighthizer") in moved  # gives up one post for another
