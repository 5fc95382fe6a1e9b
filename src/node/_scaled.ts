import { nodeError } from './_messages.js';

/**
 * A published figure ("63.88", "-0.05", "70") as an integer count of its last decimal (6388, -5,
 * 70): every figure of one model has the same decimals, so these integers order and tie exactly
 * as the figures do. Throws `not_streamable` beyond 2^53, where a double would round them.
 */
export function scaledFigure(text: string, model: string): number {
  // Digits with a point and a sign, read in one loop (most figures); anything else as a number.
  const n = text.length;
  const negative = text.charCodeAt(0) === 45;
  let fast = 0;
  let points = 0;
  for (let i = negative ? 1 : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) fast = fast * 10 + (c - 48);
    else if (c === 46 && points++ === 0) continue;
    else {
      fast = Number.NaN;
      break;
    }
  }
  if (n > (negative ? 1 : 0) && n <= 15 && !Number.isNaN(fast)) return negative ? -fast : fast;
  const scaled = Number(text.replace('.', ''));
  if (!Number.isSafeInteger(scaled))
    throw nodeError('not_streamable', {
      model,
      reason: `the published figure ${text} has more than 15 digits`,
      reasonZh: `公布分值 ${text} 超过 15 位有效数字`,
    });
  return scaled;
}
