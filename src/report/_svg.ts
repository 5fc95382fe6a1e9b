// Private: small, pure builders of inline SVG charts (horizontal bars, markers, an axis). They
// take numbers for geometry only — the figures shown are the report's published strings — and
// return markup; every text from the data is escaped here. Styling is left to CSS classes.

import { esc } from './_escape.js';

/** One row of a horizontal bar chart. */
export interface BarRow {
  /** The row's label, left of the plot (plain text; escaped here). */
  readonly label: string;
  /** A second, smaller label line (e.g. the English label). */
  readonly sub?: string | undefined;
  /** The bar's length on the chart's scale; `null` draws no bar (a missing score). */
  readonly value: number | null;
  /** A background bar to this value (e.g. the most a leaf could contribute). */
  readonly back?: number | undefined;
  /** The figure written after the bar (plain text). */
  readonly text: string;
  /** CSS class of the bar. */
  readonly tone: string;
  /** Tooltip of the bar (plain text). */
  readonly title?: string | undefined;
  /** Attributes of the bar, already escaped (`data-id="…"`). */
  readonly attrs?: string | undefined;
  /** Short marks across this row only (a benchmark line, a floor), styled by `paint`. */
  readonly marks?:
    | ReadonlyArray<{ readonly value: number; readonly tone: string; readonly paint: string }>
    | undefined;
  /** A group heading: the label at the left edge, `text` at the plot's start, no bar. */
  readonly heading?: boolean | undefined;
}

/** A horizontal bar chart. */
export interface BarChart {
  /** CSS classes of the `<svg>`. */
  readonly tone: string;
  /** Accessible name of the chart (plain text). */
  readonly title: string;
  /** Attributes of the `<svg>`, already escaped. */
  readonly attrs?: string | undefined;
  readonly rows: readonly BarRow[];
  /** The scale's ends. */
  readonly min: number;
  readonly max: number;
  /** Width of the label column, px. */
  readonly labelWidth: number;
  /** Total width, px (default 860). */
  readonly width?: number | undefined;
  /** Room right of the plot for the figures written after the bars, px (default 56). */
  readonly valueWidth?: number | undefined;
  /** Lines across the whole plot (the selection threshold), labelled above the plot. */
  readonly lines?:
    | ReadonlyArray<{
        readonly value: number;
        readonly tone: string;
        /** The colour of the (dashed) line and of its label. */
        readonly color: string;
        readonly label: string;
      }>
    | undefined;
}

// The parts that may be shared are styled by presentation attributes, not by the page's CSS:
// elements drawn through <use> live in a shadow tree that the page's selectors do not reach.
const GRID = 'stroke="#eaeef2"';
const TICK = 'font-size="10" fill="#59636e" text-anchor="middle"';
const LABEL = 'text-anchor="end"';
const SUB = 'text-anchor="end" font-size="10" fill="#59636e"';
const HEAD = 'font-weight="600"';
const BACK = 'fill="#eaeef2"';

/** A coordinate in px, to one decimal (geometry only: the figures shown are the report's strings). */
const n = (x: number): string => String(Number(x.toFixed(1)));

/** About how wide a text is at `size` px: CJK and full-width characters count double. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const c of text) w += /[\u1100-\uffff]/u.test(c) ? 1 : 0.56;
  return w * size;
}

/** The text cut to fit `width` px at `size` px, with `…` when cut. */
export function truncate(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let out = '';
  for (const c of text) {
    if (textWidth(`${out}${c}…`, size) > width) break;
    out += c;
  }
  return `${out}…`;
}

/**
 * Whether float64 can draw a scale. A model may state one that it cannot: beyond ±1.8e308 (the
 * span is Infinity), or narrower than the smallest normal double, 2.2e-308 (a scale of
 * [0, 1e-320]: pixels per unit overflow and 0 · Infinity is NaN). Such a chart is left out; the
 * tables beside it still give every figure.
 */
export function drawable(min: number, max: number): boolean {
  const span = max - min;
  return (
    Number.isFinite(min) &&
    Number.isFinite(max) &&
    Number.isFinite(span) &&
    (span === 0 || Math.abs(span) >= MIN_NORMAL)
  );
}

/** The smallest positive normal double (2^-1022). */
const MIN_NORMAL = 2 ** -1022;

/** Round tick values over [min, max]: steps of 1, 2 or 5 × 10^k, about five of them. */
export function ticks(min: number, max: number): number[] {
  if (!drawable(min, max)) return [];
  const span = max - min;
  if (!(span > 0)) return [min];
  const raw = span / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * p >= raw) ?? 10) * p;
  const out: number[] = [];
  // A dozen at most: where |min| dwarfs the span (1e20 to 1e20 + 1), k · step stops moving in
  // float64 and the loop would never end.
  for (
    let k = Math.ceil(min / step - 1e-9);
    out.length < 12 && k * step <= max + step * 1e-9;
    k++
  ) {
    out.push(Number((k * step).toPrecision(12)));
  }
  return out;
}

/**
 * Parts of charts that many charts share (labels, grid, benchmark marks), written once in a
 * hidden `<svg>` and drawn with `<use>`: the page stays small. Ids are given in order of first
 * use, so the same charts give the same page.
 */
export interface SharedParts {
  /** A `<use>` of the part, written once whatever the number of calls. */
  use(markup: string): string;
  /** The hidden `<svg>` that holds every part used (empty when none was). */
  render(): string;
}

