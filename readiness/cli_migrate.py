"""The `migrate` command: move an assessment to a new framework version."""

from __future__ import annotations

import argparse

from readiness.cli import not_available
from readiness.store.workspace import Workspace


def migrate(args: argparse.Namespace, ws: Workspace) -> int:
    return not_available("migration to a new framework version")
