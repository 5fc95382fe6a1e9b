import { sectorShares } from '../entity/sectorShares.js';
import type { WorkingEntity } from '../entity/working.js';
import { aggregateChunk } from '../fast/aggregateChunk.js';
import { exactNode } from '../fast/exactNode.js';
import { formatScaled } from '../fast/formatScaled.js';
import { publishScaled } from '../fast/publishScaled.js';
import type { Kernel, KernelSector } from '../fast/types.js';
import type { Compiled, CompiledNode, CompiledSector } from '../model/compiled.js';
import type { Dec } from '../numeric/decimal.js';
import { roundForPublication } from '../numeric/roundForPublication.js';
import { treatedOf } from './treatedOf.js';
import type { NodeResult } from './types.js';

/** An applicant decided in float64: its report nodes (every active node, in tree order), its total. */
export interface FastFigures {
  readonly nodes: readonly NodeResult[];
  readonly total: string;
}

const CHUNK = 2048;

/**
 * Scores the eligible entities whose every leaf the float64 kernel holds, chunk by chunk per
 * sector, and publishes each node and total whose error bound keeps it clear of a rounding
 * boundary; a node that is not clear has its subtree recomputed exactly. Entities the kernel
 * cannot hold (a missing value, a failed verification …) get their exact leaf scores now and are
 * left to the exact path: every returned figure is the exact path's. A decided applicant's report
 * nodes are made here, sharing one string per published figure, and its raw values let go: at
 * 100,000 applicants that is most of the report, built while the working data shrinks.
 *
 * @returns the decided applicants by entity index
 */
export function fastScores(
  model: Compiled,
  kernel: Kernel,
  eligible: readonly WorkingEntity[],
): ReadonlyArray<FastFigures | undefined> {
  // A list, not a Map: a Map of 100,000 entries is megabytes more, and its growth leaves its old
  // tables behind.
  const decided: Array<FastFigures | undefined> = [];
  const count = model.nodes.length;
  const score = new Float64Array(count * CHUNK);
  const error = new Float64Array(count);
  const magnitude = new Float64Array(count);
  // One string per published figure, by its integer count of the last decimal (a dimension's
  // 72.40 is the same string in every report node).
  const strings: string[] = [];
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
    // How many nodes the sector scores: the length of each applicant's node list.
    const size = sector.active.reduce((n, a) => n + a, 0);
    // A branch's report node depends on its published figure alone: one frozen object for all.
    const branches: Array<Map<string, NodeResult>> = [];
    for (let from = 0; from < members.length; from += CHUNK) {
      const chunk = members.slice(from, from + CHUNK);
      fill(model, kernel, chunk, score, error, magnitude);
      aggregateChunk(kernel, sector, chunk.length, CHUNK, score, error, magnitude);
      chunk.forEach((e, j) => {
        const figures = publish(model, e, sector, j, score, error, strings, size, branches);
        if (!figures) return;
        decided[e.index] = figures;
        e.raw.length = 0;
      });
    }
  }
  // Everyone else scores exactly: the leaves the kernel took get their exact scores.
  for (const e of eligible) {
    if (decided[e.index] !== undefined) continue;
    for (const node of model.nodes) {
      if (!e.sector?.active[node.index] || node.index in e.leafScores) continue;
      const outcome = node.leaf?.score?.(e.deferred[node.index] ?? e.raw[node.index]);
      if (outcome?.ok) e.leafScores[node.index] = outcome.score;
    }
  }
  return decided;
}

// Every active leaf scored and present: deferred to the kernel, or a cohort score (exact already).
function held(model: Compiled, e: WorkingEntity): boolean {
  const sector = e.sector;
  if (!sector || e.overrides.length > 0) return false;
  for (const node of model.nodes) {
    if (!node.leaf || !sector.active[node.index]) continue;
    // Taken by the kernel (no exact score yet), or a cohort score (exact already).
    if (
      node.leaf.method.kind === 'cohort' ? e.leafScores[node.index] : !(node.index in e.leafScores)
    )
      continue;
    return false;
  }
  return true;
}

// The chunk's leaf scores, and per leaf the largest error and |score| over the chunk.
function fill(
  model: Compiled,
  kernel: Kernel,
  chunk: readonly WorkingEntity[],
  score: Float64Array,
  error: Float64Array,
  magnitude: Float64Array,
): void {
  const slot = { score: new Float64Array(1), error: new Float64Array(1) };
  error.fill(0);
  magnitude.fill(0);
  chunk.forEach((e, j) => {
    const active = (e.sector as NonNullable<WorkingEntity['sector']>).active;
    for (const node of model.nodes) {
      if (!node.leaf || !active[node.index]) continue;
      const k = node.index;
      let x: number;
      let bound: number;
      if (!(k in e.leafScores)) {
        // The kernel took this value when the row was read (readEntities): it takes it again.
        kernel.leaves[k]?.(e.deferred[k] ?? e.raw[k], 0, slot.score, slot.error);
        x = slot.score[0] as number;
        bound = slot.error[0] as number;
      } else {
        // A cohort score, exact: as a float it is off by at most half an ulp.
        x = (e.leafScores[k] as Dec).toNumber();
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
  strings: string[],
  size: number,
  branches: Array<Map<string, NodeResult>>,
): FastFigures | null {
  const own = e.sector as CompiledSector;
  const shares = sectorShares(model, own).strings;
  const nodes: NodeResult[] = new Array(size);
  let at = 0;
  for (const node of model.nodes) {
    const k = node.index;
    if (sector.active[k] === 0) continue;
    const scaled = publishScaled(
      score[k * CHUNK + j] as number,
      error[k] as number,
      model.rounding,
    );
    let published: string;
    if (Number.isNaN(scaled)) {
      const exact = exactNode(
        model,
        own,
        k,
        (leaf) => e.deferred[leaf] ?? e.raw[leaf],
        (leaf) => e.leafScores[leaf] ?? undefined,
      );
      if (exact === null) return null;
      published = roundForPublication(exact, model.rounding);
    } else published = strings[scaled] ??= formatScaled(scaled, model.rounding.decimals);
    const same = branches[k]?.get(published);
    if (same) {
      nodes[at++] = same;
      continue;
    }
    const share = shares[k] as { weight: string; effectiveWeight: string };
    // The keys in the order of every report node (one shape, and JSON as before).
    const result: NodeResult = treatedOf(e, node, {
      id: node.id,
      parent: node.parent >= 0 ? (model.nodes[node.parent] as CompiledNode).id : null,
      kind: node.leaf ? 'leaf' : 'branch',
      value: node.leaf ? (e.raw[k] ?? null) : null,
      // Only an imputed cohort leaf is scored without a value.
      missing: node.leaf ? (e.treated[k]?.imputed ?? null) !== null : false,
      score: published,
      // A cohort leaf's score is exact already (the kernel takes it as given): kept whole, so
      // that explain and toHtml can recompute the applicant exactly (recomputeExactly).
      exact: (node.leaf && e.leafScores[k]?.toFixed()) || null,
      weight: share.weight,
      effectiveWeight: share.effectiveWeight,
      contribution: null,
      panel: e.panels[k] ?? null,
      verification: e.verification[k] ?? null,
    });
    if (!node.leaf) branches[k] = (branches[k] ?? new Map()).set(published, Object.freeze(result));
    nodes[at++] = result;
  }
  return { nodes, total: (nodes[0] as NodeResult).score as string };
}
