import { aggregateEntity, type NodeFigures } from '../entity/aggregateEntity.js';
import { type FastLeafReader, isMissing, readEntities } from '../entity/readEntities.js';
import { sectorShares } from '../entity/sectorShares.js';
import type { WorkingEntity } from '../entity/working.js';
import type { Issue } from '../error/issue.js';
import { isYoupinError } from '../error/isYoupinError.js';
import { makeIssue } from '../error/messages.js';
import type { SafeResult } from '../error/SafeResult.js';
import { YoupinError } from '../error/YoupinError.js';
import { kernelFor } from '../fast/kernelFor.js';
import type { Kernel } from '../fast/types.js';
import type { Compiled, CompiledNode } from '../model/compiled.js';
import type { Model } from '../model/Model.js';
import { resolveModel } from '../model/resolveModel.js';
import type { ModelInput } from '../model/types.js';
import { competitionRanks } from '../numeric/competitionRanks.js';
import { Dec } from '../numeric/decimal.js';
import { roundForPublication } from '../numeric/roundForPublication.js';
import { exactString } from '../numeric/settle.js';
import { showValue } from '../numeric/showValue.js';
import { isIsoDate } from '../rules/dates.js';
import { banOutcome, type ReapplicationBan } from '../rules/reapplicationBan.js';
import { ruleContext } from '../rules/ruleContext.js';
import { type Candidate, NOT_SCORED, selectEntities } from '../select/selectEntities.js';
import type { SelectionResult } from '../select/types.js';
import { preparedBatches } from './_preparedBatches.js';
import { applyAdjustments } from './applyAdjustments.js';
import { checkEligibility } from './checkEligibility.js';
import { FAST_PATH_FROM } from './FAST_PATH_FROM.js';
import { type FastFigures, fastScores } from './fastScores.js';
import { type Fusion, fuseSources } from './fuseSources.js';
import type { PreparedBatch } from './prepareBatch.js';
import { type PublishedFigure, publishFigures } from './publishFigures.js';
import { scoreCohorts } from './scoreCohorts.js';
import { treatedOf } from './treatedOf.js';
import type {
  EntityInput,
  EntityResult,
  EntityStatus,
  NodeResult,
  Report,
  ScoredEntity,
  ScoreOptions,
  ValueInput,
} from './types.js';

/**
 * Scores a batch like {@link score}, but returns a bad model, a batch that is not an array, or
 * (with `strict`) invalid entities as `{ success: false, error }` instead of throwing.
 *
 * @param model - a model from `defineModel`, or a model definition (defined on the way)
 * @param entities - the applicants, or a batch from {@link prepareBatch}
 * @param options - `strict`: fail when any entity is invalid
 * @returns `{ success: true, data: report }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeScore } from 'youpin';
 * const result = safeScore({ id: 'broken' }, []);
 * result.success; // → false
 * ```
 */
export function safeScore(
  model: Model | ModelInput,
  entities: readonly EntityInput[] | PreparedBatch,
  options: ScoreOptions = {},
): SafeResult<Report> {
  try {
    // `null` for no options, as a service that forwards a JSON field may pass it.
    return { success: true, data: run(model, entities, options ?? {}) };
  } catch (error) {
    if (isYoupinError(error)) return { success: false, error };
    throw error;
  }
}

