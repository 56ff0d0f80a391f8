"""The seed article's central system, built through the Python API.

People's Daily app, "China posts three foreign trade firsts as sector shows resilience amid
global challenges" (2025-07-22).  Only the short phrase carrying each number is quoted.
"""

from __future__ import annotations

from factcheck.model import Article, Check, Figure, Reference, Source, Unknown

SOURCE = Source(
    title="China posts three foreign trade firsts as sector shows resilience amid global "
    "challenges",
    outlet="People's Daily app",
    published="2025-07-22",
)

FIGURES = (
    Figure(name="exports", quote="Exports surpassed 13 trillion yuan"),
    Figure(name="exports_usd", quote="(about $1.81 trillion)"),
    Figure(name="exports_growth", quote="marking a 7.2 percent year-on-year increase"),
    Figure(name="bri", quote="has reached 11.29 trillion yuan"),
    Figure(name="bri_growth", quote="up 4.7 percent"),
    Figure(name="bri_share", quote="accounting for 51.8 percent of China's total trade"),
    Figure(name="bri_share_change", quote="a 0.9-percentage-point increase"),
    Figure(name="five_share", quote="accounted for 64.1 percent of China's total foreign trade"),
    Figure(name="five_growth", quote="combined year-on-year growth rate of 4.8 percent"),
    Figure(name="five_gap", quote="1.9 percentage points higher than the national average"),
    Figure(name="five_contribution", quote="contributing 3 percentage points"),
    Figure(name="sd_growth", quote="up 6.8 percent to 1.73 trillion yuan"),
    Figure(name="sd_trade", quote="up 6.8 percent to 1.73 trillion yuan", index=1),
    Figure(name="sd_gap", quote="3.9 percentage points higher than the national average"),
    Figure(
        name="sd_increase_share",
        quote="contributing nearly 20 percent of the overall national trade increase",
    ),
    Figure(name="mech", quote="mechanical and electrical products totaled 7.8 trillion yuan"),
    Figure(name="mech_share", quote="accounting for 60 percent of total exports"),
)

UNKNOWNS = (
    Unknown(name="total", unit="CNY", bounds="positive", description="national trade, H1 2025"),
    Unknown(
        name="total_2024", unit="CNY", bounds="positive", description="national trade, H1 2024"
    ),
    Unknown(name="bri_2024", unit="CNY", bounds="positive"),
    Unknown(name="five", unit="CNY", bounds="positive"),
    Unknown(name="five_2024", unit="CNY", bounds="positive"),
    Unknown(name="sd_2024", unit="CNY", bounds="positive"),
    Unknown(name="national_growth", unit="percent"),
)

REFERENCES = (
    Reference(
        name="cny_per_usd",
        value="between 7.15 and 7.20",
        unit="CNY/USD",
        source="People's Bank of China central parity rates, January-June 2025",
    ),
)

CHECKS = (
    Check(id="national_growth", condition="growth(total, total_2024) == national_growth"),
    Check(id="bri_share", condition="share(bri, total) == bri_share"),
    Check(id="bri_growth", condition="growth(bri, bri_2024) == bri_growth"),
    Check(
        id="bri_share_change",
        condition="share_change(bri, bri_2024, total, total_2024) == bri_share_change",
    ),
    Check(id="five_share", condition="share(five, total) == five_share"),
    Check(id="five_growth", condition="growth(five, five_2024) == five_growth"),
    Check(id="five_gap", condition="gap(five_growth, national_growth) == five_gap"),
    Check(
        id="five_contribution",
        condition="contribution(five, five_2024, total_2024) == five_contribution",
    ),
    Check(id="sd_growth", condition="growth(sd_trade, sd_2024) == sd_growth"),
    Check(id="sd_gap", condition="gap(sd_growth, national_growth) == sd_gap"),
    Check(
        id="sd_increase_share",
        condition="share_of_increase(sd_trade, sd_2024, total, total_2024) == sd_increase_share",
        expect="stretched",
    ),
    Check(id="mech_share", condition="share(mech, exports) == mech_share"),
    Check(id="exports_usd", condition="convert(exports_usd, cny_per_usd) == exports"),
    Check(id="exports_first", condition="previous(exports, exports_growth) <= 13 trillion CNY"),
    Check(id="sd_fastest", condition="largest(sd_growth, [five_growth])"),
    Check(id="sd_within_five", condition="parts_within(five, [sd_trade])"),
)


def build_seed_article() -> Article:
    """The seed system as an Article."""
    return Article(
        source=SOURCE, figures=FIGURES, unknowns=UNKNOWNS, references=REFERENCES, checks=CHECKS
    )
