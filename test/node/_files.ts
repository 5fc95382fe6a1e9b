import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { defineModel, type EntityInput, isYoupinError, type Model } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

/** The 聊城优品 preset, compiled once. */
export const liaocheng: Model = defineModel(liaocheng2024);

/** A file of examples/data. */
export const sample = (name: string): string =>
  fileURLToPath(new URL(`../../examples/data/${name}`, import.meta.url));

/** A scratch directory for the tests of one file, removed afterwards. */
export function scratch(): (name: string, content: string | Uint8Array) => string {
  const dir = mkdtempSync(join(tmpdir(), 'youpin-node-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
}

/** Runs `fn`, expects a YoupinError, returns its issue codes (and checks both messages exist). */
export async function rejection(fn: () => Promise<unknown>): Promise<{
  codes: string[];
  message: string;
  messageZh: string;
  paths: string[][];
}> {
  try {
    await fn();
  } catch (error) {
    expect(isYoupinError(error)).toBe(true);
    if (!isYoupinError(error)) throw error;
    for (const issue of error.issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.messageZh.length).toBeGreaterThan(0);
    }
    return {
      codes: error.issues.map((i) => i.code),
      message: error.message,
      messageZh: error.issues[0].messageZh,
      paths: error.issues.map((i) => i.path.map(String)),
    };
  }
  throw new Error('expected a YoupinError, but nothing was thrown');
}

/** A finite number as the readers give it: its decimal text (shortest round trip). */
const text = (v: unknown): unknown => (typeof v === 'number' ? String(v) : v);

/**
 * What a table file gives for a JSON entity: numbers as decimal text, `null` values and empty
 * fact lists left out, empty points lists as 0 points, empty parts left out; without panels and
 * events unless `full`.
 */
export function asTable(entity: EntityInput, full: boolean): EntityInput {
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entity.values)) {
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    // No points items: written as 0 points (a blank cell would be missing).
    if (typeof v === 'object' && Object.keys(v).length === 0) {
      values[k] = '0';
      continue;
    }
    values[k] =
      typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).map(([i, c]) => [i, text(c)]))
        : text(v);
  }
  const facts = Object.fromEntries(
    Object.entries(entity.facts ?? {})
      // A blank cell is missing: a table cannot hold an empty list of a fact.
      .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, text(v)]),
  );
  const series = Object.fromEntries(
    Object.entries(entity.series ?? {}).map(([name, years]) => [
      name,
      Object.fromEntries(
        Object.entries(years)
          .filter(([, v]) => v !== null)
          .map(([y, v]) => [y, text(v)]),
      ),
    ]),
  );
  const panels = Object.fromEntries(
    Object.entries(entity.panels ?? {}).map(([leaf, scores]) => [
      leaf,
      scores.map((s) => ({ expert: s.expert, score: text(s.score) })),
    ]),
  );
  const some = (r: object) => Object.keys(r).length > 0;
  return {
    id: String(entity.id),
    ...(entity.name !== undefined ? { name: entity.name } : {}),
    sector: entity.sector,
    values: values as EntityInput['values'],
    ...(some(facts) ? { facts: facts as EntityInput['facts'] } : {}),
    ...(some(series) ? { series: series as EntityInput['series'] } : {}),
    ...(full && entity.events?.length ? { events: entity.events } : {}),
    ...(full && some(panels) ? { panels: panels as EntityInput['panels'] } : {}),
    ...(entity.verification && some(entity.verification)
      ? { verification: entity.verification }
      : {}),
  };
}

/** A file's issues without the coverage check (`missing_*_column`), for tests of other things. */
export function beyondCoverage<T extends { readonly code: string }>(issues: readonly T[]): T[] {
  return issues.filter((i) => i.code !== 'missing_leaf_column' && i.code !== 'missing_fact_column');
}
