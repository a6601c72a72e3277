"""The workspace schema as an ordered ladder of migrations.

`PRAGMA user_version` holds how many steps a file has climbed. Each step runs
in its own transaction; the caller takes a backup before the first step on an
existing file. A step is an SQL script, or a script and a function that
rewrites rows the script cannot (both in the step's transaction). Append new
steps; never edit a released one.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One rung of the ladder: SQL statements, then (optionally) a row rewrite in Python."""

    script: str
    rewrite: Callable[[sqlite3.Connection], None] | None = None


# "Profile has no matching sector (item concerns textiles-apparel, steel-aluminium)": the sentence schema 1
# stored for items the profile ruled out; schema 2 stores the facts behind it instead.
_OLD_NA_SENTENCE = re.compile(r"^Profile has no matching (role|country|sector) \(item concerns ([^)]*)\)$")


def _old_na_basis(reason: str | None) -> dict[str, object] | None:
    match = _OLD_NA_SENTENCE.match(reason or "")
    if not match:
        return None
    return {"dimension": match.group(1), "concerns": [c.strip() for c in match.group(2).split(",")]}


def _codes_not_sentences(tx: sqlite3.Connection) -> None:
    """Give each assessment a stable uid; turn stored profile sentences into profile facts, in snapshots too."""
    for (assessment_id,) in tx.execute("SELECT id FROM assessments").fetchall():
        tx.execute("UPDATE assessments SET uid = ? WHERE id = ?", (uuid.uuid4().hex, assessment_id))
    tx.execute("CREATE UNIQUE INDEX assessments_by_uid ON assessments(uid)")
    rows = tx.execute("SELECT assessment_id, item_id, na_reason FROM responses WHERE na_reason IS NOT NULL").fetchall()
    for assessment_id, item_id, reason in rows:
        basis = _old_na_basis(reason)
        if basis is not None:
            tx.execute(
                "UPDATE responses SET na_basis = ?, na_reason = NULL WHERE assessment_id = ? AND item_id = ?",
                (json.dumps(basis), assessment_id, item_id),
            )
    for snapshot_id, text in tx.execute("SELECT id, content FROM snapshots").fetchall():
        content = json.loads(text)
        for response in content.get("responses", []):
            note = response.pop("review_note", "")
            response["review_notes"] = [{"reason": "text", "text": note}] if note else []
            basis = _old_na_basis(response.get("na_reason"))
            if basis is not None:
                response["na_basis"], response["na_reason"] = basis, None
        tx.execute(
            "UPDATE snapshots SET content = ? WHERE id = ?", (json.dumps(content, ensure_ascii=False), snapshot_id)
        )


# 'TRDY': marks a SQLite file as a Trade Readiness workspace.
APPLICATION_ID = 0x54524459

