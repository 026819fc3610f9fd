"""English personnel news with names the KB does not know: the org is read from the shape of
the sentence, whatever its words (session 4, FE). Sentences written for these tests."""

from __future__ import annotations

import pytest

from talentflow import extract

PUB = "2025-03-01"


def _one(text: str):
    events = extract(text, lang="en", published=PUB)
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text,person,org,role", [
    ("Priya Nandakumar, chief executive of Halden Mercantile, the Gulf lender, resigned on Tuesday after "
     "a dispute with the board.", "Priya Nandakumar", "Halden Mercantile", "ceo"),
    ("Marcus Oyelaran stepped down as head coach of Wexcombe Rovers after a run of six defeats.",
     "Marcus Oyelaran", "Wexcombe Rovers", "head"),
    ("Lina Castellanos was appointed chief financial officer of Drummond & Pike on Friday.",
     "Lina Castellanos", "Drummond & Pike", "cfo"),
    ("Oskar Lindqvist resigned as president of Tarnby University last week.",
     "Oskar Lindqvist", "Tarnby University", "president"),
    ("Farid Haddad, the chief operating officer of Qurain Logistics, left the company in January.",
     "Farid Haddad", "Qurain Logistics", "coo"),
])
def test_post_of_unknown_name_is_the_org(text, person, org, role):
    """'ROLE of <Capitalized Name>': the name is the employer even when the story names it once."""
    ev = _one(text)
    assert ev.person.name == person
    assert ev.org is not None and ev.org.name == org
    assert ev.role == role


def test_post_of_department_at_org():
    """'head of Global Sales at Velmora': the department is no org, the name after 'at' is."""
    ev = _one("Helen Achterberg, head of Global Sales at Velmora, resigned on Monday.")
    assert ev.org is not None and ev.org.name == "Velmora"
    assert ev.role == "head"


@pytest.mark.parametrize("text", [
    "Samir Khoury, minister of Finance, resigned on Monday.",  # a public office's domain
    "Greta Holm, co-founder of Jonas Ekdahl's new venture, quit on Friday.",  # an owner, not the org
    "Dana Whitfield, vice president of Engineering, resigned on Monday.",  # a department
])
def test_post_of_name_that_is_no_employer(text):
    ev = _one(text)
    assert ev.org is None


@pytest.mark.parametrize("text,org", [
    ("Tom Barrow, who ran Kestrel Mining for six years, is leaving.", "Kestrel Mining"),
    ("Nadia Petrosyan, who led Corvell Retail through its 2019 restructuring, will step down in June.",
     "Corvell Retail"),
    ("Julia Brandt, who founded Lumora Health in 2016, is stepping down as chief executive.", "Lumora Health"),
    ("Carlos Mendieta, who has coached Puerto Alcazar since 2021, was sacked on Sunday.", "Puerto Alcazar"),
])
def test_who_ran_unknown_name_is_the_org(text, org):
    """', who ran/led/founded/has coached <Name>': the person's own clause names the org they leave."""
    ev = _one(text)
    assert ev.kind == "departure"
    assert ev.org is not None and ev.org.name == org


def test_who_runs_the_unit_is_not_the_org():
    """'who runs the Zorvik coffee business': a unit described after 'the', not the employer."""
    events = extract("Halvard Foods fired its chief executive on Monday. Ines Carvalho, who runs the Zorvik "
                     "coffee business, takes over as chief executive.", lang="en", published=PUB)
    ines = [e for e in events if e.person and e.person.name == "Ines Carvalho"]
    assert ines and all(e.org is None or e.org.name != "Zorvik" for e in ines)


