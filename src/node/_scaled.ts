import { nodeError } from './_messages.js';

/**
 * A published figure ("63.88", "-0.05", "70") as an integer count of its last decimal (6388, -5,
 * 70): every figure of one model has the same decimals, so these integers order and tie exactly
 * as the figures do. Throws `not_streamable` beyond 2^53, where a double would round them.
 */
export function scaledFigure(text: string, model: string): number {
  const scaled = Number(text.replace('.', ''));
  if (!Number.isSafeInteger(scaled))
    throw nodeError('not_streamable', {
      model,
      reason: `the published figure ${text} has more than 15 digits`,
      reasonZh: `公布分值 ${text} 超过 15 位有效数字`,
    });
  return scaled;
}
