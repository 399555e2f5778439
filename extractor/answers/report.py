"""One self-contained HTML report: charts, recent facts, conflicts, warnings, marked texts.

The file must open offline years later, so everything is inline: CSS in a
<style>, charts as SVG drawn here, document views from spaCy's displaCy in
manual mode (no model needed), no scripts, fonts or stylesheets from anywhere.
"""
from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from typing import Iterable, Optional

from extractor.records import Document, Extraction, Fact, plain_number
from extractor.answers.series import (Point, Series, SeriesSet, build_series, sector_label,
                                      time_position)

RECENT_LIMIT = 200
CHART_WIDTH, CHART_HEIGHT = 560, 230
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64, 18, 16, 40
CATEGORY_COLORS = {"QUOTA": "#ffd166", "COUNT": "#9ad1f5", "POLICY": "#c5e99b"}
STATUS_COLORS = {"adopted": "#1f5fa8", None: "#1f5fa8", "in_progress": "#7a5195",
                 "planned": "#e07b00", "proposed": "#e07b00"}
CONFLICT_COLOR = "#d62828"  # different sources disagree
DOUBLE_COLOR = "#b8860b"  # one document gives two values for one figure

STYLE = """
body { font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
       margin: 0 auto; max-width: 1240px; padding: 18px 24px; color: #1b1b1b; }
h1 { font-size: 1.5em; margin: 0 0 4px; } h2 { margin-top: 28px; border-bottom: 2px solid #ddd; }
.summary { color: #444; margin-bottom: 6px; } nav a { margin-right: 14px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 14px; }
figure.series { margin: 0; border: 1px solid #ddd; border-radius: 6px; padding: 8px 10px; }
figure.series.has-conflict { border-color: #d62828; box-shadow: 0 0 0 1px #d62828 inset; }
figcaption { font-weight: 600; font-size: 0.92em; } figcaption small { color: #555; font-weight: normal; }
svg.chart text { font-size: 11px; fill: #333; font-family: inherit; }
.legend { font-size: 0.8em; color: #444; margin: 6px 0 0; }
.legend span { margin-right: 12px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 5px 6px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
mark.figure { background: #ffe066; padding: 0 2px; border-radius: 3px; }
.conflict { color: #d62828; font-weight: 600; }
.warning-kind { font-family: monospace; color: #8a4b00; }
details.document { border: 1px solid #ddd; border-radius: 6px; margin: 8px 0; padding: 6px 10px; }
details.document summary { cursor: pointer; font-weight: 600; }
.doc-meta { color: #555; font-size: 0.85em; margin: 4px 0 8px; }
.empty { color: #666; font-style: italic; }
"""


def render_report(extractions: Iterable[Extraction], series: Optional[SeriesSet] = None,
                  title: str = "Labour migration figures", generated: Optional[str] = None) -> str:
    """The whole report as one HTML string."""
    extractions = list(extractions)
    series = series if series is not None else build_series(extractions)
    generated = generated or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    facts = sum(len(e.facts) for e in extractions)
    conflicts = series.conflicts("sources")
    parts = [
        "<!DOCTYPE html>", '<html lang="ru"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{counted(len(extractions), "document")}, {counted(facts, "fact")}, '
        f"{len(series.series)} series, {counted(len(conflicts), 'conflict')} between sources, "
        f"{counted(len(series.warnings), 'consistency warning')} &middot; "
        f"generated {escape(generated)}</p>",
        '<nav><a href="#charts">Charts</a><a href="#conflicts">Conflicts</a>'
        '<a href="#warnings">Warnings</a><a href="#recent">Recent facts</a>'
        '<a href="#documents">Documents</a></nav>',
        charts_section(series),
        conflicts_section(conflicts, series.conflicts("document")),
        warnings_section(series),
        recent_section(extractions),
        documents_section(extractions),
        "</body></html>",
    ]
    return "\n".join(parts)


