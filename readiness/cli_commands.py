"""The handlers behind each `readiness` command; each returns the exit code."""

from __future__ import annotations

import argparse
from pathlib import Path

from readiness import operations
from readiness.atomic import write_text_atomically
from readiness.cli import err, out, print_json
from readiness.codes import DEFAULT_CURRENCY
from readiness.content_model import Framework
from readiness.document import export_document, import_document, read_document, read_profile
from readiness.errors import DocumentError
from readiness.frameworks import framework_to_json, load_framework
from readiness.model import Assessment, CompanyProfile
from readiness.outputs import check_output
from readiness.scoring import Score, area_scores, overall_score, percent
from readiness.store.builtin_packs import builtin_ids
from readiness.store.workspace import Workspace


def assessment_named(ws: Workspace, name: str) -> Assessment:
    """The one place the command line turns an assessment's name into the assessment (and its id)."""
    return ws.assessments.get(name)


def frameworks_list(args: argparse.Namespace, ws: Workspace) -> int:
    infos = ws.frameworks.all()
    if args.json:
        print_json(
            [
                {
                    "id": i.id,
                    "version": i.version,
                    "title": i.title,
                    "builtin": i.builtin,
                    "areas": i.areas,
                    "items": i.items,
                }
                for i in infos
            ]
        )
    else:
        for i in infos:
            out(f"{i.id:<22} {i.version:<10} {i.areas:>3} areas {i.items:>4} items  {i.title}")
    return 0


def frameworks_show(args: argparse.Namespace, ws: Workspace) -> int:
    framework = ws.frameworks.get(args.id, args.framework_version)
    if args.json:
        out(framework_to_json(framework))
        return 0
    out(f"{framework.title} ({framework.id} {framework.version})")
    for number, area in enumerate(framework.areas, 1):
        out(f"\n{number:>2}. {area.title} [{area.id}]")
        for item in area.items:
            out(f"    - {item.id}: {item.question}")
    return 0


def frameworks_validate(args: argparse.Namespace, ws: Workspace | None) -> int:
    framework = load_framework(args.file)
    out(f"ok: {framework.id} {framework.version}, {len(framework.areas)} areas, {len(framework.items())} items")
    return 0


def frameworks_add(args: argparse.Namespace, ws: Workspace) -> int:
    framework = load_framework(args.file)
    operations.install_framework(ws, framework, reserved=builtin_ids())
    out(f"added {framework.id} {framework.version} ({len(framework.items())} items)")
    return 0


def frameworks_remove(args: argparse.Namespace, ws: Workspace) -> int:
    removed = operations.remove_framework(ws, args.id, args.framework_version)
    out(f"removed {removed.framework_id} {removed.version}")
    return 0


def _summary(ws: Workspace, assessment_id: int) -> tuple[Assessment, Framework, dict[str, Score], Score]:
    assessment, framework, responses = ws.load(assessment_id)
    return assessment, framework, area_scores(framework, responses), overall_score(framework, responses)


def _summary_json(ws: Workspace, assessment_id: int, *, with_areas: bool) -> dict[str, object]:
    """The stable `--json` shape of one assessment's scores."""
    assessment, framework, areas, overall = _summary(ws, assessment_id)
    summary: dict[str, object] = {
        "name": assessment.name,
        "framework": {"id": assessment.framework_id, "version": assessment.framework_version},
        "status": assessment.status.value,
        "readiness": overall.readiness,
        "coverage": overall.coverage,
        "applicable": overall.applicable,
        "assessed": overall.assessed,
        "open_gaps": dict(overall.open_gaps),
        "not_assessed": overall.unassessed,
    }
    if with_areas:
        summary["areas"] = [
            {
                "id": area.id,
                "title": area.title,
                "readiness": areas[area.id].readiness,
                "coverage": areas[area.id].coverage,
                "applicable": areas[area.id].applicable,
            }
            for area in framework.areas
        ]
    return summary


