"""``--format json``: the audit as JSON (schema ``factcheck-audit/1``, see data.py)."""

from __future__ import annotations

import json
from typing import TextIO

from factcheck.reports.data import audit_data
from factcheck.results import AuditResult


def report(result: AuditResult, out: TextIO) -> None:
    json.dump(audit_data(result), out, indent=2, ensure_ascii=False)
    out.write("\n")
