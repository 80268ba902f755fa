#!/usr/bin/env python3
"""Writes outbox-v1.sqlite3: an outbox as the first schema (user_version 1) stored it, with drafts in the
first request layout (schema_version 1). Kept in the repository so migrations are tested against real bytes;
run again only if the fixture must be rebuilt."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from pixrma_desktop.outbox.schema import create_schema_v1

HERE = Path(__file__).resolve().parent


def v1_draft(submission_id: str, serial: str, problem: str) -> str:
    return json.dumps(
        {
            "schema_version": 1,
            "submission_id": submission_id,
            "created_at": "2025-03-01T10:00:00Z",
            "contact": {
                "name": "Grace Hopper",
                "email": "grace@example.com",
                "address": "1 Harbour Road\nArlington",
                "country": "USA",
            },
            "purchase": {"channel": "vendor"},
            "warranty": "unknown",
            "cameras": [
                {
                    "serial": serial,
                    "model": "PL-D755MU",
                    "firmware": "3.0.0",
                    "problem": problem,
                    "since": "May",
                    "frequency": "always",
                }
            ],
        }
    )


ROWS = [
    ("11111111-1111-4111-8111-111111111111", "draft", "712000001", "Green frames after warm-up.", None),
    ("22222222-2222-4222-8222-222222222222", "queued", "712000002", "Camera resets when streaming.", None),
    ("33333333-3333-4333-8333-333333333333", "sent", "712000003", "No image at all, LED blinks red.", "41"),
    ("44444444-4444-4444-8444-444444444444", "sending", "712000004", "Dropped frames at 60 fps, always.", None),
]


def main() -> None:
    path = HERE / "outbox-v1.sqlite3"
    path.unlink(missing_ok=True)
    create_schema_v1(path)
    conn = sqlite3.connect(path)
    for n, (rid, state, serial, problem, ticket) in enumerate(ROWS):
        conn.execute(
            "INSERT INTO requests (id, state, document, created_at, updated_at, ticket) VALUES (?, ?, ?, ?, ?, ?)",
            (rid, state, v1_draft(rid, serial, problem), 1.74e9 + n, 1.74e9 + n, ticket),
        )
    conn.commit()
    conn.close()


if __name__ == "__main__":
    main()
