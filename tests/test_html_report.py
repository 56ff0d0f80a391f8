"""Tests for ``--format html``: one self-contained page, checked as written and as rendered.

The browser tests open the page in headless Chromium (Debian package ``chromium``), read back
the rendered DOM with ``--dump-dom`` and take a screenshot; they skip, saying why, when
Chromium is not installed.  The other tests read the HTML as written.
"""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.cli import EXIT_FINDINGS, main
from factcheck.reports import html
from factcheck.reports.html import _chart, report, worst_grade
from factcheck.results import AuditResult, audit_paths

ROOT = Path(__file__).resolve().parents[1]
SEED_CLAIMS = ROOT / "claims" / "china-foreign-trade-2025h1.claims.yaml"
SEED_ARTICLE = ROOT.parent / "shared" / "articles" / "china-foreign-trade-2025h1.txt"


def _find_chromium() -> str | None:
    found = shutil.which("chromium")
    if found is None and Path("/usr/bin/chromium").is_file():
        found = "/usr/bin/chromium"
    return found


CHROMIUM = _find_chromium()

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (Debian package 'chromium'): no browser to render in",
)
needs_seed = pytest.mark.skipif(
    not SEED_ARTICLE.is_file(), reason=f"the seed article is not at {SEED_ARTICLE}"
)

# -- a small article of our own ----------------------------------------------------------------

# The claim file quotes "-" where the article has "—", and quotes across a line break, so the
# highlights must be found ignoring dash style and whitespace.  The title needs escaping.
WIDGETS_TEXT = """\
Widgets & <Gadgets>: a “record” year
The Example Gazette

Acme Widgets sold 120 widgets in 2024, up 20 percent from 100 widgets in 2023.
Sales in the north were 70 widgets
and in the south 80 widgets — together more than the whole.

Exports were nearly 20 percent of sales, at 22 widgets. Staff numbered 15.
"""

WIDGETS_CLAIMS = """\
source:
  title: "Widgets & <Gadgets>: a \\"record\\" year"
  outlet: The Example Gazette
  published: "2025-01-31"
  path: widgets.txt

figures:
  sales: "sold 120 widgets"
  growth: "up 20 percent"
  sales_2023: "from 100 widgets in 2023"
  north: "the north were 70 widgets and in the south"
  south: "in the south 80 widgets - together"
  export_share: "Exports were nearly 20 percent"
  exports: "at 22 widgets"
  staff: "Staff numbered 15"

checks:
  - id: growth_matches
    quote: "sold 120 widgets in 2024, up 20 percent from 100 widgets"
    condition: growth(sales, sales_2023) == growth
  - id: regions_sum
    quote: "Sales in the north were 70 widgets and in the south 80 widgets"
    condition: north + south == sales
  - id: export_share
    quote: "Exports were nearly 20 percent of sales, at 22 widgets."
    condition: share(exports, sales) == export_share
"""
WIDGETS_TITLE = 'Widgets & <Gadgets>: a "record" year'


