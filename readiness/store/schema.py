"""The workspace schema as an ordered ladder of migrations.

`PRAGMA user_version` holds how many steps a file has climbed. Each step runs
in its own transaction; the caller takes a backup before the first step on an
existing file. Append new steps; never edit a released one.
"""

from __future__ import annotations

# 'TRDY': marks a SQLite file as a Trade Readiness workspace.
APPLICATION_ID = 0x54524459

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
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
    """,
]

LATEST_VERSION = len(MIGRATIONS)
