import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  explain,
  type ModelInput,
  safeDefineModel,
  score,
  toCsv,
  toHtml,
  toMarkdown,
} from 'youpin';
import { readBatch, readCsvChunks } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { METHOD_NAMES } from './_arbitraries.js';

// Ids named like the properties every plain object inherits (toString, valueOf, hasOwnProperty,
// __defineGetter__ …) are ids like any other: the 聊城优品 model and its sample batch with such
// names in place of its own ids give the same report, word for word, once the names are put back.
// (Before, every applicant was invalid with a spurious verification error, a sector named
// toString read a function as its quota, and so on.)

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);

// Ids of every kind the model and the batch name: nodes (a dimension, leaves of each input kind),
// a sector, facts (plain, a list, one read by a tie-break), a series, an event type and severity,
// a category value, a points item and a list value, an expert, a gate and a band.
const TARGETS = [
  'Q',
  'm_Q1',
  'm_Q2',
  'm_Q3',
  'manufacturing',
  'registered_in_liaocheng',
  'net_profit',
  'quality_accident',
  'domestic_leading',
  'excellence_model',
  'credit_grade',
  'E04',
  'G1',
  'excellent',
  'larger',
  'm_E1',
  'certifications',
  'pollution_free',
  'V3',
  'services',
];

/** Renames every key and every string value equal to an id of `names`. */
function rename<T>(value: T, names: ReadonlyMap<string, string>): T {
  return JSON.parse(JSON.stringify(value), function (this: unknown, _key, v) {
    if (typeof v === 'string') return names.get(v) ?? v;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v))
      Object.defineProperty(out, names.get(k) ?? k, {
        value: x,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  });
}