/** A new, empty set of shared chart parts; ids start with `prefix`. */
export function sharedParts(prefix: string): SharedParts {
  const ids = new Map<string, string>();
  return {
    use(markup: string): string {
      if (markup === '') return '';
      let id = ids.get(markup);
      if (id === undefined) {
        id = `${prefix}${ids.size}`;
        ids.set(markup, id);
      }
      return `<use href="#${id}"/>`;
    },
    render(): string {
      if (ids.size === 0) return '';
      const parts = [...ids].map(([markup, id]) => `<g id="${id}">${markup}</g>`);
      return `<svg class="shared" width="0" height="0" aria-hidden="true"><defs>${parts.join('')}</defs></svg>`;
    },
  };
}

/**
 * Renders a horizontal bar chart as an inline `<svg>` element. With `shared`, what does not
 * depend on the rows' values (grid, ticks, labels, background bars, marks and lines) is drawn by
 * `<use>` of a shared part.
 */
export function barChart(chart: BarChart, shared?: SharedParts): string {
  if (!drawable(chart.min, chart.max)) return '';
  const width = chart.width ?? 860;
  const textCol = chart.valueWidth ?? 56;
  const x0 = chart.labelWidth;
  const plot = width - x0 - textCol;
  const span = chart.max - chart.min || 1;
  // The fraction of the way along the scale first, then pixels: both factors stay within [0, 1]
  // and [0, plot], so no product of a huge and a tiny number is ever formed.
  const x = (v: number) =>
    x0 + ((Math.min(Math.max(v, chart.min), chart.max) - chart.min) / span) * plot;
  const top = chart.lines && chart.lines.length > 0 ? 22 : 6;
  const heights = chart.rows.map((r) => (r.sub ? 30 : 20));
  const body = heights.reduce((a, h) => a + h, 0);
  const height = top + body + 22;
  // Drawn in this order: what is under the bars, the bars, the lines and marks over them, and
  // the figures (with a white halo, so that a line never hides them).
  const under: string[] = [];
  const bars: string[] = [];
  const over: string[] = [];
  const figures: string[] = [];
  for (const t of ticks(chart.min, chart.max)) {
    const tx = n(x(t));
    under.push(
      `<line class="grid" ${GRID} x1="${tx}" x2="${tx}" y1="${top}" y2="${top + body}"/>`,
      `<text class="tick" ${TICK} x="${tx}" y="${top + body + 15}">${esc(String(t))}</text>`,
    );
  }
  let y = top;
  chart.rows.forEach((r, i) => {
    const h = heights[i] ?? 20;
    const mid = y + (r.sub ? 11 : h / 2);
    y += h;
    if (r.heading) {
      under.push(`<text class="head" ${HEAD} x="0" y="${n(mid + 4)}">${esc(r.label)}</text>`);
      if (r.text)
        figures.push(`<text class="value head" x="${x0}" y="${n(mid + 4)}">${esc(r.text)}</text>`);
      return;
    }
    under.push(
      `<text class="label" ${LABEL} x="${x0 - 8}" y="${n(mid + 4)}">${esc(r.label)}</text>`,
    );
    if (r.sub)
      under.push(`<text class="sub" ${SUB} x="${x0 - 8}" y="${n(mid + 16)}">${esc(r.sub)}</text>`);
    const by = mid - 6;
    if (r.back !== undefined)
      under.push(
        `<rect class="back" ${BACK} x="${x0}" y="${n(by)}" width="${n(x(r.back) - x0)}" height="12"/>`,
      );
    for (const m of r.marks ?? []) {
      const mx = n(x(m.value));
      over.push(
        `<line class="mark ${m.tone}" ${m.paint} x1="${mx}" x2="${mx}" y1="${n(by - 3)}" y2="${n(by + 15)}"/>`,
      );
    }
    if (r.value !== null) {
      const w = n(Math.max(x(r.value) - x0, 0.5));
      const tip = r.title === undefined ? '/>' : `><title>${esc(r.title)}</title></rect>`;
      bars.push(
        `<rect class="bar ${r.tone}"${r.attrs ? ` ${r.attrs}` : ''} x="${x0}" y="${n(by)}" width="${w}" height="12"${tip}`,
      );
    }
    const after = Math.max(
      r.value === null ? x0 : x(r.value),
      r.back === undefined ? 0 : x(r.back),
    );
    figures.push(`<text class="value" x="${n(after + 4)}" y="${n(mid + 4)}">${esc(r.text)}</text>`);
  });
  for (const line of chart.lines ?? []) {
    const lx = n(x(line.value));
    over.push(
      `<line class="${line.tone}" stroke="${esc(line.color)}" stroke-width="1.5" stroke-dasharray="5 3" x1="${lx}" x2="${lx}" y1="${top - 4}" y2="${top + body}"/>`,
      `<text class="${line.tone}-label" fill="${esc(line.color)}" font-size="11" text-anchor="middle" x="${lx}" y="${top - 8}">${esc(line.label)}</text>`,
    );
  }
  const part = (markup: string[]) => (shared ? shared.use(markup.join('')) : markup.join(''));
  return `<svg class="${chart.tone}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img"${chart.attrs ? ` ${chart.attrs}` : ''}><title>${esc(chart.title)}</title>${part(under)}${bars.join('')}${part(over)}${figures.join('')}</svg>`;
}
