"""Server-side SVG charts: horizontal bars, stacked by series when there are several.

A chart is drawn from numbers already counted (see `cases.stats`); it needs no script and
no outside network. Each SVG is an image with a title and a description for screen
readers, every bar carries a tooltip with its figure, and the page shows the same numbers
in a table beside it. Labels are escaped like any other text.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.safestring import SafeString

from cases.markup import html

ROW = 46  # a label line above a bar
BAR = 18
LONGEST_BAR = 100.0  # per cent of the chart's width


@dataclass(frozen=True)
class Series:
    key: str
    label: str


@dataclass(frozen=True)
class Row:
    label: str
    values: dict[str, float]
    href: str = ""
    figure: str = ""  # how to print the total, when not as a plain number

    @property
    def total(self) -> float:
        return sum(self.values.values())


@dataclass
class Chart:
    slug: str
    title: str
    description: str
    series: list[Series]
    rows: list[Row]
    unit: str = "cases"
    label_heading: str = ""  # what the rows are, as the figures' table heads them
    counted: str = ""  # what the chart counts, of how many: its caption
    list_url: str = ""  # the case list of the cases it counts

    @property
    def stacked(self) -> bool:
        return len(self.series) > 1

    @property
    def height(self) -> int:
        return max(1, len(self.rows)) * ROW + 8

    @property
    def svg(self) -> SafeString:
        """The chart drawn in per cent of its width, with no viewBox: the bars stretch
        to any screen and the text keeps its size (13 px labels on a 390 px phone, not
        a desktop drawing shrunk to 7 px)."""
        longest = max((r.total for r in self.rows), default=0) or 1
        body = (
            "".join(self._row(i, row, longest) for i, row in enumerate(self.rows))
            if self.rows
            else '<text x="0" y="24" class="chart-label">No data yet</text>'
        )
        return html(
            '<svg class="chart" width="100%" height="{h}" '
            'role="img" aria-labelledby="{id}-title {id}-desc">'
            '<title id="{id}-title">{title}</title>'
            '<desc id="{id}-desc">{desc}</desc>{body}</svg>',
            h=self.height,
            id=self.slug,
            title=self.title,
            desc=self.description,
            body=SafeString(body),
        )

    def _row(self, index: int, row: Row, longest: float) -> str:
        top = index * ROW + 4
        scale = LONGEST_BAR / longest
        x = 0.0
        segments = []
        for series in self.series:
            value = row.values.get(series.key, 0)
            if not value:
                continue
            width = max(value * scale, 0.4)
            tooltip = f"{row.label}: {self._figure(value)}"
            if self.stacked:
                tooltip = f"{row.label} — {series.label}: {self._figure(value)}"
            segments.append(
                html(
                    '<rect class="bar series-{}" x="{}%" y="{}" '
                    'width="{}%" height="{}"><title>{}</title></rect>',
                    series.key,
                    f"{x:.2f}",
                    top + 22,
                    f"{width:.2f}",
                    BAR,
                    tooltip,
                )
            )
            x += width
        return html(
            '<text class="chart-label" x="0" y="{}">{}'
            '<tspan class="chart-figure" dx="8">{}</tspan></text>{}',
            top + 16,
            row.label,
            row.figure or self._figure(row.total),
            SafeString("".join(segments)),
        )

    def _figure(self, value: float) -> str:
        return f"{value:,.0f}"

    @property
    def table_body(self) -> SafeString:
        """The figures table's rows: a row's figure as printed, or each series'
        value to the nearest whole number, grouped by thousands (as the template
        filter `floatformat:"0g"` printed them, halves rounded up)."""
        lines = []
        for row, values in self.table_rows:
            label = (
                html('<a href="{}">{}</a>', row.href, row.label)
                if row.href
                else row.label
            )
            if row.figure and not self.stacked:
                cells = [row.figure for _ in values]
            else:
                cells = [_whole(value) for value in values]
            if self.stacked:
                cells.append(_whole(row.total))
            lines.append(
                html(
                    '\n        <tr><th scope="row">{}</th>{}</tr>',
                    label,
                    SafeString(
                        "".join(html('<td class="num">{}</td>', c) for c in cells)
                    ),
                )
            )
        return SafeString("".join(lines))

    @property
    def table_rows(self) -> list[tuple[Row, list[float]]]:
        return [
            (row, [row.values.get(s.key, 0) for s in self.series]) for row in self.rows
        ]

    def csv_rows(self) -> list[list]:
        """The figures as CSV rows: a heading, then one row per bar."""
        heading = [self.label_heading or "Label", *(s.label for s in self.series)]
        total = ["Total"] if self.stacked else []
        rows = [heading + total]
        for row, values in self.table_rows:
            figures = [_number(value) for value in values]
            total = [_number(row.total)] if self.stacked else []
            rows.append([row.label, *figures, *total])
        return rows


def _whole(value: float) -> str:
    whole = Decimal(repr(float(value))).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{whole:,}" if whole else "0"


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 1)
