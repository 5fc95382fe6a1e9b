import type { WorkingEntity } from '../entity/working.js';
import { aggregateChunk } from '../fast/aggregateChunk.js';
import { exactNode } from '../fast/exactNode.js';
import { formatScaled } from '../fast/formatScaled.js';
import { publishScaled } from '../fast/publishScaled.js';
import type { Kernel, KernelSector } from '../fast/types.js';
import type { Compiled, CompiledNode, CompiledSector } from '../model/compiled.js';
import type { Dec } from '../numeric/decimal.js';
import { roundForPublication } from '../numeric/roundForPublication.js';

/** Leaf scores the fast reader wrote: entity e's node k at e·nodes + k. */
export interface FloatLeafStore {
  readonly score: Float64Array;
  readonly error: Float64Array;
}

/** Published figures decided in float64: each active node's, by node index, and the total. */
export interface FastFigures {
  readonly nodes: ReadonlyArray<string | null>;
  readonly total: string;
}

const CHUNK = 2048;

/**
 * Scores the eligible entities whose every leaf the float64 kernel holds, chunk by chunk per
 * sector, and publishes each node and total whose error bound keeps it clear of a rounding
 * boundary; a node that is not clear has its subtree recomputed exactly. Entities the kernel
 * cannot hold (a missing value, a failed verification …) get their exact leaf scores now and are
 * left to the exact path: every returned figure is the exact path's.
 */
export function fastScores(
  model: Compiled,
  kernel: Kernel,
  eligible: readonly WorkingEntity[],
  store: FloatLeafStore,
): Map<number, FastFigures> {
  const decided = new Map<number, FastFigures>();
  const count = model.nodes.length;
  const score = new Float64Array(count * CHUNK);
  const error = new Float64Array(count);
  const magnitude = new Float64Array(count);
  const bySector = new Map<string, WorkingEntity[]>();
  for (const e of eligible) {
    if (!held(model, e)) continue;
    const id = e.sector?.id as string;
    const list = bySector.get(id);
    if (list) list.push(e);
    else bySector.set(id, [e]);
  }
  for (const [id, members] of bySector) {
    const sector = kernel.sectors.get(id) as KernelSector;
    for (let from = 0; from < members.length; from += CHUNK) {
      const chunk = members.slice(from, from + CHUNK);
      fill(model, chunk, store, score, error, magnitude);
      aggregateChunk(kernel, sector, chunk.length, CHUNK, score, error, magnitude);
      chunk.forEach((e, j) => {
        const figures = publish(model, e, sector, j, score, error);
        if (figures) decided.set(e.index, figures);
      });
    }
  }
  // Everyone else scores exactly: their deferred leaves get their exact scores.
  for (const e of eligible) {
    if (decided.has(e.index)) continue;
    for (const [index, raw] of e.deferred) {
      const outcome = (model.nodes[index] as CompiledNode).leaf?.score?.(raw);
      if (outcome?.ok) e.leafScores.set(index, outcome.score);
    }
  }
  return decided;
}

// Every active leaf scored and present: deferred to the kernel, or a cohort score (exact already).
function held(model: Compiled, e: WorkingEntity): boolean {
  const sector = e.sector;
  if (!sector || e.overrides.size > 0) return false;
  for (const node of model.nodes) {
    if (!node.leaf || !sector.active[node.index]) continue;
    if (e.deferred.has(node.index)) continue;
    if (node.leaf.method.kind === 'cohort' && e.leafScores.get(node.index)) continue;
    return false;
  }
  return true;
}

// The chunk's leaf scores, and per leaf the largest error and |score| over the chunk.
function fill(
  model: Compiled,
  chunk: readonly WorkingEntity[],
  store: FloatLeafStore,
  score: Float64Array,
  error: Float64Array,
  magnitude: Float64Array,
): void {
  const count = model.nodes.length;
  error.fill(0);
  magnitude.fill(0);
  chunk.forEach((e, j) => {
    const active = (e.sector as NonNullable<WorkingEntity['sector']>).active;
    for (const node of model.nodes) {
      if (!node.leaf || !active[node.index]) continue;
      const k = node.index;
      let x: number;
      let bound: number;
      if (e.deferred.has(k)) {
        x = store.score[e.index * count + k] as number;
        bound = store.error[e.index * count + k] as number;
      } else {
        // A cohort score, exact: as a float it is off by at most half an ulp.
        x = (e.leafScores.get(k) as Dec).toNumber();
        bound = Math.abs(x) * 2 ** -53;
      }
      score[k * CHUNK + j] = x;
      if (bound > (error[k] as number)) error[k] = bound;
      if (Math.abs(x) > (magnitude[k] as number)) magnitude[k] = Math.abs(x);
    }
  });
}

// Each node's published figure: from the float when its bound leaves no doubt, else from its
// subtree recomputed exactly (a leaf on a .xx5 boundary costs one exact leaf score); null when
// that fails and the whole entity must take the exact path.
function publish(
  model: Compiled,
  e: WorkingEntity,
  sector: KernelSector,
  j: number,
  score: Float64Array,
  error: Float64Array,
): FastFigures | null {
  const nodes: Array<string | null> = [];
  for (let k = 0; k < model.nodes.length; k++) {
    if (sector.active[k] === 0) {
      nodes.push(null);
      continue;
    }
    const scaled = publishScaled(
      score[k * CHUNK + j] as number,
      error[k] as number,
      model.rounding,
    );
    if (!Number.isNaN(scaled)) {
      nodes.push(formatScaled(scaled, model.rounding.decimals));
      continue;
    }
    const exact = exactNode(
      model,
      e.sector as CompiledSector,
      k,
      (leaf) => e.deferred.get(leaf),
      (leaf) => e.leafScores.get(leaf) ?? undefined,
    );
    if (exact === null) return null;
    nodes.push(roundForPublication(exact, model.rounding));
  }
  return { nodes, total: nodes[0] as string };
}
