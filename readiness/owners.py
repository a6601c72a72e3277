"""Owners as people: the one rule for telling two spellings of a name apart, or not.

An owner is free text, typed in the app, the command line or a returned plan.
"Susan Kim" and "susan kim " are one person: names compare without regard to
case or outer blanks, and a person is shown as their name was first written.
The workbook's owner slices, the app's owner suggestions and the export
dialog's list of owners all use these functions.
"""

from __future__ import annotations

from collections.abc import Iterable

from readiness.errors import UsageError
from readiness.model import Response


def same_owner(owner: str, wanted: str | None) -> bool:
    """Whether `owner` is `wanted` (always, when no one is wanted)."""
    return wanted is None or owner.strip().casefold() == wanted.strip().casefold()


def owns_item(response: Response, owner: str | None) -> bool:
    """Whether an item belongs to `owner`'s slice: they own it or one of its actions (every item: no owner)."""
    return (
        owner is None
        or same_owner(response.owner, owner)
        or any(same_owner(action.owner, owner) for action in response.actions)
    )


def known_owners(responses: Iterable[Response]) -> list[str]:
    """Everyone who owns an item or an action, each once (as first written), in alphabetical order."""
    names: dict[str, str] = {}
    for response in responses:
        for owner in (response.owner, *(a.owner for a in response.actions)):
            if owner.strip():
                names.setdefault(owner.strip().casefold(), owner.strip())
    return sorted(names.values(), key=str.casefold)


def resolve_owner(owner: str | None, responses: Iterable[Response]) -> str | None:
    """The owner as the assessment spells it (matched without regard to case), or a `UsageError` naming the
    known owners: a typo must not produce an empty plan."""
    if owner is None or not owner.strip():
        return None
    known = known_owners(responses)
    for name in known:
        if same_owner(name, owner):
            return name
    listed = ", ".join(known) if known else "none yet"
    raise UsageError(
        f"no owner named {owner.strip()!r} in this assessment; owners: {listed}",
        code="owner-unknown",
        params={"owner": owner.strip(), "known": listed},
    )