def _write_widgets(folder: Path, *, with_text: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if with_text:
        (folder / "widgets.txt").write_text(WIDGETS_TEXT, encoding="utf-8")
    claims = folder / "widgets.claims.yaml"
    claims.write_text(WIDGETS_CLAIMS, encoding="utf-8")
    return claims


def _html(result: AuditResult) -> str:
    out = io.StringIO()
    report(result, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def widgets_result(tmp_path_factory: pytest.TempPathFactory) -> AuditResult:
    claims = _write_widgets(tmp_path_factory.mktemp("widgets"))
    result = audit_paths([claims])
    assert result.files[0].source_text is not None
    return result


@pytest.fixture(scope="module")
def seed_result() -> AuditResult:
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"the seed article is not at {SEED_ARTICLE}")
    return audit_paths([SEED_CLAIMS], source=SEED_ARTICLE)


# -- reading HTML back -------------------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}  # fmt: skip


class Node:
    """An element of a parsed page: enough of a DOM to assert on."""

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [
            node
            for node in self.iter()
            if (tag is None or node.tag == tag)
            and (cls is None or cls in node.classes)
            and all(node.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(node)
        if tag not in _VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.current))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(page: str) -> Node:
    builder = _Builder()
    builder.feed(page)
    builder.close()
    return builder.root


def figure_marks(dom: Node) -> dict[str, Node]:
    """The article's highlighted figures, by figure name."""
    marks: dict[str, Node] = {}
    for mark in dom.find_all("mark", "figure"):
        for name in mark.attrs["data-figure"].split():
            marks.setdefault(name, mark)
    return marks


def grade_of(mark: Node) -> str:
    grades = {c.removeprefix("grade-") for c in mark.classes if c.startswith("grade-")}
    assert len(grades) == 1, mark.attrs
    return grades.pop()


def assert_report_dom(dom: Node, result: AuditResult) -> None:
    """What every rendered report must show: the counts, and per check a card with its
    verdict, one chart and the derivation."""
    for grade, count in result.counts().items():
        (element,) = dom.find_all(cls="count", data_grade=grade)
        assert element.text.strip() == str(count), grade
    # Findings first in each file (failing before acknowledged; inconsistent, stretched,
    # undecided), then the other checks in file order.
    rank = {"inconsistent": 0, "stretched": 1, "undecided": 2}
    verdicts = []
    for f in result.files:
        if f.report is None:
            continue
        found = [v for v in f.report.verdicts if v.grade in rank]
        verdicts += sorted(found, key=lambda v: (v.ok, rank[v.grade]))
        verdicts += [v for v in f.report.verdicts if v.grade not in rank]
    cards = dom.find_all("article", "check")
    assert [c.attrs["data-check"] for c in cards] == [v.check.id for v in verdicts]
    for card, verdict in zip(cards, verdicts, strict=True):
        assert card.attrs["data-grade"] == verdict.grade
        assert verdict.grade in card.find_all(cls="badge")[0].text
        assert len(card.find_all("svg", "interval-chart")) == 1, verdict.check.id
        if verdict.derivation:
            (details,) = card.find_all("details", "derivation")
            assert len(details.find_all("li")) == len(verdict.derivation)
    assert len(dom.find_all("svg", "interval-chart")) == len(verdicts)
    for mark in dom.find_all("mark", "figure"):
        assert grade_of(mark) in {*result.counts(), "unchecked"}


# -- Chromium ----------------------------------------------------------------------------------


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def rendered_dom(page: Path, profile: Path) -> Node:
    done = chromium(profile, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout, done.stderr[-2000:]
    return parse(done.stdout)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# -- tests without a browser -------------------------------------------------------------------


def test_worst_grade() -> None:
    """A figure several checks use takes the worst grade."""
    order = ["inconsistent", "stretched", "undecided", "uncheckable", "consistent"]
    for index, grade in enumerate(order):
        assert worst_grade(order[index:]) == grade
        assert worst_grade(reversed(order[index:])) == grade
    assert worst_grade([]) is None


def _external_references(page: str) -> list[str]:
    found = re.findall(r"""\b(?:src|href|xlink:href|action|poster)\s*=\s*["']?\s*[a-z]*:?//""",
                       page, flags=re.IGNORECASE)  # fmt: skip
    found += re.findall(r"<link\b[^>]*>", page, flags=re.IGNORECASE)
    found += re.findall(r"<script\b[^>]*\bsrc\b", page, flags=re.IGNORECASE)
    found += re.findall(r"@import|url\(", page, flags=re.IGNORECASE)
    found += re.findall(r"<(?:iframe|img|object|embed|image|use)\b", page, flags=re.IGNORECASE)
    return found


def test_widgets_page_is_self_contained(widgets_result: AuditResult) -> None:
    """No external assets: no http(s) or protocol-relative src/href, stylesheet link, script
    src, CSS import or url(); only in-page anchors."""
    page = _html(widgets_result)
    assert page.startswith("<!DOCTYPE html>")
    assert _external_references(page) == []
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs
    assert all(href.startswith("#") for href in hrefs)


@needs_seed
def test_seed_page_is_self_contained(seed_result: AuditResult) -> None:
    page = _html(seed_result)
    assert _external_references(page) == []
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', page))
    # the article's URL, when there is one, appears only as text
    assert "<script" not in page


def test_reference_finder_catches_external_assets() -> None:
    """The self-containment check above does catch what it looks for."""
    bad = (
        '<link rel="stylesheet" href="https://x/y.css"><script src="//cdn/x.js"></script>'
        '<img src="http://x/y.png"><style>@import "z.css"; a{background:url(q.png)}</style>'
    )
    assert len(_external_references(bad)) >= 6
    assert _external_references("<p>see https://example.org for more</p>") == []


def test_text_is_escaped(widgets_result: AuditResult) -> None:
    """Markup in the article or the claim file is shown as text, never interpreted."""
    page = _html(widgets_result)
    assert "<Gadgets>" not in page
    assert "&lt;Gadgets&gt;" in page
    dom = parse(page)
    (heading,) = dom.find_all("h1")
    assert heading.text == WIDGETS_TITLE
    assert not dom.find_all("gadgets")


def test_figures_highlighted_despite_dash_and_whitespace(widgets_result: AuditResult) -> None:
    """Quotes are found ignoring dash style and line breaks; only the number is marked."""
    marks = figure_marks(parse(_html(widgets_result)))
    expected = {
        "sales": ("120", "inconsistent"),  # used by a consistent, a stretched and an
        "growth": ("up 20 percent", "consistent"),  # inconsistent check: the worst wins
        "sales_2023": ("100", "consistent"),
        "north": ("70", "inconsistent"),
        "south": ("80", "inconsistent"),
        "export_share": ("nearly 20 percent", "stretched"),
        "exports": ("22", "stretched"),
        "staff": ("15", "unchecked"),
    }
    assert {name: (m.text, grade_of(m)) for name, m in marks.items()} == expected
    assert marks["export_share"].attrs["data-check"] == "export_share"
    assert marks["sales"].attrs["data-check"].split() == [
        "growth_matches",
        "regions_sum",
        "export_share",
    ]
    assert "stretched" in marks["export_share"].attrs["title"]


def test_uncovered_numbers_are_marked(widgets_result: AuditResult) -> None:
    dom = parse(_html(widgets_result))
    uncovered = dom.find_all("mark", "uncovered")
    assert [m.children[0] for m in uncovered] == ["2024", "2023"]


def test_article_split_into_paragraphs_and_sentences(widgets_result: AuditResult) -> None:
    dom = parse(_html(widgets_result))
    (text,) = dom.find_all("div", "article-text")
    paragraphs = text.find_all("p")
    assert len(paragraphs) == 3
    last = paragraphs[-1].find_all("span", "sentence")
    assert [s.text.strip() for s in last] == [
        "Exports were nearly 20 percent (stretched) of sales, at 22 (stretched) widgets.",
        "Staff numbered 15 (unchecked).",
    ]


def test_quotes_without_the_article_text(tmp_path: Path) -> None:
    """Without the source text the page shows the checks' quotes, still highlighted."""
    claims = _write_widgets(tmp_path, with_text=False)
    result = audit_paths([claims])
    assert result.files[0].source_text is None
    dom = parse(_html(result))
    assert not dom.find_all("div", "article-text")
    quotes = dom.find_all("div", "quotes")[0].find_all("blockquote")
    assert [q.attrs["data-check"] for q in quotes] == [
        "growth_matches",
        "regions_sum",
        "export_share",
    ]
    marks = figure_marks(dom)
    assert grade_of(marks["sales"]) == "inconsistent"
    assert grade_of(marks["export_share"]) == "stretched"
    assert "staff" not in marks  # no check quotes it: listed as not found instead
    assert "staff" in dom.find_all("p", "unplaced")[-1].text
    assert_report_dom(dom, result)


def test_cli_writes_one_html_file(tmp_path: Path) -> None:
    claims = _write_widgets(tmp_path / "in")
    output = tmp_path / "report.html"
    code = main(["audit", str(claims), "--format", "html", "--output", str(output)],
                out=io.StringIO())  # fmt: skip
    assert code == EXIT_FINDINGS
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    assert set(tmp_path.iterdir()) == {tmp_path / "in", output}  # one file, no assets


@needs_seed
def test_seed_page_structure(seed_result: AuditResult) -> None:
    dom = parse(_html(seed_result))
    assert_report_dom(dom, seed_result)
    # A check without intervals (an ordering) still gets a chart, saying there is nothing to
    # compare; a sum of parts against its whole has both.
    (card,) = dom.find_all("article", "check", data_check="shandong_fastest")
    assert "no-intervals" in card.find_all("svg")[0].classes
    (card,) = dom.find_all("article", "check", data_check="private_within_total")
    assert "no-intervals" not in card.find_all("svg")[0].classes


def _bounds(
    low: str | None, high: str | None, low_closed: bool, high_closed: bool
) -> dict[str, object]:
    return {"low": low, "high": high, "low_closed": low_closed, "high_closed": high_closed,
            "unit": "%"}  # fmt: skip


def test_chart_draws_ends_arrows_points_and_gaps() -> None:
    """Closed ends filled, open ends hollow, an unbounded side as an arrow, single values as
    diamonds; a missing, empty or unconstrained interval is said in words, never drawn."""
    chart = _chart(
        {
            "id": "c",
            "stated": _bounds("13", "14", False, True),
            "stated_lenient": _bounds("13", None, False, False),
            "implied": {
                "empty": True,
                "low": None,
                "high": None,
                "low_closed": False,
                "high_closed": False,
                "unit": "%",
            },
        }
    )
    svg = parse(chart).find_all("svg")[0]
    strict, lenient, implied = svg.find_all("g", "row")
    assert [c.attrs["class"] for c in strict.find_all("circle")] == [
        "stated-strict end open",
        "stated-strict end closed",
    ]
    assert [c.attrs["class"] for c in lenient.find_all("circle")] == ["stated-lenient end open"]
    assert len(lenient.find_all("polygon", "arrow")) == 1
    assert not implied.find_all("rect")
    assert "empty" in implied.find_all("text", "missing-label")[0].text
    assert "(13, 14] %" in svg.attrs["aria-label"]

    anything = _bounds(None, None, False, False)
    point = parse(
        _chart(
            {
                "id": "p",
                "stated": _bounds("3", "3", True, True),
                "stated_lenient": None,
                "implied": anything,
            }
        )
    )
    strict, lenient, implied = point.find_all("g", "row")
    assert strict.find_all("rect", "point")
    assert "none" in lenient.find_all("text", "missing-label")[0].text
    # "implied anything" is said in words, with no bar across the whole axis (issue #18)
    assert implied.find_all("polygon", "arrow") == []
    assert implied.find_all("rect") == []
    assert implied.find_all("text", "missing-label")[0].text == "unconstrained"

    nothing = parse(_chart({"id": "n", "stated": None, "stated_lenient": None, "implied": None}))
    (svg,) = nothing.find_all("svg", "interval-chart")
    assert "no-intervals" in svg.classes


def test_chart_survives_a_huge_narrow_interval() -> None:
    """A tiny interval at a huge magnitude still draws (and finishes drawing)."""
    huge = _bounds("10000000000000", "10000000000000.001", True, True)
    svg = parse(_chart({"id": "h", "stated": huge, "stated_lenient": huge, "implied": huge}))
    assert len(svg.find_all("g", "row")) == 3
    assert len(svg.find_all("text", "tick")) <= 13


def test_several_files_and_a_broken_one(tmp_path: Path) -> None:
    """Each file gets its own section; a file that cannot be read shows its error; check ids
    shared between files still get distinct anchors."""
    first = _write_widgets(tmp_path / "a")
    second = _write_widgets(tmp_path / "b")
    broken = tmp_path / "c" / "broken.claims.yaml"
    broken.parent.mkdir()
    broken.write_text("source: [unclosed\n", encoding="utf-8")
    result = audit_paths([first, second, broken])
    dom = parse(_html(result))
    assert len(dom.find_all("section", "file")) == 3
    assert dom.find_all("h1")[0].text == "factcheck audit"
    ids = [node.attrs["id"] for node in dom.iter() if "id" in node.attrs]
    assert len(ids) == len(set(ids))
    assert {"check-regions_sum", "check-regions_sum-2"} <= set(ids)
    (errors,) = dom.find_all("ul", "errors")
    assert errors.find_all("li")
    assert_report_dom(dom, result)


# -- tests in Chromium -------------------------------------------------------------------------


@needs_chromium
@needs_seed
def test_seed_report_in_chromium(seed_result: AuditResult, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(_html(seed_result), encoding="utf-8")
    dom = rendered_dom(page, tmp_path / "profile")
    assert_report_dom(dom, seed_result)
    marks = figure_marks(dom)
    shandong = marks["sd_increase_share"]
    assert grade_of(shandong) == "stretched"
    assert shandong.text == "nearly 20 percent"
    assert shandong.attrs["data-check"] == "shandong_share_of_increase"
    # 628,000 is read by a consistent and an uncheckable check: it shows the worse
    assert grade_of(marks["enterprises"]) == "uncheckable"
    assert grade_of(marks["exports"]) == "consistent"
    # every figure of the claim file is found in the article
    claims = seed_result.files[0].claims
    assert claims is not None
    assert set(marks) == {f.name for f in claims.article.figures}
    (heading,) = dom.find_all("h1")
    assert heading.text == claims.article.source.title


@needs_chromium
def test_generated_report_in_chromium(widgets_result: AuditResult, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(_html(widgets_result), encoding="utf-8")
    dom = rendered_dom(page, tmp_path / "profile")
    assert_report_dom(dom, widgets_result)
    marks = figure_marks(dom)
    assert grade_of(marks["sales"]) == "inconsistent"
    assert grade_of(marks["export_share"]) == "stretched"
    assert grade_of(marks["south"]) == "inconsistent"
    assert dom.find_all("h1")[0].text == WIDGETS_TITLE
    assert not dom.find_all("script")
    (status,) = dom.find_all(id="status")
    assert status.text.startswith("FAILED: ")
    assert "inconsistent finding" in status.text


@pytest.mark.parametrize("which", ["seed", "widgets"])
@needs_chromium
def test_screenshot(which: str, widgets_result: AuditResult, tmp_path: Path) -> None:
    """The page renders to a screenshot of the requested size with real content in it."""
    if which == "seed":
        if not SEED_ARTICLE.is_file():
            pytest.skip(f"the seed article is not at {SEED_ARTICLE}")
        result = audit_paths([SEED_CLAIMS], source=SEED_ARTICLE)
    else:
        result = widgets_result
    page = tmp_path / "report.html"
    page.write_text(_html(result), encoding="utf-8")
    shot = tmp_path / "report.png"
    done = chromium(
        tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri()
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.is_file()
    assert png_size(shot) == (1280, 2000)
    # a blank page of this size compresses to under 10 kB
    assert shot.stat().st_size > 40_000


# -- a report that leads with its findings (issue #18, item 4) ---------------------------------

DOCS_IMAGES = ROOT / "docs" / "images"


@needs_seed
def test_the_seed_page_leads_with_its_finding(seed_result: AuditResult) -> None:
    """The one finding (stretched, acknowledged) is the first card, under "Findings"; the
    status says what it means; the uncheckable checks are listed apart, never as findings."""
    dom = parse(_html(seed_result))
    (status,) = dom.find_all(id="status")
    assert status.text == "1 stretched finding, acknowledged"
    (findings,) = dom.find_all("div", "findings")
    assert [c.attrs["data-check"] for c in findings.find_all("article", "check")] == [
        "shandong_share_of_increase"
    ]
    assert dom.find_all("article", "check")[0].attrs["data-check"] == ("shandong_share_of_increase")
    (apart,) = dom.find_all("p", "uncheckable-list")
    assert apart.text.startswith("Could not be checked:")
    assert "enterprises_first_time" in apart.text
    assert "Not consistent" not in _html(seed_result)


def test_findings_are_ordered_failing_first_then_by_grade() -> None:
    """Failing findings before acknowledged ones; inconsistent, stretched, undecided; file
    order within; consistent and uncheckable checks are not findings."""
    checks = [
        {"id": "a", "verdict": "stretched", "ok": True},
        {"id": "b", "verdict": "consistent", "ok": True},
        {"id": "c", "verdict": "undecided", "ok": False},
        {"id": "d", "verdict": "inconsistent", "ok": True},
        {"id": "e", "verdict": "uncheckable", "ok": False},
        {"id": "f", "verdict": "stretched", "ok": False},
        {"id": "g", "verdict": "inconsistent", "ok": False},
    ]
    assert [c["id"] for c in html.finding_order(checks)] == ["g", "f", "c", "d", "a"]


@pytest.mark.parametrize(
    ("counts", "ok", "words"),
    [
        ({"consistent": 5}, True, "all checks pass"),
        ({"consistent": 5, "stretched": 1}, True, "1 stretched finding, acknowledged"),
        ({"inconsistent": 2, "stretched": 1}, False, "FAILED: 2 inconsistent findings, "
         "1 stretched finding"),
        ({"uncheckable": 1}, False, "FAILED"),
    ],
)  # fmt: skip
def test_the_status_says_what_it_means(counts: dict[str, int], ok: bool, words: str) -> None:
    """The status names the findings and whether they are acknowledged."""
    assert html.status_words(counts, ok) == words


def test_only_the_likely_culprit_is_painted() -> None:
    """A finding that names its likely culprits (the engine's ``culprits``) paints only them
    with its grade; the other figures of the conflict are shown as merely involved.  Without
    culprits every figure of the finding takes its grade, as before."""
    blamed = {"verdict": "inconsistent", "culprits": ["share"]}
    assert html._figure_grade(blamed, "share") == "inconsistent"
    assert html._figure_grade(blamed, "part") == "consistent"
    assert html._figure_grade({"verdict": "inconsistent"}, "part") == "inconsistent"
    assert html._figure_grade({"verdict": "uncheckable", "culprits": ["x"]}, "y") == ("uncheckable")


def test_the_grade_filter_needs_no_script(widgets_result: AuditResult) -> None:
    """One radio button per grade (and "all", checked) before <main>, with labels in the
    header and a CSS rule per grade that hides the other cards."""
    page = _html(widgets_result)
    dom = parse(page)
    inputs = dom.find_all("input", "grade-filter")
    assert [i.attrs["id"] for i in inputs] == [
        "filter-all",
        "filter-consistent",
        "filter-stretched",
        "filter-inconsistent",
        "filter-uncheckable",
        "filter-undecided",
    ]
    assert "checked" in inputs[0].attrs
    assert "#filter-stretched:checked ~ main article.check:not(.grade-stretched)" in page
    assert page.index('id="filter-all"') < page.index("<main>")
    assert not dom.find_all("script")


def test_many_files_get_an_index(tmp_path: Path) -> None:
    """A page of several articles opens with an index: one row per article with its counts,
    linking to its section."""
    first = _write_widgets(tmp_path / "a")
    second = _write_widgets(tmp_path / "b")
    dom = parse(_html(audit_paths([first, second])))
    (index,) = dom.find_all("table", "index")
    rows = index.find_all("tr")[1:]
    assert [r.find_all("a")[0].attrs["href"] for r in rows] == ["#file-1", "#file-2"]
    assert [s.attrs["id"] for s in dom.find_all("section", "file")] == ["file-1", "file-2"]
    cells = [td.text for td in rows[0].find_all("td")[1:]]
    # widgets: 120/100 is up 20 % (consistent), 70 + 80 is not 120 (inconsistent), 22/120 is
    # 18.3 %, "nearly 20 percent" only leniently (stretched): failed, 1, 1, 1, 0, 0
    assert cells == ["failed", "1", "1", "1", "0", "0"]


def _first_finding_box(page: str, tmp_path: Path) -> tuple[float, float]:
    """Where the first finding's card lies in a 1400×900 window: its top and bottom."""
    probe = (
        "<script>addEventListener('load', () => {"
        "const r = document.querySelector('.findings article.check').getBoundingClientRect();"
        "document.body.setAttribute('data-top', r.top);"
        "document.body.setAttribute('data-bottom', r.bottom);});</script>"
    )
    path = tmp_path / "probe.html"
    path.write_text(page.replace("</body>", probe + "</body>"), encoding="utf-8")
    done = chromium(tmp_path / "profile", "--window-size=1400,900", "--dump-dom", path.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    (body,) = parse(done.stdout).find_all("body")
    return float(body.attrs["data-top"]), float(body.attrs["data-bottom"])


@needs_chromium
@needs_seed
def test_the_first_finding_is_on_the_first_screen(seed_result: AuditResult, tmp_path: Path) -> None:
    """At 1400×900, the first finding's card starts within the first screen."""
    top, bottom = _first_finding_box(_html(seed_result), tmp_path)
    assert 0 <= top < 900, (top, bottom)


@needs_chromium
@needs_seed
@pytest.mark.parametrize("which", ["claims", "many"])
def test_docs_screenshots(
    which: str, seed_result: AuditResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screenshots in docs/formats.md are the report of claims/ and of a many-file audit,
    made here by headless Chromium at 1400×900.  FACTCHECK_UPDATE_SCREENSHOTS=1 rewrites
    them; otherwise the test checks they exist at that size."""
    import os

    target = DOCS_IMAGES / f"report-{which}.png"
    if os.environ.get("FACTCHECK_UPDATE_SCREENSHOTS") != "1":
        assert png_size(target) == (1400, 900)
        return
    # paths as a user types them: relative to where the audit runs
    if which == "claims":
        monkeypatch.chdir(ROOT)
        result = audit_paths(["claims"])
    else:
        monkeypatch.chdir(tmp_path)
        Path("claims").symlink_to(SEED_CLAIMS, target_is_directory=True)
        _write_widgets(Path("more"))
        result = audit_paths(["claims", "more"])
    page = tmp_path / "report.html"
    page.write_text(_html(result), encoding="utf-8")
    DOCS_IMAGES.mkdir(exist_ok=True)
    done = chromium(
        tmp_path / "profile", f"--screenshot={target}", "--window-size=1400,900", page.as_uri()
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert png_size(target) == (1400, 900)


def test_an_output_folder_gets_one_page_per_article_and_an_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--format html -o site/`` writes index.html, one row per article with its status and
    counts linking to the article's own page, and that page, as the report of the file
    alone."""
    monkeypatch.chdir(tmp_path)
    _write_widgets(Path("a"))
    _write_widgets(Path("b"))
    out = io.StringIO()
    assert main(["audit", "a", "b", "--format", "html", "-o", "site/"], out=out) == 1
    assert out.getvalue() == ""
    assert sorted(p.name for p in Path("site").iterdir()) == [
        "0001-widgets.html",
        "0002-widgets.html",
        "index.html",
    ]
    index = parse(Path("site/index.html").read_text("utf-8"))
    rows = index.find_all("table", "index")[0].find_all("tr")[1:]
    assert [r.find_all("a")[0].attrs["href"] for r in rows] == [
        "0001-widgets.html",
        "0002-widgets.html",
    ]
    assert [td.text for td in rows[1].find_all("td")[1:]] == ["failed", "1", "1", "1", "0", "0"]
    (status,) = index.find_all(id="status")
    assert status.text == "FAILED: 2 inconsistent findings, 2 stretched findings"
    page = parse(Path("site/0002-widgets.html").read_text("utf-8"))
    assert page.find_all("h1")[0].text == WIDGETS_TITLE
    assert page.find_all("article", "check")[0].attrs["data-check"] == "regions_sum"
