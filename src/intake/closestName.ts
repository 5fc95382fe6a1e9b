import { labelKey } from './normaliseText.js';

// Names longer than this are not compared (a typo is short; a pasted paragraph is no name).
const MAX_NAME = 64;

/**
 * The known name closest to `text` (edit distance on label keys, at most a third of the
 * length, ties to the first), for "did you mean …?" — or `null` when none is close. Linear in
 * the number of candidates; each comparison is bounded by the name length cap.
 */
export function closestName(text: string, candidates: Iterable<string>): string | null {
  const key = labelKey(text);
  if (key === '' || key.length > MAX_NAME) return null;
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const candidate of candidates) {
    const other = labelKey(candidate);
    if (other.length > MAX_NAME || Math.abs(other.length - key.length) >= bestDistance) continue;
    if (other.includes(key) || key.includes(other)) {
      const d = Math.abs(other.length - key.length);
      if (d < bestDistance && Math.min(key.length, other.length) >= 2) {
        best = candidate;
        bestDistance = d;
        continue;
      }
    }
    const d = distance(key, other, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, cut off at `limit` (returns `limit` when it is at least that). */
function distance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit);
}
