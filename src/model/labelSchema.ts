import * as z from 'zod';
import type { Label } from './types.js';

/** `{ zh, en }`, both non-empty. */
export const labelSchema: z.ZodType<Label> = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
