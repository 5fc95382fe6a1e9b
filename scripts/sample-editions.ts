// Writes examples/data/sample-batch-2025.json and -2026.json: the sample batch as it would be
// filed one and two years on, for the yearly cycle of the guides (docs/guides/city-teams.md, "7.
// The years after") and of `npm run demo`. Synthetic, like the sample: every yearly series and
// event date moves on, and applicants of the 2024 cultivation pool improve — in 2025, A005 breeds a
// variety of its own (a_I1; its innovation floor was missed by 0.49) and M021 raises its quality
// (m_Q4 89.6 → 95; it was 0.84 below the threshold); in 2026 M021 also raises its R&D intensity
// (m_I1 7.25 → 9.5). Run: npx tsx scripts/sample-editions.ts
import { readFileSync, writeFileSync } from 'node:fs';

type Row = {
  id: string;
  values: Record<string, unknown>;
  series?: Record<string, Record<string, unknown>>;
  events?: Array<{ date: string }>;
};

const rows: Row[] = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const improved: Record<number, Record<string, Record<string, unknown>>> = {
  1: { A005: { a_I1: ['own_variety'] }, M021: { m_Q4: 95 } },
  2: { A005: { a_I1: ['own_variety'] }, M021: { m_Q4: 95, m_I1: 9.5 } },
};
const later = (years: number) =>
  rows.map((row) => ({
    ...row,
    values: { ...row.values, ...improved[years]?.[row.id] },
    ...(row.series
      ? {
          series: Object.fromEntries(
            Object.entries(row.series).map(([id, byYear]) => [
              id,
              Object.fromEntries(
                Object.entries(byYear).map(([y, v]) => [String(Number(y) + years), v]),
              ),
            ]),
          ),
        }
      : {}),
    ...(row.events
      ? {
          events: row.events.map((e) => ({
            ...e,
            date: `${Number(e.date.slice(0, 4)) + years}${e.date.slice(4)}`,
          })),
        }
      : {}),
  }));
for (const years of [1, 2])
  writeFileSync(
    `examples/data/sample-batch-${2024 + years}.json`,
    `${JSON.stringify(later(years), null, 2)}\n`,
  );
