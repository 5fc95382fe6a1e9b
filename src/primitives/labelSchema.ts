import * as z from 'zod/mini';
import type { Label } from './types.js';

/** `{ zh, en }`, both non-empty. */
export const labelSchema: z.ZodMiniType<Label> = z.strictObject({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
