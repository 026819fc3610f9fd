"""Names the KB does not know, read from context (talentflow/pipeline/names.py).

Every name below is invented, so none of them is in the shipped KB."""

from talentflow.pipeline.entities import find_entities
from talentflow.pipeline.text import FoldedText


def _ents(text: str, lang: str) -> list:
    ft = FoldedText.build(text, [(0, len(text))])
    return [(m.type, m.as_dict(ft)["mention"], m.id) for m in find_entities(ft, lang)]


def _orgs(text: str, lang: str) -> list[str]:
    return [m for t, m, _ in _ents(text, lang) if t == "org"]


def _persons(text: str, lang: str) -> list[str]:
    return [m for t, m, _ in _ents(text, lang) if t == "person"]


# --- English -----------------------------------------------------------------------------------

def test_object_of_a_movement_verb_is_an_org():
    assert _orgs("Tomas Berglund quit Norvane on Tuesday after six years.", "en") == ["Norvane"]


def test_possessive_with_an_owned_noun_is_an_org():
    text = "Kestrel's chief financial officer, Ama Owusu, resigned on Friday."
    assert _orgs(text, "en") == ["Kestrel"]
    assert "Ama Owusu" in _persons(text, "en")


def test_org_before_role_and_name():
    text = "Brightwell chief executive Ruth Okafor will step down in June."
    assert _orgs(text, "en") == ["Brightwell"]
    assert _persons(text, "en") == ["Ruth Okafor"]


def test_org_after_a_head_noun_and_its_later_mentions():
    text = "The payments startup Lumora hired Dev Anand as its finance chief. Lumora did not comment."
    ents = [(t, m, i) for t, m, i in _ents(text, "en") if t == "org"]
    assert [m for _, m, _ in ents] == ["Lumora", "Lumora"]
    assert ents[0][2] == ents[1][2]


def test_org_name_with_of_inside():
    assert _orgs("Maya Lind joined Bank of Tasmania as treasurer.", "en") == ["Bank of Tasmania"]


def test_surname_of_a_named_person_is_not_an_org():
    text = "Greg Halvorsen resigned from Corvane. Halvorsen's team was told on Monday."
    orgs = _orgs(text, "en")
    assert "Halvorsen" not in orgs and "Corvane" in orgs


def test_constituency_after_a_role_is_not_an_employer():
    assert "Ohio" not in _orgs("Ruth Vance, the Republican senator from Ohio, has died.", "en")


def test_lowercase_object_is_no_org():
    assert _orgs("Ruth Vance left early and joined later.", "en") == []


# --- Arabic ------------------------------------------------------------------------------------

def test_spelled_latin_letters_stay_in_the_org_name():
    assert _orgs("غادر بيتر فانس شركة زنتريكس إيه آي الأسبوع الماضي.", "ar") == ["زنتريكس إيه آي"]


def test_object_of_a_movement_phrase_is_an_org():
    text = "أعلن المهندس سامر الحلبي انضمامه إلى نورفين بعد سنوات في الشركة."
    assert _orgs(text, "ar") == ["نورفين"]


def test_verb_person_object_order():
    text = "غادر سامر الحلبي نورفين للانضمام إلى منافستها. وقالت متحدثة باسم نورفين إن الشركة تشكره."
    ents = [(m, i) for t, m, i in _ents(text, "ar") if t == "org"]
    assert [m for m, _ in ents] == ["نورفين", "نورفين"] and ents[0][1] == ents[1][1]


def test_later_mention_with_a_clitic_is_the_same_org():
    text = "غادر سامر الحلبي نورفين يوم الأحد. ولم تعلق لنورفين أي جهة."
    assert _orgs(text, "ar") == ["نورفين", "نورفين"]


def test_preposition_needs_the_name_to_recur():
    once = "التقى سامر الحلبي مسؤولين في فالكورا قبل أن يسافر."
    twice = "عمل سامر الحلبي سنوات طويلة في فالكورا قبل رحيله. وقالت فالكورا إنها ستعين بديلا."
    assert _orgs(once, "ar") == []
    assert _orgs("سافر سامر الحلبي في رحلة إلى زيورخ.", "ar") == []
    assert _orgs(twice, "ar") == ["فالكورا", "فالكورا"]


def test_common_nouns_after_cues_are_no_orgs():
    text = ("غادر سامر الحلبي منصبه في إجازة طويلة، ثم ترك قرار الإدارة من دون تعليق. "
            "وجاء القرار بعد الإجازة.")
    assert _orgs(text, "ar") == []


def test_article_form_does_not_make_a_noun_recur():
    assert _orgs("وجاء رحيله بعد أشهر من دمج الوحدتين، وهو الدمج الذي أعلنته الإدارة.", "ar") == []


def test_dotted_name_and_spokesperson():
    text = "Priya Raman, the chief executive of Quillo.AI, resigned. A Quillo.AI spokesperson said she left."
    assert _orgs(text, "en") == ["Quillo.AI", "Quillo.AI"]


def test_subject_of_a_dismissal_with_of_inside():
    text = "The Federation of Danish Makers dismissed its director Hans Olsen on Monday."
    assert _orgs(text, "en") == ["Federation of Danish Makers"]


def test_arabic_name_in_apposition_with_a_role_is_a_person():
    text = "غادر توماس برغلوند، رئيس قسم الأبحاث في الشركة، منصبه يوم الأحد."
    assert _persons(text, "ar") == ["توماس برغلوند"]


def test_arabic_time_words_and_accusative_posts_are_no_apposition():
    text = ("أعلن المجلس ليل الاثنين، الرئيس التنفيذي للشركة سابقًا، قرارًا جديدًا. "
            "وعيّنت الشركة سلسلة مطاعم فالورا، رئيسًا تنفيذيًا لها.")
    assert _persons(text, "ar") == []
