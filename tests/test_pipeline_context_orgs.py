"""'the artificial-intelligence company that X founded' describes an org; it is not one."""

from talentflow.models import Document
from talentflow.pipeline import run


def _orgs(text, lang):
    doc = run(Document(text=text, lang=lang, published="2025-09-01"))
    return [e["mention"] for e in doc._.tf_entities if e["type"] == "org"]


def test_a_sector_description_after_the_company_noun_is_not_an_org():
    text = ("غادر كريم الحسن منصب المدير المالي في شركة نوفا، شركة الذكاء الاصطناعي "
            "التي أسسها رجل الأعمال سامي العلي، في يوليو بعد أربعة أشهر.")
    orgs = _orgs(text, "ar")
    assert not any("الذكاء" in o for o in orgs), orgs


def test_a_company_noun_followed_by_a_name_still_finds_the_org():
    text = "انضم كريم الحسن إلى شركة نوفا في يوليو."
    assert any("نوفا" in o for o in _orgs(text, "ar"))
