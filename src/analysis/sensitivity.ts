import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import { rankColumns } from '../fast/rankColumns.js';
import type { Model } from '../model/Model.js';
import type { ModelInput } from '../model/types.js';
import type { EntityInput } from '../score/types.js';
import { createRandom, type Random } from './_sensitivity/createRandom.js';
import { drawBuffers, evaluateDraw } from './_sensitivity/evaluateDraw.js';
import { type Plan, planSensitivity } from './_sensitivity/planSensitivity.js';
import { sampleInputs } from './_sensitivity/sampleInputs.js';
import { type DrawSelection, selectDraw } from './_sensitivity/selectDraw.js';
import { sobolIndices } from './_sensitivity/sobolIndices.js';
import { sobolRows } from './_sensitivity/sobolRows.js';
import type {
  EntitySensitivity,
  RankInterval,
  SensitivityOptions,
  SensitivityPart,
  SensitivityResult,
  SobolResult,
} from './sensitivityTypes.js';

/**
 * How robust is the ranking? Draws the uncertain inputs declared in `options` — weights (±a
 * fraction, or Dirichlet around the profile, renormalised within each parent), alternative
 * scoring functions or goalposts per leaf, alternative operators per branch, one indicator left
 * out — and re-scores the batch under each draw on a float64 path. Per applicant: the median rank
 * and its 5–95 % interval, overall and in the sector, and the probability of being selected and
 * of each band. Per input, with `sobol`: first-order and total variance-based indices (Saltelli
 * 2010 and Jansen 1999 estimators) with bootstrap intervals.
 *
 * Seeded: the same seed gives the same result everywhere. The draws reproduce the model's
 * selection rule (threshold, floors, quotas); a tie on a draw's total keeps the model's own
 * tie-break order. The model's own result is computed exactly; the draws never publish a score.
 *
 * @param model - a model from `defineModel`, or a definition
 * @param entities - the batch, as for `score()`
 * @param options - the seed, the uncertain inputs, the number of draws, `sobol` for indices
 * @returns per applicant rank intervals and probabilities; per input Sobol indices
 * @throws {@link YoupinError} for a bad model or batch, `unknown_node` for an option naming no such
 *   node, `out_of_scale` for draws outside 1 to 1,000,000, a fraction outside [0, 1) or a concentration ≤ 0,
 *   `no_fast_path` for a model that fuses sources
 * @example
 * ```ts
 * import { defineModel, sensitivity } from 'youpin';
 * const label = (s: string) => ({ zh: s, en: s });
 * const model = defineModel({
 *   id: 'm', version: '1', name: label('m'),
 *   tree: { id: 'total', label: label('total'), children: [
 *     { id: 'q', label: label('质量'), scoring: { method: 'direct' } },
 *     { id: 'i', label: label('创新'), scoring: { method: 'direct' } },
 *   ] },
 *   sectors: [{ id: 's', label: label('s') }],
 *   profile: { weights: { q: 0.5, i: 0.5 } },
 *   selection: { quotas: { s: 1 } },
 * });
 * const batch = [
 *   { id: 'A', sector: 's', values: { q: 90, i: 60 } },
 *   { id: 'B', sector: 's', values: { q: 60, i: 88 } },
 * ];
 * const result = sensitivity(model, batch, { seed: 1, draws: 500, weights: { kind: 'uniform', fraction: 0.2 } });
 * result.entities[0]?.nominal.selected; // → true
 * (result.entities[0]?.probability?.selected ?? 0) > 0.5; // → true
 * (result.entities[1]?.probability?.selected ?? 0) > 0; // → true
 * ```
 */
export function sensitivity(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: SensitivityOptions,
): SensitivityResult {
  const run = prepare(model, entities, options);
  const whole = {
    draws: [0, run.draws] as const,
    sobolRows: [0, run.options.sobol?.n ?? 0] as const,
  };
  return assemble(run, [runPart(run, whole)]);
}

