"""People listed each with their own post ('the president X and the foreign minister Y') are
one list: an event about the first is about all of them."""

import talentflow


def test_an_arabic_list_with_a_post_before_each_name():
    text = ("أعلنت الرئاسة الإيرانية وفاة الرئيس إبراهيم رئيسي ووزير الخارجية حسين أمير عبد "
            "اللهيان إثر سقوط مروحيتهما في شمال غرب البلاد.")
    events = talentflow.extract(text, lang="ar", published="2024-05-21")
    people = {e.person.name for e in events if e.kind == "departure" and e.person}
    assert {"Ebrahim Raisi", "Hossein Amir-Abdollahian"} <= people


def test_the_deaths_of_names_a_departure():
    text = ("Officials confirmed the deaths of President Ebrahim Raisi and others on board after "
            "rescuers reached the wreckage on Monday.")
    events = talentflow.extract(text, lang="en", published="2024-05-20")
    assert "Ebrahim Raisi" in {e.person.name for e in events if e.kind == "departure" and e.person}