# -- charts ---------------------------------------------------------------------
def charts_section(series: SeriesSet) -> str:
    ordered = series.ordered()
    if not ordered:
        return ('<h2 id="charts">Charts</h2><p class="empty">No series yet: no dated facts '
                'with a known indicator.</p>')
    legend = ('<p class="legend"><span>&#9679; adopted or reported</span>'
              '<span style="color:#e07b00">&#9675; proposed or planned</span>'
              f'<span style="color:{CONFLICT_COLOR}">&#9670; conflicting sources</span>'
              f'<span style="color:{DOUBLE_COLOR}">&#9670; two values in one document</span>'
              "<span>lines join points of the same kind of time (years, dates, ...)</span></p>")
    groups: dict[str, list[Series]] = {}
    for item in ordered:
        groups.setdefault(item.jurisdiction or "-", []).append(item)
    parts = [f'<h2 id="charts">Charts</h2>{legend}']
    for jurisdiction in sorted(groups, key=lambda j: (j == "-", j)):
        figures = "\n".join(chart_figure(s) for s in groups[jurisdiction])
        parts.append(f'<h3>{escape(jurisdiction_name(jurisdiction))}</h3>'
                     f'<div class="charts">{figures}</div>')
    return "".join(parts)


def jurisdiction_name(code: str) -> str:
    import pycountry
    country = pycountry.countries.get(alpha_2=code) if code != "-" else None
    return f"{code} — {country.name}" if country else "Jurisdiction not stated"


def chart_figure(series: Series) -> str:
    dims = ", ".join(f"{k}={v}" + (f" ({sector_label(v)})" if k == "sector" and sector_label(v) else "")
                     for k, v in series.dimensions.items())
    conflict = any(p.conflict_kind == "sources" for p in series.points.values())
    caption = (f"{escape(series.label)} <small>{escape(series.jurisdiction or '-')} &middot; "
               f"{escape(series.indicator)}{' &middot; ' + escape(dims) if dims else ''} &middot; "
               f"{escape(series.unit or '')}</small>")
    return (f'<figure class="series{" has-conflict" if conflict else ""}" '
            f'data-series="{escape(series.key)}"><figcaption>{caption}</figcaption>'
            f"{chart_svg(series)}</figure>")


def chart_svg(series: Series) -> str:
    """A line through the current values; drafts hollow, conflicting readings in red."""
    points = series.ordered_points()
    xs = [time_position(p.period, p.as_of) for p in points]
    values = [r.value for p in points for r in p.readings]
    x_low, x_high = min(xs), max(xs)
    if x_high - x_low < 1e-9:
        x_low, x_high = x_low - 0.5, x_high + 0.5
    y_low, y_high = axis_range(values)
    plot_w = CHART_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    pad = 0.06 * (x_high - x_low)

    def sx(x: float) -> float:
        return MARGIN_LEFT + (x - x_low + pad) / (x_high - x_low + 2 * pad) * plot_w

    def sy(y: float) -> float:
        return MARGIN_TOP + (1 - (y - y_low) / (y_high - y_low)) * plot_h

    out = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" '
           f'height="{CHART_HEIGHT}" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img" '
           f'aria-label="{escape(series.label)}">']
    for tick in ticks(y_low, y_high):
        y = sy(tick)
        out.append(f'<line x1="{MARGIN_LEFT}" x2="{CHART_WIDTH - MARGIN_RIGHT}" y1="{y:.1f}" '
                   f'y2="{y:.1f}" stroke="#e6e6e6"/>'
                   f'<text x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                   f"{escape(number(tick))}{'%' if series.measure == 'percent' else ''}</text>")
    base = MARGIN_TOP + plot_h
    out.append(f'<line x1="{MARGIN_LEFT}" x2="{CHART_WIDTH - MARGIN_RIGHT}" y1="{base}" '
               f'y2="{base}" stroke="#888"/>')
    last_label = -1e9
    for point, x in zip(points, xs):
        if sx(x) - last_label >= 62:  # leave out labels that would overlap
            last_label = sx(x)
            out.append(f'<text x="{sx(x):.1f}" y="{base + 16}" text-anchor="middle">'
                       f"{escape(short_time(point))}</text>")
    lines: dict[str, list[tuple[float, float]]] = {}
    for point, x in zip(points, xs):
        if point.value is not None:
            lines.setdefault(time_kind(point), []).append((sx(x), sy(point.value)))
    for line in lines.values():
        if len(line) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in line)
            out.append(f'<polyline class="trend" points="{path}" fill="none" stroke="#1f5fa8" '
                       f'stroke-width="2"/>')
    for point, x in zip(points, xs):
        out.append(point_marks(point, sx(x), sy))
    out.append("</svg>")
    return "".join(out)


