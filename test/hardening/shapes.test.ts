import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EntityInput, type ModelInput, safeDefineModel, safeScore } from 'youpin';
import {
  buildBatch,
  buildModel,
  EVENTS,
  EXPERTS,
  FACTS,
  idsOf,
  METHOD_NAMES,
  modelPlanArb,
  rowPlanArb,
  SERIES,
} from './_arbitraries.js';
import { PROPERTY_TIMEOUT, runs } from './_budget.js';
import { assertCleanFailure, assertFinite } from './_checks.js';

// The shape of the input must not matter, only its content (issue 16, items 4 and 8):
// - ids named like the properties of Object.prototype (toString, valueOf …) are ids like any other:
//   renaming a random model's ids to such names gives the same report, names put back;
// - objects shared between places (a program may pass the same object twice) read as their copies:
//   the same report as the same input without sharing;
// - an object that contains itself is refused with `cyclic_input` (a model) or reported on its
//   row (a batch) — never a hang, never another exception.

type Json = unknown;

/** A copy with every key and string value found in `names` renamed (NaN, -0 … kept as they are). */
function rename<T>(value: T, names: ReadonlyMap<string, string>): T {
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return names.get(v) ?? v;
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map(visit);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v))
      Object.defineProperty(out, names.get(k) ?? k, {
        value: visit(x),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  };
  return visit(value) as T;
}

/** Text with the new names put back (they are whole words wherever they appear). */
function restore(text: string, names: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [old, name] of names)
    out = out.replace(new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g'), old);
  return out;
}

/** The same value with structurally equal objects and arrays made one shared instance. */
function share<T>(value: T): T {
  const pool = new Map<string, unknown>();
  // A key that tells every value apart (NaN, -0, undefined, "1" and 1 included).
  const keyOf = (v: unknown): string =>
    typeof v === 'number' ? (Object.is(v, -0) ? 'n-0' : `n${v}`) : `${typeof v}${String(v)}`;
  const visit = (v: unknown): [unknown, string] => {
    if (typeof v !== 'object' || v === null) return [v, keyOf(v)];
    let copy: unknown;
    let key: string;
    if (Array.isArray(v)) {
      const parts = v.map(visit);
      copy = parts.map(([x]) => x);
      key = `[${parts.map(([, k]) => k).join(',')}]`;
    } else {
      const parts = Object.entries(v).map(([k, x]) => [k, visit(x)] as const);
      copy = Object.fromEntries(parts.map(([k, [x]]) => [k, x]));
      key = `{${parts.map(([k, [, c]]) => `${JSON.stringify(k)}:${c}`).join(',')}}`;
    }
    const known = pool.get(key);
    if (known !== undefined) return [known, key];
    pool.set(key, copy);
    return [copy, key];
  };
  return visit(value)[0] as T;
}

/** Every object of a JSON value, with its path. */
function objectsOf(value: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v)) out.push(v as Record<string, unknown>);
    stack.push(...Object.values(v));
  }
  return out;
}

const json = (result: unknown) => JSON.stringify(result);
const noSuggestion = (text: string) =>
  text.replace(/; did you mean .*?\?/g, '').replace(/；是否应为.*?？/g, '');

describe('the shape of the input does not matter', { timeout: PROPERTY_TIMEOUT }, () => {
  it('renamed ids, shared references and cycles', () => {
    fc.assert(
      fc.property(
        modelPlanArb,
        fc.array(rowPlanArb, { maxLength: 6 }),
        fc.nat(),
        (plan, rows, seed) => {
          const model = buildModel(plan);
          const batch = buildBatch(model, rows);
          const score = (m: Json, b: Json) =>
            safeScore(m as ModelInput, b as EntityInput[], seed % 2 ? { engine: 'fast' } : {});
          const reference = score(model, batch);
          if (!reference.success) assertCleanFailure(reference.error);

          // Ids renamed to method names: nodes and sectors, chosen by the seed.
          const { leaves, sectors } = idsOf(model);
          const ids = [
            ...[...leaves, ...sectors, 'B0', 'B1', 'root'].filter((_, k) => (seed >> k) & 1),
            ...[...FACTS, ...SERIES, ...EVENTS, ...EXPERTS].filter((_, k) => (seed >> (k + 3)) & 1),
          ];
          // Only names the input does not hold already: restore() puts the old ids back by name,
          // and would also turn an applicant called "valueOf" into the id renamed so.
          const held = `${json(model)}${json(batch)}`;
          const free = METHOD_NAMES.filter(
            (name) => !new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(held),
          );
          const names = new Map(
            ids
              .slice(0, free.length)
              .map((id, k) => [id, free[(k + seed) % free.length] as string]),
          );
          const renamed = score(rename(model, names), rename(batch, names));
          expect(renamed.success).toBe(reference.success);
          if (renamed.success && reference.success) {
            // "Did you mean …?" depends on how names are spelt: compared without it.
            const [x, y] = [
              noSuggestion(restore(json(renamed.data), names)),
              noSuggestion(json(reference.data)),
            ];
            let d = 0;
            while (d < x.length && x[d] === y[d]) d++;
            expect(x.slice(Math.max(0, d - 200), d + 200)).toBe(
              y.slice(Math.max(0, d - 200), d + 200),
            );
          }

          // Shared references: the same content, the same report.
          const shared = score(share(model), share(batch));
          expect(json(shared)).toBe(json(reference));

          // A cycle in the model: cyclic_input, alone.
          const cyclic = share(model) as Record<string, unknown>;
          const objects = objectsOf(cyclic);
          const at = objects[seed % objects.length] as Record<string, unknown>;
          at['loop'] = cyclic;
          const defined = safeDefineModel(cyclic as unknown as ModelInput);
          expect(defined.success).toBe(false);
          if (!defined.success)
            expect(defined.error.issues.map((i) => i.code)).toEqual(['cyclic_input']);

          // A cycle, and arrays shared 2 ways at 30 levels, in a row's values: reported on the row.
          if (batch.length > 0 && reference.success) {
            let deep: unknown = ['x'];
            for (let level = 0; level < 30; level++) deep = [deep, deep];
            const loop: Record<string, unknown> = {};
            loop['self'] = loop;
            const hostile = batch.map((row, i) =>
              i === seed % batch.length
                ? {
                    ...row,
                    values: {
                      ...(row['values'] as object),
                      [leaves[seed % Math.max(1, leaves.length)] ?? 'L0']: seed % 3 ? deep : loop,
                    },
                  }
                : row,
            );
            const result = score(model, hostile);
            expect(result.success).toBe(true);
            if (result.success) {
              assertFinite(result.data);
              expect(result.data.entities.length).toBe(batch.length);
            }
          }
        },
      ),
      { numRuns: runs('shapes', 60) },
    );
  });
});
