"""Every string the app shows can be translated: lupdate files it under the context the app looks it up in.

The test extracts the strings of `ui/` with Qt's lupdate, as the maintainers
do for `resources/translations/*.ts`, gives each one a marked "translation"
(⟦text⟧), compiles the catalogue with lrelease, loads it, builds the main
window and reads strings back from each module: a string filed under a
context the code does not use ("&File", "1 Aware" in the past) stays English
and fails here.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from readiness.errors import Conflict
from readiness.links import classify_link
from readiness.model import Action
from ui import commands
from ui.context import AppContext
from ui.dialogs.about import about_box
from ui.dialogs.action_dialog import ActionDialog
from ui.dialogs.bulk_edit import BulkEditDialog
from ui.labels import level_label, priority_label, status_label
from ui.links import refusal_text
from ui.main_window import MainWindow
from ui.messages import describe_error
from ui.settings import Settings

UI = Path(__file__).resolve().parents[2] / "ui"
COMMITTED = Path(__file__).resolve().parents[2] / "resources" / "translations"
REGENERATE = (
    "pyside6-lupdate $(find ui -name '*.py' | sort) -ts resources/translations/trade_readiness_fr.ts "
    "resources/translations/trade_readiness_es.ts -no-obsolete"
)


def _tool(name: str) -> str:
    bundled = Path(PySide6.__file__).parent / name
    for candidate in (bundled, bundled.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    assert found, f"{name} ships with PySide6-Essentials and was not found"
    return found


def _known_contexts() -> dict[str, set[str]]:
    """Per file of ui/: the classes it defines and the contexts it names in translate("context", "text") calls."""
    known: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and len(node.args) >= 2:
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called == "translate" and isinstance(node.args[0], ast.Constant):
                    names.add(str(node.args[0].value))
        known[path.resolve().as_posix()] = names
    return known


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> ET.ElementTree:
    folder = tmp_path_factory.mktemp("lupdate")
    target = folder / "all.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [_tool("lupdate"), *sources, "-ts", str(target), "-no-obsolete", "-locations", "absolute", "-silent"],
        check=True,
        cwd=folder,
    )
    return ET.parse(target)


def _messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def test_every_string_is_filed_under_a_context_its_module_uses(extracted: ET.ElementTree) -> None:
    known = _known_contexts()
    wrong = []
    for context, message in _messages(extracted):
        location = message.find("location")
        assert location is not None
        where = (Path(location.get("filename", "")) if location is not None else Path()).resolve().as_posix()
        for path, names in known.items():
            if path.endswith("/ui/" + where.split("/ui/", 1)[-1]) and context not in names:
                wrong.append(f"{Path(path).name}: {context!r} {message.findtext('source')!r}")
    assert wrong == [], "\n".join(wrong)


def test_the_committed_catalogues_hold_every_string(extracted: ET.ElementTree) -> None:
    wanted = {(context, message.findtext("source")) for context, message in _messages(extracted)}
    for catalogue in COMMITTED.glob("*.ts"):
        held = {(context, message.findtext("source")) for context, message in _messages(ET.parse(catalogue))}
        missing = sorted(wanted - held)
        assert not missing, f"{catalogue.name} is behind the code ({REGENERATE}); missing {missing[:5]}"


@pytest.fixture
def marked_catalogue(extracted: ET.ElementTree, tmp_path: Path, qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every string "translated" as ⟦string⟧, compiled with lrelease and installed."""
    for _context, message in _messages(extracted):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        source = message.findtext("source") or ""
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = f"\u27e6{source}\u27e7"
        else:
            translation.text = f"\u27e6{source}\u27e7"
    ts, qm = tmp_path / "marked.ts", tmp_path / "marked.qm"
    extracted.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm), "-silent"], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def marked(text: str) -> bool:
    return text.startswith("\u27e6") and text.endswith("\u27e7")


def test_a_compiled_catalogue_translates_a_string_of_each_module(
    qtbot, marked_catalogue, context: AppContext, settings: Settings
) -> None:
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    context.load_assessment(context.assessment_id)
    bar = window.menuBar()
    menu_texts = [a.text() for a in bar.actions()]
    menu_texts += [a.text() for m in bar.actions() if m.menu() for a in m.menu().actions() if a.text()]
    assert menu_texts[0] == "\u27e6&File\u27e7"
    untranslated = [text for text in menu_texts if not marked(text)]
    assert untranslated == []  # every menu entry, including those added later
    window.navigator.go_to_item("goods.baseline")
    form, table = window.editor.form, window.item_table
    frameworks = [context.framework_version(f.id, f.version) for f in context.frameworks()]
    probes = {
        "labels": level_label(1),
        "labels (priority)": priority_label("high"),
        "labels (status)": status_label("open"),
        "main_window": window.tabs.tabText(0),
        "response_form": form.row_labels["level"].text(),
        "item_table": table.filters.search.placeholderText(),
        "models/items": window.item_model.headerData(1, Qt.Orientation.Horizontal),
        "models/areas": window.area_model.headers()[0],
        "models/actions": window.editor.actions_panel.model.headers()[0],
        "actions_panel": window.editor.actions_panel.add_button.text(),
        "evidence_panel": window.editor.evidence.add_button.text(),
        "item_editor": window.editor.guidance_section.toggle.text(),
        "guidance": window.editor.guidance.body.text().removeprefix("<p>").removesuffix("</p>"),
        "dates": form.due.edit.placeholderText(),
        "area_intro": window.editor.intro.start_button.text(),
        "messages": describe_error(Conflict("x", code="disk-full")).removesuffix("."),
        "links": refusal_text(classify_link("javascript:alert(1)")),
        "about": about_box(window, frameworks).windowTitle(),
        "action_dialog": ActionDialog(window, title="t").title_edit.accessibleName(),
        "bulk_edit": BulkEditDialog(window, count=2).set_owner.text(),
        "dashboard": window.dashboard.accessibleName(),
        "commands": commands.AddActionCommand(context, item_id="goods.baseline", action=Action(title="x")).text(),
    }
    window.navigator.search("screened")
    probes["navigator"] = window.statusBar().currentMessage()
    probes["app"] = QCoreApplication.translate("app", "No local copy was made")
    english = {module: text for module, text in probes.items() if not marked(text)}
    assert english == {}


@pytest.mark.parametrize(
    ("source", "count", "shown"),
    [
        ("%n item(s)", 1, "1 item"),
        ("%n item(s)", 3, "3 items"),
        ("%n item(s)", 0, "0 items"),
        ("%n evidence entry(ies)", 1, "1 evidence entry"),
        ("%n evidence entry(ies)", 2, "2 evidence entries"),
        ("Moved to “%1”: %n item(s) need review.", 1, "Moved to “%1”: 1 item needs review."),
        ("Moved to “%1”: %n item(s) need review.", 4, "Moved to “%1”: 4 items need review."),
        ("%n item(s) are gone", 1, "1 item is gone"),
    ],
)
def test_english_plurals_agree_with_the_count(source: str, count: int, shown: str) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("anything", source, "", count) == shown


def test_no_sentence_counts_with_parentheses_outside_a_plural_string() -> None:
    """Every "(s)" the app shows is a plural string (with %n), so the count chooses the form."""
    import re

    offenders = []
    for path in UI.rglob("*.py"):
        for literal in re.findall(r'"([^"\n]*\w\((?:s|ies)\)[^"\n]*)"', path.read_text(encoding="utf-8")):
            if "%n" not in literal and "file(s)" not in literal:
                offenders.append(f"{path.name}: {literal}")
    assert offenders == []
