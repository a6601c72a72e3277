"""Next unanswered, search and snapshot comparison (readiness.walkthrough), without Qt."""

from __future__ import annotations

from readiness.codes import Level
from readiness.compare import compare_levels
from readiness.content_model import Framework
from readiness.model import Response
from readiness.walkthrough import next_unanswered, search_items

FRAMEWORK = Framework.model_validate(
    {
        "id": "t",
        "version": "1",
        "title": "T",
        "areas": [
            {
                "id": "a",
                "title": "A",
                "items": [{"id": "a.1", "question": "Rules of origin?"}, {"id": "a.2", "question": "Duty drawback?"}],
            },
            {
                "id": "b",
                "title": "B",
                "items": [{"id": "b.1", "question": "Labour audits?", "why": "Rapid response mechanism"}],
            },
        ],
    }
)


def test_next_unanswered_skips_answered_and_not_applicable_and_wraps() -> None:
    responses = {
        "a.1": Response(item_id="a.1", level=Level.AWARE),
        "a.2": Response(item_id="a.2", not_applicable=True, na_reason="We make no claims"),
        "b.1": Response(item_id="b.1"),
    }
    assert next_unanswered(FRAMEWORK, responses) == "b.1"
    assert next_unanswered(FRAMEWORK, responses, "b.1") == "b.1"  # wraps round to itself
    responses["b.1"] = Response(item_id="b.1", level=Level.NOT_STARTED)
    assert next_unanswered(FRAMEWORK, responses, "a.1") is None
    responses["a.2"] = Response(item_id="a.2", not_applicable=True)  # no reason yet: still to answer
    assert next_unanswered(FRAMEWORK, responses, "a.1") == "a.2"


def test_search_matches_every_word_in_guidance_and_answers() -> None:
    responses = {"a.2": Response(item_id="a.2", gap="No drawback claims filed", owner="Maria")}
    assert search_items(FRAMEWORK, responses, "rapid RESPONSE") == ["b.1"]
    assert search_items(FRAMEWORK, responses, "maria drawback") == ["a.2"]
    assert search_items(FRAMEWORK, responses, "   ") == []


def test_compare_levels_directions() -> None:
    before = {"a.1": Response(item_id="a.1", level=Level.AWARE), "a.2": Response(item_id="a.2")}
    after = {
        "a.1": Response(item_id="a.1", level=Level.READY),
        "a.2": Response(item_id="a.2", not_applicable=True, na_reason="We do not export"),
    }
    moves = compare_levels(FRAMEWORK, before, after)
    assert [(m.item_id, m.direction) for m in moves] == [("a.1", 1), ("a.2", 0)]


def test_item_numbers_follow_the_checklist_and_sort_by_their_parts() -> None:
    from readiness.frameworks import builtin_dir, load_framework
    from readiness.walkthrough import item_numbers, number_sort_key

    framework = load_framework(builtin_dir("frameworks") / "nafta-2017.toml")
    numbers = item_numbers(framework)
    first_area = framework.areas[0]
    assert numbers[first_area.items[0].id] == "1.1"
    assert numbers[framework.areas[3].items[2].id] == "4.3"
    assert list(numbers) == [item.id for _, item in framework.items()]
    assert sorted(["4.10", "4.9", "10.1", "2.1"], key=number_sort_key) == ["2.1", "4.9", "4.10", "10.1"]
