"""Server-side SVG charts (no database)."""

import re

import pytest
from django.template.defaultfilters import floatformat

from cases.charts import Chart, Row, Series

CASES = (Series("cases", "Cases"),)


def chart(rows, series=CASES):
    return Chart(
        slug="test-chart",
        title="Cases by year",
        description="How many cases each year.",
        series=list(series),
        rows=rows,
    )


def test_a_chart_is_an_image_with_a_title_and_description():
    svg = chart([Row("2020", {"cases": 4})]).svg
    assert 'role="img"' in svg
    assert 'aria-labelledby="test-chart-title test-chart-desc"' in svg
    assert '<title id="test-chart-title">Cases by year</title>' in svg
    assert '<desc id="test-chart-desc">How many cases each year.</desc>' in svg


def test_bars_are_proportional_to_their_values():
    svg = chart([Row("2020", {"cases": 10}), Row("2021", {"cases": 5})]).svg
    widths = [float(w) for w in re.findall(r'<rect[^>]* width="([\d.]+)%"', svg)]
    assert widths == [100, 50]


def test_stacked_bars_have_one_segment_per_series_with_its_figure():
    series = [Series("dismissal", "Dismissed"), Series("warning", "Warning")]
    svg = chart([Row("Kent Police", {"dismissal": 3, "warning": 2})], series).svg
    assert svg.count("<rect") == 2
    assert "<title>Kent Police — Dismissed: 3</title>" in svg
    assert '<tspan class="chart-figure" dx="8">5</tspan></text>' in svg


def test_labels_from_the_data_are_escaped():
    svg = chart([Row("<script>alert(1)</script>", {"cases": 1})]).svg
    assert "<script>" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg


def test_an_empty_chart_says_so():
    assert "No data yet" in chart([]).svg


@pytest.mark.parametrize("value", [0, 0.4, 0.5, 1.5, 2.5, 12, 999.5, 1234.5, 1_000_000])
def test_table_figures_are_printed_as_the_template_filter_printed_them(value):
    """Whole numbers, halves rounded up, thousands grouped: `floatformat:"0g"`."""
    row = Row("Kent", {"cases": value})
    table = chart([row]).table_body

    assert f'<td class="num">{floatformat(value, "0g")}</td>' in table
