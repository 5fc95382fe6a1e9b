import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from 'zod/locales';
import * as z from 'zod/mini';
// Private modules: the two message functions and the schemas whose issues they word.
import { zodChinese, zodEnglish } from '../../src/error/_zodMessages.js';
import { modelSchema } from '../../src/model/schema.js';
import { buildModel, modelPlanArb } from '../hardening/_arbitraries.js';

// Issue 17, item 6: youpin words zod's issues itself (src/error/_zodMessages.ts), so that a
// browser bundle does not carry zod's two locale modules whole. The words must stay zod's: these
// tests compare the two functions with zod's `en` and `zh-CN` locales.

type Issue = z.core.$ZodIssue;
const english = en().localeError;
const chinese = zhCN().localeError;
const text = (m: ReturnType<typeof english>) => (typeof m === 'string' ? m : m?.message);

const show = (issue: Issue) =>
  JSON.stringify(issue, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
const expectSame = (issue: Issue) => {
  // A finished issue has the fields of the raw one that the locales read (input: reportInput).
  const raw = issue as unknown as z.core.$ZodRawIssue;
  expect(zodEnglish(issue), show(issue)).toBe(text(english(raw)));
  expect(zodChinese(issue), show(issue)).toBe(text(chinese(raw)));
};

/** Every issue, the ones nested in a union's options included. */
function flat(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((i) =>
    i.code === 'invalid_union' ? [i, ...i.errors.flatMap((e) => flat(e))] : [i],
  );
}

// The string format youpin's messages word (its ids); the others (email, UUID, IBAN, a prefix …)
// fall back to the format's name, so no schema of the library may check them.
const FORMATS = ['regex'] as const;

const primitive = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
);
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
  fc.constant(new Date(0)),
  fc.constant(new Map()),
);
const origin = fc.constantFrom(
  'string',
  'number',
  'int',
  'bigint',
  'array',
  'set',
  'map',
  'file',
  'date',
  'value',
  'record',
);
const base = { path: [], message: '' };
const issueArb: fc.Arbitrary<Issue> = fc
  .oneof(
    fc.record({
      code: fc.constant('invalid_type'),
      expected: fc.constantFrom('string', 'number', 'int', 'boolean', 'array', 'object', 'nan'),
      input: value,
    }),
    fc.record({
      code: fc.constant('invalid_value'),
      values: fc.array(primitive, { minLength: 1 }),
    }),
    ...(['too_big', 'too_small'] as const).map((code) =>
      fc.record({
        code: fc.constant(code),
        origin,
        [code === 'too_big' ? 'maximum' : 'minimum']: fc.oneof(fc.integer(), fc.bigInt()),
        inclusive: fc.boolean(),
        exact: fc.option(fc.boolean(), { nil: undefined }),
      }),
    ),
    fc.record({
      code: fc.constant('invalid_format'),
      format: fc.constantFrom(...FORMATS),
      pattern: fc.constant('/^[a-z]+$/u'),
    }),
    fc.record({
      code: fc.constant('unrecognized_keys'),
      keys: fc.array(fc.string(), { minLength: 1 }),
    }),
    fc.record({ code: fc.constant('invalid_key'), origin }),
    fc.record({
      code: fc.constant('invalid_union'),
      errors: fc.constant([]),
      options: fc.option(fc.array(fc.oneof(fc.string(), fc.integer())), { nil: undefined }),
    }),
    fc.record({ code: fc.constant('custom'), params: fc.constant({}) }),
  )
  .map((issue) => ({ ...base, ...issue }) as unknown as Issue);

describe("youpin's words for zod's issues", () => {
  // Every issue youpin's schemas can raise: no multiple (not_multiple_of), map or set
  // (invalid_element), instance of a class (invalid_type expected 'Date' …), exclusive union, or
  // string format but a regex; the last test holds the schemas to that.
  it("are zod's en and zh-CN words, issue by issue", () => {
    fc.assert(fc.property(issueArb, (issue) => expectSame(issue)));
  });

  it("are zod's words for what the model schema says of fuzzed models", () => {
    // The raw model plans include malformed ones: wrong types, unknown keys, bad enums, bad ids.
    const mangle = fc.oneof(
      fc.constant((m: Record<string, unknown>) => m),
      fc.constant((m: Record<string, unknown>) => ({ ...m, extra: 1, tree: { id: 'r' } })),
      fc.constant((m: Record<string, unknown>) => ({ ...m, sectors: [{ id: '1x', label: 'x' }] })),
      fc.constant((m: Record<string, unknown>) => ({ ...m, rounding: { decimals: 1.5 } })),
    );
    fc.assert(
      fc.property(modelPlanArb, mangle, (plan, change) => {
        const parsed = z.safeParse(modelSchema, change(buildModel(plan)), { reportInput: true });
        if (!parsed.success) for (const issue of flat(parsed.error.issues)) expectSame(issue);
      }),
      { numRuns: 200 },
    );
  });

  it('are needed for no other string format, nor for what they leave out: no schema checks one', () => {
    const root = fileURLToPath(new URL('../../src', import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? files(p) : [p];
      });
    // zod's string formats (its locales word each one by name): z.email(), z.uuid(), z.iso.date() …
    const formats =
      'email guid uuid uuidv4 uuidv6 uuidv7 url httpUrl hostname emoji nanoid cuid cuid2 ulid xid ksuid ipv4 ipv6 mac cidrv4 cidrv6 base64 base64url e164 jwt hex hash iso stringFormat templateLiteral'.split(
        ' ',
      );
    // …and the schemas whose issues _zodMessages.ts does not word (a call with a function as its
    // argument is an array's own method on a local `z`, not zod's).
    const others = 'multipleOf map set instanceof startsWith endsWith includes xor'.split(' ');
    for (const f of [...formats, ...others]) expect(z, f).toHaveProperty(f);
    for (const file of files(root)) {
      const code = readFileSync(file, 'utf8');
      for (const f of formats)
        expect(code, `${file} uses z.${f}`).not.toMatch(new RegExp(`\\bz\\.${f}\\b`));
      for (const f of others)
        expect(code, `${file} uses z.${f}`).not.toMatch(new RegExp(`\\bz\\.${f}\\((?!\\()`));
    }
  });
});
