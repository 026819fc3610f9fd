"""Org suffixes ('Co', 'Corp') close an unknown org name only when they are its own word."""

from talentflow.pipeline import extract


def _moves(text):
    return [(e.kind, e.person and e.person.name, e.org and e.org.mention, e.role)
            for e in extract(text, "en", published="2025-03-12")]


def test_a_hyphenated_cofounder_is_not_an_org_suffix():
    # 'Co' of 'co-founder' once made 'Jane Roe, co' an org, and the person disappeared
    assert _moves("Jane Roe, co-founder of Acme Corp, resigned on Monday.") == [
        ("departure", "Jane Roe", "Acme Corp", "cofounder")]


def test_a_suffix_closes_the_name_it_follows():
    assert _moves("Tom Reed left Halvorsen Freight Co. in February.") == [
        ("departure", "Tom Reed", "Halvorsen Freight Co", None)]
