"""Pronouns continue the story of the person already reported moving, unless the last name
is the subject of the pronoun's own sentence."""

import talentflow


def _people(events, kind="departure"):
    return {e.person.name for e in events if e.kind == kind and e.person}


def test_a_pronoun_after_a_passing_mention_refers_to_the_leaver():
    text = ("Mike Liberatore left xAI at the end of July after about three months as chief "
            "financial officer, people familiar with the matter said. The company is controlled "
            "by Elon Musk, who also runs Tesla. His exit came shortly before the general counsel "
            "Robert Keele stepped down in early August.")
    people = _people(talentflow.extract(text, lang="en", published="2025-09-05"))
    assert "Elon Musk" not in people
    assert {"Mike Liberatore", "Robert Keele"} <= people


def test_the_subject_of_the_pronouns_own_sentence_keeps_it():
    text = ("Jan Leike resigned from OpenAI on Wednesday. A day earlier, chief scientist Ilya "
            "Sutskever, who had run the team with him, announced that he was leaving.")
    people = _people(talentflow.extract(text, lang="en", published="2024-05-17"))
    assert {"Jan Leike", "Ilya Sutskever"} <= people