function run(
  input: Model | ModelInput,
  given: readonly EntityInput[] | PreparedBatch,
  options: ScoreOptions,
): Report {
  const model = resolveModel(input);
  const prepared = preparedBatches.get(given as PreparedBatch);
  const rows = prepared ? prepared.rows : given;
  if (!Array.isArray(rows)) throw new YoupinError([makeIssue('invalid_batch', ['entities'])]);
  if (options.evaluationDate !== undefined && !isIsoDate(options.evaluationDate)) {
    throw new YoupinError([
      makeIssue('invalid_date', ['options', 'evaluationDate'], {
        value: showValue(options.evaluationDate),
      }),
    ]);
  }
  const evaluationDate = options.evaluationDate ?? model.evaluationDate;
  const banned = bansOn(options.bans, evaluationDate);

  // validate → gates & vetoes → leaf scores (cohorts of eligible, valid entities only) →
  // aggregation → adjustments → rounding → ranks → selection.
  const kernel = chooseKernel(model, rows.length, options.engine ?? 'auto');
  // Validate every row, check its gates and vetoes, and fail the gate of a ban in force.
  const read = () => {
    const entities = readEntities(model, rows, kernel ? fastReader(kernel) : undefined);
    for (const e of entities) {
      checkEligibility(model, e, evaluationDate);
      const ban = e.id === null ? undefined : banned?.get(e.id);
      if (ban && e.sector) e.gates.push(banOutcome(ban));
    }
    return entities;
  };
  const working = prepared
    ? prepared.read(model, kernel !== null, evaluationDate, banned, read)
    : read();
  const eligible = working.filter((e) => statusBeforeScoring(e) === 'scored');
  const { warnings, treatments } = scoreCohorts(model, eligible);
  const fast: ReadonlyArray<FastFigures | undefined> = kernel
    ? fastScores(model, kernel, eligible)
    : [];
  const progress = throttle(options.onProgress, working.length);
  const figures = working.map((e, i) => {
    const f =
      statusBeforeScoring(e) === 'scored' && fast[e.index] === undefined
        ? aggregateEntity(model, e)
        : null;
    progress(i + 1);
    return f;
  });
  const published = figures.map((f) => (f ? publishFigures(f, model.rounding) : null));
  const fusions = figures.map((f) => (f ? fuseSources(model, f) : null));
  const adjusted = working.map((e, i) => {
    const root = fusions[i]?.total ?? figures[i]?.get(0)?.score;
    return root ? applyAdjustments(model, e, root, evaluationDate) : null;
  });
  // One decimal per published total of the fast path (its strings are shared already).
  const decimals = new Map<string, Dec>();
  const totals = adjusted.map((a, i) => {
    const decided = fast[working[i]?.index ?? -1];
    if (decided) {
      const total = decimals.get(decided.total) ?? new Dec(decided.total);
      decimals.set(decided.total, total);
      return total;
    }
    return a ? new Dec(roundForPublication(a.total, model.rounding)) : null;
  });

  const overall = competitionRanks(totals);
  const bySector: Array<number | null> = [];
  for (const sector of model.sectorIds) {
    const members = working
      .map((e, i) => (e.sector?.id === sector && totals[i] ? i : -1))
      .filter((i) => i >= 0);
    const ranks = competitionRanks(members.map((i) => totals[i] as Dec));
    members.forEach((i, k) => {
      bySector[i] = ranks[k] ?? null;
    });
  }

  const selections = model.selection
    ? selectEntities(
        working.map((e, i) =>
          candidate(model, e, published[i] ?? null, totals[i] ?? null, fast[e.index]),
        ),
        model.selection,
      )
    : null;
  const entities = working.map((e, i): EntityResult => {
    const ranking: Ranking = {
      sector: bySector[i] ?? null,
      overall: overall[i] ?? null,
      selection: selections?.get(e.index) ?? null,
    };
    const decided = fast[e.index];
    return decided
      ? // Decided in float64: the report nodes fastScores made, and no unrounded figures (only
        // the exact path has them).
        scoredEntity(
          e,
          ranking,
          { nodes: decided.nodes, sources: null },
          decided.total,
          null,
          NOT_ADJUSTED,
        )
      : entityResult(
          model,
          e,
          figures[i] ?? null,
          published[i] ?? null,
          fusions[i] ?? null,
          adjusted[i] ?? null,
          ranking,
        );
  });
  const invalid = entities.filter((e) => e.status === 'invalid');
  if (options.strict && invalid.length > 0) {
    const issues = invalid.flatMap((e) => e.issues);
    throw new YoupinError([
      makeIssue('invalid_entities', ['entities'], { count: invalid.length }),
      ...issues,
    ]);
  }
  const count = (status: EntityResult['status']) =>
    entities.filter((e) => e.status === status).length;
  return {
    model: { id: model.model.id, version: model.model.version },
    definition: model.model.definition,
    scale: model.model.scale,
    rounding: model.rounding,
    engine: kernel ? 'fast' : 'exact',
    evaluationDate,
    counts: {
      entities: entities.length,
      scored: count('scored'),
      ineligible: count('ineligible'),
      vetoed: count('vetoed'),
      invalid: invalid.length,
      selected: entities.filter((e) => e.selection?.selected).length,
    },
    warnings,
    ...(treatments ? { treatments } : {}),
    entities,
  };
}

