import { showValue } from '../numeric/showValue.js';
import { BOOLEAN_WORDS } from './booleanWords.js';
import { labelKey } from './normaliseText.js';
import { type Reading, unreadable } from './types.js';

const TRUE = new Set(BOOLEAN_WORDS.true);
const FALSE = new Set(BOOLEAN_WORDS.false);

/**
 * Reads yes or no: a boolean, the numbers 1 and 0, or a word of {@link BOOLEAN_WORDS}. `what`
 * names the fact or leaf in messages (English and Chinese).
 */
export function readBoolean(raw: unknown, what: { en: string; zh: string }): Reading<boolean> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (raw === 1 || raw === 0) return { ok: true, value: raw === 1 };
  if (typeof raw === 'string' && raw.length <= 32) {
    const word = labelKey(raw);
    if (TRUE.has(word)) return { ok: true, value: true };
    if (FALSE.has(word)) return { ok: true, value: false };
  }
  return unreadable('not_a_boolean', {
    value: showValue(raw),
    label: what.en,
    labelZh: what.zh,
    yes: BOOLEAN_WORDS.true.join(' '),
    no: BOOLEAN_WORDS.false.join(' '),
  });
}
