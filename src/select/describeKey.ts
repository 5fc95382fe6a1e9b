import type { TieBreakKey } from './types.js';

/** How a report names the tie-break key that decided: `node:m_Q`, `fact:revenue`, `expertMean`. */
export function describeKey(key: TieBreakKey): string {
  return key.by === 'node'
    ? `node:${key.node}`
    : key.by === 'fact'
      ? `fact:${key.fact}`
      : 'expertMean';
}
