"""Every change to a workspace, and nothing else: the one write path.

Each operation is keyed by ids, takes the values the caller last saw (where
it replaces something), writes one audited transaction, refuses with a
`Conflict` when the store no longer holds what the caller saw, and returns a
change record (`records`) saying what changed. The desktop app's undo
commands call these from `redo()` and `undo()`; the command line calls them
after turning names into ids; nothing else writes.

- `edit_responses`: fields of one response, or of many at once (bulk edit, mark reviewed, evidence)
- `add_action`, `edit_action`, `remove_action`: the actions of an item (add with a position puts one back)
- `apply_plan`, `revert_plan`, `reapply_plan`: a returned action plan, and its undo and redo
- `take_snapshot`: freeze the answers under a label
- `apply_migration`: the move to another framework (plans come from `readiness.migration`)
- `update_content`: a newer content version of the assessment's own framework, in place
- `create_assessment`, `duplicate_assessment`, `rename_assessment`, `change_profile`, `set_currency`,
  `set_status`, `delete_assessment`: the assessment itself
- `install_framework`, `remove_framework`: framework packs
- `import_register`, `restore_products`: products of an assessment's register, from a file (merged by part
  number, or replacing it) and back (undo)
- `edit_product`, `edit_bom_line`: one product's fields, or one line of its bill of materials, in place
- `link_products`, `unlink_products`: which products a readiness item concerns
- `add_scenario`, `remove_scenario`: the user's own what-if scenarios
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from readiness.operations.actions import add_action, edit_action, remove_action
from readiness.operations.answers import edit_responses
from readiness.operations.assessments import (
    change_profile,
    create_assessment,
    delete_assessment,
    duplicate_assessment,
    profile_change_preview,
    rename_assessment,
    set_currency,
    set_status,
)
from readiness.operations.content import update_content
from readiness.operations.frameworks import install_framework, remove_framework
from readiness.operations.migrate import apply_migration
from readiness.operations.plans import ActionUpdate, PlanApplied, apply_plan, reapply_plan, revert_plan
from readiness.operations.snapshots import take_snapshot

if TYPE_CHECKING:
    from readiness.operations.products import (
        edit_bom_line,
        edit_product,
        import_register,
        link_products,
        restore_products,
        unlink_products,
    )
    from readiness.operations.scenarios import add_scenario, remove_scenario

# The register's operations load the exposure model (pydantic classes, scenario files); they are imported the
# first time one is used, which keeps them out of the app's start-up.
_ON_FIRST_USE = {
    **dict.fromkeys(
        ("edit_bom_line", "edit_product", "import_register", "link_products", "restore_products", "unlink_products"),
        "readiness.operations.products",
    ),
    **dict.fromkeys(("add_scenario", "remove_scenario"), "readiness.operations.scenarios"),
}


def __getattr__(name: str) -> Any:
    if name in _ON_FIRST_USE:
        return getattr(import_module(_ON_FIRST_USE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ActionUpdate",
    "PlanApplied",
    "add_action",
    "add_scenario",
    "apply_migration",
    "apply_plan",
    "change_profile",
    "create_assessment",
    "delete_assessment",
    "duplicate_assessment",
    "edit_action",
    "edit_bom_line",
    "edit_product",
    "edit_responses",
    "import_register",
    "install_framework",
    "link_products",
    "profile_change_preview",
    "reapply_plan",
    "remove_action",
    "remove_framework",
    "remove_scenario",
    "rename_assessment",
    "restore_products",
    "revert_plan",
    "set_currency",
    "set_status",
    "take_snapshot",
    "unlink_products",
    "update_content",
]
