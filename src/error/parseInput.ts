import * as z from 'zod/mini';
import { zodEnglish } from './_zodMessages.js';

// zod/mini registers no locale of its own (classic zod registered English on first use), so the
// English messages (zod's `en` wording, see _zodMessages.ts) are asked for here, per parse. A
// schema's own message still comes first, and a locale that an application sets for its own zod
// schemas (`z.config`) does not reach youpin's.
const context: z.core.ParseContext<z.core.$ZodIssue> = {
  reportInput: true,
  error: zodEnglish,
};

/**
 * Validates `input` with a zod schema: every issue keeps its input (messages quote it) and zod's
 * own message in English. `fromZod` turns the issues into youpin's.
 */
export function parseInput<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
): z.core.util.SafeParseResult<z.output<T>> {
  return z.safeParse(schema, input, context);
}
