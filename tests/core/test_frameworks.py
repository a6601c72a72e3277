"""Framework packs: the real built-in content, and broken packs rejected whole with where and why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readiness.errors import FrameworkError
from readiness.frameworks import builtin_dir, framework_to_json, load_framework

DATA = Path(__file__).parent.parent / "data"
NAFTA = builtin_dir("frameworks") / "nafta-2017.toml"
SEED_POINTS = Path(__file__).resolve().parents[3] / "shared" / "domain" / "seed-points.md"

NAFTA_AREAS = [
    "trade-in-goods", "sps", "customs-origin", "tbt", "good-regulatory-practices", "services",
    "digital-trade", "investment", "intellectual-property", "transparency", "state-owned-enterprises",
    "competition-policy", "labor", "environment", "anti-corruption", "trade-remedies",
    "government-procurement", "smes", "energy", "dispute-settlement", "general-provisions", "currency",
]  # fmt: skip


def write(tmp_path: Path, text: str, name: str = "pack.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_nafta_pack_has_all_22_areas_in_document_order() -> None:
    framework = load_framework(NAFTA)
    assert [a.id for a in framework.areas] == NAFTA_AREAS
    assert all(a.summary and a.objectives and a.items for a in framework.areas)


def test_nafta_pack_covers_every_seed_point() -> None:
    framework = load_framework(NAFTA)
    points = (
        len(re.findall(r"^\d+\. ", SEED_POINTS.read_text(encoding="utf-8"), flags=re.M)) if SEED_POINTS.exists() else 17
    )
    covered = {p for _, item in framework.items() for p in item.seed_points}
    assert set(range(1, points + 1)) <= covered


def test_nafta_pack_gives_importer_areas_practitioner_depth() -> None:
    framework = load_framework(NAFTA)
    counts = {a.id: len(a.items) for a in framework.areas}
    for area in (
        "trade-in-goods",
        "customs-origin",
        "trade-remedies",
        "labor",
        "digital-trade",
        "intellectual-property",
    ):
        assert 5 <= counts[area] <= 12, (area, counts[area])


def test_every_item_and_area_cites_a_known_source() -> None:
    framework = load_framework(NAFTA)
    known = {s.id for s in framework.sources}
    for area in framework.areas:
        assert area.sources and set(area.sources) <= known, area.id


def test_show_json_reads_back_as_the_same_pack(tmp_path: Path) -> None:
    framework = load_framework(NAFTA)
    path = write(tmp_path, framework_to_json(framework), "nafta.json")
    assert load_framework(path) == framework


@pytest.mark.parametrize(
    ("text", "where", "reason"),
    [
        ('id = "x"\nversion = "1"\ntitle = "T"\n[[areas]\n', "line 4", "invalid TOML"),
        ('id = "x"\nversion = "1"\n[[areas]]\nid = "a"\ntitle = "A"\n', "key title", "Field required"),
        (
            'id = "x"\nversion = "1"\ntitle = "T"\n[[areas]]\nid = "a"\ntitle = "A"\n'
            '[[areas.items]]\nid = "a.1"\nquestion = "Q?"\n[[areas.items]]\nid = "a.1"\nquestion = "Q2?"\n',
            "key (top level)",
            "duplicate item id 'a.1'",
        ),
        (
            'id = "x"\nversion = "1"\ntitle = "T"\n[[areas]]\nid = "a"\ntitle = "A"\n'
            '[[areas.items]]\nid = "a.1"\nquestion = "Q?"\napplies_to = { sectors = ["space"] }\n',
            "key areas[0].items[0].applies_to.sectors",
            "unknown sector 'space'",
        ),
        (
            'id = "x"\nversion = "1"\ntitle = "T"\n[[areas]]\nid = "a"\ntitle = "A"\n'
            '[[areas.items]]\nid = "a.1"\nquestion = "Q?"\nweight = -1\n',
            "key areas[0].items[0].weight",
            "greater than 0",
        ),
        ('id = "Not An Id"\nversion = "1"\ntitle = "T"\n[[areas]]\nid = "a"\ntitle = "A"\n', "key id", "pattern"),
    ],
)
def test_broken_pack_is_rejected_with_file_place_and_reason(tmp_path: Path, text: str, where: str, reason: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    message = str(caught.value)
    assert str(path) in message
    assert where in message
    assert reason in message


def test_pack_that_is_not_utf8_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(b'id = "caf\xe9"\n')
    with pytest.raises(FrameworkError, match="not UTF-8"):
        load_framework(path)


def test_json_pack_with_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, '{\n "id": "x",\n "version": 1,,\n}', "pack.json")
    with pytest.raises(FrameworkError, match=r"line 3"):
        load_framework(path)


def test_minimal_json_pack_with_only_required_fields_loads(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '{"id": "own", "version": "1", "title": "Our pack", "areas": [{"id": "a", "title": "A",'
        ' "items": [{"id": "a.1", "question": "Is it done?"}]}]}',
        "own.json",
    )
    framework = load_framework(path)
    assert [i.id for _, i in framework.items()] == ["a.1"]
