// Private: the chart of rank intervals under uncertainty (toHtml's `sensitivity` option). One
// row per applicant: a bar from the 5th to the 95th percentile of its rank in the sector, a dot
// at the median, a ring at the model's own rank, and the share of draws that selected it.

import type { EntitySensitivity } from '../analysis/sensitivityTypes.js';
import { esc } from './_escape.js';
import { truncate } from './_svg.js';

const n = (x: number): string => String(Number(x.toFixed(1)));

/** One row of the chart: a label (plain text; escaped here) and the applicant's figures. */
export interface IntervalRow {
  readonly label: string;
  readonly entity: EntitySensitivity;
}

export function rankIntervalChart(
  rows: readonly IntervalRow[],
  title: string,
  axis: string,
  attrs: string,
): string {
  const width = 860;
  const x0 = 250;
  const share = 64;
  const plot = width - x0 - share;
  const worst = rows.reduce(
    (a, r) => Math.max(a, r.entity.sectorRank?.p95 ?? 1, r.entity.nominal.sectorRank ?? 1),
    1,
  );
  // Rank 1 on the left; one step per rank.
  const x = (rank: number) => x0 + ((rank - 1) / Math.max(1, worst - 1)) * plot;
  const top = 6;
  const h = 18;
  const body = rows.length * h;
  const out: string[] = [];
  const step = Math.max(1, Math.ceil(worst / 10));
  for (let r = 1; r <= worst; r += step) {
    const tx = n(x(r));
    out.push(
      `<line stroke="#eaeef2" x1="${tx}" x2="${tx}" y1="${top}" y2="${top + body}"/>`,
      `<text font-size="10" fill="#59636e" text-anchor="middle" x="${tx}" y="${top + body + 14}">${r}</text>`,
    );
  }
  out.push(
    `<text font-size="10" fill="#59636e" text-anchor="middle" x="${n(x0 + plot / 2)}" y="${top + body + 28}">${esc(axis)}</text>`,
  );
  rows.forEach((row, i) => {
    const e = row.entity;
    const mid = top + i * h + h / 2;
    const selected = e.nominal.selected;
    out.push(
      `<text text-anchor="end" x="${x0 - 8}" y="${n(mid + 4)}">${esc(truncate(row.label, x0 - 14, 12))}</text>`,
    );
    const interval = e.sectorRank;
    const p = e.probability?.selected ?? null;
    const tip = interval
      ? `${row.label}: ${interval.p5}–${interval.p95} (median ${interval.median})${p === null ? '' : `, P = ${(100 * p).toFixed(1)} %`}`
      : row.label;
    out.push(
      `<g class="interval${selected ? ' sel' : ''}" data-id="${esc(e.id ?? '')}"><title>${esc(tip)}</title>`,
    );
    if (interval) {
      const a = x(interval.p5);
      const b = x(interval.p95);
      out.push(
        `<rect x="${n(a - 3)}" y="${n(mid - 4)}" width="${n(Math.max(6, b - a + 6))}" height="8" rx="4" fill="${selected ? '#1a7f37' : '#8c959f'}" fill-opacity="0.45"/>`,
        `<circle cx="${n(x(interval.median))}" cy="${n(mid)}" r="3.5" fill="${selected ? '#1a7f37' : '#424a53'}"/>`,
      );
    }
    if (e.nominal.sectorRank !== null)
      out.push(
        `<circle cx="${n(x(e.nominal.sectorRank))}" cy="${n(mid)}" r="6" fill="none" stroke="#0969da" stroke-width="1.5"/>`,
      );
    out.push('</g>');
    if (p !== null)
      out.push(
        `<text class="value" x="${n(x0 + plot + 10)}" y="${n(mid + 4)}">${(100 * p).toFixed(1)}%</text>`,
      );
  });
  const height = top + body + 34;
  return `<svg class="chart intervals" ${attrs} role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-size="12">${out.join('')}</svg>`;
}
