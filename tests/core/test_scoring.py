"""Scoring: weighted readiness, coverage, not-applicable and unassessed items, applicability."""

from __future__ import annotations

import datetime as dt

import pytest

from readiness.codes import ActionStatus, Level, Priority
from readiness.content_model import Applicability, Framework
from readiness.model import Action, CompanyProfile, ProfileBasis, Response
from readiness.scoring import actions_due, area_score, overall_score, percent, profile_basis, response_for_profile
from readiness.wording import basis_text


def framework() -> Framework:
    return Framework.model_validate(
        {
            "id": "f",
            "version": "1",
            "title": "F",
            "areas": [
                {
                    "id": "a",
                    "title": "A",
                    "items": [
                        {"id": "a.heavy", "question": "Q1", "weight": 3},
                        {"id": "a.light", "question": "Q2", "weight": 1},
                        {"id": "a.na", "question": "Q3", "weight": 5},
                    ],
                },
                {"id": "b", "title": "B", "items": [{"id": "b.only", "question": "Q4"}]},
            ],
        }
    )


def test_readiness_is_weighted_mean_with_unassessed_counting_zero_and_na_excluded() -> None:
    fw = framework()
    responses = {
        "a.heavy": Response(item_id="a.heavy", level=Level.READY),
        "a.light": Response(item_id="a.light"),  # unassessed
        "a.na": Response(item_id="a.na", not_applicable=True, na_reason="not our trade"),
    }
    score = area_score(fw.areas[0], responses)
    assert score.readiness == pytest.approx(3 / 4)  # (3*1 + 1*0) / (3+1)
    assert score.coverage == pytest.approx(1 / 2)
    assert (score.applicable, score.assessed, score.ready) == (2, 1, 1)


def test_item_scores_are_level_over_four() -> None:
    fw = framework()
    responses = {
        "a.heavy": Response(item_id="a.heavy", level=Level.PLANNED),
        "a.light": Response(item_id="a.light", level=Level.AWARE),
    }
    # a.na is unassessed here, so its weight of 5 counts with a score of 0
    assert area_score(fw.areas[0], responses).readiness == pytest.approx((3 * 0.5 + 1 * 0.25) / 9)


def test_area_with_everything_not_applicable_has_no_score() -> None:
    fw = framework()
    score = area_score(fw.areas[1], {"b.only": Response(item_id="b.only", not_applicable=True, na_reason="No farms")})
    assert score.readiness is None and score.coverage is None
    assert percent(score.readiness) == "\u2014"


def test_open_gaps_are_assessed_items_below_ready_and_unassessed_ones_count_apart() -> None:
    fw = framework()
    responses = {
        "a.heavy": Response(item_id="a.heavy", level=Level.AWARE, priority=Priority.CRITICAL),
        "a.light": Response(item_id="a.light", level=Level.READY, priority=Priority.HIGH),
        "a.na": Response(item_id="a.na", not_applicable=True, na_reason="not our trade"),
        "b.only": Response(item_id="b.only"),
    }
    score = overall_score(fw, responses)
    assert dict(score.open_gaps) == {"critical": 1}, "an item nobody assessed is not a gap"
    assert score.unassessed == 1
    assert score.coverage == pytest.approx(2 / 3)
    untouched = overall_score(fw, {})
    assert dict(untouched.open_gaps) == {} and untouched.unassessed == untouched.applicable


@pytest.mark.parametrize(
    ("tags", "profile", "basis"),
    [
        (Applicability(), CompanyProfile(roles=["importer"]), None),
        (
            Applicability(roles=["exporter"]),
            CompanyProfile(roles=["importer"]),
            ProfileBasis(dimension="role", concerns=["exporter"]),
        ),
        (Applicability(roles=["exporter", "producer"]), CompanyProfile(roles=["importer", "producer"]), None),
        (Applicability(sectors=["automotive"]), CompanyProfile(sectors=[]), None),
        (
            Applicability(countries=["MX"]),
            CompanyProfile(countries=["US", "CA"]),
            ProfileBasis(dimension="country", concerns=["MX"]),
        ),
    ],
)
def test_profile_decides_applicability(
    tags: Applicability, profile: CompanyProfile, basis: ProfileBasis | None
) -> None:
    assert profile_basis(tags, profile) == basis
    response = response_for_profile("x", tags, profile)
    assert response.not_applicable is (basis is not None)
    assert response.na_basis == basis
    assert response.na_reason is None  # the profile's verdict is facts, never a stored sentence


