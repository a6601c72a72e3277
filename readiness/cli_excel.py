"""The `export` and `import-plan` commands: the Excel action plan and its round trip."""

from __future__ import annotations

import argparse

from readiness.cli import not_available
from readiness.store.workspace import Workspace


def export_plan(args: argparse.Namespace, ws: Workspace) -> int:
    return not_available("the Excel export")


def import_plan(args: argparse.Namespace, ws: Workspace) -> int:
    return not_available("importing a returned plan")