@pytest.mark.parametrize("text,org,dest,role", [
    ("Brian Okafor left Ardent Pharma to become chief executive of Velloran.", "Ardent Pharma", "Velloran", None),
    ("Brian Okafor, chief financial officer of Ardent Pharma, is leaving to become chief executive of Velloran.",
     "Ardent Pharma", "Velloran", "cfo"),
    ("Maya Lindgren quit Solberg Bank to become head coach at Fjordvik United.", "Solberg Bank",
     "Fjordvik United", None),
])
def test_leaving_to_become_post_of_y(text, org, dest, role):
    """'left A to become CEO of B': one departure from A, destination B, the role held at A."""
    ev = _one(text)
    assert ev.kind == "departure"
    assert ev.org is not None and ev.org.name == org
    assert ev.destination is not None and ev.destination.name == dest
    assert ev.role == role


@pytest.mark.parametrize("text,org", [
    ("The Bank of Valdoria said its governor, Emil Sorensen, had resigned on Friday.", "Bank of Valdoria"),
    ("The Ministry of Harbours and Fisheries dismissed its undersecretary, Jon Teague, on Monday.",
     "Ministry of Harbours and Fisheries"),
    ("The University of Eastbrook said on Saturday that its president, Mara Quist, had resigned.",
     "University of Eastbrook"),
    ("The Bank of Tarrow & Lisle fired its chief executive, Ana Pires.", "Bank of Tarrow & Lisle"),
])
def test_suffix_of_name_is_one_org(text, org):
    """'<Bank|University|Ministry> of <Name>': the capitalized head noun, 'of' and the name are one org."""
    ev = _one(text)
    assert ev.org is not None and ev.org.name == org


def test_inner_words_stay_in_the_org_name():
    """'International', 'National' are no name alone but belong inside one ('... International Bank')."""
    from talentflow.pipeline.entities import find_entities
    from talentflow.pipeline.text import FoldedText

    text = "Kofi Mensah, a former head of Sahel Commercial International Bank, was named chief executive."
    ents = find_entities(FoldedText.build(text, [(0, len(text))]), "en")
    assert [(e.type, e.name) for e in ents] == [("person", "Kofi Mensah"), ("org", "Sahel Commercial International Bank")]


@pytest.mark.parametrize("text,person", [
    ("Nick Read will step down as chief executive of Vodafone.", "Nick Read"),
    ("Sarah West, the finance chief of Orlen Paper, quit on Monday.", "Sarah West"),
])
def test_common_word_surname_after_given_name(text, person):
    ev = _one(text)
    assert ev.person is not None and ev.person.name == person


@pytest.mark.parametrize("text,org", [
    ("Halden Mercantile on Tuesday named Sami Aziz as chief executive.", "Halden Mercantile"),
    ("Wexcombe Rovers yesterday sacked coach Aldo Ruiz.", "Wexcombe Rovers"),
    ("Corvell Retail said on Monday that its finance chief, Ivo Brandt, had resigned.", "Corvell Retail"),
    ("The Tarnby Institute said its director, Ivo Brandt, had resigned.", "Tarnby Institute"),
])
def test_org_subject_before_a_time_adverbial_or_its(text, org):
    """'X on Tuesday named ...', 'X said on Monday that its ...': the subject is the org (a person
    says 'his' or 'her')."""
    ev = _one(text)
    assert ev.org is not None and ev.org.name == org


def test_person_saying_her_is_no_org():
    ev = _one("Jane Roe said her deputy, Ivo Brandt, had resigned from Corvell Retail.")
    assert ev.person.name == "Ivo Brandt" and ev.org is not None and ev.org.name == "Corvell Retail"


@pytest.mark.parametrize("text,person,org", [
    ("Halvorsen Sons removed Petra Lind as chairman on Monday.", "Petra Lind", "Halvorsen Sons"),
    ("Kestrel & Sons fired its finance chief, Ana Pires.", "Ana Pires", "Kestrel & Sons"),
])
def test_sons_ends_an_org_name(text, person, org):
    ev = _one(text)
    assert ev.kind == "departure" and ev.person.name == person
    assert ev.org is not None and ev.org.name == org