/**
 * One share of a {@link sensitivity} analysis, for running it in parallel (Web Workers in a
 * browser; `sensitivityInWorkers` of `youpin/node` does it with worker threads): the Monte Carlo
 * draws `[from, to)` and the Sobol rows `[from, to)`. Every draw and row has its own random
 * stream, so {@link sensitivityFromParts} of any split gives exactly the result of one pass.
 *
 * @param model - the model, as for `sensitivity`
 * @param entities - the batch
 * @param options - the same options for every part
 * @param slice - `draws: [from, to)` and `sobolRows: [from, to)` (`[0, 0]` for none)
 * @returns the part: plain data and typed arrays, ready for `postMessage`
 * @example
 * ```ts
 * import { defineModel, sensitivity, sensitivityFromParts, sensitivityPart } from 'youpin';
 * const label = (s: string) => ({ zh: s, en: s });
 * const model = defineModel({
 *   id: 'm', version: '1', name: label('m'),
 *   tree: { id: 'total', label: label('total'), children: [
 *     { id: 'q', label: label('q'), scoring: { method: 'direct' } },
 *     { id: 'i', label: label('i'), scoring: { method: 'direct' } },
 *   ] },
 *   sectors: [{ id: 's', label: label('s') }],
 *   profile: { weights: { q: 0.5, i: 0.5 } },
 * });
 * const batch = [{ id: 'A', sector: 's', values: { q: 90, i: 60 } }, { id: 'B', sector: 's', values: { q: 60, i: 88 } }];
 * const options = { seed: 3, draws: 100, weights: { kind: 'uniform', fraction: 0.2 } } as const;
 * const parts = [
 *   sensitivityPart(model, batch, options, { draws: [0, 60], sobolRows: [0, 0] }),
 *   sensitivityPart(model, batch, options, { draws: [60, 100], sobolRows: [0, 0] }),
 * ];
 * const joined = sensitivityFromParts(model, batch, options, parts);
 * JSON.stringify(joined) === JSON.stringify(sensitivity(model, batch, options)); // → true
 * ```
 */
export function sensitivityPart(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: SensitivityOptions,
  slice: {
    readonly draws: readonly [number, number];
    readonly sobolRows: readonly [number, number];
  },
): SensitivityPart {
  return runPart(prepare(model, entities, options), slice);
}

/**
 * Joins the parts of a {@link sensitivity} analysis (from {@link sensitivityPart}) into its
 * result, the same as one pass would give. The parts must cover every draw and Sobol row once.
 *
 * @param model - the model, as for every part
 * @param entities - the batch
 * @param options - the options of every part
 * @param parts - the parts, in any order
 * @returns the analysis
 * @throws {@link YoupinError} `length_mismatch` when the parts do not cover the draws or rows
 *   exactly once
 * @example
 * ```ts
 * import { defineModel, sensitivityFromParts, sensitivityPart } from 'youpin';
 * const label = (s: string) => ({ zh: s, en: s });
 * const model = defineModel({
 *   id: 'm', version: '1', name: label('m'),
 *   tree: { id: 'total', label: label('total'), children: [
 *     { id: 'q', label: label('q'), scoring: { method: 'direct' } },
 *   ] },
 *   sectors: [{ id: 's', label: label('s') }],
 *   profile: { weights: { q: 1 } },
 * });
 * const batch = [{ id: 'A', sector: 's', values: { q: 90 } }];
 * const options = { seed: 1, draws: 10 };
 * const part = sensitivityPart(model, batch, options, { draws: [0, 10], sobolRows: [0, 0] });
 * sensitivityFromParts(model, batch, options, [part]).entities[0]?.rank; // → { median: 1, p5: 1, p95: 1 }
 * ```
 */
export function sensitivityFromParts(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: SensitivityOptions,
  parts: readonly SensitivityPart[],
): SensitivityResult {
  return assemble(prepare(model, entities, options), parts);
}

interface Run {
  readonly plan: Plan;
  readonly options: SensitivityOptions;
  readonly draws: number;
  readonly rule: DrawSelection | null;
  readonly buffers: ReturnType<typeof drawBuffers>;
  readonly progress: () => void;
}

function prepare(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: SensitivityOptions,
): Run {
  // No options (or null) reads as none: the seed they must hold is then said to be missing.
  options ??= {} as SensitivityOptions;
  checkOptions(options);
  const plan = planSensitivity(model, entities, options);
  const draws = options.draws ?? 1000;
  const rule = selectionRule(plan);
  const buffers = drawBuffers(plan, rule?.floors.map((f) => f.node) ?? []);
  const total = draws + (options.sobol ? options.sobol.n * (plan.inputs.length + 2) : 0);
  let done = 0;
  const progress = () => {
    done++;
    if (options.onProgress && (done % 64 === 0 || done === total)) options.onProgress(done, total);
  };
  return { plan, options, draws, rule, buffers, progress };
}

