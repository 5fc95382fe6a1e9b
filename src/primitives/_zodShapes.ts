// Private: two zod schemas narrowed to what youpin's schemas need, so that a browser bundle of
// defineModel + score does not carry zod's general classes (docs/performance.md, "Bundle size"):
// zod's tuple class handles optional items, a rest and async items (0.5 KB of the gzipped
// bundle), its discriminated union lazy option maps, fallbacks and encoding (0.5 KB). Each is a
// schema of zod's own that has no parse of its own worth keeping (zod/mini exports no constructor
// to build on; `z.core` whole would come along), given zod's definition of the schema it stands
// for, so that zod's JSON Schema (schema/model.schema.json) is unchanged, and a parse that raises
// zod's issues, in zod's order, with zod's paths. test/primitives/zodShapes.test.ts compares
// them with `z.tuple` and `z.discriminatedUnion` on generated input.

import * as z from 'zod/mini';

type Payload = z.core.ParsePayload;
type Schema = z.core.$ZodType;

/**
 * `z.tuple([item, item])` for an item schema that is required and synchronous: an input that is
 * no array is invalid_type (expected 'tuple'); fewer than two items, too_small and nothing else;
 * more, too_big and then the issues of the first two, each under its index. The output is a new
 * array of the two parsed items.
 */
export function pairSchema<T extends Schema>(
  item: T,
): z.core.$ZodType<[z.output<T>, z.output<T>], [z.input<T>, z.input<T>]> {
  const inst = new z.ZodMiniUnknown({ type: 'tuple', items: [item, item], rest: null } as never);
  inst._zod.parse = inst._zod.run = (payload: Payload, ctx): Payload => {
    const input = payload.value;
    const issues = payload.issues;
    if (!Array.isArray(input))
      issues.push({ input, inst, expected: 'tuple', code: 'invalid_type' });
    else if (input.length < 2)
      issues.push({ code: 'too_small', minimum: 2, inclusive: true, input, inst, origin: 'array' });
    else {
      if (input.length > 2)
        issues.push({ code: 'too_big', maximum: 2, inclusive: true, input, inst, origin: 'array' });
      payload.value = [0, 1].map((i) => {
        const result = item._zod.run({ value: input[i], issues: [] }, ctx) as Payload;
        for (const issue of result.issues)
          issues.push({ ...issue, path: [i, ...(issue.path ?? [])] });
        return result.value;
      });
    }
    return payload;
  };
  return inst as never;
}

/**
 * `z.discriminatedUnion(discriminator, options)` for synchronous object options that each fix the
 * discriminator to one or more literals: an input that is no object (or an array) is invalid_type
 * (expected 'object'); a discriminator that names no option, invalid_union at the discriminator
 * with the allowed values (`options`) and no errors; otherwise the input is the option's to parse.
 */
export function taggedUnion<T extends Schema>(
  discriminator: string,
  options: readonly T[],
): z.core.$ZodType<z.output<T>, z.input<T>> {
  const byTag = new Map<unknown, T>();
  for (const option of options)
    for (const value of option._zod.propValues?.[discriminator] ?? []) byTag.set(value, option);
  const def = { type: 'union', options, inclusive: false, discriminator };
  const inst = new z.ZodMiniUnion(def as never);
  inst._zod.parse = inst._zod.run = (payload: Payload, ctx): Payload => {
    const input = payload.value as Record<string, unknown> | null;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'object', input, inst });
      return payload;
    }
    const option = byTag.get(input[discriminator]);
    if (option) return option._zod.run(payload, ctx) as Payload;
    payload.issues.push({
      code: 'invalid_union',
      errors: [],
      note: 'No matching discriminator',
      discriminator,
      options: [...byTag.keys()] as never,
      input,
      path: [discriminator],
      inst,
    });
    return payload;
  };
  return inst as never;
}
