"""`readiness answer`: the command line records an item's answer through the same checked write as the app."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from readiness import operations
from readiness.cli import main
from readiness.codes import Level, Priority
from readiness.paths import AppPaths
from readiness.store.audit import item_history
from readiness.store.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def acme(capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, "assessments", "new", "Acme", "--framework", "usmca-2020")[0] == 0
    return AppPaths.resolve(None).workspace


def _response(path: Path, item_number: str):  # type: ignore[no-untyped-def]
    from readiness.walkthrough import item_numbers

    with Workspace.open(path) as ws:
        assessment = ws.assessments.get("Acme")
        framework = ws.frameworks.get(assessment.framework_id, assessment.framework_version)
        item_id = {n: i for i, n in item_numbers(framework).items()}[item_number]
        return ws.assessments.responses(assessment.id)[item_id], item_history(ws.db, assessment.id, item_id)


def test_an_answer_recorded_from_the_command_line_is_stored_and_audited(
    capsys: pytest.CaptureFixture[str], acme: Path
) -> None:
    code, out, err = run(
        capsys, "answer", "Acme", "1.2", "--level", "2", "--priority", "high", "--owner", "Susan Kim",
        "--due", "2027-03-31", "--gap", "Blanket certifications lapse in March",
    )  # fmt: skip
    assert code == 0, err
    assert "*level" in out and "*due" in out and " notes" in out  # what changed is marked, the rest shown
    response, history = _response(acme, "1.2")
    assert (response.level, response.priority, response.owner) == (Level.PLANNED, Priority.HIGH, "Susan Kim")
    assert response.due == dt.date(2027, 3, 31) and response.gap == "Blanket certifications lapse in March"
    assert {event.field for event in history} >= {"level", "priority", "owner", "due", "gap"}
    # only what the options name changes; clearing is explicit
    code, out, _ = run(capsys, "answer", "Acme", "1.2", "--due", "none", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["due"] is None and shown["level"] == 2 and shown["changed"] == ["due"]


def test_not_applicable_needs_a_reason_and_bad_values_change_nothing(
    capsys: pytest.CaptureFixture[str], acme: Path
) -> None:
    before, _ = _response(acme, "1.1")
    for args, code, fragment in (
        (["--due", "31/03/2027"], 3, "--due: '31/03/2027' is not a date; write it as YYYY-MM-DD"),
        (["--not-applicable", "  "], 2, "needs a reason"),
    ):
        got, _, err = run(capsys, "answer", "Acme", "1.1", *args)
        assert got == code and fragment in err, err
    with pytest.raises(SystemExit):
        main(["answer", "Acme", "1.1", "--level", "5"])
    assert "invalid choice" in capsys.readouterr().err
    code, _, err = run(capsys, "answer", "Acme", "99.9", "--level", "1")
    assert code == 2 and "no item '99.9'" in err and "give its number" in err
    after, _ = _response(acme, "1.1")
    assert after == before
    code, _, err = run(capsys, "answer", "Acme", "1.1", "--not-applicable", "We do not export")
    response, _ = _response(acme, "1.1")
    assert code == 0 and response.counts_as_not_applicable and response.na_reason == "We do not export"


def test_an_edit_made_meanwhile_is_refused_not_overwritten(
    capsys: pytest.CaptureFixture[str], acme: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = operations.edit_responses

    def someone_else_first(ws, assessment_id, changes, *, expected, **kwargs):  # type: ignore[no-untyped-def]
        # Between the command's read and its write, the app changes the same field.
        (item_id,) = changes
        with Workspace.open(ws.path) as other:
            original(other, assessment_id, {item_id: {"owner": "Raj"}}, expected={item_id: {"owner": ""}})
        return original(ws, assessment_id, changes, expected=expected, **kwargs)

    monkeypatch.setattr(operations, "edit_responses", someone_else_first)
    code, _, err = run(capsys, "answer", "Acme", "1.3", "--owner", "Maria")
    assert code == 5 and err.startswith("readiness: ")
    response, _ = _response(acme, "1.3")
    assert response.owner == "Raj"


def test_a_level_means_the_item_applies_as_in_the_app(capsys: pytest.CaptureFixture[str], acme: Path) -> None:
    assert run(capsys, "answer", "Acme", "1.4", "--not-applicable", "We do not export")[0] == 0
    code, out, _ = run(capsys, "answer", "Acme", "1.4", "--level", "2", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["level"] == 2 and shown["not_applicable"] is False
    response, _ = _response(acme, "1.4")
    assert not response.counts_as_not_applicable and response.level == Level.PLANNED
    with pytest.raises(SystemExit):  # a level and "does not apply" at once is a contradiction
        main(["answer", "Acme", "1.4", "--level", "3", "--not-applicable", "x"])
    assert "not allowed with argument" in capsys.readouterr().err