function runPart(
  run: Run,
  slice: {
    readonly draws: readonly [number, number];
    readonly sobolRows: readonly [number, number];
  },
): SensitivityPart {
  const { plan, options, rule, buffers } = run;
  const n = plan.members.length;
  const [from, to] = slice.draws;
  const count = Math.max(0, to - from);
  // Monte Carlo: draw d from its own stream, so a draw never depends on another.
  const ranks = new Int32Array(count * n);
  const sectorRanks = new Int32Array(count * n);
  const selected = new Int32Array(n);
  const bands = rule ? rule.bands.map(() => new Int32Array(n)) : [];
  const outcome = { selected: new Uint8Array(n), band: new Int32Array(n) };
  const row = new Float64Array(plan.width);
  const streams = createRandom(options.seed).fork(3);
  for (let d = from; d < to; d++) {
    row.fill(0);
    sampleInputs(plan, options, streams.fork(d), row);
    evaluateDraw(plan, row, buffers);
    const r = rankColumns(buffers.totals, plan.sectorOf, plan.bySector.length);
    ranks.set(r.overall, (d - from) * n);
    sectorRanks.set(r.sector, (d - from) * n);
    if (rule) {
      selectDraw(plan, rule, buffers.totals, buffers.nodes, outcome);
      for (let m = 0; m < n; m++) {
        selected[m] = (selected[m] as number) + (outcome.selected[m] as number);
        const b = outcome.band[m] as number;
        if (b >= 0) (bands[b] as Int32Array)[m] = ((bands[b] as Int32Array)[m] as number) + 1;
      }
    }
    run.progress();
  }
  const [rowFrom, rowTo] = slice.sobolRows;
  const sobol = options.sobol
    ? sobolRows(sobolDesign(run), rowFrom, rowTo)
    : { fA: new Float64Array(0), fB: new Float64Array(0), fAB: [] };
  return {
    draws: [from, to],
    ranks,
    sectorRanks,
    selected,
    bands,
    sobolRows: [rowFrom, rowTo],
    ...sobol,
  };
}

function assemble(run: Run, parts: readonly SensitivityPart[]): SensitivityResult {
  const { plan, options, draws, rule } = run;
  const n = plan.members.length;
  const ordered = [...parts].sort((a, b) => a.draws[0] - b.draws[0]);
  checkCover(
    ordered.map((p) => p.draws),
    draws,
    ['parts', 'draws'],
  );
  const ranks = new Int32Array(draws * n);
  const sectorRanks = new Int32Array(draws * n);
  const selected = new Int32Array(n);
  const bands = rule ? rule.bands.map(() => new Int32Array(n)) : [];
  for (const part of ordered) {
    ranks.set(part.ranks, part.draws[0] * n);
    sectorRanks.set(part.sectorRanks, part.draws[0] * n);
    for (let m = 0; m < n; m++) {
      selected[m] = (selected[m] as number) + (part.selected[m] as number);
      part.bands.forEach((counts, b) => {
        (bands[b] as Int32Array)[m] =
          ((bands[b] as Int32Array)[m] as number) + (counts[m] as number);
      });
    }
  }
  const sobol = options.sobol ? joinSobol(run, parts) : null;
  const memberOf = new Map<number, number>();
  plan.members.forEach((i, m) => {
    memberOf.set(i, m);
  });
  const result: EntitySensitivity[] = plan.report.entities.map((e, i) => {
    const m = memberOf.get(i);
    const nominal = {
      rank: e.rank.overall,
      sectorRank: e.rank.sector,
      selected: e.selection?.selected ?? false,
      band: e.selection?.band?.id ?? null,
    };
    if (m === undefined)
      return {
        id: e.id,
        sector: e.sector,
        status: e.status,
        nominal,
        rank: null,
        sectorRank: null,
        probability: null,
      };
    const p = (selected[m] as number) / draws;
    return {
      id: e.id,
      sector: e.sector,
      status: e.status,
      nominal,
      rank: interval(ranks, m, n, draws),
      sectorRank: interval(sectorRanks, m, n, draws),
      probability: rule
        ? {
            selected: p,
            standardError: Math.sqrt((p * (1 - p)) / draws),
            bands: Object.fromEntries(
              rule.bands.map((b, k) => [b.id, ((bands[k] as Int32Array)[m] as number) / draws]),
            ),
          }
        : null,
    };
  });
  return {
    model: plan.report.model,
    seed: options.seed,
    draws,
    inputs: plan.inputs,
    entities: result,
    sobol,
  };
}