def point_marks(point: Point, x: float, sy) -> str:
    current = point.current()
    marks = []
    kind = point.conflict_kind
    color, css = (CONFLICT_COLOR, "conflict") if kind == "sources" else (DOUBLE_COLOR, "double")
    if point.conflict:
        ys = [sy(r.value) for r in current]
        marks.append(f'<line class="{css}-span" x1="{x:.1f}" x2="{x:.1f}" y1="{min(ys):.1f}" '
                     f'y2="{max(ys):.1f}" stroke="{color}" stroke-width="2" '
                     f'stroke-dasharray="4 3"/>')
    for reading in point.readings:
        y = sy(reading.value)
        tip = escape(reading_tooltip(point, reading))
        if point.conflict and reading in current:
            size = 7
            marks.append(f'<path class="point {css}" d="M{x:.1f},{y - size:.1f} '
                         f'L{x + size:.1f},{y:.1f} L{x:.1f},{y + size:.1f} L{x - size:.1f},{y:.1f} Z" '
                         f'fill="{color}"><title>{tip}</title></path>')
            marks.append(f'<text x="{x + 10:.1f}" y="{y + 4:.1f}" fill="{color}">'
                         f"{escape(number(reading.value))}</text>")
            continue
        status = reading.status or "reported"
        color = STATUS_COLORS.get(reading.status, "#1f5fa8")
        draft = STATUS_COLORS.get(reading.status) == "#e07b00" or reading not in current
        fill = "#fff" if draft else color
        marks.append(f'<circle class="point {escape(status)}" cx="{x:.1f}" cy="{y:.1f}" r="5" '
                     f'fill="{fill}" stroke="{color}" stroke-width="2"><title>{tip}</title>'
                     f"</circle>")
    if not point.conflict and point.value is not None:
        marks.append(f'<text x="{x:.1f}" y="{sy(point.value) - 9:.1f}" text-anchor="middle">'
                     f"{escape(number(point.value))}</text>")
    return "".join(marks)


def reading_tooltip(point: Point, reading) -> str:
    sources = "; ".join(f"{s.outlet or s.url or '?'} {s.published or ''}".strip()
                        for s in reading.sources)
    status = reading.status or "reported"
    return f"{point.time}: {number(reading.value)} ({status}) — {sources}"


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
    """Points of one kind of time are comparable: dates, years, quarters, months, or ranges
    of one length (nine months to date is not a year)."""
    if point.as_of:
        return "date"
    period = point.period or ""
    if "/" in period:
        first, last = period.split("/", 1)
        try:
            months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
        except ValueError:
            return "range"
        return f"range:{months}"
    if "Q" in period:
        return "quarter"
    return "month" if len(period) == 7 else "year"


# -- tables ---------------------------------------------------------------------
def conflicts_section(conflicts: list[tuple[Series, Point]],
                      doubles: list[tuple[Series, Point]]) -> str:
    """Sources that disagree first; then documents that give one figure two values."""
    parts = ['<h2 id="conflicts">Conflicts between sources</h2>']
    if conflicts:
        parts.append(conflict_table(conflicts, "conflicts"))
    else:
        parts.append('<p class="empty">No conflicting sources.</p>')
    if doubles:
        parts.append("<h3>One document, two values for one figure</h3><p>Usually two "
                     "different figures that were read as the same one; check the sentences.</p>")
        parts.append(conflict_table(doubles, "doubles"))
    return "".join(parts)


def conflict_table(points: list[tuple[Series, Point]], css: str) -> str:
    rows = []
    for series, point in points:
        readings = "".join(
            f'<li><span class="conflict">{escape(number(r.value))}</span> '
            f"({escape(r.status or 'reported')}) — "
            + "; ".join(source_link(s.url, s.outlet or s.url) + f" {escape(s.published or '')} "
                        f"«{escape(s.quote)}»" for s in r.sources) + "</li>"
            for r in point.current())
        rows.append(f"<tr><td>{escape(series.label)}<br><small>{escape(series.key)}</small></td>"
                    f"<td>{escape(point.time)}</td><td><ul>{readings}</ul></td></tr>")
    return (f'<table class="{css}"><tr><th>Series</th><th>Time</th><th>What the sources say'
            f'</th></tr>{"".join(rows)}</table>')


