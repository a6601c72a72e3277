"""The shipped content itself: packs, sources and the watch companion (the mappings: test_content_mappings).

A CFO reads the About sheet, so every source has to be a real, strong address;
a migration or content update must never drop an answer silently or land it on
an item that does not apply to the company; a watch pack reads only answers its
companion pack really asks for.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from readiness.content_model import Framework
from readiness.frameworks import (
    builtin_dir,
    load_framework,
)
from tests.core.shipped_content import EXPECTED_PACKS, PACK_FILES, pack, shipped
from tests.core.test_frameworks import NAFTA_AREAS, SEED_POINTS

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