// The parts' ranges must cover [0, total) exactly once.
function checkCover(
  ranges: ReadonlyArray<readonly [number, number]>,
  total: number,
  path: string[],
): void {
  let next = 0;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (to === from) continue;
    if (from !== next || to < from) break;
    next = to;
  }
  if (next !== total)
    throw new YoupinError([makeToolIssue('length_mismatch', path, { a: total, b: next })]);
}

/** The most draws `sensitivity` takes (the command line has the same bound). */
const MAX_DRAWS = 1_000_000;

function checkOptions(options: SensitivityOptions): void {
  const issues: Issue[] = [];
  const bad = (path: (string | number)[], value: number, min: string, max: string) =>
    issues.push(
      makeToolIssue('out_of_scale', ['options', ...path], { value: String(value), min, max }),
    );
  // Every draw's ranks are kept (two 32-bit integers per applicant and draw): a bound keeps a
  // mistyped count from filling the memory (10⁷ draws of 127 applicants would hold 10 GB).
  const draws = options.draws ?? 1000;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS)
    bad(['draws'], draws, '1', MAX_DRAWS.toLocaleString('en'));
  const w = options.weights;
  if (w?.kind === 'uniform' && !(w.fraction >= 0 && w.fraction < 1))
    bad(['weights', 'fraction'], w.fraction, '0', '1');
  if (w?.kind === 'dirichlet' && !(w.concentration > 0 && Number.isFinite(w.concentration)))
    bad(['weights', 'concentration'], w.concentration, '0', '∞');
  if (options.sobol && !(Number.isInteger(options.sobol.n) && options.sobol.n >= 2))
    bad(['sobol', 'n'], options.sobol.n, '2', '∞');
  if (issues.length > 0) throw new YoupinError(issues as [Issue, ...Issue[]]);
}

// The model's selection in draw units, or null when it has none.
function selectionRule(plan: Plan): DrawSelection | null {
  const spec = plan.compiled.selection;
  if (!spec) return null;
  const factor = 10 ** plan.decimals;
  // A figure published to d decimals reaches x when its count reaches ⌈x·10^d⌉.
  const units = (x: number | string) => Math.ceil(Number(x) * factor - 1e-7);
  const byId = new Map(plan.compiled.nodes.map((node) => [node.id, node.index]));
  const quotas = Float64Array.from(plan.compiled.sectorIds, (s) =>
    spec.quotas && Object.hasOwn(spec.quotas, s)
      ? (spec.quotas[s] as number)
      : Number.POSITIVE_INFINITY,
  );
  const order = [...plan.members.keys()].sort((a, b) => {
    const ea = plan.report.entities[plan.members[a] as number];
    const eb = plan.report.entities[plan.members[b] as number];
    const ta = Number(ea?.total);
    const tb = Number(eb?.total);
    const pa = ea?.selection?.position ?? Number.POSITIVE_INFINITY;
    const pb = eb?.selection?.position ?? Number.POSITIVE_INFINITY;
    return tb - ta || pa - pb || a - b;
  });
  const tieOrder = new Int32Array(plan.members.length);
  order.forEach((m, k) => {
    tieOrder[m] = k;
  });
  // The model's unresolved ties, one class per sector and published total.
  const classes = new Map<string, number>();
  const unresolved = Int32Array.from(plan.members, (index) => {
    const e = plan.report.entities[index];
    if (e?.selection?.reason !== 'tie_unresolved') return -1;
    const key = `${e.sector} ${e.total}`;
    if (!classes.has(key)) classes.set(key, classes.size);
    return classes.get(key) as number;
  });
  return {
    threshold: spec.threshold === undefined ? null : units(spec.threshold),
    floors: Object.entries(spec.floors ?? {}).map(([id, min]) => ({
      node: byId.get(id) as number,
      min: units(min),
    })),
    quotas,
    bands: [...(spec.bands ?? [])]
      .map((b) => ({ id: b.id, min: units(b.min) }))
      .sort((a, b) => b.min - a.min),
    tieOrder,
    unresolved,
  };
}

