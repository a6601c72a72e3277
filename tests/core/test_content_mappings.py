"""The shipped mappings: complete between their packs, named after them, and never dropping an answer silently
or landing it on an item that does not apply to the same company."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from readiness.codes import COUNTRIES, ROLES, SECTORS, ChangeKind
from readiness.content_model import Framework, Item, Mapping
from readiness.frameworks import (
    builtin_dir,
    builtin_mapping_routes,
    builtin_mappings,
    load_mapping,
    mapping_problems,
)
from readiness.model import CompanyProfile
from readiness.scoring import profile_basis
from tests.core.shipped_content import DATA, EXPECTED_PACKS, MAPPING_FILES, pack, shipped

# --- mappings ------------------------------------------------------------------------


def mapping_packs(mapping: Mapping) -> tuple[Framework, Framework]:
    return pack(mapping.from_framework, mapping.from_version), pack(mapping.to_framework, mapping.to_version)


@pytest.mark.parametrize("path", MAPPING_FILES, ids=lambda p: p.name)
def test_every_mapping_is_complete_between_its_two_packs(path: Path) -> None:
    mapping = load_mapping(path)
    old, new = mapping_packs(mapping)
    assert mapping_problems(mapping, old, new) == []
    assert [e.old for e in mapping.entries] == [item.id for _, item in old.items()], "every old item exactly once"


@pytest.mark.parametrize("path", MAPPING_FILES, ids=lambda p: p.name)
def test_mapping_file_names_and_versions_match_the_packs(path: Path) -> None:
    mapping = load_mapping(path)
    source, _, target = path.stem.partition("__")
    assert source.partition("@")[0] == mapping.from_framework
    assert target.partition("@")[0] == mapping.to_framework
    if "@" in source:
        assert source.partition("@")[2] == mapping.from_version
    if "@" in target:
        assert target.partition("@")[2] == mapping.to_version
    # mappings lead to the content that ships today
    assert mapping.to_version == EXPECTED_PACKS[mapping.to_framework]
    if mapping.from_framework == mapping.to_framework:
        assert "@" in source and "@" in target, "a content update names both versions"
        assert mapping.from_version != mapping.to_version
        assert (DATA / f"{mapping.from_framework}-v{mapping.from_version}.toml").exists()
    else:
        assert mapping.from_version == EXPECTED_PACKS[mapping.from_framework]


def test_only_moves_between_frameworks_are_routes_and_none_leads_to_a_watch_pack() -> None:
    mappings = builtin_mappings()
    assert builtin_mapping_routes() == [("nafta-2017", "usmca-2020")]
    watch = {f.id for f in shipped() if f.kind == "watch"}
    assert watch == {"usmca-annual-review"}
    for mapping in mappings:
        assert mapping.to_framework not in watch and mapping.from_framework not in watch
    updates = {(m.from_framework, m.from_version, m.to_version) for m in mappings if m.from_framework == m.to_framework}
    assert updates == {("nafta-2017", "2017.2", "2017.3"), ("usmca-2020", "2020.1", "2026.12")}


def test_review_mapping_to_the_old_review_pack_is_gone() -> None:
    assert not list(builtin_dir("mappings").glob("*usmca-2026-review*"))


@pytest.mark.parametrize("path", MAPPING_FILES, ids=lambda p: p.name)
def test_entries_that_change_or_drop_an_answer_explain_why(path: Path) -> None:
    mapping = load_mapping(path)
    _, new = mapping_packs(mapping)
    new_ids = {item.id for _, item in new.items()}
    fed = {target for entry in mapping.entries for target in entry.new}
    for entry in mapping.entries:
        if entry.kind in (ChangeKind.CHANGED, ChangeKind.SPLIT, ChangeKind.MERGED, ChangeKind.REMOVED):
            assert entry.note and len(entry.note) > 30, entry.old
        if entry.kind is ChangeKind.REMOVED:
            # A note that names a successor item means the answer should have gone there:
            # it may only point at items that already receive an answer from this mapping.
            named = set(re.findall(r"\b[a-z0-9-]+\.[a-z0-9-]+\b", entry.note or "")) & new_ids
            assert named <= fed, (entry.old, named - fed)
    if mapping.from_framework == mapping.to_framework:
        for entry in mapping.entries:
            if entry.kind in (ChangeKind.SAME, ChangeKind.REWORDED):
                assert entry.new == [entry.old], f"{entry.old}: an item that keeps its meaning keeps its id"
            if entry.kind is ChangeKind.SAME:
                assert entry.note in (None, ""), entry.old


def test_content_update_keeps_ids_and_only_changed_items_get_new_ones() -> None:
    mapping = load_mapping(builtin_dir("mappings") / "usmca-2020@2020.1__usmca-2020@2026.12.toml")
    renamed = {e.old: e.new for e in mapping.entries if e.new != [e.old] and e.kind is not ChangeKind.REMOVED}
    kinds = {e.old: e.kind for e in mapping.entries}
    assert renamed, "the update does rename the items whose meaning changed"
    for old_id in renamed:
        assert kinds[old_id] in (ChangeKind.CHANGED, ChangeKind.SPLIT, ChangeKind.MERGED), old_id


def profiles() -> Iterator[CompanyProfile]:
    """Every profile that narrows each dimension to one value or leaves it open."""
    for role, country, sector in itertools.product([None, *ROLES], [None, *COUNTRIES], [None, *SECTORS]):
        yield CompanyProfile(
            roles=[role] if role else [], countries=[country] if country else [], sectors=[sector] if sector else []
        )


def applies(item: Item, profile: CompanyProfile) -> bool:
    return profile_basis(item.applies_to, profile) is None


def landing_problems(mapping: Mapping, old: Framework, new: Framework) -> list[str]:
    """Answers that would land on items that do not apply to the company that gave them.

    One target: it must apply to every profile the old item applied to. A split:
    together the targets must cover every such profile, and each target must share
    at least one of them (else it receives answers from companies it never concerns).
    """
    old_items, new_items = old.item_index(), new.item_index()
    everyone = list(profiles())
    problems = []
    for entry in mapping.entries:
        if not entry.new:
            continue
        source = old_items[entry.old][1]
        targets = [new_items[n][1] for n in entry.new]
        asked = [p for p in everyone if applies(source, p)]
        if entry.kind is ChangeKind.SPLIT:
            uncovered = [p for p in asked if not any(applies(t, p) for t in targets)]
            if uncovered:
                problems.append(f"{entry.old}: no target applies to {uncovered[0].model_dump()}")
            problems += [
                f"{entry.old} -> {t.id}: shares no profile" for t in targets if not any(applies(t, p) for p in asked)
            ]
        else:
            for target in targets:
                missed = [p for p in asked if not applies(target, p)]
                if missed:
                    problems.append(f"{entry.old} -> {target.id}: not asked of {missed[0].model_dump()}")
    return problems


@pytest.mark.parametrize("path", MAPPING_FILES, ids=lambda p: p.name)
def test_no_answer_lands_on_an_item_that_does_not_apply_to_the_same_company(path: Path) -> None:
    mapping = load_mapping(path)
    assert landing_problems(mapping, *mapping_packs(mapping)) == []


def test_the_landing_check_catches_the_cases_the_issue_names() -> None:
    old = Framework.model_validate(
        {"id": "o", "version": "1", "title": "o", "areas": [{"id": "a", "title": "A", "items": [
            {"id": "safeguard", "question": "?", "applies_to": {"roles": ["importer"]}},
            {"id": "flows", "question": "?"},
            {"id": "auto", "question": "?", "applies_to": {"sectors": ["automotive"]}},
        ]}]}
    )  # fmt: skip
    new = Framework.model_validate(
        {"id": "n", "version": "1", "title": "n", "areas": [{"id": "a", "title": "A", "items": [
            {"id": "safeguard", "question": "?", "applies_to": {"roles": ["exporter"]}},
            {"id": "flows", "question": "?", "applies_to": {"sectors": ["digital-services"]}},
            {"id": "origin", "question": "?", "applies_to": {"sectors": ["textiles-apparel"]}},
        ]}]}
    )  # fmt: skip
    mapping = Mapping.model_validate(
        {"from": "o", "to": "n", "entries": [
            {"old": "safeguard", "new": ["safeguard"], "kind": "changed", "note": "moved to the exporter side"},
            {"old": "flows", "new": ["flows"], "kind": "reworded"},
            {"old": "auto", "new": ["origin"], "kind": "changed", "note": "automotive answer on a textile item"},
        ]}
    )  # fmt: skip
    found = landing_problems(mapping, old, new)
    assert [p.split(":")[0] for p in found] == ["safeguard -> safeguard", "flows -> flows", "auto -> origin"]


def test_automotive_answers_stay_on_separate_items() -> None:
    """Several automotive rules merged into one score would hide which control failed."""
    for path in MAPPING_FILES:
        mapping = load_mapping(path)
        old, _ = mapping_packs(mapping)
        old_items = old.item_index()
        incoming: dict[str, list[str]] = {}
        for entry in mapping.entries:
            for target in entry.new:
                incoming.setdefault(target, []).append(entry.old)
        for target, sources in incoming.items():
            auto = [s for s in sources if "automotive" in old_items[s][1].applies_to.sectors]
            assert len(auto) <= 1, (path.name, target, auto)
    auto_items = [i for a in pack("usmca-2020").areas if a.id == "automotive" for i in a.items]
    assert len(auto_items) >= 6
