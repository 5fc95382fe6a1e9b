import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EntityInput, isYoupinError, score } from 'youpin';
import { readModelFile } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { sampleBatch, scratch } from '../cli/_cli.js';

// Issue 16, item 3: no text had a length limit. Texts in an applicant's row are limited to 10,000
// characters (`text_too_long`, the row invalid, the text neither parsed nor echoed whole), and a
// model file to 16 MiB (`file_too_large`), as docs/reliability.md says.

const LIMIT = 10_000;
const base = { id: 'A', sector: 'manufacturing', values: {} };

function issuesOf(entity: Record<string, unknown>) {
  const [row] = score(liaocheng2024, [entity as unknown as EntityInput]).entities;
  const found = (row?.issues ?? []).map((i) => [i.code, i.path.join('.')]);
  return { row, found, long: found.filter(([code]) => code === 'text_too_long') };
}

describe('texts in an applicant’s row', () => {
  it('are read up to the limit; one character more makes the row invalid, at its path', () => {
    // A row that scores, but for its name.
    const good = sampleBatch()[0] as unknown as Record<string, unknown>;
    expect(issuesOf({ ...good, name: 'n'.repeat(LIMIT) }).row?.status).toBe('scored');
    const { row, long } = issuesOf({ ...good, name: 'n'.repeat(LIMIT + 1) });
    expect(row?.status).toBe('invalid');
    expect(long).toEqual([['text_too_long', 'entities.0.name']]);
  });

  it('anywhere in the row: ids, sectors, cells, keys, facts, events, experts', () => {
    const long = 'x'.repeat(LIMIT + 1);
    const { long: found } = issuesOf({
      id: long,
      sector: 'manufacturing',
      values: { m_Q1: long, [long]: 1 },
      facts: { list: ['a', long] },
      events: [{ type: 'accident', date: '2024-01-01', note: long }],
      panels: { m_Q4: [{ expert: long, score: 80 }] },
    });
    const paths = found.map(([, path]) => path);
    expect(paths.sort()).toEqual(
      [
        'entities.0.id',
        'entities.0.values.m_Q1',
        `entities.0.values.${long}`,
        'entities.0.facts.list.1',
        'entities.0.events.0.note',
        'entities.0.panels.m_Q4.0.expert',
      ].sort(),
    );
  });

  it('a million digits in a cell are not parsed, and the report echoes 200 characters of them', () => {
    const digits = '9'.repeat(1_000_000);
    const { row, found } = issuesOf({ ...base, values: { m_Q4: digits } });
    expect(found).toContainEqual(['text_too_long', 'entities.0.values.m_Q4']);
    expect(found.map(([code]) => code)).not.toContain('not_a_number');
    const echoed = row?.nodes.find((n) => n.id === 'm_Q4')?.value;
    expect(typeof echoed).toBe('string');
    expect(String(echoed).length).toBeLessThanOrEqual(200);
  });
});

describe('a model file', () => {
  it('larger than 16 MiB is refused by its size, before it is read', async () => {
    const file = join(scratch(), 'huge.json');
    const model = JSON.stringify({ ...liaocheng2024, description: 'x'.repeat(16 * 1024 * 1024) });
    writeFileSync(file, model);
    const error = await readModelFile(file).catch((e: unknown) => e);
    expect(isYoupinError(error)).toBe(true);
    if (!isYoupinError(error)) return;
    expect(error.issues.map((i) => i.code)).toEqual(['file_too_large']);
    expect(error.issues[0]?.message).toMatch(
      /huge\.json is \d+ bytes; a model file may have at most 16777216 bytes/,
    );
  });
});