function interval(ranks: Int32Array, m: number, n: number, draws: number): RankInterval | null {
  const values = new Float64Array(draws);
  let count = 0;
  for (let d = 0; d < draws; d++) {
    const r = ranks[d * n + m] as number;
    if (r > 0) values[count++] = r;
  }
  if (count === 0) return null;
  const sorted = values.subarray(0, count).sort();
  return {
    median: rankQuantile(sorted, 50),
    p5: rankQuantile(sorted, 5),
    p95: rankQuantile(sorted, 95),
  };
}

/**
 * `quantileSorted` of whole ranks at a whole percent, exactly: h·100 = (n − 1)·percent is an
 * integer, so the interpolation is a number of hundredths (29.05, where the float gave
 * 29.049999999999983).
 */
function rankQuantile(sorted: Float64Array, percent: number): number {
  const h100 = (sorted.length - 1) * percent;
  const below = Math.floor(h100 / 100);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return (low * 100 + (h100 - below * 100) * (high - low)) / 100;
}

// The design of the Sobol analysis: the inputs' columns as groups, and the output of one row.
function sobolDesign(run: Run) {
  const { plan, options, rule, buffers } = run;
  const output = options.sobol?.output ?? 'rankShift';
  const n = plan.members.length;
  const nominalRank = Int32Array.from(
    plan.members,
    (i) => plan.report.entities[i]?.rank.overall ?? 0,
  );
  const nominalSelected = Uint8Array.from(plan.members, (i) =>
    plan.report.entities[i]?.selection?.selected ? 1 : 0,
  );
  const outcome = { selected: new Uint8Array(n), band: new Int32Array(n) };
  const empty = plan.inputs.length === 0;
  return {
    k: Math.max(1, plan.width),
    seed: options.seed,
    groups: empty ? [[0]] : plan.columns.map((c) => [...c]),
    sampleRow: (random: Random, out: Float64Array) => {
      if (!empty) sampleInputs(plan, options, random, out);
    },
    evaluate: (row: Float64Array) => {
      evaluateDraw(plan, row, buffers);
      run.progress();
      if (output === 'selectionChanges') {
        if (!rule) return 0;
        selectDraw(plan, rule, buffers.totals, buffers.nodes, outcome);
        let changes = 0;
        for (let m = 0; m < n; m++) if (outcome.selected[m] !== nominalSelected[m]) changes++;
        return changes;
      }
      const ranks = rankColumns(buffers.totals, plan.sectorOf, plan.bySector.length).overall;
      let shift = 0;
      for (let m = 0; m < n; m++)
        shift += Math.abs((ranks[m] as number) - (nominalRank[m] as number));
      return n > 0 ? shift / n : 0;
    },
  };
}

function joinSobol(run: Run, parts: readonly SensitivityPart[]): SobolResult {
  const spec = run.options.sobol as NonNullable<SensitivityOptions['sobol']>;
  const ordered = [...parts].sort((a, b) => a.sobolRows[0] - b.sobolRows[0]);
  checkCover(
    ordered.map((p) => p.sobolRows),
    spec.n,
    ['parts', 'sobolRows'],
  );
  const groups = Math.max(1, run.plan.inputs.length);
  const fA = new Float64Array(spec.n);
  const fB = new Float64Array(spec.n);
  const fAB = Array.from({ length: groups }, () => new Float64Array(spec.n));
  for (const part of ordered) {
    fA.set(part.fA, part.sobolRows[0]);
    fB.set(part.fB, part.sobolRows[0]);
    part.fAB.forEach((column, g) => {
      (fAB[g] as Float64Array).set(column, part.sobolRows[0]);
    });
  }
  const indices = sobolIndices(
    { fA, fB, fAB },
    { bootstrap: spec.bootstrap ?? 1000, random: createRandom(run.options.seed).fork(2) },
  );
  return {
    estimator: indices.estimator,
    output: spec.output ?? 'rankShift',
    n: indices.n,
    evaluations: spec.n * (groups + 2),
    constantOutput: indices.constantOutput,
    bootstrap: indices.bootstrap
      ? { resamples: indices.bootstrap.resamples, level: indices.bootstrap.level }
      : null,
    indices:
      run.plan.inputs.length === 0
        ? []
        : indices.indices.map((index, i) => ({
            input: run.plan.inputs[i]?.id as string,
            first: index.first,
            total: index.total,
          })),
  };
}