def warnings_section(series: SeriesSet) -> str:
    if not series.warnings:
        return ('<h2 id="warnings">Consistency warnings</h2><p class="empty">'
                "No consistency problems found.</p>")
    rows = "".join(
        f'<tr><td class="warning-kind">{escape(w.kind)}</td><td>{escape(w.message)}'
        f"<br><small>{escape(w.sentence)}</small></td><td>{source_link(w.url, 'source')}</td></tr>"
        for w in series.warnings)
    return ('<h2 id="warnings">Consistency warnings</h2><table class="warnings"><tr>'
            f"<th>Check</th><th>Problem</th><th>Where</th></tr>{rows}</table>")


def recent_section(extractions: list[Extraction]) -> str:
    rows = []
    pairs = [(e.document, f) for e in extractions for f in e.facts]
    pairs.sort(key=lambda pair: (pair[0].published or "", pair[0].id, -pair[1].evidence.start),
               reverse=True)
    for document, fact in pairs[:RECENT_LIMIT]:
        dims = ", ".join(f"{k}={v}" for k, v in sorted(fact.dimensions.items()) if v)
        when = fact.time.as_of or fact.time.period or ""
        value = "" if fact.value is None else number(fact.value)
        if fact.previous is not None:
            value = f"{number(fact.previous)} → {value}"
        if fact.unit == "percent" and value:
            value += " %"
        rows.append(
            f'<tr class="fact"><td>{escape(document.published or "")}</td>'
            f"<td>{source_link(document.url or document.path, document.outlet or 'source')}</td>"
            f"<td>{escape(fact.indicator or fact.subject or fact.category)}"
            f"{'<br><small>' + escape(dims) + '</small>' if dims else ''}</td>"
            f'<td class="num">{escape(value)}</td><td>{escape(when)}</td>'
            f"<td>{escape(fact.status or '')}</td><td>{highlighted_sentence(document, fact)}</td></tr>")
    if not rows:
        return '<h2 id="recent">Recent facts</h2><p class="empty">No facts yet.</p>'
    return ('<h2 id="recent">Recent facts</h2><table class="recent"><tr><th>Published</th>'
            "<th>Source</th><th>Indicator</th><th>Value</th><th>Time</th><th>Status</th>"
            f'<th>Sentence</th></tr>{"".join(rows)}</table>')


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
def documents_section(extractions: list[Extraction]) -> str:
    ordered = sorted(extractions, key=lambda e: (e.document.published or "", e.document.id),
                     reverse=True)
    views = "\n".join(document_view(e) for e in ordered)
    return f'<h2 id="documents">Documents</h2>{views}'


def document_view(extraction: Extraction) -> str:
    document = extraction.document
    spans = fact_spans(extraction)
    heading = escape(document.title or document.url or document.path or document.id)
    meta = " &middot; ".join(x for x in (
        escape(document.published or "undated"), escape(document.outlet or ""),
        source_link(document.url or document.path, document.url or document.path),
        f"{len(extraction.facts)} facts") if x)
    return (f'<details class="document" data-document="{escape(document.id)}" '
            f'data-facts="{len(spans)}"><summary>{heading}</summary>'
            f'<div class="doc-meta">{meta}</div>{marked_text(document.text, spans)}</details>')


def fact_spans(extraction: Extraction) -> list[dict]:
    """Non-overlapping evidence spans with short labels, as displaCy's manual input wants."""
    spans = []
    for fact in sorted(extraction.facts, key=lambda f: (f.evidence.start, -f.evidence.end)):
        start, end = fact.evidence.start, fact.evidence.end
        if extraction.document.text[start:end] != fact.evidence.text:
            continue
        if spans and start < spans[-1]["end"]:
            continue
        spans.append({"start": start, "end": end, "label": span_label(fact)})
    return spans


def span_label(fact: Fact) -> str:
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
    return " ".join(parts)


def marked_text(text: str, spans: list[dict]) -> str:
    from spacy import displacy
    colors = {s["label"]: CATEGORY_COLORS.get(s["label"].split()[0], "#ddd") for s in spans}
    return displacy.render({"text": text, "ents": spans, "title": None}, style="ent",
                           manual=True, page=False, minify=True, options={"colors": colors})


def counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def number(value: Optional[float]) -> str:
    """19400 -> '19 400' (thin space), 0.25 -> '0.25'."""
    plain = plain_number(value)
    if plain is None:
        return ""
    if isinstance(plain, int):
        return f"{plain:,}".replace(",", "\u2009")
    return f"{plain:g}"
