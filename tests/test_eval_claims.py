"""Claims are scored like events' orgs: a claim about an org the KB does not know (the engine
mints an id for it) meets its label by name, and the reason key must still agree."""

from talentflow.eval import LangScore, score_document
from talentflow.models import EntityRef, EventMention, Reason

LABEL = {"id": "t", "events": [], "claims": [
    {"org": "Qaryat Logistics", "scope": "org",
     "reasons": [{"driver": "workload_culture", "attributed_to": "sources", "stance": "asserted"}]}]}


def _claim(org: EntityRef, driver: str = "workload_culture") -> EventMention:
    return EventMention("claim", None, org, reasons=[Reason(driver, "sources", "asserted", "")])


def _score(pred: list[EventMention]) -> tuple[int, int, int]:
    sc = LangScore()
    score_document(LABEL, pred, sc)
    return tuple(sc.claims)


def test_a_minted_org_meets_its_label_by_name():
    minted = EntityRef("Qaryat Logistics", "Qaryat Logistics", "org:minted-qaryat-logistics")
    assert _score([_claim(minted)]) == (1, 0, 0)


def test_the_org_mention_matches_when_the_label_gives_it():
    label = {"id": "t", "events": [], "claims": [dict(LABEL["claims"][0], org_mention="Qaryat Co")]}
    sc = LangScore()
    score_document(label, [_claim(EntityRef("Qaryat Company", "Qaryat Co", "org:minted-x"))], sc)
    assert tuple(sc.claims) == (1, 0, 0)


def test_another_org_or_driver_is_a_miss_and_a_false_claim():
    other = EntityRef("Harbor Freight Lines", "Harbor Freight Lines", "org:minted-harbor")
    assert _score([_claim(other)]) == (0, 1, 1)
    right_org = EntityRef("Qaryat Logistics", "Qaryat Logistics", "org:minted-qaryat-logistics")
    assert _score([_claim(right_org, "financial_disagreement")]) == (0, 1, 1)
