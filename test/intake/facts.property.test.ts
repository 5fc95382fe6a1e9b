// The property of issue 15: for every declared fact and any value written for it — a spelling of
// the one vocabulary or garbage — an applicant's status is the one its canonical value gives, or
// `invalid` with an issue located on that fact. Never a silent change of status.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, type FactInput, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { BOOLEAN_WORDS } from '../../src/intake/booleanWords.js';

const model = defineModel(liaocheng2024);
const facts = (liaocheng2024.facts ?? []) as readonly FactInput[];
const batch = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
) as EntityInput[];
// Applicants of every sector and status (scored, ineligible, vetoed).
const rows = batch.filter((_, i) => i % 7 === 0);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);

const fullWidth = (text: string) =>
  text.replace(/[0-9A-Za-z.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Spellings of the same value in the documented vocabulary. */
function spellings(fact: FactInput, value: unknown): fc.Arbitrary<unknown> {
  switch (fact.type) {
    case 'boolean': {
      const words = value === true ? BOOLEAN_WORDS.true : BOOLEAN_WORDS.false;
      return fc.oneof(
        fc.constantFrom(...words, ...words.map(fullWidth), ...words.map((w) => w.toUpperCase())),
        fc.constant(value),
        fc.constant(value === true ? 1 : 0),
      );
    }
    case 'number': {
      const text = String(value);
      const unit = typeof fact.unit === 'string' ? fact.unit : (fact.unit?.zh ?? '');
      return fc.constantFrom(
        value,
        text,
        ` ${text} `,
        fullWidth(text),
        unit ? `${text}${unit}` : text,
        unit ? `${text} ${unit}` : text,
      );
    }
    case 'category': {
      const v = (fact.values ?? []).find((x) => x.value === value);
      const names = [String(value), ...(v?.label ? [v.label.zh, v.label.en] : [])];
      return fc.constantFrom(
        ...names,
        ...names.map((n) => n.toUpperCase()),
        ...names.map(fullWidth),
      );
    }
    case 'list': {
      const items = Array.isArray(value) ? (value as string[]) : [];
      if (items.length === 0) return fc.constant(value);
      return fc.constantFrom(
        items,
        items.join(';'),
        items.join('、'),
        items.join('，'),
        items.join(' ; '),
      );
    }
    default:
      return fc.constant(value);
  }
}

/**
 * An independent oracle of what the vocabulary reads (docs/data-files.md): a value it reads may
 * legitimately change the status (0 is "no"); any other value must never do so silently.
 */
function readable(fact: FactInput, value: unknown): boolean {
  const text = typeof value === 'string' ? value.normalize('NFKC').trim().toLowerCase() : null;
  switch (fact.type) {
    case 'boolean':
      return (
        typeof value === 'boolean' ||
        value === 0 ||
        value === 1 ||
        (text !== null && [...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false].includes(text))
      );
    case 'number':
      return (
        (typeof value === 'number' && Number.isFinite(value)) ||
        (text !== null && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?(\s*年|\s*years)?$/.test(text))
      );
    case 'category':
    case 'list': {
      const names = (fact.values ?? []).flatMap((v) => [
        v.value,
        ...(v.label ? [v.label.zh, v.label.en] : []),
      ]);
      const known = (x: unknown) =>
        typeof x === 'string' &&
        names.some(
          (n) =>
            n.normalize('NFKC').toLowerCase().replace(/\s+/g, '') ===
            x.normalize('NFKC').toLowerCase().replace(/\s+/g, ''),
        );
      if (fact.type === 'category')
        return known(value) || (typeof value === 'number' && known(String(value)));
      const items = Array.isArray(value)
        ? value
        : text !== null
          ? text
              .split(/[;；、,，\n]/)
              .map((x) => x.trim())
              .filter(Boolean)
          : null;
      return items?.every(known) ?? false;
    }
    default:
      return true;
  }
}

/** Values nobody should be able to slip past a fact of this type. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('五', '也许', 'x', '12,5', '5千', 'N/A?', '—', 'AAA', '2,00', '1e', '--1', '%'),
  fc.integer({ min: -3, max: 99 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, {}, [1, 2], ['not', 'declared']),
);

describe('declared facts, any spelling (property)', () => {
  it('keep the canonical status, or make the row invalid with an issue on that fact', () => {
    const canonical = rows.map((row) => score(model, [row]).entities[0]?.status);
    const cases = fc
      .tuple(fc.nat({ max: rows.length - 1 }), fc.constantFrom(...facts))
      .chain(([r, fact]) => {
        const given = (rows[r] as EntityInput).facts?.[fact.id];
        return fc.tuple(
          fc.constant(r),
          fc.constant(fact),
          fc.boolean(),
          given === undefined || given === null
            ? garbage
            : fc.oneof(spellings(fact, given), garbage),
        );
      });
    fc.assert(
      fc.property(cases, ([r, fact, _flag, value]) => {
        const row = rows[r] as EntityInput;
        // A value the vocabulary reads (0 is "no") may change the status, rightly; the spellings
        // of the canonical value are the next test's. Every other value must not, silently.
        fc.pre(!readable(fact, value));
        const changed: EntityInput = { ...row, facts: { ...row.facts, [fact.id]: value as never } };
        const entity = score(model, [changed]).entities[0];
        if (entity?.status === canonical[r]) return;
        if (typeof value === 'string' && value.trim() === '') {
          // Blank is absent: a verdict only where a rule says so, naming the fact it misses.
          const missed = (entity?.eligibility.gates ?? []).some((g) => g.missing.includes(fact.id));
          expect([entity?.status, missed], `${fact.id} blank`).toEqual(['ineligible', true]);
          return;
        }
        expect(entity?.status, `${fact.id} = ${JSON.stringify(value)}`).toBe('invalid');
        const onFact = entity?.issues.some(
          (i) => i.path[0] === 'entities' && i.path[2] === 'facts' && i.path[3] === fact.id,
        );
        expect(onFact, `${fact.id} = ${JSON.stringify(value)}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('read every spelling of the vocabulary exactly as the canonical value', () => {
    const cases = fc
      .tuple(fc.nat({ max: rows.length - 1 }), fc.constantFrom(...facts))
      .filter(([r, fact]) => {
        const v = (rows[r] as EntityInput).facts?.[fact.id];
        return v !== undefined && v !== null;
      })
      .chain(([r, fact]) =>
        fc.tuple(
          fc.constant(r),
          fc.constant(fact),
          spellings(fact, (rows[r] as EntityInput).facts?.[fact.id]),
        ),
      );
    fc.assert(
      fc.property(cases, ([r, fact, value]) => {
        const row = rows[r] as EntityInput;
        const changed: EntityInput = { ...row, facts: { ...row.facts, [fact.id]: value as never } };
        const [a, b] = [score(model, [row]).entities[0], score(model, [changed]).entities[0]];
        expect([b?.status, b?.total, b?.issues], `${fact.id} = ${JSON.stringify(value)}`).toEqual([
          a?.status,
          a?.total,
          a?.issues,
        ]);
      }),
      { numRuns: RUNS },
    );
  });
});