/** The bans in force on the evaluation date, by applicant id; every bad one is a YoupinError. */
function bansOn(
  bans: ScoreOptions['bans'],
  evaluationDate: string | null,
): Map<string, ReapplicationBan> | null {
  if (bans === undefined) return null;
  if (!Array.isArray(bans))
    throw new YoupinError([makeIssue('invalid_batch', ['options', 'bans'])]);
  if (evaluationDate === null)
    throw new YoupinError([makeIssue('missing_evaluation_date', ['options', 'bans'])]);
  const issues: Issue[] = [];
  const inForce = new Map<string, ReapplicationBan>();
  bans.forEach((ban: ReapplicationBan, i) => {
    for (const key of ['revokedOn', 'until'] as const)
      if (!isIsoDate(ban?.[key]))
        issues.push(
          makeIssue('invalid_date', ['options', 'bans', i, key], { value: showValue(ban?.[key]) }),
        );
    if (
      typeof ban?.id === 'string' &&
      isIsoDate(ban.until) &&
      isIsoDate(ban.revokedOn) &&
      ban.revokedOn <= evaluationDate &&
      evaluationDate <= ban.until
    )
      inForce.set(ban.id, ban);
  });
  const [first, ...rest] = issues;
  if (first) throw new YoupinError([first, ...rest]);
  return inForce;
}

// Shared by every entity that has none, frozen (a report is read, never written): at 100,000
// applicants, one empty list each is megabytes.
const NONE: readonly [] = /* @__PURE__ */ Object.freeze([] as const);
const NO_RULES = /* @__PURE__ */ Object.freeze({ gates: NONE, vetoes: NONE });
const NOT_ADJUSTED = /* @__PURE__ */ Object.freeze({ applied: NONE, before: null });
const NOT_RANKED = /* @__PURE__ */ Object.freeze({ sector: null, overall: null });

function eligibility(e: WorkingEntity): EntityResult['eligibility'] {
  return e.gates.length + e.vetoes.length > 0 ? { gates: e.gates, vetoes: e.vetoes } : NO_RULES;
}

/** Vetoed before ineligible before invalid: the most serious finding names the status. */
function statusBeforeScoring(e: WorkingEntity): EntityResult['status'] {
  // Present but unreadable is never a verdict: such a row is invalid until the value is fixed.
  const unreadable = (o: { result: string }) => o.result === 'unreadable';
  if (!e.sector || e.unreadable || e.gates.some(unreadable) || e.vetoes.some(unreadable))
    return 'invalid';
  if (e.vetoes.some((v) => v.result === 'fired')) return 'vetoed';
  if (e.gates.some((g) => g.result === 'failed' || g.result === 'unknown')) return 'ineligible';
  return e.issues.length > 0 ? 'invalid' : 'scored';
}

// What the selection reads is worked out when it reads it — a node's score (for a floor, or a
// tie-break), the experts' mean, a fact (for a tie-break at the quota's cut): a decimal for every
// node of every applicant was most of the time a re-scoring takes.
function candidate(
  model: Compiled,
  e: WorkingEntity,
  published: ReadonlyMap<number, PublishedFigure> | null,
  total: Dec | null,
  decided: FastFigures | undefined,
): Candidate {
  return {
    index: e.index,
    id: e.id ?? `#${e.index}`,
    sector: e.sector?.id ?? '',
    total,
    node: (id) => {
      const score = decided
        ? decided.nodes.find((n) => n.id === id)?.score
        : published?.get(model.nodes.findIndex((n) => n.id === id))?.published;
      return score ? new Dec(score) : null;
    },
    fact: (name) => ruleContext(e, '9999-12-31').fact(name),
    get expertMean() {
      const expert = e.panels.flatMap((p) => p.scores.map((s) => new Dec(s.score)));
      return expert.length > 0
        ? expert.reduce((a, x) => a.plus(x), new Dec(0)).div(expert.length)
        : null;
    },
  };
}

