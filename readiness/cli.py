"""The `readiness` command: frameworks, assessments, exports and checks for scripts and automation.

Every command exits 0 on success; otherwise it prints one line naming what
is wrong on stderr and exits non-zero (2 not found or bad usage, 3 invalid
input, 4 workspace problem, 5 conflict, 6 not available yet: the table is
`readiness.errors.EXIT_CODES`). Warnings about the workspace (a backup that
could not be taken, an unsafe location) go to stderr and do not change the
exit code. `--json` output is stable for scripts. Everything printed goes
through `out` or `err`, which escape control characters (`readiness.terminal`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from readiness import __version__
from readiness.errors import ReadinessError, exit_code_for
from readiness.paths import AppPaths
from readiness.store.workspace import Workspace
from readiness.terminal import printable

Handler = Callable[[argparse.Namespace, Workspace], int]
NOT_AVAILABLE = 6


def out(text: str = "") -> None:
    """Print a line of output; control characters in it (from documents, packs, plans) are escaped."""
    sys.stdout.write(printable(text) + "\n")


def err(text: str) -> None:
    """Print a one-line message on stderr, `readiness: ` first, control characters and line breaks escaped."""
    sys.stderr.write("readiness: " + printable(text, one_line=True) + "\n")


def not_available(what: str) -> int:
    err(f"{what} is not available yet in this version")
    return NOT_AVAILABLE


def print_json(value: Any) -> None:
    out(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False))


def build_parser() -> argparse.ArgumentParser:
    from readiness import cli_answers, cli_excel, cli_migrate, cli_products
    from readiness import cli_commands as c

    parser = argparse.ArgumentParser(
        prog="readiness",
        description="Trade Readiness: assess and plan readiness for North American trade agreement changes.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--workspace", metavar="FILE", help="workspace file (default: READINESS_HOME or the user data folder)"
    )
    top = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    frameworks = top.add_parser("frameworks", help="list, show, validate and add framework packs")
    fsub = frameworks.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = fsub.add_parser("list", help="installed frameworks")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=c.frameworks_list)
    p = fsub.add_parser("show", help="one framework's areas and items")
    p.add_argument("id")
    p.add_argument("--version", dest="framework_version")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=c.frameworks_show)
    p = fsub.add_parser("validate", help="check a pack file without installing it")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=c.frameworks_validate, no_workspace=True)
    p = fsub.add_parser("add", help="install your own pack (TOML, or the JSON of `show --json`)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=c.frameworks_add)
    p = fsub.add_parser("remove", help="remove your own pack that no assessment uses")
    p.add_argument("id")
    p.add_argument("--version", dest="framework_version", help="only this version (default: every version)")
    p.set_defaults(handler=c.frameworks_remove)

    assessments = top.add_parser("assessments", help="create, list, show, import and export assessments")
    asub = assessments.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = asub.add_parser("list", help="assessments in the workspace")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=c.assessments_list)
    p = asub.add_parser("show", help="one assessment's scores by area")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=c.assessments_show)
    p = asub.add_parser("new", help="start an assessment")
    p.add_argument("name")
    p.add_argument("--framework", required=True, metavar="ID")
    p.add_argument("--version", dest="framework_version", help="framework version (default: the newest)")
    p.add_argument(
        "--profile",
        type=Path,
        metavar="FILE.json",
        help="company profile: roles, countries, sectors (default: the --beside assessment's, else none)",
    )
    p.add_argument(
        "--currency",
        metavar="CODE",
        help="ISO code of the money amounts (default: the --beside assessment's, else USD)",
    )
    p.add_argument("--beside", metavar="NAME", help="a watch assessment beside this compliance assessment")
    p.set_defaults(handler=c.assessments_new)
    p = asub.add_parser("import", help="import a portable assessment document")
    p.add_argument("file", type=Path)
    p.add_argument("--name", help="import under another name")
    p.set_defaults(handler=c.assessments_import)
    p = asub.add_parser("export-json", help="write a portable assessment document")
    p.add_argument("name")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    p.set_defaults(handler=c.assessments_export_json)

    p = top.add_parser("export", help="write the Excel action plan for leadership")
    p.add_argument("name")
    p.add_argument("--out", type=Path, required=True, metavar="PLAN.xlsx")
    p.add_argument("--owner", help="only this owner's actions, and only the items they own or act on")
    p.add_argument("--open-only", action="store_true", help="leave out actions already done")
    p.set_defaults(handler=cli_excel.export_plan)
    p = top.add_parser("import-plan", help="apply an action plan returned by item owners")
    p.add_argument("name")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show the changes, apply nothing")
    p.add_argument(
        "--prefer",
        choices=("file", "workspace"),
        help="for a field changed both in the file and in the workspace since the export: which value to keep",
    )
    p.set_defaults(handler=cli_excel.import_plan)
    p = top.add_parser("snapshot", help="freeze today's answers under a label")
    p.add_argument("name")
    p.add_argument("--label", required=True)
    p.set_defaults(handler=c.snapshot)
    p = top.add_parser("migrate", help="move an assessment to a new framework version")
    p.add_argument("name")
    p.add_argument("--to", required=True, metavar="ID")
    p.add_argument("--version", dest="framework_version", help="target version (default: the newest)")
    p.add_argument("--dry-run", action="store_true", help="count what would carry over, change nothing")
    p.add_argument("--name", dest="new_name", help="name of the new assessment (default: NAME (ID))")
    p.set_defaults(handler=cli_migrate.migrate)
    p = top.add_parser("check", help="check the workspace file's integrity")
    p.set_defaults(handler=c.check)
    cli_answers.add_commands(top)
    cli_products.add_commands(top)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if getattr(args, "no_workspace", False):
            return int(args.handler(args, None))
        paths = AppPaths.resolve(args.workspace)
        with Workspace.open(paths.workspace) as workspace:
            for warning in workspace.warnings:
                err(f"warning: {warning}")
            return int(args.handler(args, workspace))
    except ReadinessError as exc:
        err(str(exc))
        return exit_code_for(exc)
    except KeyboardInterrupt:
        err("interrupted; nothing half-done was kept")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
