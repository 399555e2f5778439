"""One self-contained HTML report: charts, conflicts, warnings, recent facts, marked texts.

The file must open offline years later, so everything is inline: CSS in a
<style>, charts as SVG drawn here, document views from spaCy's displaCy in
manual mode (no model needed), no scripts, fonts or stylesheets from anywhere.

The page speaks Russian, as the sources and their readers do; a checkbox and a CSS
rule switch every label to English, with no script. Every chart point, conflict row and
recent fact links to its sentence, marked in its document further down. At archive
scale most documents have no fact: only documents with facts are embedded, and a long
one by the paragraphs that hold its facts, so the page stays small.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape
from typing import Iterable, Optional

from extractor.answers.labels import (country_name, dimension_label, indicator_label,
                                      report_words)
from extractor.answers.series import Point, Series, SeriesSet, build_series, time_position
from extractor.answers.tables import ReviewNote, review_of
from extractor.periods import period_or_none
from extractor.records import Document, Extraction, Fact, plain_number

RECENT_LIMIT = 200
CHART_WIDTH, CHART_HEIGHT = 560, 230
MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 18, 16, 40
CHAR_WIDTH = 6.4  # width of one character of the 11px chart labels, a little generous
CATEGORY_COLORS = {"QUOTA": "#ffd166", "COUNT": "#9ad1f5", "POLICY": "#c5e99b"}
STATUS_COLORS = {"adopted": "#1f5fa8", None: "#1f5fa8", "in_progress": "#7a5195",
                 "planned": "#e07b00", "proposed": "#e07b00"}
DRAFT_COLOR = "#e07b00"
CONFLICT_COLOR = "#d62828"  # different sources disagree
DOUBLE_COLOR = "#b8860b"  # one document gives two values for one figure
FULL_TEXT_LIMIT = 3000  # longer documents are shown by the paragraphs that hold facts
EXCERPT_CONTEXT = 400  # characters either side of a fact when its paragraph is long

STYLE = """
body { font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
       margin: 0 auto; max-width: 1240px; padding: 18px 24px; color: #1b1b1b; }
#english { position: absolute; opacity: 0; }
#english:checked ~ .page .t[lang="ru"], #english:not(:checked) ~ .page .t[lang="en"] { display: none; }
label.switch { float: right; cursor: pointer; border: 1px solid #bbb; border-radius: 4px;
               padding: 2px 10px; font-size: 0.9em; }
#english:focus-visible ~ .page label.switch { outline: 2px solid #1f5fa8; }
h1 { font-size: 1.5em; margin: 0 0 4px; } h2 { margin-top: 28px; border-bottom: 2px solid #ddd; }
.summary { color: #444; margin-bottom: 6px; } nav a { margin-right: 14px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 14px; }
figure.series { margin: 0; border: 1px solid #ddd; border-radius: 6px; padding: 8px 10px; }
figure.series.has-conflict { border-color: #d62828; box-shadow: 0 0 0 1px #d62828 inset; }
figcaption { font-weight: 600; font-size: 0.92em; } figcaption small { color: #555; font-weight: normal; }
svg.chart text { font-size: 11px; fill: #333; font-family: inherit; }
svg.chart text.draft { fill: #e07b00; } svg.chart a:hover circle, svg.chart a:hover path { stroke-width: 3; }
.legend { font-size: 0.8em; color: #444; margin: 6px 0 0; }
.legend span { margin-right: 12px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 5px 6px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
mark.figure { background: #ffe066; padding: 0 2px; border-radius: 3px; }
mark.entity:target { outline: 3px solid #d62828; }
.conflict { color: #d62828; font-weight: 600; } .corrected { color: #7a5195; }
.warning-kind { font-family: monospace; color: #8a4b00; }
details.document { border: 1px solid #ddd; border-radius: 6px; margin: 8px 0; padding: 6px 10px; }
details.document summary { cursor: pointer; font-weight: 600; }
.doc-meta { color: #555; font-size: 0.85em; margin: 4px 0 8px; }
.gap { color: #888; margin: 2px 0; }
.empty { color: #666; font-style: italic; }
"""


# -- words ----------------------------------------------------------------------
def bilingual(russian: str, english: str) -> str:
    """Both languages in the page; the stylesheet shows the chosen one."""
    if russian == english:
        return escape(russian)
    return (f'<span class="t" lang="ru">{escape(russian)}</span>'
            f'<span class="t" lang="en">{escape(english)}</span>')


def say(key: str, **fill: object) -> str:
    russian, english = report_words()["words"][key]
    return bilingual(russian.format(**fill), english.format(**fill))


def plural_form(count: int) -> int:
    """Which of the three Russian forms a number takes: 1, 21 -> 0; 2-4, 22 -> 1; 5-20 -> 2."""
    if count % 10 == 1 and count % 100 != 11:
        return 0
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return 1
    return 2


def counted(count: int, noun: str) -> str:
    russian, english = report_words()["counted"][noun]
    return bilingual(f"{count} {russian[plural_form(count)]}",
                     f"{count} {english[0 if count == 1 else 1]}")


def status_words(status: Optional[str]) -> str:
    return say(status if status in report_words()["words"] else "reported")


def indicator_words(indicator: Optional[str]) -> str:
    english = indicator_label(indicator) or "(no indicator)"
    return bilingual(indicator_label(indicator, "ru") or "(без показателя)", english)


def dimension_words(dimensions: dict[str, str]) -> str:
    return " &middot; ".join(bilingual(dimension_label(k, v, "ru") or v, dimension_label(k, v) or v)
                             for k, v in sorted(dimensions.items()) if v)


# -- links between the parts ----------------------------------------------------
@dataclass
class Targets:
    """Where each fact's sentence stands in the page: its mark, or its document."""

    marked: set[str] = field(default_factory=set)
    reviews: dict[str, ReviewNote] = field(default_factory=dict)

    def href(self, fact_id: str, document_id: str) -> str:
        anchor = f"fact-{fact_id}" if fact_id in self.marked else f"doc-{document_id}"
        return "#" + escape(anchor, quote=True)

    def correction(self, fact_id: str) -> str:
        note = self.reviews.get(fact_id)
        if note is None or note.action != "corrected":
            return ""
        return f' <small class="corrected">{say("corrected", original=was(note))}</small>'


def link_targets(extractions: list[Extraction]) -> Targets:
    targets = Targets()
    for extraction in extractions:
        targets.marked.update(span["fact_id"] for span in fact_spans(extraction))
        for fact in extraction.facts:
            review = review_of(fact)
            if review is not None:
                targets.reviews[fact.id] = review
    return targets


def render_report(extractions: Iterable[Extraction], series: Optional[SeriesSet] = None,
                  title: Optional[str] = None, generated: Optional[str] = None) -> str:
    """The whole report as one HTML string."""
    extractions = list(extractions)
    series = series if series is not None else build_series(extractions)
    generated = generated or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    facts = sum(len(e.facts) for e in extractions)
    with_facts = [e for e in extractions if e.facts]
    conflicts = series.conflicts("sources")
    targets = link_targets(with_facts)
    heading = escape(title) if title else say("title")
    plain_title = title or report_words()["words"]["title"][0]
    parts = [
        "<!DOCTYPE html>", '<html lang="ru"><head><meta charset="utf-8">',
        f"<title>{escape(plain_title)}</title><style>{STYLE}</style></head><body>",
        '<input type="checkbox" id="english" aria-label="English">',
        '<div class="page">',
        f'<label class="switch" for="english">{say("switch")}</label>',
        f"<h1>{heading}</h1>",
        f'<p class="summary">{counted(len(extractions), "document")} '
        f'({say("with_facts", count=len(with_facts))}), {counted(facts, "fact")}, '
        f"{counted(len(series.series), 'series')}, {counted(len(conflicts), 'conflict')}, "
        f"{counted(len(series.warnings), 'warning')} &middot; "
        f"{say('generated', when=generated)}</p>",
        f'<nav><a href="#charts">{say("charts")}</a><a href="#conflicts">{say("conflicts")}</a>'
        f'<a href="#warnings">{say("warnings")}</a><a href="#recent">{say("recent")}</a>'
        f'<a href="#documents">{say("documents")}</a></nav>',
        charts_section(series, targets),
        conflicts_section(conflicts, series.conflicts("document"), targets),
        warnings_section(series, targets),
        recent_section(with_facts, targets),
        documents_section(with_facts, len(extractions) - len(with_facts)),
        "</div></body></html>",
    ]
    return "\n".join(parts)


# -- charts ---------------------------------------------------------------------
def charts_section(series: SeriesSet, targets: Targets) -> str:
    ordered = series.ordered()
    if not ordered:
        return f'<h2 id="charts">{say("charts")}</h2><p class="empty">{say("no_series")}</p>'
    legend = (f'<p class="legend"><span>{say("legend_adopted")}</span>'
              f'<span style="color:{DRAFT_COLOR}">{say("legend_draft")}</span>'
              f'<span style="color:{CONFLICT_COLOR}">{say("legend_conflict")}</span>'
              f'<span style="color:{DOUBLE_COLOR}">{say("legend_double")}</span>'
              f"<span>{say('legend_lines')}</span></p>")
    groups: dict[str, list[Series]] = {}
    for item in ordered:
        groups.setdefault(item.jurisdiction or "-", []).append(item)
    parts = [f'<h2 id="charts">{say("charts")}</h2>{legend}']
    for jurisdiction in sorted(groups, key=lambda j: (j == "-", j)):
        figures = "\n".join(chart_figure(s, targets) for s in groups[jurisdiction])
        parts.append(f'<h3>{jurisdiction_name(jurisdiction)}</h3>'
                     f'<div class="charts">{figures}</div>')
    return "".join(parts)


def jurisdiction_name(code: str) -> str:
    english = country_name(code) if code != "-" else None
    if not english:
        return say("no_jurisdiction")
    return f"{escape(code)} — " + bilingual(country_name(code, "ru") or english, english)


def chart_figure(series: Series, targets: Targets) -> str:
    dims = dimension_words(series.dimensions)
    conflict = any(p.conflict_kind == "sources" for p in series.points.values())
    caption = (f"{indicator_words(series.indicator)} <small>{escape(series.jurisdiction or '-')} "
               f"&middot; {escape(series.indicator)}{' &middot; ' + dims if dims else ''} "
               f"&middot; {escape(series.unit or '')}</small>")
    return (f'<figure class="series{" has-conflict" if conflict else ""}" '
            f'data-series="{escape(series.key)}"><figcaption>{caption}</figcaption>'
            f"{chart_svg(series, targets)}</figure>")


class Labels:
    """Text labels of one chart that must not cover each other: each label takes the
    first free place among its candidates, or is left out (its point's tooltip has it)."""

    def __init__(self) -> None:
        self.boxes: list[tuple[float, float, float, float]] = []

    def place(self, text: str, candidates: list[tuple[float, float, str]]) -> Optional[tuple[float, float, str]]:
        width = len(text) * CHAR_WIDTH + 4
        for x, y, anchor in candidates:
            left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
            box = (left, y - 11, left + width, y + 2)
            if left < 0 or box[2] > CHART_WIDTH or box[1] < 0:
                continue
            if all(box[2] <= b[0] or b[2] <= box[0] or box[3] <= b[1] or b[3] <= box[1]
                   for b in self.boxes):
                self.boxes.append(box)
                return x, y, anchor
        return None

    def reserve(self, x: float, y: float, radius: float) -> None:
        self.boxes.append((x - radius, y - radius, x + radius, y + radius))


def chart_svg(series: Series, targets: Targets) -> str:
    """A line through the current values; drafts hollow with their value beside the adopted
    one, conflicting readings in red; every mark links to its sentence."""
    points = series.ordered_points()
    xs = [time_position(p.period, p.as_of) for p in points]
    values = [r.value for p in points for r in p.readings]
    x_low, x_high = min(xs), max(xs)
    if x_high - x_low < 1e-9:
        x_low, x_high = x_low - 0.5, x_high + 0.5
    y_low, y_high = axis_range(values)
    suffix = "%" if series.measure == "percent" else ""
    tick_labels = [(tick, number(tick) + suffix) for tick in ticks(y_low, y_high)]
    # The left margin fits the longest axis label, so large values are never clipped.
    margin_left = max(40.0, 12 + CHAR_WIDTH * max((len(t) for _, t in tick_labels), default=3))
    plot_w = CHART_WIDTH - margin_left - MARGIN_RIGHT
    plot_h = CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    pad = 0.06 * (x_high - x_low)

    def sx(x: float) -> float:
        return margin_left + (x - x_low + pad) / (x_high - x_low + 2 * pad) * plot_w

    def sy(y: float) -> float:
        return MARGIN_TOP + (1 - (y - y_low) / (y_high - y_low)) * plot_h

    out = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" '
           f'height="{CHART_HEIGHT}" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img" '
           f'aria-label="{escape(indicator_label(series.indicator, "ru") or series.indicator)}">']
    for tick, label in tick_labels:
        y = sy(tick)
        out.append(f'<line x1="{margin_left:.1f}" x2="{CHART_WIDTH - MARGIN_RIGHT}" y1="{y:.1f}" '
                   f'y2="{y:.1f}" stroke="#e6e6e6"/>'
                   f'<text x="{margin_left - 6:.1f}" y="{y + 4:.1f}" text-anchor="end">'
                   f"{escape(label)}</text>")
    base = MARGIN_TOP + plot_h
    out.append(f'<line x1="{margin_left:.1f}" x2="{CHART_WIDTH - MARGIN_RIGHT}" y1="{base}" '
               f'y2="{base}" stroke="#888"/>')
    last_end = -1e9
    for point, x in zip(points, xs):
        label = short_time(point)
        half = len(label) * CHAR_WIDTH / 2
        if sx(x) - half >= last_end + 6:  # leave out time labels that would overlap
            last_end = sx(x) + half
            out.append(f'<text x="{sx(x):.1f}" y="{base + 16}" text-anchor="middle">'
                       f"{escape(label)}</text>")
    lines: dict[str, list[tuple[float, float]]] = {}
    for point, x in zip(points, xs):
        if point.value is not None:
            lines.setdefault(time_kind(point), []).append((sx(x), sy(point.value)))
    for line in lines.values():
        if len(line) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in line)
            out.append(f'<polyline class="trend" points="{path}" fill="none" stroke="#1f5fa8" '
                       f'stroke-width="2"/>')
    labels = Labels()
    for point, x in zip(points, xs):
        for reading in point.readings:
            labels.reserve(sx(x), sy(reading.value), 7)
    for point, x in zip(points, xs):
        out.append(point_marks(point, sx(x), sy, targets, labels))
    out.append("</svg>")
    return "".join(out)


def point_marks(point: Point, x: float, sy, targets: Targets, labels: Labels) -> str:
    current = point.current()
    marks = []
    kind = point.conflict_kind
    color, css = (CONFLICT_COLOR, "conflict") if kind == "sources" else (DOUBLE_COLOR, "double")
    if point.conflict:
        ys = [sy(r.value) for r in current]
        marks.append(f'<line class="{css}-span" x1="{x:.1f}" x2="{x:.1f}" y1="{min(ys):.1f}" '
                     f'y2="{max(ys):.1f}" stroke="{color}" stroke-width="2" '
                     f'stroke-dasharray="4 3"/>')
    texts = []
    if not point.conflict and point.value is not None:  # the adopted value's label goes first
        texts.append(value_label(labels, number(point.value), x, sy(point.value), ""))
    for reading in point.readings:
        y = sy(reading.value)
        tip = f"<title>{escape(reading_tooltip(point, reading, targets))}</title>"
        first = reading.sources[0]
        href = targets.href(first.fact_id, first.document_id)
        text = number(reading.value)
        if point.conflict and reading in current:
            size = 7
            marks.append(f'<a href="{href}"><path class="point {css}" d="M{x:.1f},{y - size:.1f} '
                         f'L{x + size:.1f},{y:.1f} L{x:.1f},{y + size:.1f} L{x - size:.1f},{y:.1f} Z" '
                         f'fill="{color}">{tip}</path></a>')
            texts.append(value_label(labels, text, x, y, f'fill="{color}"', side=True))
            continue
        status = reading.status or "reported"
        stroke = STATUS_COLORS.get(reading.status, "#1f5fa8")
        draft = stroke == DRAFT_COLOR or reading not in current
        fill = "#fff" if draft else stroke
        marks.append(f'<a href="{href}"><circle class="point {escape(status)}" cx="{x:.1f}" '
                     f'cy="{y:.1f}" r="5" fill="{fill}" stroke="{stroke}" stroke-width="2">'
                     f"{tip}</circle></a>")
        if reading not in current:  # a draft beside the adopted figure keeps its value visible
            texts.append(value_label(labels, text, x, y, 'class="draft"', side=True))
    marks.extend(texts)
    return "".join(marks)


def value_label(labels: Labels, text: str, x: float, y: float, attributes: str,
                side: bool = False) -> str:
    """A value next to its mark, wherever it covers no other label; nothing if nowhere."""
    above, below = (x, y - 9, "middle"), (x, y + 20, "middle")
    right, left = (x + 10, y + 4, "start"), (x - 10, y + 4, "end")
    place = labels.place(text, [right, left, above, below] if side else [above, below, right, left])
    if place is None:
        return ""
    px, py, anchor = place
    return (f'<text x="{px:.1f}" y="{py:.1f}" text-anchor="{anchor}"'
            f'{" " + attributes if attributes else ""}>{escape(text)}</text>')


def reading_tooltip(point: Point, reading, targets: Targets) -> str:
    sources = "; ".join(f"{s.outlet or s.url or '?'} {s.published or ''}".strip()
                        for s in reading.sources)
    russian = report_words()["words"]
    status = russian.get(reading.status or "reported", russian["reported"])[0]
    corrected = [targets.reviews[s.fact_id] for s in reading.sources
                 if s.fact_id in targets.reviews and targets.reviews[s.fact_id].action == "corrected"]
    note = f", {russian['corrected'][0].format(original=was(corrected[0]))}" if corrected else ""
    return f"{point.time}: {number(reading.value)} ({status}{note}) — {sources}"


def axis_range(values: list[float]) -> tuple[float, float]:
    low, high = min(values), max(values)
    if low >= 0 and (high - low) > 0.5 * high:
        low = 0.0
    span = high - low or abs(high) or 1.0
    return low - 0.12 * span, high + 0.18 * span


def ticks(low: float, high: float, count: int = 4) -> list[float]:
    import math
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = min((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw),
               default=magnitude)
    first = math.ceil(low / step) * step
    result, value = [], first
    while value <= high + 1e-9:
        result.append(round(value, 10))
        value += step
    return result


def short_time(point: Point) -> str:
    """'2025-07-01' -> '2025-07', '2025-01/2025-09' -> '2025-01…09'."""
    if point.as_of:
        return point.as_of[:7] if point.as_of.endswith("-01") else point.as_of
    period = point.period or ""
    first, _, last = period.partition("/")
    if last and first[:4] == last[:4]:
        return f"{first}…{last[5:]}"
    return period


def time_kind(point: Point) -> str:
    """Points of one kind of time are comparable: dates, years, quarters, months, or spans
    of one length (nine months to date is not a year). A span is its length in months, so
    '2025-01/2025-03' is a quarter and '2019-01/2019-12' a year, as the series counts them."""
    if point.as_of:
        return "date"
    period = period_or_none(point.period)
    if period is None:
        return "other"
    start, end = period.start, period.end
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 12 and start.month == 1:
        return "year"
    if months == 3 and start.month % 3 == 1:
        return "quarter"
    return "month" if months == 1 else f"span:{months}"


# -- tables ---------------------------------------------------------------------
def conflicts_section(conflicts: list[tuple[Series, Point]],
                      doubles: list[tuple[Series, Point]], targets: Targets) -> str:
    """Sources that disagree first; then documents that give one figure two values."""
    parts = [f'<h2 id="conflicts">{say("conflicts_heading")}</h2>']
    if conflicts:
        parts.append(conflict_table(conflicts, "conflicts", targets))
    else:
        parts.append(f'<p class="empty">{say("no_conflicts")}</p>')
    if doubles:
        parts.append(f"<h3>{say('doubles_heading')}</h3><p>{say('doubles_note')}</p>")
        parts.append(conflict_table(doubles, "doubles", targets))
    return "".join(parts)


def conflict_table(points: list[tuple[Series, Point]], css: str, targets: Targets) -> str:
    rows = []
    for series, point in points:
        readings = "".join(
            f'<li><span class="conflict">{escape(number(r.value))}</span> '
            f"({status_words(r.status)}) — "
            + "; ".join(source_link(s.url, s.outlet or s.url) + f" {escape(s.published or '')} "
                        f'<a class="sentence" href="{targets.href(s.fact_id, s.document_id)}">'
                        f"«{escape(s.quote)}»</a>{targets.correction(s.fact_id)}"
                        for s in r.sources) + "</li>"
            for r in point.current())
        rows.append(f"<tr><td>{indicator_words(series.indicator)}<br><small>"
                    f"{escape(series.key)}</small></td>"
                    f"<td>{escape(point.time)}</td><td><ul>{readings}</ul></td></tr>")
    return (f'<table class="{css}"><tr><th>{say("series")}</th><th>{say("time")}</th>'
            f'<th>{say("what_sources_say")}</th></tr>{"".join(rows)}</table>')


def warnings_section(series: SeriesSet, targets: Targets) -> str:
    heading = f'<h2 id="warnings">{say("warnings_heading")}</h2>'
    if not series.warnings:
        return f'{heading}<p class="empty">{say("no_warnings")}</p>'
    rows = "".join(
        f'<tr><td class="warning-kind">{escape(w.kind)}</td><td>{escape(w.message)}'
        f'<br><small><a class="sentence" href="{targets.href(w.fact_ids[0], w.document_id)}">'
        f"{escape(w.sentence)}</a></small></td>"
        f"<td>{source_link(w.url, 'source')}</td></tr>"
        for w in series.warnings)
    return (f'{heading}<table class="warnings"><tr><th>{say("check")}</th>'
            f'<th>{say("problem")}</th><th>{say("where")}</th></tr>{rows}</table>')


def recent_section(extractions: list[Extraction], targets: Targets) -> str:
    rows = []
    pairs = [(e.document, f) for e in extractions for f in e.facts]
    pairs.sort(key=lambda pair: (pair[0].published or "", pair[0].id, -pair[1].evidence.start),
               reverse=True)
    for document, fact in pairs[:RECENT_LIMIT]:
        dims = dimension_words(fact.dimensions)
        when = fact.time.as_of or fact.time.period or ""
        value = "" if fact.value is None else number(fact.value)
        if fact.previous is not None:
            value = f"{number(fact.previous)} → {value}"
        if fact.unit == "percent" and value:
            value += " %"
        what = indicator_words(fact.indicator) if fact.indicator else \
            escape(fact.subject or fact.category)
        rows.append(
            f'<tr class="fact"><td>{escape(document.published or "")}</td>'
            f"<td>{source_link(document.url or document.path, document.outlet or 'source')}</td>"
            f"<td>{what}{'<br><small>' + dims + '</small>' if dims else ''}</td>"
            f'<td class="num">{escape(value)}{targets.correction(fact.id)}</td>'
            f"<td>{escape(when)}</td><td>{status_words(fact.status)}</td>"
            f"<td>{highlighted_sentence(document, fact)} "
            f'<a class="sentence" href="{targets.href(fact.id, document.id)}">'
            f"{say('in_text')}</a></td></tr>")
    heading = f'<h2 id="recent">{say("recent")}</h2>'
    if not rows:
        return f'{heading}<p class="empty">{say("no_facts")}</p>'
    return (f'{heading}<table class="recent"><tr><th>{say("published")}</th>'
            f'<th>{say("source")}</th><th>{say("indicator")}</th><th>{say("value")}</th>'
            f'<th>{say("time")}</th><th>{say("status")}</th><th>{say("sentence")}</th></tr>'
            f'{"".join(rows)}</table>')


def highlighted_sentence(document: Document, fact: Fact) -> str:
    """The evidence sentence with the quoted figure marked where the fact stands."""
    sentence, quote = fact.evidence.sentence or fact.evidence.text, fact.evidence.text
    text = document.text
    window_start = max(0, fact.evidence.end - len(sentence))
    found = text.find(sentence, window_start, fact.evidence.start + len(sentence))
    local = fact.evidence.start - found if found >= 0 else sentence.find(quote)
    if local < 0 or sentence[local:local + len(quote)] != quote:
        return f'<mark class="figure">{escape(quote)}</mark>'
    return (escape(sentence[:local]) + f'<mark class="figure">{escape(quote)}</mark>'
            + escape(sentence[local + len(quote):]))


def source_link(url: Optional[str], label: Optional[str]) -> str:
    if url and url.startswith(("http://", "https://", "file://")):
        return f'<a href="{escape(url, quote=True)}">{escape(label or url)}</a>'
    return escape(label or url or "")


# -- documents ------------------------------------------------------------------
def documents_section(extractions: list[Extraction], left_out: int) -> str:
    """The documents with facts; those without are counted, not embedded."""
    ordered = sorted(extractions, key=lambda e: (e.document.published or "", e.document.id),
                     reverse=True)
    views = "\n".join(document_view(e) for e in ordered)
    note = f'<p class="empty">{say("documents_note", count=left_out)}</p>' if left_out else ""
    return f'<h2 id="documents">{say("documents")}</h2>{note}{views}'


def document_view(extraction: Extraction) -> str:
    document = extraction.document
    spans = fact_spans(extraction)
    heading = escape(document.title or document.url or document.path or document.id)
    meta = " &middot; ".join(x for x in (
        escape(document.published) if document.published else say("undated"),
        escape(document.outlet or ""),
        source_link(document.url or document.path, document.url or document.path),
        counted(len(extraction.facts), "fact")) if x)
    windows = excerpt_windows(document.text, spans)
    body = "".join(
        ('<p class="gap">…</p>' if start > 0 and index == 0 else "")
        + marked_text(document.text[start:end], spans_within(spans, start, end))
        + ('<p class="gap">…</p>' if end < len(document.text) else "")
        for index, (start, end) in enumerate(windows))
    note = f'<div class="doc-meta">{say("excerpt_note")}</div>' if windows != [(0, len(document.text))] else ""
    return (f'<details class="document" id="doc-{escape(document.id, quote=True)}" '
            f'data-document="{escape(document.id)}" data-facts="{len(spans)}">'
            f'<summary>{heading}</summary><div class="doc-meta">{meta}</div>{note}{body}</details>')


def excerpt_windows(text: str, spans: list[dict]) -> list[tuple[int, int]]:
    """The whole text when short; otherwise the paragraphs with facts (a long paragraph cut
    to the facts and some context around them), merged where they touch."""
    if len(text) <= FULL_TEXT_LIMIT or not spans:
        return [(0, len(text))]
    windows: list[tuple[int, int]] = []
    for span in spans:
        start = text.rfind("\n", 0, span["start"]) + 1
        end = text.find("\n", span["end"])
        end = len(text) if end < 0 else end
        if end - start > 2 * EXCERPT_CONTEXT + (span["end"] - span["start"]):
            start = word_boundary(text, max(start, span["start"] - EXCERPT_CONTEXT), backwards=True)
            end = word_boundary(text, min(end, span["end"] + EXCERPT_CONTEXT), backwards=False)
        if windows and start <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def word_boundary(text: str, at: int, backwards: bool) -> int:
    """The nearest space, so an excerpt never starts or ends inside a word."""
    if backwards:
        space = text.rfind(" ", 0, at)
        return 0 if space < 0 else space + 1
    space = text.find(" ", at)
    return len(text) if space < 0 else space


def spans_within(spans: list[dict], start: int, end: int) -> list[dict]:
    return [{**s, "start": s["start"] - start, "end": s["end"] - start}
            for s in spans if s["start"] >= start and s["end"] <= end]


def fact_spans(extraction: Extraction) -> list[dict]:
    """Non-overlapping evidence spans with short labels, as displaCy's manual input wants."""
    spans = []
    for fact in sorted(extraction.facts, key=lambda f: (f.evidence.start, -f.evidence.end)):
        start, end = fact.evidence.start, fact.evidence.end
        if extraction.document.text[start:end] != fact.evidence.text:
            continue
        if spans and start < spans[-1]["end"]:
            continue
        spans.append({"start": start, "end": end, "label": span_label(fact), "fact_id": fact.id})
    return spans


def span_label(fact: Fact) -> str:
    """displaCy puts labels into the page as they are, so every part is escaped here:
    a facts file given to `report --input` may carry anything in these fields."""
    parts = [fact.category.upper()]
    for kind in ("country", "region", "sector"):
        code = (fact.dimensions or {}).get(kind)
        if code:
            parts.append(code)
    when = fact.time.as_of or fact.time.period
    if when:
        parts.append(when)
    if fact.status:
        parts.append(fact.status)
    review = review_of(fact)
    if review is not None and review.action == "corrected":
        parts.append(f"corrected, was {was(review)}")
    return escape(" ".join(parts), quote=True)


MARK_START = re.compile(r'<mark class="entity"')


def marked_text(text: str, spans: list[dict]) -> str:
    """displaCy's marks, each given the id its fact's links point to."""
    from spacy import displacy
    colors = {s["label"]: CATEGORY_COLORS.get(s["label"].split()[0], "#ddd") for s in spans}
    html = displacy.render({"text": text, "ents": [{k: s[k] for k in ("start", "end", "label")}
                                                  for s in spans], "title": None},
                           style="ent", manual=True, page=False, minify=True,
                           options={"colors": colors})
    ids = iter(spans)
    return MARK_START.sub(
        lambda _: f'<mark class="entity" id="fact-{escape(next(ids)["fact_id"], quote=True)}"',
        html)


def was(note: ReviewNote) -> str:
    """The original of a corrected fact: its number, or the fields the reviewer changed."""
    if note.original_value is not None and len(note.original) == 1:
        return number(note.original_value)
    return ", ".join(f"{name} {number(value) if isinstance(value, (int, float)) else value}"
                     for name, value in note.original.items())


def number(value: Optional[float]) -> str:
    """19400 -> '19 400', 0.25 -> '0,25': Russian number formatting, as the sources write it
    (babel's CLDR data rather than rules of our own); groups are cut by a thin space rather
    than CLDR's no-break space, which keeps chart labels narrow."""
    from babel.numbers import format_decimal
    plain = plain_number(value)
    if plain is None:
        return ""
    return format_decimal(plain, locale="ru", decimal_quantization=False).replace("\xa0", "\u2009")
