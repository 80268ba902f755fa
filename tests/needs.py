"""Skipping a test for want of something the machine lacks, loudly, and never in CI.

``needs(condition, reason)`` skips with the reason on a developer's machine; under ``CI=true`` it fails
instead, because CI installs everything and a skip there would hide a missing install step.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def needs(condition: object, reason: str) -> None:
    if condition:
        return
    if in_ci():
        pytest.fail(f"CI must provide this, but: {reason}", pytrace=False)
    pytest.skip(reason)
