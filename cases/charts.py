"""Server-side SVG charts: horizontal bars, stacked by series when there are several.

A chart is drawn from numbers already counted (see `cases.stats`); it needs no script and
no outside network. Each SVG is an image with a title and a description for screen
readers, every bar carries a tooltip with its figure, and the page shows the same numbers
in a table beside it. Labels are escaped like any other text.
"""

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
ROW = 44  # a label line above a bar
BAR = 16
FIGURE_CHAR = 7.5  # width of one character of a figure printed after its bar


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

    @property
    def stacked(self) -> bool:
        return len(self.series) > 1

    @property
    def height(self) -> int:
        return max(1, len(self.rows)) * ROW + 8

    @property
    def svg(self) -> SafeString:
        body = (
            mark_safe("".join(self._row(i, row) for i, row in enumerate(self.rows)))
            if self.rows
            else mark_safe('<text x="0" y="24" class="chart-label">No data yet</text>')
        )
        return format_html(
            '<svg class="chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
            'role="img" aria-labelledby="{id}-title {id}-desc" '
            'preserveAspectRatio="xMinYMin meet">'
            '<title id="{id}-title">{title}</title>'
            '<desc id="{id}-desc">{desc}</desc>{body}</svg>',
            w=WIDTH,
            h=self.height,
            id=self.slug,
            title=self.title,
            desc=self.description,
            body=body,
        )

    def _row(self, index: int, row: Row) -> str:
        top = index * ROW + 4
        figures = max(len(r.figure or self._figure(r.total)) for r in self.rows)
        longest = max((r.total for r in self.rows), default=0) or 1
        scale = (WIDTH - figures * FIGURE_CHAR - 12) / longest
        x = 0.0
        segments = []
        for series in self.series:
            value = row.values.get(series.key, 0)
            if not value:
                continue
            width = max(value * scale, 1.5)
            tooltip = f"{row.label}: {self._figure(value)}"
            if self.stacked:
                tooltip = f"{row.label} — {series.label}: {self._figure(value)}"
            segments.append(
                format_html(
                    '<rect class="bar series-{key}" x="{x}" y="{y}" '
                    'width="{w}" height="{h}"><title>{tip}</title></rect>',
                    key=series.key,
                    x=f"{x:.1f}",
                    y=top + 20,
                    w=f"{width:.1f}",
                    h=BAR,
                    tip=tooltip,
                )
            )
            x += width
        return format_html(
            '<text class="chart-label" x="0" y="{label_y}">{label}</text>{bars}'
            '<text class="chart-figure" x="{fx}" y="{fy}">{figure}</text>',
            label_y=top + 14,
            label=row.label,
            bars=mark_safe("".join(segments)),
            fx=f"{x + 6:.1f}",
            fy=top + 20 + BAR - 3,
            figure=row.figure or self._figure(row.total),
        )

    def _figure(self, value: float) -> str:
        return f"{value:,.0f}"

    @property
    def table_rows(self) -> list[tuple[Row, list[float]]]:
        return [
            (row, [row.values.get(s.key, 0) for s in self.series]) for row in self.rows
        ]
