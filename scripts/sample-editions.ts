// Writes examples/data/sample-batch-2025.json: the sample batch as it would be filed a year on,
// for the guides' yearly cycle (docs/guides/city-teams.md, "7. The years after"). Synthetic, like
// the sample: every yearly series and event date moves on a year, and two applicants of the 2024
// cultivation pool improve — A005 breeds a variety of its own (a_I1, its innovation floor was missed by
// 0.49) and M021 its quality (m_Q4 89.6 → 95, 0.84 below the threshold). Run: npx tsx scripts/sample-editions.ts
import { readFileSync, writeFileSync } from 'node:fs';

type Row = {
  id: string;
  values: Record<string, unknown>;
  series?: Record<string, Record<string, unknown>>;
  events?: Array<{ date: string }>;
};

const rows: Row[] = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const improved: Record<string, Record<string, unknown>> = {
  A005: { a_I1: ['own_variety'] },
  M021: { m_Q4: 95 },
};
const next = rows.map((row) => ({
  ...row,
  values: { ...row.values, ...improved[row.id] },
  ...(row.series
    ? {
        series: Object.fromEntries(
          Object.entries(row.series).map(([id, years]) => [
            id,
            Object.fromEntries(Object.entries(years).map(([y, v]) => [String(Number(y) + 1), v])),
          ]),
        ),
      }
    : {}),
  ...(row.events
    ? {
        events: row.events.map((e) => ({
          ...e,
          date: `${Number(e.date.slice(0, 4)) + 1}${e.date.slice(4)}`,
        })),
      }
    : {}),
}));
writeFileSync('examples/data/sample-batch-2025.json', `${JSON.stringify(next, null, 2)}\n`);