MIGRATIONS: list[Step] = [
    # 1: the first schema
    Step("""
    CREATE TABLE frameworks (
        id          TEXT NOT NULL,
        version     TEXT NOT NULL,
        title       TEXT NOT NULL,
        builtin     INTEGER NOT NULL DEFAULT 0,
        content     TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
    );
    CREATE TABLE assessments (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        profile     TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        migrated_from INTEGER REFERENCES assessments(id),
        FOREIGN KEY (framework_id, framework_version) REFERENCES frameworks(id, version)
    );
    CREATE TABLE responses (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        item_id     TEXT NOT NULL,
        position    INTEGER NOT NULL,
        level       INTEGER CHECK (level BETWEEN 0 AND 4),
        not_applicable INTEGER NOT NULL DEFAULT 0,
        na_reason   TEXT,
        gap         TEXT NOT NULL DEFAULT '',
        priority    TEXT CHECK (priority IN ('critical', 'high', 'medium', 'low')),
        owner       TEXT NOT NULL DEFAULT '',
        due         TEXT,
        evidence    TEXT NOT NULL DEFAULT '[]',
        notes       TEXT NOT NULL DEFAULT '',
        needs_review INTEGER NOT NULL DEFAULT 0,
        review_note TEXT NOT NULL DEFAULT '',
        updated_at  TEXT,
        PRIMARY KEY (assessment_id, item_id)
    ) WITHOUT ROWID;
    CREATE TABLE actions (
        id          INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL,
        item_id     TEXT NOT NULL,
        uid         TEXT NOT NULL,
        position    INTEGER NOT NULL,
        title       TEXT NOT NULL,
        owner       TEXT NOT NULL DEFAULT '',
        due         TEXT,
        status      TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'in progress', 'done', 'blocked')),
        cost_estimate REAL,
        notes       TEXT NOT NULL DEFAULT '',
        updated_at  TEXT NOT NULL,
        UNIQUE (assessment_id, uid),
        FOREIGN KEY (assessment_id, item_id)
            REFERENCES responses(assessment_id, item_id) ON DELETE CASCADE
    );
    CREATE INDEX actions_by_item ON actions(assessment_id, item_id, position);
    CREATE TABLE snapshots (
        id          INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        label       TEXT NOT NULL,
        taken_at    TEXT NOT NULL,
        content     TEXT NOT NULL
    );
    CREATE TABLE audit_events (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        user        TEXT NOT NULL,
        assessment_id INTEGER,
        item_id     TEXT,
        field       TEXT NOT NULL,
        old_value   TEXT,
        new_value   TEXT
    );
    CREATE INDEX audit_by_assessment ON audit_events(assessment_id, at);
    """),
    # 2: codes, not sentences; a stable assessment uid; currency; watch assessments beside compliance ones
    Step(
        """
        ALTER TABLE assessments ADD COLUMN uid TEXT NOT NULL DEFAULT '';
        ALTER TABLE assessments ADD COLUMN kind TEXT NOT NULL DEFAULT 'compliance'
            CHECK (kind IN ('compliance', 'watch'));
        ALTER TABLE assessments ADD COLUMN currency TEXT NOT NULL DEFAULT 'USD';
        ALTER TABLE assessments ADD COLUMN companion_of INTEGER REFERENCES assessments(id);
        ALTER TABLE assessments ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE responses ADD COLUMN na_basis TEXT;
        ALTER TABLE responses ADD COLUMN review_notes TEXT NOT NULL DEFAULT '[]';
        UPDATE responses SET review_notes = json_array(json_object('reason', 'text', 'text', review_note))
            WHERE review_note != '';
        ALTER TABLE responses DROP COLUMN review_note;
        ALTER TABLE frameworks ADD COLUMN kind TEXT NOT NULL DEFAULT 'compliance';
        ALTER TABLE frameworks ADD COLUMN companion_of TEXT;
        """,
        _codes_not_sentences,
    ),
    # 3: the product register of an assessment (products, lanes, overlays, bills of materials, links to items)
    # and the user's own scenarios. Money, rates and thresholds are exact decimals kept as TEXT; codes as TEXT.
    Step("""
    CREATE TABLE products (
        id          INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        part_number TEXT NOT NULL,
        position    INTEGER NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        hts_code    TEXT NOT NULL,
        preference_claimed INTEGER NOT NULL DEFAULT 1,
        currency    TEXT NOT NULL,
        transaction_value TEXT,
        net_cost    TEXT,
        total_cost  TEXT,
        labour_value_content TEXT,
        shift_level TEXT CHECK (shift_level IN ('chapter', 'heading', 'subheading')),
        shift_excluded TEXT,
        rvc_transaction_value TEXT,
        rvc_net_cost TEXT,
        combination TEXT CHECK (combination IN ('both', 'either')),
        lvc_minimum TEXT,
        us_content_minimum TEXT,
        updated_at  TEXT NOT NULL,
        UNIQUE (assessment_id, part_number)
    );
    CREATE INDEX products_in_order ON products(assessment_id, position);
    CREATE TABLE product_lanes (
        id          INTEGER PRIMARY KEY,
        product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        origin      TEXT NOT NULL,
        destination TEXT NOT NULL,
        annual_value TEXT NOT NULL,
        annual_quantity TEXT NOT NULL DEFAULT '0',
        mfn_rate    TEXT NOT NULL,
        UNIQUE (product_id, origin, destination)
    );
    CREATE TABLE lane_overlays (
        lane_id     INTEGER NOT NULL REFERENCES product_lanes(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        program     TEXT NOT NULL,
        rate        TEXT NOT NULL,
        base        TEXT NOT NULL CHECK (base IN ('whole-value', 'non-us-content', 'non-originating-value')),
        applies     TEXT NOT NULL CHECK (applies IN ('always', 'not-qualifying')),
        PRIMARY KEY (lane_id, program)
    ) WITHOUT ROWID;
    CREATE TABLE bom_lines (
        product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        material    TEXT NOT NULL,
        hts_code    TEXT,
        country     TEXT NOT NULL CHECK (country IN ('US', 'CA', 'MX', 'other', 'unknown')),
        originating TEXT NOT NULL CHECK (originating IN ('yes', 'no', 'unknown')),
        value       TEXT,
        PRIMARY KEY (product_id, position)
    ) WITHOUT ROWID;
    CREATE TABLE item_products (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        item_id     TEXT NOT NULL,
        part_number TEXT NOT NULL,
        linked_at   TEXT NOT NULL,
        PRIMARY KEY (assessment_id, item_id, part_number)
    ) WITHOUT ROWID;
    CREATE INDEX item_products_by_part ON item_products(assessment_id, part_number);
    CREATE TABLE user_scenarios (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        source      TEXT NOT NULL,
        added_at    TEXT NOT NULL
    );
    """),
    # 4: where a change came from when it was not typed in the app or the command line (a returned plan's file),
    # so an audit can tell the manager's edits from the owners'
    Step("""
    ALTER TABLE audit_events ADD COLUMN source TEXT NOT NULL DEFAULT '';
    """),
]

LATEST_VERSION = len(MIGRATIONS)
