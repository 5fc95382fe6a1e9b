import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
// Private modules: the two narrowed schemas, and what they are built from.
import { aggregationOperators } from '../../src/aggregate/registry.js';
import { decimalSchema } from '../../src/normalise/methods/_shared.js';
import { scoringMethods } from '../../src/normalise/registry.js';
import { pairSchema, taggedUnion } from '../../src/primitives/_zodShapes.js';

// src/primitives/_zodShapes.ts stands in for z.tuple and z.discriminatedUnion in the schemas of
// the core (a browser bundle of defineModel + score carries neither of zod's classes). Each must
// parse as zod's does: the same success, output, and issues (code, path, message, every field),
// here on generated input, nested in an array and an object as the model schema nests them; and
// give zod's JSON Schema.

const parse = (schema: z.core.$ZodType, input: unknown) =>
  z.safeParse(schema, input, { reportInput: true });

function expectSame(ours: z.core.$ZodType, zods: z.core.$ZodType, input: unknown) {
  const a = parse(ours, input);
  const b = parse(zods, input);
  expect(a.success, JSON.stringify(input)).toBe(b.success);
  if (a.success && b.success) expect(a.data).toEqual(b.data);
  else expect(a.error?.issues).toEqual(b.error?.issues);
}

const scalar = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom('1', '2.5', '1/3', '-0', 'x', '', '1e400', ' 3 '),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constantFrom(null, undefined),
);
const anything = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 3 }), scalar, { maxKeys: 3 }),
);

describe('pairSchema, z.tuple([item, item]) narrowed', () => {
  const ours = z.array(pairSchema(decimalSchema));
  const zods = z.array(z.tuple([decimalSchema, decimalSchema]));

  it('parses as z.tuple does: issues, paths, messages and output', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.array(scalar, { maxLength: 4 }), anything)), (input) =>
        expectSame(ours, zods, input),
      ),
      { numRuns: 2000 },
    );
    for (const input of [[[1, 2]], [[1]], [[]], [[1, 2, 3]], [['x', 2, 'y']], [{ 0: 1, 1: 2 }]])
      expectSame(ours, zods, input);
  });

  it("has z.tuple's JSON Schema", () => {
    expect(z.toJSONSchema(ours, { io: 'input' })).toEqual(z.toJSONSchema(zods, { io: 'input' }));
  });
});

describe('taggedUnion, z.discriminatedUnion narrowed', () => {
  const cases = [
    ['scoring', scoringMethods.map((m) => m.params)],
    ['aggregation', aggregationOperators.map((o) => o.params)],
  ] as const;

  for (const [name, options] of cases) {
    const ours = z.strictObject({ spec: taggedUnion('method', options) });
    const zods = z.strictObject({
      spec: z.discriminatedUnion(
        'method',
        options as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
      ),
    });
    const methods = options.flatMap((o) => [
      ...((o._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.['method'] ?? []),
    ]);

    it(`parses the ${name} specs as z.discriminatedUnion does`, () => {
      const spec = fc.oneof(
        anything,
        fc.record(
          {
            method: fc.oneof(fc.constantFrom(...methods), scalar),
            lower: scalar,
            upper: scalar,
            p: scalar,
            scope: fc.constantFrom('sector', 'all', 'x'),
            extra: scalar,
          },
          { requiredKeys: ['method'] },
        ),
      );
      fc.assert(
        fc.property(spec, (s) => expectSame(ours, zods, { spec: s })),
        { numRuns: 2000 },
      );
      for (const s of [[], null, {}, { method: 'nope' }, { method: methods[0] }])
        expectSame(ours, zods, { spec: s });
    });

    it(`has z.discriminatedUnion's JSON Schema for the ${name} specs`, () => {
      expect(z.toJSONSchema(ours, { io: 'input' })).toEqual(z.toJSONSchema(zods, { io: 'input' }));
    });
  }
});
