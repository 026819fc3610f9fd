"""Reason extraction component (placeholder until the reasons work lands)."""

from __future__ import annotations

from spacy.language import Language


@Language.factory("talentflow_reasons")
def make_reasons(nlp: Language, name: str):
    def reasons(doc):
        return doc

    return reasons