def assessments_list(args: argparse.Namespace, ws: Workspace) -> int:
    ids = [a.id for a in ws.assessments.all()]
    if args.json:
        print_json([_summary_json(ws, assessment_id, with_areas=False) for assessment_id in ids])
        return 0
    summaries = [_summary(ws, assessment_id) for assessment_id in ids]
    # Columns as wide as their longest entry, so a long name does not push the figures out of line.
    name_width = max((len(a.name) for a, _, _, _ in summaries), default=0)
    framework_width = max((len(f"{a.framework_id} {a.framework_version}") for a, _, _, _ in summaries), default=0)
    for assessment, _, _, overall in summaries:
        framework = f"{assessment.framework_id} {assessment.framework_version}"
        out(
            f"{assessment.name:<{name_width}}  {framework:<{framework_width}}"
            f"  {assessment.status.value:<8} readiness {percent(overall.readiness):>4}"
            f"  coverage {percent(overall.coverage):>4}"
        )
    return 0


def assessments_show(args: argparse.Namespace, ws: Workspace) -> int:
    assessment_id = assessment_named(ws, args.name).id
    if args.json:
        print_json(_summary_json(ws, assessment_id, with_areas=True))
        return 0
    assessment, framework, areas, overall = _summary(ws, assessment_id)
    out(f"{assessment.name}: readiness {percent(overall.readiness)}, coverage {percent(overall.coverage)}")
    # The figures first, in fixed columns, and the area's title last, however long it is.
    out(f"  {'Readiness':>9}  {'Coverage':>8}  Area")
    for number, area in enumerate(framework.areas, start=1):
        score = areas[area.id]
        out(f"  {percent(score.readiness):>9}  {percent(score.coverage):>8}  {number}. {area.title}")
    return 0


def _read_profile(path: Path | None) -> CompanyProfile:
    return CompanyProfile() if path is None else read_profile(path)


def assessments_new(args: argparse.Namespace, ws: Workspace) -> int:
    framework: Framework = ws.frameworks.get(args.framework, args.framework_version)
    beside = assessment_named(ws, args.beside) if args.beside else None
    # A watch list runs beside one company's compliance work: unless told otherwise it takes that company's
    # profile (so items that cannot concern it start not applicable) and its currency, as the app's wizard does.
    profile = beside.profile if beside is not None and args.profile is None else _read_profile(args.profile)
    currency = args.currency or (beside.currency if beside is not None else DEFAULT_CURRENCY)
    assessment = operations.create_assessment(
        ws,
        name=args.name,
        framework=framework,
        profile=profile,
        currency=currency,
        companion_of=beside.id if beside is not None else None,
    ).record
    responses = ws.assessments.responses(assessment.id)
    applicable = sum(1 for r in responses.values() if not r.counts_as_not_applicable)
    out(
        f"created {assessment.name!r} on {framework.id} {framework.version}: {applicable} of {len(responses)} items apply"
    )
    return 0


def assessments_import(args: argparse.Namespace, ws: Workspace) -> int:
    text = read_document(args.file)
    try:
        assessment = import_document(ws, text, name=args.name)
    except DocumentError as exc:
        raise DocumentError(exc.reason, where=f"{args.file}: {exc.where}" if exc.where else str(args.file)) from None
    out(f"imported {assessment.name!r} ({assessment.framework_id} {assessment.framework_version})")
    return 0


def assessments_export_json(args: argparse.Namespace, ws: Workspace) -> int:
    target = check_output(args.out, suffix=".json", workspace=ws.path)
    write_text_atomically(target, export_document(ws, assessment_named(ws, args.name).id))
    out(f"wrote {target}")
    return 0


def snapshot(args: argparse.Namespace, ws: Workspace) -> int:
    assessment = assessment_named(ws, args.name)
    taken = ws.snapshots.get(operations.take_snapshot(ws, assessment.id, label=args.label).snapshot_id)
    out(f"snapshot {taken.label!r} of {assessment.name!r}: readiness {percent(taken.readiness)}")
    return 0


def check(args: argparse.Namespace, ws: Workspace) -> int:
    report = ws.check()
    if not report.ok:
        if report.integrity != ["ok"] or report.foreign_keys:
            err(f"{ws.path}: integrity {'; '.join(report.integrity[:3])}; {report.foreign_keys} broken links")
        for problem in report.problems:
            err(problem)
        return 4
    out(f"ok: {ws.path} ({report.assessments} assessments, {report.responses} responses)")
    return 0