/** What ranking and selection gave an entity (ranks only when it has a published total). */
interface Ranking {
  readonly sector: number | null;
  readonly overall: number | null;
  readonly selection: SelectionResult | null;
}

/** What an entity's figures are, whatever its status: its nodes and, with fusion, its sources. */
interface Figures {
  readonly nodes: readonly NodeResult[];
  readonly sources: EntityResult['sources'];
}

/**
 * A scored entity, with what it has for sure checked here once: an id and a sector (a row without
 * them has an issue, so is not scored) and both ranks (every published total is ranked). The keys
 * keep the order of every report so far (JSON of the same input stays byte-identical).
 */
function scoredEntity(
  e: WorkingEntity,
  ranking: Ranking,
  figures: Figures,
  total: string,
  totalExact: string | null,
  adjustments: ScoredEntity['adjustments'],
): ScoredEntity {
  const { sector, overall, selection } = ranking;
  if (e.id === null || !e.sector || sector === null || overall === null)
    throw new Error('youpin: a scored entity without id, sector or rank (a bug; please report it)');
  return {
    index: e.index,
    id: e.id,
    name: e.name,
    sector: e.sector.id,
    status: 'scored',
    issues: e.issues as Issue[],
    warnings: e.warnings,
    total,
    totalExact,
    rank: { sector, overall },
    nodes: figures.nodes,
    eligibility: eligibility(e),
    adjustments,
    selection,
    sources: figures.sources,
  };
}

/**
 * An entity that is not scored: no figures, and the selection of a non-candidate. Gates and
 * vetoes are checked on a row of a known sector only, so an ineligible or vetoed entity has one;
 * an invalid entity's issues say why (a row scored in vain, nothing under the root, has
 * `all_missing`).
 */
function notScoredEntity(
  model: Compiled,
  e: WorkingEntity,
  before: EntityStatus,
  figures: Figures,
): Exclude<EntityResult, ScoredEntity> {
  const unscored = {
    total: null,
    totalExact: null,
    rank: NOT_RANKED,
    nodes: figures.nodes,
    eligibility: eligibility(e),
    adjustments: NOT_ADJUSTED,
    selection: model.selection ? NOT_SCORED : null,
    sources: figures.sources,
  } as const;
  const head = { index: e.index, id: e.id, name: e.name };
  const notes = { issues: e.issues as Issue[], warnings: e.warnings };
  if ((before === 'ineligible' || before === 'vetoed') && e.sector)
    return { ...head, sector: e.sector.id, status: before, ...notes, ...unscored };
  return { ...head, sector: e.sector?.id ?? null, status: 'invalid', ...notes, ...unscored };
}

export function entityResult(
  model: Compiled,
  e: WorkingEntity,
  figures: Map<number, NodeFigures> | null,
  published: ReadonlyMap<number, PublishedFigure> | null,
  fusion: Fusion | null,
  adjusted: { total: Dec; applied: Array<{ id: string; points: Dec }> } | null,
  ranking: Ranking,
): EntityResult {
  const nodes: NodeResult[] = [];
  if (e.sector) {
    for (const node of model.nodes) {
      if (!e.sector.active[node.index]) continue;
      nodes.push(
        nodeResult(
          model,
          node,
          e,
          figures?.get(node.index) ?? null,
          published?.get(node.index) ?? null,
          fusion,
        ),
      );
    }
  }
  const root = fusion?.total ?? figures?.get(0)?.score ?? null;
  const before = statusBeforeScoring(e);
  const parts: Figures = {
    nodes,
    sources: fusion
      ? fusion.sources.map((x) => ({
          source: x.source,
          weight: exactString(x.weight),
          score: x.score === null ? null : exactString(x.score),
        }))
      : null,
  };
  if (before !== 'scored' || root === null || adjusted === null)
    return notScoredEntity(model, e, before, parts);
  return scoredEntity(
    e,
    ranking,
    parts,
    roundForPublication(adjusted.total, model.rounding),
    exactString(adjusted.total),
    {
      applied: adjusted.applied.map((a) => ({ id: a.id, points: exactString(a.points) })),
      before: exactString(root),
    },
  );
}