def test_profile_basis_is_rendered_in_words_without_internal_tags() -> None:
    basis = profile_basis(Applicability(sectors=["textiles-apparel"]), CompanyProfile(sectors=["automotive"]))
    assert basis == ProfileBasis(dimension="sector", concerns=["textiles-apparel"])
    text = basis_text(basis)
    assert "textiles and apparel" in text
    assert "textiles-apparel" not in text


def test_overdue_and_upcoming_actions_skip_done_ones() -> None:
    today = dt.date(2026, 11, 27)
    response = Response(
        item_id="x",
        actions=[
            Action(title="late", due=dt.date(2026, 11, 1)),
            Action(title="soon", due=dt.date(2026, 12, 10)),
            Action(title="later", due=dt.date(2027, 3, 1)),
            Action(title="finished", due=dt.date(2026, 10, 1), status=ActionStatus.DONE),
        ],
    )
    overdue, upcoming = actions_due({"x": response}, today=today)
    assert [a.title for a in overdue] == ["late"]
    assert [a.title for a in upcoming] == ["soon"]
    assert overdue[0].days_left == -26


def test_not_applicable_counts_only_with_a_reason() -> None:
    """A click on "Not applicable" without a reason must not lift the area to ready and assessed."""
    fw = framework()
    ready = {"a.heavy": Response(item_id="a.heavy", level=Level.READY)}
    pending = {
        **ready,
        "a.light": Response(item_id="a.light", level=Level.READY, not_applicable=True),
        "a.na": Response(item_id="a.na", not_applicable=True, na_reason="   "),
    }
    score = area_score(fw.areas[0], pending)
    assert (score.applicable, score.assessed, score.ready) == (3, 1, 1)
    assert score.readiness == pytest.approx(3 / 9)  # only a.heavy (weight 3) of 3 + 1 + 5 is ready
    assert score.open_gaps == {} and score.unassessed == 2  # awaiting a reason: not assessed, so not a gap yet
    assert pending["a.light"].awaiting_na_reason and not pending["a.light"].assessed

    given = {**pending, "a.light": pending["a.light"].model_copy(update={"na_reason": "We do not export"})}
    given["a.na"] = Response(
        item_id="a.na", not_applicable=True, na_basis=ProfileBasis(dimension="role", concerns=["exporter"])
    )
    score = area_score(fw.areas[0], given)
    assert (score.applicable, score.assessed, score.readiness) == (1, 1, 1.0)
    assert given["a.light"].counts_as_not_applicable and given["a.na"].counts_as_not_applicable


def test_actions_of_an_item_awaiting_its_reason_still_fall_due() -> None:
    today = dt.date(2026, 12, 1)
    action = Action(title="Check", due=today - dt.timedelta(days=1))
    pending = Response(item_id="a.na", not_applicable=True, actions=[action])
    overdue, _ = actions_due({"a.na": pending}, today=today)
    assert [a.item_id for a in overdue] == ["a.na"]
    reasoned = pending.model_copy(update={"na_reason": "Not our trade"})
    assert actions_due({"a.na": reasoned}, today=today) == ([], [])


@pytest.mark.parametrize(
    ("share", "shown"),
    [(0.225, "23%"), (0.125, "13%"), (0.5, "50%"), (2 / 9, "22%"), (0.0049, "0%"), (0.995, "100%"), (None, "\u2014")],
)
def test_percentages_round_as_the_workbook_does(share: float | None, shown: str) -> None:
    """Half up, as Excel and LibreOffice round a "0%" cell: 22.5% reads 23% in the app, the CLI and the workbook."""
    assert percent(share) == shown