def test_short_form_later_confirms_the_full_name():
    """'from Ashby & Lorne Town ... at Ashby': a story's short form confirms the full org name."""
    events = extract("Colbridge United hired Dale Owusu from Ashby & Lorne Town on Monday. Owusu had been "
                     "in charge at Ashby since 2020.", lang="en", published=PUB)
    ev = [e for e in events if e.person and e.person.name == "Dale Owusu"][0]
    assert ev.org is not None and ev.org.name == "Ashby & Lorne Town"


@pytest.mark.parametrize("text,org", [
    ("Tom Reed joins the retailer as finance director from Halvorsen Shipping.", "Halvorsen Shipping"),
    ("Ada Kerr joins Penbrook as chief operating officer from Brightway Stores.", "Brightway Stores"),
    ("Colbridge United appointed Sam Hale as head coach from Ridgeway Athletic.", "Ridgeway Athletic"),
])
def test_join_as_post_from_name_is_the_org_left(text, org):
    """'joins/hired ... as <post> from <Name>': the name is the org left, not a person."""
    ev = _one(text)
    assert ev.kind == "departure" and ev.org is not None and ev.org.name == org


def test_took_over_as_post_from_name_is_a_person():
    from talentflow.pipeline.entities import find_entities
    from talentflow.pipeline.text import FoldedText

    text = "Ivo Brandt took over as chief executive from Marta Kell on Monday."
    ents = find_entities(FoldedText.build(text, [(0, len(text))]), "en")
    assert ("person", "Marta Kell") in [(e.type, e.name) for e in ents]


def test_alliance_ends_an_org_and_its_first_word_is_its_short_form():
    """'Tarrow Growers Alliance' is one org; 'left Tarrow' later in the story is the same org."""
    events = extract("Tarrow Growers Alliance has lost its chief executive, Ruth Okeke, who resigned on Monday. "
                     "It is the second exit this year: finance chief Ana Pires left Tarrow in July to join "
                     "Belcourt Foods.", lang="en", published=PUB)
    orgs = {e.person.name: e.org.name for e in events if e.person and e.org}
    assert orgs.get("Ruth Okeke") == "Tarrow Growers Alliance"
    assert orgs.get("Ana Pires") == "Tarrow Growers Alliance"


@pytest.mark.parametrize("text,org", [
    ("Ivo Brandt joins fintech start-up Quillory as chief executive.", "Quillory"),
    ("The chip maker Ardentis hired Lea Moss as its finance chief.", "Ardentis"),
    ("Rival Tessaro Bank hired Amira Nassar as its head of treasury.", "Tessaro Bank"),
    ("Lender Halden Mercantile fired its finance chief, Ivo Brandt.", "Halden Mercantile"),
    ("Bank Muscat named Sara Lind as chief executive.", "Bank Muscat"),
])
def test_descriptor_before_the_name(text, org):
    """A two-word head ('start-up', 'chip maker') introduces an org; a capitalized descriptor at
    the start of a sentence ('Rival', 'Lender') is not part of its name, an org word that starts
    real names ('Bank Muscat') is."""
    ev = _one(text)
    assert ev.org is not None and ev.org.name == org


@pytest.mark.parametrize("text,org", [
    ("Shares in Pellworth fell after the retailer said its chief executive, Owen Tate, would retire.", "Pellworth"),
    ("The board of Ellison Mutual accepted the resignation of its president, Hugo Lenz.", "Ellison Mutual"),
    ("Vela Therapeutics said Dr Nina Cho would leave the company in April.", "Vela Therapeutics"),
    ("Jo Lam resigned from the Board of Directors of Harlow Foods.", "Harlow Foods"),
])
def test_sector_suffixes_and_owner_cues(text, org):
    """Sector words end an org name ('Therapeutics', 'Foods', 'Mutual'); 'shares in X' and 'the board of X'
    name an org ('Directors' does not)."""
    ev = _one(text)
    assert ev.org is not None and ev.org.name == org


def test_suffixes_in_a_row_make_one_name():
    events = extract("Tom Reed left Quarry Mining Holdings Ltd in February.", lang="en", published=PUB)
    assert [e.org.mention for e in events if e.org] == ["Quarry Mining Holdings Ltd"]