/** Text with every new name put back (names are whole words here), also as Markdown escapes them. */
function restore(text: string, names: ReadonlyMap<string, string>): string {
  let out = text;
  const md = (t: string) => t.replace(/[\\`*_{}[\]<>|~&#$!]/g, '\\$&');
  for (const [old, name] of names) if (md(name) !== name) out = out.split(md(name)).join(md(old));
  for (const [old, name] of names)
    out = out.replace(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'), old);
  return out;
}

/** Expects equal texts; on a difference, shows where (a whole report is too long to read). */
function same(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i++;
  const at = (t: string) => t.slice(Math.max(0, i - 300), i + 200);
  expect(at(actual), `${what} differs at ${i}`).toBe(at(expected));
}

const mappings: Array<Map<string, string>> = [];
for (let group = 0; group * METHOD_NAMES.length < TARGETS.length; group++) {
  const targets = TARGETS.slice(group * METHOD_NAMES.length, (group + 1) * METHOD_NAMES.length);
  for (let k = 0; k < METHOD_NAMES.length; k++)
    mappings.push(
      new Map(targets.map((t, i) => [t, METHOD_NAMES[(i + k) % METHOD_NAMES.length] as string])),
    );
}

describe('ids named like Object.prototype properties', () => {
  const model = defineModel(liaocheng2024);
  const reference = {
    exact: score(model, sample),
    fast: score(model, sample, { engine: 'fast' }),
  };

  it('covers every property name of Object.prototype', () => {
    expect(METHOD_NAMES).toEqual(
      expect.arrayContaining(['toString', 'valueOf', '__lookupSetter__']),
    );
    expect(new Set(mappings.flatMap((m) => [...m.values()]))).toEqual(new Set(METHOD_NAMES));
  });

  it.each(mappings.map((m, i) => [i, m] as const))(
    'mapping %i: the same report, explanation and renderings as with the own ids',
    (_i, names) => {
      const renamedModel = defineModel(rename(liaocheng2024 as ModelInput, names));
      const batch = rename(sample, names);
      for (const engine of ['exact', 'fast'] as const) {
        const report = score(renamedModel, batch, { engine });
        same(restore(JSON.stringify(report), names), JSON.stringify(reference[engine]), engine);
      }
      const report = score(renamedModel, batch);
      const ref = reference.exact;
      const some = [0, 5, 41, 77, 110, sample.length - 1];
      for (const i of some) {
        const id = (batch[i] as EntityInput).id as string;
        same(
          restore(JSON.stringify(explain(report, id)), names),
          JSON.stringify(explain(ref, restore(id, names))),
          `explain ${id}`,
        );
      }
      same(restore(toCsv(report), names), toCsv(ref), 'toCsv');
      // Markdown escapes an id where it stands in text (m\_Q2); a restored name cannot know
      // whether it stood there, so both sides are compared with their escapes of _ undone.
      const unescaped = (md: string) => md.replace(/\\_/g, '_');
      same(unescaped(restore(toMarkdown(report), names)), unescaped(toMarkdown(ref)), 'toMarkdown');
      if (_i % 5 === 0) same(restore(toHtml(report), names), toHtml(ref), 'toHtml');
    },
  );
});

describe('columns named like Object.prototype properties', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youpin-method-ids-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const leaves = METHOD_NAMES.slice(0, 6);
  const model = defineModel({
    id: 'methods',
    version: '1',
    name: { zh: '方法名', en: 'Method names' },
    tree: {
      id: 'total',
      label: { zh: '总分', en: 'Total' },
      children: leaves.map((id) => ({
        id,
        label: { zh: `指标${id}`, en: `Indicator ${id}` },
        scoring: { method: 'linear', lower: 0, upper: 10 },
      })),
    },
    sectors: [{ id: 'valueOf', label: { zh: '行业', en: 'Sector' } }],
    profile: { weights: Object.fromEntries(leaves.map((id, i) => [id, i === 0 ? 0.5 : 0.1])) },
  });
  // Unknown headers that name inherited properties, and one that is none.
  const unknown = ['__proto__', 'constructor', ...METHOD_NAMES.slice(6), 'nothing'];
  const header = ['id', 'sector', ...leaves, ...unknown];
  const rows = [
    header.join(','),
    ['A', 'valueOf', ...leaves.map((_, i) => String(i + 1)), ...unknown.map(() => 'x')].join(','),
  ];
  const file = join(dir, 'methods.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);

  it('reads a column named after a leaf and reports every other as unknown, in memory and streamed', async () => {
    const batch = await readBatch(file, model);
    expect(batch.entities[0]?.values).toEqual(
      Object.fromEntries(leaves.map((id, i) => [id, String(i + 1)])),
    );
    const columns = batch.issues.filter((i) => i.code === 'unknown_column');
    expect(columns.map((i) => batch.locate(i.path)?.column)).toEqual(unknown);
    const report = score(model, batch.entities);
    expect(report.entities[0]).toMatchObject({ status: 'scored', total: '25.00' });

    const streamed: string[] = [];
    for await (const chunk of readCsvChunks(file, model)) {
      streamed.push(
        ...chunk.issues
          .filter((i) => i.code === 'unknown_column')
          .map((i) => String(i.path.at(-1))),
      );
      if (chunk.entities.length > 0)
        expect(chunk.entities[0]?.values).toEqual(batch.entities[0]?.values);
    }
    expect(streamed).toEqual(unknown);
  });
});

describe('a gate on a fact named __proto__ or like a method', () => {
  it('reads the fact and keeps what it read in its explanation', () => {
    for (const fact of ['__proto__', 'constructor', ...METHOD_NAMES]) {
      const reserved = fact === '__proto__' || fact === 'constructor';
      const input: ModelInput = {
        id: 'g',
        version: '1',
        name: { zh: '门槛', en: 'Gate' },
        tree: {
          id: 'total',
          label: { zh: '总分', en: 'Total' },
          children: [{ id: 'x', label: { zh: '指标', en: 'X' }, scoring: { method: 'direct' } }],
        },
        sectors: [{ id: 's', label: { zh: '行业', en: 'Sector' } }],
        profile: { weights: { x: 1 } },
        facts: [{ id: fact, label: { zh: '事实', en: 'Fact' }, type: 'number' as const }],
        gates: [
          {
            id: 'G1',
            label: { zh: '条件', en: 'Gate' },
            when: { fact, op: '>=' as const, value: 3 },
          },
        ],
      };
      // A fact is declared like a leaf: a reserved name cannot be one (refused, with its code).
      const defined = safeDefineModel(JSON.parse(JSON.stringify(input)));
      if (reserved) {
        expect(defined.success ? [] : defined.error.issues.map((i) => i.code), fact).toContain(
          'reserved_id',
        );
        continue;
      }
      const model = defineModel(input);
      // JSON.parse makes "__proto__" an own key, as a request body or a file would.
      const entity = JSON.parse(
        `{"id":"A","sector":"s","values":{"x":50},"facts":{${JSON.stringify(fact)}:5}}`,
      );
      const [result] = score(model, [entity]).entities;
      expect(result?.status, fact).toBe('scored');
      const gate = result?.eligibility.gates[0];
      expect(gate?.result, fact).toBe('passed');
      // What it read, typed by the declaration: the exact number 5.
      expect(Object.getOwnPropertyDescriptor(gate?.facts, fact)?.value, fact).toBe('5');
      expect(Object.getPrototypeOf(gate?.facts), fact).toBe(Object.prototype);
      expect(JSON.stringify(gate?.facts), fact).toBe(`{${JSON.stringify(fact)}:"5"}`);
    }
  });
});
