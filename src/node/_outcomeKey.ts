import type { EntityResult } from 'youpin';

/**
 * A text that an applicant's reason codes (entityAtDetail's `reasons`) and notice counts
 * (noticesOf) depend on, and nothing else: its status, its issues' and warnings' codes and its
 * rules' ids and results. Each part is written with its length, so that no two outcomes share a
 * text whatever their ids hold. The streamed writers remember what they derive from an outcome
 * under it: a file's rows that are not plainly scored come in a few kinds.
 */
export function outcomeKey(e: EntityResult): string {
  let key = e.status;
  const put = (text: string) => {
    key += `${text.length}:${text}`;
  };
  key += '|';
  for (const i of e.issues) put(i.code);
  key += '|';
  for (const w of e.warnings) put(w.code);
  key += '|';
  for (const g of e.eligibility.gates) {
    put(g.rule);
    put(g.result);
  }
  key += '|';
  for (const v of e.eligibility.vetoes) {
    put(v.rule);
    put(v.result);
  }
  return key;
}
