"""A fact-check's claim and its author: not the article's author.

A fact-check page states its verdict as a schema.org ``ClaimReview``: its ``author`` is the
fact-checker (the outlet, or its reporter), its ``itemReviewed`` the claim, whose ``author`` is who
made the claim (a politician, "Facebook posts", "Viral image"). trafilatura's JSON-LD reading takes a
``Person`` node of the page's graph for the article's author wherever it stands, the claimant's too
("@graph": [ClaimReview {"itemReviewed": {"author": {"@id": "#claimant"}}}, Person "#claimant"]).
Here the claimants go from that author field (unless the article's own JSON-LD names them too), and
the review's own people are its authors where no article object names any.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from cleaner.ld_meta import ld_texts

_MAX_DEPTH = 12


@dataclass
class ClaimAuthors:
    claimants: set[str] = field(default_factory=set)  # casefolded names of the claims' authors
    reviewers: list[str] = field(default_factory=list)  # the people who wrote the review

    def without_claimants(self, author: str | None, ld_authors: list[str]) -> str | None:
        """trafilatura's ``author`` field ("A; B") without the claims' authors, but for those the
        article's JSON-LD names (``ld_authors``)."""
        if not self.claimants or not author:
            return author
        own = {name.casefold() for name in ld_authors}
        kept = [name for name in author.split("; ") if name.casefold() not in self.claimants - own]
        return "; ".join(kept) or None


def claim_authors(tree) -> ClaimAuthors:
    """The claims' authors and the reviewers of the page's ClaimReview objects (none read on a page
    whose JSON-LD names no ClaimReview: a substring test of the blocks ``cleaner.ld_meta`` read)."""
    blocks = [text for text in ld_texts(tree) if "ClaimReview" in text]
    if not blocks:
        return ClaimAuthors()
    objects: list[dict] = []
    for raw in blocks:
        try:
            _collect(json.loads(raw, strict=False), objects, 0)
        except ValueError:
            continue
    nodes = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and obj.get("name")}
    found = ClaimAuthors()
    for obj in objects:
        if not _is_type(obj, "claimreview"):
            continue
        for item in _listed(obj.get("itemReviewed")):
            if isinstance(item, dict):
                claimed = _names(item.get("author"), nodes, people=False)
                found.claimants |= {name.casefold() for name in claimed}
        found.reviewers += [name for name in _names(obj.get("author"), nodes, people=True)
                            if name not in found.reviewers]
    return found


def _collect(value, objects: list[dict], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            _collect(item, objects, depth + 1)
    elif isinstance(value, dict):
        objects.append(value)
        for inner in value.values():
            if isinstance(inner, list | dict):
                _collect(inner, objects, depth + 1)


def _is_type(obj: dict, kind: str) -> bool:
    return any(isinstance(each, str) and each.casefold() == kind for each in _listed(obj.get("@type")))


def _listed(value) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _names(value, nodes: dict[str, dict], people: bool) -> list[str]:
    """The names of ``value``'s authors (strings, objects, references into the graph); only those
    typed as a person where ``people``."""
    names = []
    for item in _listed(value):
        if isinstance(item, dict) and not item.get("name") and isinstance(item.get("@id"), str):
            item = nodes.get(item["@id"], item)
        if isinstance(item, str) and not people:
            names.append(" ".join(item.split()))
        elif isinstance(item, dict) and isinstance(name := item.get("name"), str) and name.strip() \
                and (not people or _is_type(item, "person")):
            names.append(" ".join(name.split()))
    return names