function nodeResult(
  model: Compiled,
  node: CompiledNode,
  e: WorkingEntity,
  f: NodeFigures | null,
  published: PublishedFigure | null,
  fusion: Fusion | null,
): NodeResult {
  const sector = e.sector as NonNullable<WorkingEntity['sector']>;
  // A complete applicant's figures are the sector's own share objects: their strings are cached.
  const shares = f ? sectorShares(model, sector) : null;
  const cached =
    f &&
    shares &&
    f.weight === shares.weight[node.index] &&
    f.effective === shares.effective[node.index]
      ? shares.strings[node.index]
      : undefined;
  const parent = node.parent >= 0 ? (model.nodes[node.parent] as CompiledNode).id : null;
  const raw: ValueInput = node.leaf ? (e.raw[node.index] ?? null) : null;
  const score = f?.score ?? null;
  return treatedOf(e, node, {
    id: node.id,
    parent,
    kind: node.leaf ? 'leaf' : 'branch',
    value: raw,
    // A leaf is missing when its value is (even if the `zero` policy scored it); a branch when
    // nothing under it could be scored.
    missing: node.leaf ? isMissing(e.raw[node.index]) : f !== null && score === null,
    score: published?.published ?? null,
    exact: published?.exact ?? null,
    weight: cached?.weight ?? exactString(f ? f.weight : (sector.weight[node.index] as Dec)),
    effectiveWeight:
      cached?.effectiveWeight ??
      exactString(f ? f.effective : (sector.effective[node.index] as Dec)),
    contribution: contribution(node, f, score, fusion),
    panel: e.panels[node.index] ?? null,
    verification: e.verification[node.index] ?? null,
  });
}

// Under fusion a leaf's share comes from its source's weight; branches then have none of their own.
function contribution(
  node: CompiledNode,
  f: NodeFigures | null,
  score: Dec | null,
  fusion: Fusion | null,
): string | null {
  if (!f || score === null) return null;
  if (fusion) {
    const share = node.leaf ? fusion.leafWeights.get(node.index) : undefined;
    return share ? exactString(share.times(score)) : node.leaf ? '0' : null;
  }
  return f.additive ? exactString(f.effective.times(score)) : null;
}

/** The float64 kernel when the fast path is asked for (or chosen by size) and the model has one. */
function chooseKernel(
  model: Compiled,
  size: number,
  engine: NonNullable<ScoreOptions['engine']>,
): Kernel | null {
  if (engine === 'exact' || (engine === 'auto' && size < FAST_PATH_FROM)) return null;
  const kernel = kernelFor(model);
  return 'unsupported' in kernel ? null : kernel;
}

// A value the kernel takes waits for fastScores, which scores it again in its chunk: keeping
// every applicant's float scores until then took 16 bytes per node and applicant.
function fastReader(kernel: Kernel): FastLeafReader {
  const slots = { score: new Float64Array(1), error: new Float64Array(1) };
  return (node, raw) => kernel.leaves[node.index]?.(raw, 0, slots.score, slots.error) ?? false;
}

// Reports progress at most once per percent.
function throttle(callback: ScoreOptions['onProgress'], total: number): (done: number) => void {
  if (!callback) return () => {};
  let last = -1;
  return (done) => {
    const percent = Math.floor((done * 100) / Math.max(1, total));
    if (percent !== last || done === total) {
      last = percent;
      callback(done, total);
    }
  };
}
