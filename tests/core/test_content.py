"""The shipped content itself: packs, sources, mappings and the watch companion.

A CFO reads the About sheet, so every source has to be a real, strong address;
a migration or content update must never drop an answer silently or land it on
an item that does not apply to the company; a watch pack reads only answers its
companion pack really asks for.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from readiness.frameworks import (
    builtin_dir,
    builtin_mapping_routes,
    builtin_mappings,
    load_framework,
    load_mapping,
    mapping_problems,
)
from readiness.model import COUNTRIES, ROLES, SECTORS, ChangeKind, CompanyProfile, Framework, Item, Mapping
from readiness.scoring import profile_basis
from tests.core.test_frameworks import NAFTA_AREAS, SEED_POINTS

DATA = Path(__file__).parent.parent / "data"
PACK_FILES = sorted(builtin_dir("frameworks").glob("*.toml"))
MAPPING_FILES = sorted(builtin_dir("mappings").glob("*.toml"))
CURRENT_TO = dt.date(2026, 12, 1)

# Web proxies, forum reposts, content farms, SEO and document-dump sites: never a source.
WEAK_HOSTS = {
    "arietiform.com",
    "armee.ca",
    "zerohedge.com",
    "123dok.com",
    "scribd.com",
    "blogspot.com",
    "pangea-cms.com",
    "prideseotools.com",
    "mailtrack.io",
    "ppeniagara.com",
    "kimwonarch.com",
    "b2b-hurtowniakarm.pl",
    "bajabound2015.com",
    "sinoshipment.com",
    "favofcanada.ca",
    "lifeis.gr",
    "povallstars.com",
    "saphibeat.com",
    "pistachioexporter.com",
    "needsupplier.net",
    "dollarmetal.com",
    "particle.news",
    "100percentfedup.com",
    "newstangle.com",
    "paperzz.com",
    "fdocuments.mx",
    "cupdf.com",
    "vdocuments.us",
    "slideplayer.com",
    "studenta.com",
    "businessdocbox.com",
    "webiis06.mondaq.com",
}

EXPECTED_PACKS = {
    "nafta-2017": "2017.3",
    "usmca-2020": "2026.12",
    "usmca-annual-review": "2026.12",
}


@functools.cache
def load(path: Path) -> Framework:
    return load_framework(path)


def shipped() -> list[Framework]:
    return [load(path) for path in PACK_FILES]


def pack(framework_id: str, version: str | None = None) -> Framework:
    """A shipped pack, or an earlier content version of it kept in tests/data."""
    candidates = shipped() + [load(p) for p in sorted(DATA.glob(f"{framework_id}-v*.toml"))]
    found = [f for f in candidates if f.id == framework_id and version in (None, f.version)]
    assert found, f"no pack {framework_id} {version}"
    return found[0]


def cited(framework: Framework) -> Iterator[tuple[str, list[str]]]:
    """(where, source ids) for every area, objective and item of a pack."""
    for area in framework.areas:
        yield area.id, list(area.sources)
        for objective in area.objectives:
            yield objective.id, list(objective.sources)
        for item in area.items:
            yield item.id, list(item.sources)


def is_weak(host: str) -> bool:
    return any(host == weak or host.endswith("." + weak) for weak in WEAK_HOSTS)


# --- packs ------------------------------------------------------------------------


def test_the_shipped_packs_are_the_three_current_ones() -> None:
    assert {f.id: f.version for f in shipped()} == EXPECTED_PACKS
    assert not (builtin_dir("frameworks") / "usmca-2026-review.toml").exists()


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_every_shipped_pack_validates_and_says_what_it_is_current_to(path: Path) -> None:
    framework = load_framework(path)
    assert path.stem == framework.id
    assert framework.current_to == CURRENT_TO
    assert framework.published is None or framework.published <= framework.current_to
    item_ids = [item.id for _, item in framework.items()]
    assert len(item_ids) == len(set(item_ids))


def test_the_usmca_pack_is_a_content_update_of_itself() -> None:
    usmca, before = pack("usmca-2020"), pack("usmca-2020", "2020.1")
    assert usmca.version == "2026.12" and usmca.kind == "compliance"
    assert usmca.title.startswith("USMCA / CUSMA / T-MEC") and "1 December 2026" in usmca.title
    assert before.current_to is None, "the 2020 pack is kept as workspaces hold it"


def test_unconfirmed_points_are_marked_and_say_so() -> None:
    for framework in shipped():
        for area in framework.areas:
            for objective in area.objectives:
                says = "unconfirmed" in objective.text.lower()
                assert says == (objective.confirmed is False), (framework.id, objective.id)
            for item in area.items:
                says = "unconfirmed" in f"{item.question} {item.why}".lower()
                assert says == (item.confirmed is False), (framework.id, item.id)


# --- sources ------------------------------------------------------------------------


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_every_cited_source_is_defined_and_every_defined_source_is_cited(path: Path) -> None:
    framework = load_framework(path)
    defined = [s.id for s in framework.sources]
    assert len(defined) == len(set(defined))
    used: set[str] = set()
    for where, ids in cited(framework):
        assert ids, f"{where} cites no source"
        assert set(ids) <= set(defined), (where, set(ids) - set(defined))
        used.update(ids)
    assert set(defined) <= used, f"sources never cited: {sorted(set(defined) - used)}"


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_every_source_is_a_strong_https_address(path: Path) -> None:
    for source in load_framework(path).sources:
        url = urlparse(str(source.url))
        assert url.scheme == "https" and url.hostname, (source.id, source.url)
        assert not is_weak(url.hostname), (source.id, url.hostname)
        assert "search_id=" not in (url.query or ""), f"{source.id}: a search-result page is not a source"
        assert source.kind != "weak", source.id
        assert "repost" not in source.title.lower() and "proxy" not in source.title.lower(), source.id


def test_weak_host_list_catches_subdomains_and_spares_lookalikes() -> None:
    assert is_weak("www.zerohedge.com") and is_weak("text-id.123dok.com") and is_weak("armee.ca")
    assert not is_weak("www.mondaq.com") and not is_weak("notarmee.ca")


def test_nafta_pack_cites_the_ustr_documents_themselves() -> None:
    sources = {s.id: s for s in pack("nafta-2017").sources}
    assert urlparse(str(sources["ustr-summary-2017"].url)).hostname == "ustr.gov"
    assert sources["ustr-summary-2017"].kind == "primary"
    assert urlparse(str(sources["ustr-update-nov-2017"].url)).hostname == "ustr.gov"


# --- nafta-2017 coverage ---------------------------------------------------------------


def test_nafta_pack_still_covers_all_22_areas_and_every_seed_point() -> None:
    nafta = pack("nafta-2017")
    assert [a.id for a in nafta.areas] == NAFTA_AREAS
    text = SEED_POINTS.read_text(encoding="utf-8") if SEED_POINTS.exists() else ""
    points = len(re.findall(r"^\d+\. ", text, flags=re.M)) or 17
    assert set(range(1, points + 1)) <= {p for _, item in nafta.items() for p in item.seed_points}


def test_nafta_auto_thresholds_name_both_rates() -> None:
    question = pack("nafta-2017").item_index()["customs.auto-content"][1].question
    assert "62.5%" in question and "60%" in question and "light trucks" in question


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


# --- the watch companion ----------------------------------------------------------------


def test_the_annual_review_pack_is_a_watch_companion_of_usmca() -> None:
    watch = pack("usmca-annual-review")
    assert watch.kind == "watch" and watch.companion_of == "usmca-2020"
    assert watch.version == "2026.12" and watch.current_to == CURRENT_TO
    assert {"1 July 2026", "1 July 2027"} <= {m for m in re.findall(r"1 July 202[67]", watch.description)}


def test_watch_items_depend_only_on_items_of_the_companion() -> None:
    watch = pack("usmca-annual-review")
    companion = pack(watch.companion_of or "")
    assert companion.kind == "compliance"
    companion_ids = {item.id for _, item in companion.items()}
    depends = [(item.id, d) for _, item in watch.items() for d in item.depends_on]
    assert depends, "a watch pack reads at least some compliance answers"
    assert [(i, d) for i, d in depends if d not in companion_ids] == []


def test_compliance_packs_depend_on_nothing() -> None:
    for framework in shipped():
        if framework.kind == "compliance":
            assert framework.companion_of is None
            assert all(not item.depends_on for _, item in framework.items()), framework.id


def test_the_watch_pack_covers_the_review_scenarios() -> None:
    areas = {a.id for a in pack("usmca-annual-review").areas}
    assert {
        "review-outcome",
        "party-asks",
        "deadlines-2027",
        "scenario-renewal",
        "scenario-annual",
        "scenario-bilateral",
        "scenario-withdrawal",
    } <= areas
