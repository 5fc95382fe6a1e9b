import type { WorkingEntity } from '../entity/working.js';
import type { ReapplicationBan } from '../rules/reapplicationBan.js';
import type { BatchState } from './_preparedBatches.js';
import { readingKey } from './_readingKey.js';

/**
 * How a prepared batch reads its rows: the reading it remembers when everything reading depends
 * on is the same (the model's reading key, the engine, the evaluation date, the bans in force),
 * else a new one, remembered in its place. What later stages write into an entity (leaf scores,
 * warnings, issues, the raw values the fast path lets go) goes into copies, so the remembered
 * reading stays as it was read.
 */
export function readOnce(): BatchState['read'] {
  let remembered: { readonly key: string; readonly working: readonly WorkingEntity[] } | null =
    null;
  return (model, fast, evaluationDate, banned, read) => {
    const key = JSON.stringify([fast, evaluationDate, bansIn(banned), readingKey(model)]);
    if (remembered?.key !== key) remembered = { key, working: read().map(frozen) };
    // Every field named (a spread of a frozen object is slower): the arrays later stages write
    // into are copied, the rest shared.
    return remembered.working.map(
      (e): WorkingEntity => ({
        index: e.index,
        id: e.id,
        name: e.name,
        // The model's own sector: its weights are this model's (the key holds what it scores).
        sector: e.sector ? (model.sectors.get(e.sector.id) ?? null) : null,
        issues: e.issues.slice(),
        warnings: e.warnings.slice(),
        raw: e.raw.slice(),
        leafScores: e.leafScores.slice(),
        deferred: e.deferred,
        numbers: e.numbers,
        overrides: e.overrides,
        panels: e.panels,
        treated: e.treated.slice(),
        verification: e.verification,
        facts: e.facts,
        series: e.series,
        events: e.events,
        values: e.values,
        unreadable: e.unreadable,
        gates: e.gates.slice(),
        vetoes: e.vetoes.slice(),
      }),
    );
  };
}

function bansIn(banned: ReadonlyMap<string, ReapplicationBan> | null): unknown {
  return banned ? [...banned].map(([id, b]) => [id, b.revokedOn, b.until]) : null;
}

/**
 * An entity as remembered, its arrays frozen: a later stage that wrote into one not copied above
 * would throw (modules are strict) instead of changing the next scoring in silence.
 */
function frozen(e: WorkingEntity): WorkingEntity {
  for (const value of Object.values(e)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(e);
}
