// The compiled row programme of scoreCsvFile: a model compiled once into what one plain row needs
// — per sector its leaves' float64 scorers (src/fast's kernel, with its error bounds), its gates
// and vetoes as closures (_ruleProgramme.ts), the selection's threshold, floors and bands as
// integers of the last published digit — so that a row is scored without the exact engine's
// per-row objects. A row is plain when every value is well-formed and in the kernel's domain, no
// issue would be raised and no warning but those the programme writes as the core does (a pending
// or failed verification, a missing value scored at the bottom or left out with its siblings'
// weights renormalised), every rule is decided (gates passed or exempt, vetoes clear or exempt, or
// fired by a failed verification) and every published figure is clear of a rounding boundary or
// settled exactly; `run` (an entity) or `runCells` (a CSV row's cells, read through a compiled
// plan of its columns) then returns the applicant's result with the published figures only. ANY
// other row gives null and takes the core's path (`score`), so that its output is the core's by
// construction.
//
// The decisions each mirror a function of the core (named beside them); where the core reads a
// short text (yes/no, a category, a list), the core's own reader is called and remembered, and so
// is the float score of such a text.

import type {
  EntityInput,
  EntityResult,
  Label,
  Model,
  NodeResult,
  NotScoredSelection,
  RuleOutcome,
  SelectionResult,
} from 'youpin';
import { formatScaled } from 'youpin';
import { readFacts as readTypedFacts } from '../entity/readFacts.js';
import type { Issue } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { aggregateChunk } from '../fast/aggregateChunk.js';
import { exactNode } from '../fast/exactNode.js';
import { exactSmall } from '../fast/exactSmall.js';
import { type FloatDomain, floatDomain, withinFloatDomain } from '../fast/floatDomain.js';
import { kernelFor } from '../fast/kernelFor.js';
import { publishScaled } from '../fast/publishScaled.js';
import type { Kernel, KernelSector } from '../fast/types.js';
import { leafValueType } from '../intake/leafValueType.js';
import { readFact } from '../intake/readFact.js';
import { readLeafValue } from '../intake/readLeafValue.js';
import type { Compiled, CompiledFact, CompiledNode, CompiledSector } from '../model/compiled.js';
import { compileModel } from '../model/compileModel.js';
import { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { roundForPublication } from '../numeric/roundForPublication.js';
import { applyRule } from '../rules/applyRule.js';
import { ruleContext } from '../rules/ruleContext.js';
import type { RuleInput } from '../rules/types.js';
import { type Cell, cellText, type TableRow } from './_cells.js';
import { LineRow } from './_lineRow.js';
import type { ModelIndex } from './_modelIndex.js';
import { indexModel } from './_modelIndex.js';
import { leafTextValue, type Plan, verificationStatus } from './_readTable.js';
import {
  type CompiledRule,
  compileRule,
  plainNumber,
  plainNumberAt,
  type RowFacts,
  type RowNames,
  RowSlots,
  runRule,
} from './_ruleProgramme.js';

/** The longest text that wordAt keeps as a column's last word. */
const WORD_LIMIT = 64;

/** How a leaf's raw value is read (see readLeafValue and leafValueType). */
const NUMBER = 0;
const DISCRETE = 1; // yes/no or a category: the core's reader, remembered per text
const POINTS = 2;

/** A leaf's missing-value policy. */
const ZERO = 0;
const RENORMALISE = 1;
const INVALID = 2;
const MISSING: Readonly<Record<string, number>> = { zero: ZERO, renormalise: RENORMALISE };

/** What the aggregation says of a leaf (aggregateEntity's warnings, in tree order). */
const SCORED_AS_ZERO = 1;
const RENORMALISED = 2;

const U = 2 ** -53;

export interface ProgrammeLeaf {
  readonly node: CompiledNode;
  readonly index: number;
  readonly id: string;
  readonly kind: number;
  /** The fact that feeds it (m_S3 ← credit_grade), if any. */
  readonly fed: string | undefined;
  /** Scored by `direct` (the value is the score). */
  readonly direct: boolean;
  readonly memo: Map<string, unknown>;
  /** Points cells: the programme's value of a cell's text (see leafTextValue), remembered. */
  readonly cellMemo: Map<string, unknown>;
  /** The values remembered in cellMemo (the only objects `scored` may be keyed by). */
  readonly cellValues: Set<unknown>;
  /** Rows read from cells: a text's (or remembered items') value and float score, remembered. */
  readonly scored: Map<unknown, { value: unknown; score: number; error: number }>;
  /** linear or log: a plain decimal goes to the float scorer as its number (readFloat's). */
  readonly numeric: boolean;
  /** Number leaves: the values the number can take (a row outside them is the core's). */
  readonly domain: FloatDomain | null;
  /** Whether the domain's ends are decimals of at most 15 significant digits (see withinDomain). */
  readonly shortEnds: boolean;
  /**
   * Read from a LineRow as a number in place (no string): a linear or log leaf that no fact
   * feeds and no rule reads as a fact (those read its text).
   */
  byPlace: boolean;
  /** The missing-value policy: ZERO, RENORMALISE or INVALID (see readValue, aggregateEntity). */
  readonly missing: number;
  /** A failed verification: the veto it fires, or null to score the bottom (readVerification). */
  readonly veto: string | null;
}

export interface ProgrammeSector {
  readonly compiled: CompiledSector;
  readonly kernel: KernelSector;
  readonly leaves: readonly ProgrammeLeaf[];
  readonly leafIds: ReadonlySet<string>;
  readonly gates: readonly CompiledRule[];
  readonly vetoes: readonly CompiledRule[];
  /** The same rules as the model has them, for the core's applyRule on a row that does not pass. */
  readonly gateInputs: readonly RuleInput[];
  readonly vetoInputs: readonly RuleInput[];
  /** The node index of each of the selection's floors, in order; -1 where it is not active. */
  readonly floors: readonly number[];
  /** The vetoes' ids (a failed verification may fire one of them). */
  readonly vetoIds: ReadonlySet<string>;
  /** Nodes the selection reads (floors, tie-break keys): a row that lacks one is the core's. */
  readonly watched: readonly number[];
  /**
   * Active nodes whose figure is published (shown, or a floor), in tree order: index, id, and
   * whether the output shows it.
   */
  readonly nodes: ReadonlyArray<{
    readonly index: number;
    readonly id: string;
    readonly shown: boolean;
  }>;
}

/** Facts that rules read from leaf values (m_E1 …): the fact and where its raw value is. */
interface RuleLeaf {
  readonly fact: CompiledFact;
  readonly leaf: string;
  /** The leaf's node index (-1 when no leaf has the id). */
  readonly node: number;
  readonly fed: string | undefined;
}

/** What `runCells` answers when only the row read as an entity can say (then call `run`). */
export const NEEDS_ENTITY = 'entity';

/**
 * A compiled programme: `run` scores a plain row, or returns null for the core to score it;
 * `runCells` does the same on a CSV row's cells, read by `cellPlan` of the row's plan.
 */
export interface RowProgramme {
  run(row: EntityInput, index: number): EntityResult | null;
  /** The columns of a table's plan for one sector, compiled; null when no row of it can be plain. */
  cellPlan(plan: Plan, sector: string): CellPlan | null;
  /** The id of a row as the reader reads it (a trimmed, non-blank text), or null. */
  cellId(row: TableRow, plan: CellPlan): string | null;
  /** What the reader would give as the row's fact `name`, else its leaf value `name` (factOf). */
  cellFact(row: TableRow, plan: CellPlan, name: string): unknown;
  /** The published total of the last row scored, as an integer of its last decimal. */
  readonly lastTotal: number;
  /** A row that reads cleanly (readsCleanly), scored from its cells. */
  runCells(row: TableRow, plan: CellPlan, index: number): EntityResult | null | typeof NEEDS_ENTITY;
}

/** A plan of the table reader compiled for the programme: which column feeds which slot. */
export interface CellPlan {
  readonly sector: ProgrammeSector;
  readonly id: number;
  readonly name: number;
  readonly nameZh: number;
  readonly nameEn: number;
  /** Per leaf of the sector (in `sector.leaves` order): the column of its value, or -1. */
  readonly values: Int32Array;
  /** Per leaf of the sector: the column of its verification status, or -1. */
  readonly verification: Int32Array;
  /**
   * Declared facts (not leaves) and their columns, with their slots in the row's facts and raw
   * texts and their memo of typed values (found once per plan, not per row).
   */
  readonly facts: ReadonlyArray<{
    readonly fact: CompiledFact;
    readonly column: number;
    readonly slot: number;
    readonly textSlot: number;
    readonly memo: Map<string, unknown>;
  }>;
  /** Series and the columns of their years; `record` is reused row after row. */
  readonly series: ReadonlyArray<{
    readonly name: string;
    readonly years: ReadonlyArray<{ readonly year: string; readonly column: number }>;
    readonly record: Map<string, number | undefined>;
  }>;
  /** Columns whose non-blank cell the core must read (another sector's leaf, an unknown fact …). */
  readonly refuse: Int32Array;
}

const NO_RANK = { sector: 0, overall: 0 } as const;
const NOT_RANKED = { sector: null, overall: null } as const;
// As selectEntities' NOT_SCORED, key for key.
const NOT_SCORED: NotScoredSelection = {
  selected: false,
  reason: 'not_scored',
  band: null,
  failedFloors: [],
  position: null,
  tieBreak: null,
};
const NO_ADJUSTMENTS = { applied: [], before: null } as const;
const NO_WARNINGS: Issue[] = [];
/** selectEntities' reasons for an applicant that passed its gates and vetoes, before the draw. */
const REASONS = ['below_threshold', 'below_floor', 'outside_quota'] as const;
// Shared by every result of the programme that has none (never written to).
const NO_RULES = { gates: [] as RuleOutcome[], vetoes: [] as RuleOutcome[] };
const MEMO_LIMIT = 1000;
/** Published figures kept as strings: 0 to 100.00 at two decimals, and more. */
const FIGURES = 1 << 16;
const TEXT_LIMIT = 200; // longer texts are left to the core (its limit is 10,000)

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isMissing = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && isBlank(v));

/** A text with nothing but white space (a printable ASCII first character settles it at once). */
function isBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  return !(c > 32 && c < 127) && text.trim() === '';
}

/**
 * What the results must hold: `standard`, every node's published score and, for an applicant that
 * does not pass, every rule's outcome with what it read; `published` (csv), the total, the
 * dimensions and the tie-break's nodes, and the rules' ids and results; `summary`, as published
 * without the dimensions (JSON at summary detail shows none).
 */
export type ProgrammeDetail = 'standard' | 'published' | 'summary';

const programmes = new WeakMap<Model, Map<string, RowProgramme | null>>();

/**
 * The row programme of a model for an evaluation date, compiled once; null when the model has a
 * part without a compiled form (adjustments, fusion, a method or rule the kernel lacks …).
 */
export function rowProgramme(
  model: Model,
  evaluationDate: string | null,
  detail: ProgrammeDetail,
): RowProgramme | null {
  let byDate = programmes.get(model);
  if (!byDate) {
    byDate = new Map();
    programmes.set(model, byDate);
  }
  const key = `${detail} ${evaluationDate ?? ''}`;
  if (!byDate.has(key)) byDate.set(key, compile(model, evaluationDate, detail));
  return byDate.get(key) ?? null;
}

function compile(
  model: Model,
  evaluationDate: string | null,
  detail: ProgrammeDetail,
): RowProgramme | null {
  // This copy of the compiled model lives in youpin/node, with its own decimals: everything below
  // uses it alone.
  const result = compileModel(model.definition);
  if (!result.ok) return null;
  const compiled = result.compiled;
  const kernel = kernelFor(compiled);
  if ('unsupported' in kernel) return null;
  if (compiled.nodes.some((n) => n.leaf?.method.kind === 'cohort')) return null;
  const date = evaluationDate ?? compiled.evaluationDate ?? '9999-12-31';
  // The rules find the row's facts and series by slot: the Programme's RowSlots share the names.
  const names: RowNames = { facts: new Map(), series: new Map() };
  const gates = compiled.gates.map((g) => compileRule(g, date, names));
  const vetoes = compiled.vetoes.map((v) => compileRule(v, date, names));
  if (gates.some((g) => g === null) || vetoes.some((v) => v === null)) return null;
  const selection = compileSelection(compiled);
  if (selection === undefined) return null;

  // The nodes a result carries: every one, or the total, the dimensions and the tie-break's
  // nodes (what toCsv and the quota draw read).
  const keys = new Set(
    (compiled.selection?.tieBreak ?? []).flatMap((k) => (k.by === 'node' ? [k.node] : [])),
  );
  const isShown = (n: CompiledNode) =>
    detail === 'standard' ||
    n.depth === 0 ||
    (n.depth === 1 && detail === 'published') ||
    keys.has(n.id);
  const floorIds = new Set((selection?.floors ?? []).map((f) => f.node));
  const sectors = new Map<string, ProgrammeSector>();
  for (const [id, sector] of compiled.sectors) {
    const leaves: ProgrammeLeaf[] = [];
    for (const node of compiled.nodes) {
      if (!node.leaf || !sector.active[node.index]) continue;
      if (!kernel.leaves[node.index]) return null;
      const type = leafValueType(node.leaf.input.scoring);
      const kind = type === 'number' ? NUMBER : type === 'list' ? POINTS : DISCRETE;
      if (kind === POINTS && node.leaf.method.id !== 'points') return null;
      leaves.push({
        node,
        index: node.index,
        id: node.id,
        kind,
        fed: node.leaf.input.fact,
        direct: node.leaf.method.id === 'direct',
        memo: new Map(),
        cellMemo: new Map(),
        cellValues: new Set(),
        scored: new Map(),
        numeric:
          kind === NUMBER && (node.leaf.method.id === 'linear' || node.leaf.method.id === 'log'),
        domain: kind === NUMBER ? floatDomain(node.leaf.domain) : null,
        byPlace: false,
        shortEnds:
          shortDecimal(node.leaf.domain?.min ?? null) &&
          shortDecimal(node.leaf.domain?.max ?? null),
        missing: MISSING[node.leaf.missing] ?? INVALID,
        veto:
          node.leaf.input.verification?.onFail === 'veto'
            ? (node.leaf.input.verification.veto ?? '')
            : null,
      });
    }
    const applies = (r: CompiledRule | null) => !r?.sectors || r.sectors.has(id);
    const appliesInput = (r: RuleInput) => !r.sectors || r.sectors.includes(id);
    sectors.set(id, {
      compiled: sector,
      kernel: kernel.sectors.get(id) as KernelSector,
      leaves,
      leafIds: new Set(leaves.map((l) => l.id)),
      gates: (gates as CompiledRule[]).filter(applies),
      vetoes: (vetoes as CompiledRule[]).filter(applies),
      floors: (selection?.floors ?? []).map((f) => {
        const node = compiled.nodes.find((n) => n.id === f.node);
        return node && sector.active[node.index] ? node.index : -1;
      }),
      vetoIds: new Set(compiled.vetoes.filter(appliesInput).map((v) => v.id)),
      watched: [
        ...(selection?.floors ?? []).map((f) => f.node),
        ...(compiled.selection?.tieBreak ?? []).flatMap((k) => (k.by === 'node' ? [k.node] : [])),
      ].flatMap((id) => {
        const node = compiled.nodes.find((n) => n.id === id);
        return node && sector.active[node.index] ? [node.index] : [];
      }),
      gateInputs: compiled.gates.filter(appliesInput),
      vetoInputs: compiled.vetoes.filter(appliesInput),
      // Only the nodes whose figure is shown or read (the selection's floors) are published: the
      // others' figures would be computed and dropped.
      nodes: compiled.nodes
        .filter((n) => sector.active[n.index] && (isShown(n) || floorIds.has(n.id)))
        .map((n) => ({ index: n.index, id: n.id, shown: isShown(n) })),
    });
  }
  const ruleLeaves: RuleLeaf[] = [];
  for (const fact of compiled.facts.values()) {
    if (fact.leaf === null) continue;
    const node = compiled.nodes.find((n) => n.id === fact.leaf);
    ruleLeaves.push({
      fact,
      leaf: fact.leaf,
      node: node?.index ?? -1,
      fed: node?.leaf?.input.fact,
    });
  }
  // Leaves whose text a rule reads as a fact keep their text (readLeafFacts).
  const readByRules = new Set(ruleLeaves.filter((r) => r.fed === undefined).map((r) => r.node));
  for (const sector of sectors.values())
    for (const leaf of sector.leaves as ProgrammeLeaf[])
      leaf.byPlace = leaf.numeric && leaf.fed === undefined && !readByRules.has(leaf.index);
  const factMemo = new Map<string, Map<string, unknown>>();
  return new Programme(
    compiled,
    kernel,
    sectors,
    ruleLeaves,
    factMemo,
    selection,
    date,
    detail,
    indexModel(model),
    names,
  );
}

/** The selection's figures as integers of the last published digit (T ≥ x ⟺ T ≥ ⌈x⌉ for an integer T). */
interface CompiledSelection {
  readonly threshold: number;
  readonly floors: ReadonlyArray<{ readonly node: string; readonly min: number }>;
  readonly bands: ReadonlyArray<{
    readonly min: number;
    readonly band: { readonly id: string; readonly label: Label };
  }>;
}

function compileSelection(compiled: Compiled): CompiledSelection | null | undefined {
  const s = compiled.selection;
  if (!s) return null;
  const factor = new Dec(10).pow(compiled.rounding.decimals);
  const ceil = (value: unknown): number => {
    const d = parseDecimal(value as never);
    if (!d) return Number.NaN;
    const n = d.times(factor).ceil();
    return n.abs().lessThan(2 ** 52) ? n.toNumber() : Number.NaN;
  };
  const threshold = ceil(s.threshold ?? '-1e9');
  const floors = Object.entries(s.floors ?? {}).map(([node, min]) => ({ node, min: ceil(min) }));
  // As selectEntities: highest minimum first (a stable sort, as there).
  const bands = [...(s.bands ?? [])]
    .map((b) => ({ d: parseDecimal(b.min as never) as Dec, min: ceil(b.min), band: b }))
    .sort((a, b) => b.d.comparedTo(a.d))
    .map((b) => ({ min: b.min, band: { id: b.band.id, label: b.band.label } }));
  if (
    Number.isNaN(threshold) ||
    floors.some((f) => Number.isNaN(f.min)) ||
    bands.some((b) => Number.isNaN(b.min))
  )
    return undefined;
  return { threshold, floors, bands };
}

class Programme implements RowProgramme {
  private readonly score: Float64Array;
  private readonly error: Float64Array;
  private readonly magnitude: Float64Array;
  /** The value each leaf's scorer took (a text for numbers), for an exact recompute. */
  private readonly values: unknown[];
  private readonly scaled: Float64Array;
  /** The row's raw value of each active leaf, by node index (undefined: absent; PLACED: see `placed`). */
  private readonly raw: unknown[];
  /** A leaf read in place from a LineRow (raw PLACED): its number, and its cell in `line`. */
  private readonly placed: Float64Array;
  private readonly placedCell: Int32Array;
  private line: LineRow | null = null;
  /** The row's verification status of each leaf of its sector, by position in `sector.leaves`. */
  private readonly status: Array<string | undefined> = [];
  /** 1 for a leaf left out (missing, `renormalise`) and a branch with nothing under it. */
  private readonly absent: Uint8Array;
  /** Exact scores of leaves that score the bottom (missing `zero`, a failed verification). */
  private readonly known: Array<Dec | undefined>;
  /** Leaves set in `known` or `absent` for this row, to clear them after it. */
  private readonly touched: number[] = [];
  /** aggregateEntity's warnings, by leaf in tree order: node index, then code. */
  private readonly notes: number[] = [];
  /** Vetoes fired by a failed verification: veto id → leaf id (the last one, as the core keeps). */
  private readonly forced = new Map<string, string>();
  private holes = false;
  /** Whether the row was read from cells (its texts may be remembered) or given as an entity. */
  private fromCells = false;
  private readonly row: RowFacts;
  /** The raw text each fact was read from (readRuleLeaves reads a fed fact's text again). */
  private readonly rawTexts = new RowSlots<unknown>();
  private readonly cellPlans = new WeakMap<Plan, Map<string, CellPlan | null>>();
  private readonly minimum: number;
  private readonly figures: Array<string | undefined> = [];
  private readonly statuses = new Map<string, string>();
  /** The last word read in each column (see wordAt). */
  private readonly lastWords: Array<string | undefined> = [];
  private readonly selections = new Map<number, SelectionResult>();
  /** The published total of the last row scored, as an integer of its last decimal. */
  lastTotal = Number.NaN;
  private readonly minimumError: number;
  /** A linear leaf's goalposts, when plain decimals (see smallValue); NaN for other nodes. */
  private readonly lowPost: Float64Array;
  private readonly highPost: Float64Array;

  constructor(
    private readonly compiled: Compiled,
    private readonly kernel: Kernel,
    private readonly sectors: ReadonlyMap<string, ProgrammeSector>,
    private readonly ruleLeaves: readonly RuleLeaf[],
    private readonly factMemo: Map<string, Map<string, unknown>>,
    private readonly selection: CompiledSelection | null,
    private readonly evaluationDate: string,
    private readonly detail: ProgrammeDetail,
    private readonly index: ModelIndex,
    names: RowNames,
  ) {
    this.row = { facts: new RowSlots(names.facts), series: new RowSlots(names.series) };
    const n = compiled.nodes.length;
    this.score = new Float64Array(n);
    this.error = new Float64Array(n);
    this.magnitude = new Float64Array(n);
    this.values = new Array<unknown>(n).fill(undefined);
    this.scaled = new Float64Array(n);
    this.raw = new Array<unknown>(n).fill(undefined);
    this.placed = new Float64Array(n);
    this.lowPost = new Float64Array(n).fill(Number.NaN);
    this.highPost = new Float64Array(n).fill(Number.NaN);
    for (const node of compiled.nodes) {
      if (node.leaf?.method.id !== 'linear') continue;
      const spec = node.leaf.input.scoring as { lower: number | string; upper: number | string };
      const lower = plainNumber(String(spec.lower));
      const upper = plainNumber(String(spec.upper));
      if (Number.isNaN(lower) || Number.isNaN(upper) || !(lower < upper)) continue;
      this.lowPost[node.index] = lower;
      this.highPost[node.index] = upper;
    }
    this.placedCell = new Int32Array(n);
    this.absent = new Uint8Array(n);
    this.known = new Array<Dec | undefined>(n).fill(undefined);
    this.minimum = compiled.min.toNumber();
    this.minimumError = U * Math.abs(this.minimum);
  }

  run(input: EntityInput, index: number): EntityResult | null {
    const row = input as unknown as Record<string, unknown>;
    // The row's head, as readEntity reads it (readId, readName, the sector).
    const id = row['id'];
    if (typeof id !== 'string' || id.length > TEXT_LIMIT || id.trim() === '') return null;
    const name = plainName(row['name']);
    if (name === undefined) return null;
    const sectorId = row['sector'];
    const sector = typeof sectorId === 'string' ? this.sectors.get(sectorId) : undefined;
    if (!sector) return null;
    const values = row['values'];
    if (!isRecord(values)) return null;
    if (row['panels'] !== undefined || !noEvents(row['events'])) return null;
    // Every value a leaf of the sector (another key is a warning or an issue).
    for (const key in values) if (!sector.leafIds.has(key)) return null;
    for (const leaf of sector.leaves)
      this.raw[leaf.index] = Object.hasOwn(values, leaf.id) ? values[leaf.id] : undefined;
    this.fromCells = false;
    if (!this.readVerification(row['verification'], sector)) return null;
    if (!this.readFacts(row['facts'], row['series'], sector)) return null;
    const result = this.evaluate(index, id, name, sector);
    if (result !== NEEDS_ENTITY) return result;
    return this.notScored(input, index, id, name, sector, values);
  }

  cellPlan(plan: Plan, sectorId: string): CellPlan | null {
    let bySector = this.cellPlans.get(plan);
    if (!bySector) {
      bySector = new Map();
      this.cellPlans.set(plan, bySector);
    }
    if (!bySector.has(sectorId)) bySector.set(sectorId, this.compileCells(plan, sectorId));
    return bySector.get(sectorId) ?? null;
  }

  private compileCells(plan: Plan, sectorId: string): CellPlan | null {
    const sector = this.sectors.get(sectorId);
    if (!sector || plan.contested.size > 0) return null;
    const position = new Map(sector.leaves.map((l, k) => [l.id, k]));
    const values = new Int32Array(sector.leaves.length).fill(-1);
    const verification = new Int32Array(sector.leaves.length).fill(-1);
    const facts: Array<CellPlan['facts'][number]> = [];
    const series = new Map<string, Array<{ year: string; column: number }>>();
    const refuse: number[] = [];
    const head = { id: -1, name: -1, nameZh: -1, nameEn: -1 };
    for (const step of plan.steps) {
      const path = step.path;
      const column = step.column.index;
      if (!path) continue; // a problem column: such rows do not read cleanly
      const [kind, key, year] = path as [string, string | undefined, string | undefined];
      if (kind === 'id') head.id = column;
      else if (kind === 'name') {
        if (key === undefined) head.name = column;
        else if (key === 'zh') head.nameZh = column;
        else head.nameEn = column;
      } else if (kind === 'sector') continue;
      else if (kind === 'facts') {
        const fact = this.compiled.facts.get(key as string);
        if (fact && fact.leaf === null)
          facts.push({
            fact,
            column,
            slot: this.row.facts.slot(fact.id),
            textSlot: this.rawTexts.slot(fact.id),
            memo: this.memoOf(fact),
          });
        else refuse.push(column);
      } else if (kind === 'series') {
        if (!this.compiled.series.has(key as string)) refuse.push(column);
        else {
          const years = series.get(key as string) ?? [];
          years.push({ year: year as string, column });
          series.set(key as string, years);
        }
      } else if (kind === 'values' || kind === 'verification') {
        const k = position.get(key as string);
        if (k === undefined) refuse.push(column);
        else (kind === 'values' ? values : verification)[k] = column;
      } else refuse.push(column);
    }
    return {
      sector,
      ...head,
      values,
      verification,
      facts,
      series: [...series].map(([name, years]) => ({ name, years, record: new Map() })),
      refuse: Int32Array.from(refuse),
    };
  }

  cellFact(row: TableRow, plan: CellPlan, name: string): unknown {
    for (const { fact, column } of plan.facts)
      if (fact.id === name) {
        const text = textAt(row, column);
        if (text !== null) return text;
      }
    const leaves = plan.sector.leaves;
    for (let k = 0; k < leaves.length; k++) {
      const leaf = leaves[k] as ProgrammeLeaf;
      if (leaf.id !== name) continue;
      const column = plan.values[k] as number;
      const text = column < 0 ? null : textAt(row, column);
      return text === null ? undefined : this.cellValue(leaf, text);
    }
    return undefined;
  }

  cellId(row: TableRow, plan: CellPlan): string | null {
    return plan.id < 0 ? null : textAt(row, plan.id);
  }

  runCells(
    row: TableRow,
    plan: CellPlan,
    index: number,
  ): EntityResult | null | typeof NEEDS_ENTITY {
    const { sector } = plan;
    for (let k = 0; k < plan.refuse.length; k++)
      if (!blankAt(row, plan.refuse[k] as number)) return null;
    const id = plan.id < 0 ? null : textAt(row, plan.id);
    if (id === null || id.length > TEXT_LIMIT) return null;
    // toEntity's name: zh and en together, else the plain name, else either.
    const zh = plan.nameZh < 0 ? null : textAt(row, plan.nameZh);
    const en = plan.nameEn < 0 ? null : textAt(row, plan.nameEn);
    const plain = plan.name < 0 ? null : textAt(row, plan.name);
    const name: string | Label | null =
      zh !== null && en !== null ? { zh, en } : (plain ?? zh ?? en);
    if (
      (zh !== null && zh.length > TEXT_LIMIT) ||
      (en !== null && en.length > TEXT_LIMIT) ||
      (plain !== null && plain.length > TEXT_LIMIT)
    )
      return null;
    const leaves = sector.leaves;
    const line = row instanceof LineRow ? row : null;
    this.line = line;
    for (let k = 0; k < leaves.length; k++) {
      const leaf = leaves[k] as ProgrammeLeaf;
      const column = plan.values[k] as number;
      if (line !== null && leaf.byPlace && column >= 0) {
        // A plain number read where it stands; any other cell is read as its text below.
        const x = numberInPlace(line, column);
        if (x !== undefined && !Number.isNaN(x)) {
          this.raw[leaf.index] = PLACED;
          this.placed[leaf.index] = x;
          this.placedCell[leaf.index] = column;
          const v = plan.verification[k] as number;
          const status = v < 0 ? null : this.wordAt(row, v);
          this.status[k] = status === null ? undefined : this.statusOf(status);
          continue;
        }
      }
      const text = column < 0 ? null : this.wordAt(row, column);
      this.raw[leaf.index] = text === null ? undefined : this.cellValue(leaf, text);
      const v = plan.verification[k] as number;
      const status = v < 0 ? null : this.wordAt(row, v);
      this.status[k] = status === null ? undefined : this.statusOf(status);
    }
    if (!this.readCellFacts(row, plan)) return null;
    this.fromCells = true;
    return this.evaluate(index, id, name, sector);
  }

  /**
   * textAt for a cell read as a word (a status, a yes/no, a category): the column's last text
   * again when the cell holds the same characters, compared in place. Most rows repeat a word of
   * the row before; the memos then find it by a hash already made, and no string is made.
   */
  private wordAt(row: TableRow, k: number): string | null {
    if (!(row instanceof LineRow)) return textAt(row, k);
    if (k < 0 || k >= row.count) return null; // a short row: no such cell (as textOf says)
    const end = row.to(k); // -1: a quoted cell
    const last = this.lastWords[k];
    if (end >= 0 && last !== undefined) {
      const from = row.from(k);
      // The last text is trimmed and not blank: equal characters are that text as textOf reads it.
      if (end - from === last.length && row.text.startsWith(last, from)) return last;
    }
    const text = row.textOf(k);
    if (text !== null && text.length <= WORD_LIMIT) this.lastWords[k] = text;
    return text;
  }

  /** verificationStatus of a cell's text, remembered. */
  private statusOf(text: string): string {
    let status = this.statuses.get(text);
    if (status === undefined) {
      status = verificationStatus(text);
      if (this.statuses.size < MEMO_LIMIT) this.statuses.set(text, status);
    }
    return status;
  }

  /** A points cell's value as the reader gives it (items or counts), remembered; else the text. */
  private cellValue(leaf: ProgrammeLeaf, text: string): unknown {
    if (leaf.kind !== POINTS) return text;
    const known = leaf.cellMemo.get(text);
    if (known !== undefined) return known;
    const value = leafTextValue(text, leaf.id, this.index);
    if (text.length <= TEXT_LIMIT && leaf.cellMemo.size < MEMO_LIMIT) {
      leaf.cellMemo.set(text, value);
      leaf.cellValues.add(value);
    }
    return value;
  }

  /** readFacts for cells: the declared facts and series of the plan's columns. */
  private readCellFacts(row: TableRow, plan: CellPlan): boolean {
    const facts = this.row.facts;
    const series = this.row.series;
    facts.clear();
    series.clear();
    this.rawTexts.clear();
    for (const { fact, column, slot, textSlot, memo } of plan.facts) {
      const text = this.wordAt(row, column);
      if (text === null) continue;
      const typed = this.typedFactIn(fact, text, memo);
      if (typed === undefined) return false;
      facts.setAt(slot, typed);
      this.rawTexts.setAt(textSlot, text);
    }
    for (const { name, years, record } of plan.series) {
      for (const { year, column } of years) {
        // Read once here: the rules take the number (see yearValue); in place from a LineRow.
        let x = row instanceof LineRow ? numberInPlace(row, column) : undefined;
        if (x === undefined) {
          const text = textAt(row, column);
          x = text === null ? undefined : plainNumber(text);
        }
        if (Number.isNaN(x)) return false;
        record.set(year, x);
      }
      series.set(name, record);
    }
    return this.readLeafFacts(plan.sector);
  }

  /**
   * The row once read: leaves, rules, figures. NEEDS_ENTITY for an applicant whose gates or
   * vetoes do not pass when the output shows what the rules read (`run` has the row for that).
   */
  private evaluate(
    index: number,
    id: string,
    name: string | Label | null,
    sector: ProgrammeSector,
  ): EntityResult | null | typeof NEEDS_ENTITY {
    const warnings = this.verificationWarnings(sector, index);
    try {
      if (!warnings || !this.readLeaves(sector)) return null;
      let passes = true;
      for (const gate of sector.gates) {
        const r = runRule(gate, 'gate', this.row);
        if (r === null) return null;
        if (r !== 'passed' && r !== 'exempt') passes = false;
      }
      const forced = this.forced;
      if (forced.size > 0) {
        // The vetoes a failed verification fires, among the sector's (else the core's path).
        for (const veto of forced.keys()) if (!sector.vetoIds.has(veto)) return null;
        passes = false;
      }
      for (const veto of sector.vetoes) {
        const r = runRule(veto, 'veto', this.row);
        if (r === null) return null;
        if (r !== 'clear' && r !== 'exempt') passes = false;
      }
      if (!passes) {
        if (this.detail !== 'standard')
          return this.notScoredCodes(index, id, name, sector, warnings);
        return NEEDS_ENTITY;
      }
      if (this.holes) {
        if (!this.aggregateWithHoles(sector)) return null;
      } else
        aggregateChunk(this.kernel, sector.kernel, 1, 1, this.score, this.error, this.magnitude);
      const nodes = this.publish(sector);
      if (!nodes) return null;
      const total = nodes[0]?.score as string;
      this.lastTotal = this.scaled[0] as number;
      return {
        index,
        id,
        name,
        sector: sector.compiled.id,
        status: 'scored',
        issues: NO_WARNINGS,
        warnings: this.notes.length > 0 ? this.withNotes(warnings, index) : warnings,
        total,
        totalExact: null,
        rank: NO_RANK,
        // Published scores only: what toCsv, entityAtDetail below full and the draw read of a node.
        nodes: nodes as unknown as NodeResult[],
        eligibility: NO_RULES,
        adjustments: NO_ADJUSTMENTS,
        selection: this.select(sector),
        sources: null,
      };
    } finally {
      this.clearRow();
    }
  }

  /** Forgets what a row left in the per-leaf state (most rows touch none of it). */
  private clearRow(): void {
    const touched = this.touched;
    for (let k = 0; k < touched.length; k++) {
      const i = touched[k] as number;
      this.absent[i] = 0;
      this.known[i] = undefined;
    }
    touched.length = 0;
    this.notes.length = 0;
    this.holes = false;
  }

  /** The verification warnings, then aggregateEntity's (scored_as_zero, renormalised) in tree order. */
  private withNotes(warnings: Issue[], index: number): Issue[] {
    const out = [...warnings];
    const notes = this.notes;
    for (let k = 0; k < notes.length; k += 2) {
      const node = this.compiled.nodes[notes[k] as number] as CompiledNode;
      const code = notes[k + 1] === SCORED_AS_ZERO ? 'scored_as_zero' : 'renormalised';
      out.push(makeIssue(code, ['entities', index, 'values', node.id], { id: node.id }));
    }
    return out;
  }

  /**
   * An applicant whose gates or vetoes do not all pass: its outcomes from the core's applyRule on
   * the facts as the core types them (readFacts), so that what they read is shown alike; null when
   * a veto is unknown (a warning) or something reads otherwise than the compiled rules said.
   */
  private notScored(
    input: EntityInput,
    index: number,
    id: string,
    name: string | Label | null,
    sector: ProgrammeSector,
    values: Record<string, unknown>,
  ): EntityResult | null {
    // The row's state again (evaluate cleared it): verification, leaves, forced vetoes.
    const warnings = this.verificationWarnings(sector, index);
    try {
      if (!warnings || !this.readLeaves(sector)) return null;
      const issues: Issue[] = [];
      // withLeafFacts: a fact-fed leaf's own value stands for its missing fact.
      let rawFacts = (input.facts ?? {}) as Record<string, unknown>;
      for (const leaf of sector.leaves) {
        if (leaf.fed === undefined || !Object.hasOwn(values, leaf.id)) continue;
        const own = values[leaf.id];
        if (isMissing(own) || (Object.hasOwn(rawFacts, leaf.fed) && !isMissing(rawFacts[leaf.fed])))
          continue;
        rawFacts = { ...rawFacts, [leaf.fed]: own };
      }
      const series = (input.series ?? {}) as Record<string, Record<string, unknown>>;
      const typed = readTypedFacts(this.compiled, rawFacts, series, ['entities', index], issues);
      if (issues.length > 0 || typed.unreadable) return null;
      // readRuleLeaves: the leaves that rules read, typed as facts.
      const facts = typed.facts;
      for (const r of this.ruleLeaves) {
        const source = r.fed !== undefined ? rawFacts : values;
        const key = r.fed ?? r.leaf;
        const raw = Object.hasOwn(source, key) ? source[key] : undefined;
        if (isMissing(raw)) continue;
        const read = readFact(r.fact, raw);
        if (!read.ok) return null;
        facts[r.leaf] = read.value;
      }
      const ctx = ruleContext(
        { facts, values, series: typed.series, events: [] },
        this.evaluationDate,
      );
      const forced = this.forced;
      // The core's applyRule for each rule that did not pass (and a veto that a failed
      // verification fires): what the output shows, checked against what the compiled rule said.
      // A rule that passed is shown by its id and result only (standard detail leaves it out).
      let differs = false;
      const outcome = (rule: RuleInput, compiled: CompiledRule, kind: 'gate' | 'veto') => {
        const result = runRule(compiled, kind, this.row);
        const passes =
          result === 'exempt' ||
          (kind === 'gate' ? result === 'passed' : result === 'clear' && !forced.has(rule.id));
        if (passes) return { rule: rule.id, kind, result } as RuleOutcome;
        const core = applyRule(rule, kind, ctx);
        if (core.result !== result) differs = true;
        return core;
      };
      const gates = sector.gateInputs.map((g, k) =>
        outcome(g, sector.gates[k] as CompiledRule, 'gate'),
      );
      const vetoes = sector.vetoInputs.map((v, k) =>
        outcome(v, sector.vetoes[k] as CompiledRule, 'veto'),
      );
      if (differs) return null;
      if (vetoes.some((v) => v.result === 'unknown' || v.result === 'unreadable')) return null;
      // checkEligibility: a veto fired by a failed verification, with what it read.
      const outcomes = vetoes.map((v): RuleOutcome => {
        const leaf = forced.get(v.rule);
        if (leaf === undefined) return v;
        return { ...v, result: 'fired', facts: { ...v.facts, [`verification.${leaf}`]: 'failed' } };
      });
      const vetoed = outcomes.some((v) => v.result === 'fired');
      if (!vetoed && !gates.some((g) => g.result === 'failed' || g.result === 'unknown'))
        return null;
      return this.notScoredResult(index, id, name, sector, vetoed, gates, outcomes, warnings);
    } finally {
      this.clearRow();
    }
  }

  /** As notScored, with the rules' ids and results only (what csv and summary show of them). */
  private notScoredCodes(
    index: number,
    id: string,
    name: string | Label | null,
    sector: ProgrammeSector,
    warnings: Issue[],
  ): EntityResult | null {
    const outcome = (rule: CompiledRule, kind: 'gate' | 'veto') =>
      ({ rule: rule.id, kind, result: runRule(rule, kind, this.row) }) as RuleOutcome;
    const gates = sector.gates.map((g) => outcome(g, 'gate'));
    const vetoes = sector.vetoes.map((v) => outcome(v, 'veto'));
    if (vetoes.some((v) => v.result === 'unknown')) return null; // a warning: the core's path
    const forced = this.forced;
    for (const v of vetoes) if (forced.has(v.rule)) (v as { result: string }).result = 'fired';
    const vetoed = vetoes.some((v) => v.result === 'fired');
    return this.notScoredResult(index, id, name, sector, vetoed, gates, vetoes, warnings);
  }

  private notScoredResult(
    index: number,
    id: string,
    name: string | Label | null,
    sector: ProgrammeSector,
    vetoed: boolean,
    gates: RuleOutcome[],
    vetoes: RuleOutcome[],
    warnings: Issue[],
  ): EntityResult {
    return {
      index,
      id,
      name,
      sector: sector.compiled.id,
      status: vetoed ? 'vetoed' : 'ineligible',
      issues: [],
      warnings,
      total: null,
      totalExact: null,
      rank: NOT_RANKED,
      nodes: sector.nodes
        .filter((n) => n.shown)
        .map((n) => ({ id: n.id, score: null })) as unknown as NodeResult[],
      eligibility: { gates, vetoes },
      adjustments: NO_ADJUSTMENTS,
      selection: this.selection ? NOT_SCORED : null,
      sources: null,
    };
  }

  // readVerification: `passed`, `pending` or `failed`, for the sector's leaves only (another
  // status, or another leaf, is an issue or a warning: the core's path). Into `status`.
  private readVerification(verification: unknown, sector: ProgrammeSector): boolean {
    const leaves = sector.leaves;
    if (verification === undefined || verification === null) {
      for (let k = 0; k < leaves.length; k++) this.status[k] = undefined;
      return true;
    }
    if (!isRecord(verification)) return false;
    for (const key in verification)
      if (!Object.hasOwn(verification, key) || !sector.leafIds.has(key)) return false;
    for (let k = 0; k < leaves.length; k++) {
      const id = (leaves[k] as ProgrammeLeaf).id;
      const status = Object.hasOwn(verification, id) ? verification[id] : undefined;
      if (status !== undefined && status !== null && typeof status !== 'string') return false;
      this.status[k] = status ?? undefined;
    }
    return true;
  }

  /**
   * The warnings of the statuses, in leaf order (readVerification): `pending` and `failed`
   * (scored at the bottom) are warnings, a failure whose policy is a veto fires it; null for a
   * status the core refuses.
   */
  private verificationWarnings(sector: ProgrammeSector, index: number): Issue[] | null {
    if (this.forced.size > 0) this.forced.clear();
    let warnings = NO_WARNINGS;
    const leaves = sector.leaves;
    for (let k = 0; k < leaves.length; k++) {
      const status = this.status[k];
      if (status === undefined || status === 'passed') continue;
      const leaf = leaves[k] as ProgrammeLeaf;
      const path = ['entities', index, 'verification', leaf.id];
      if (status === 'pending') {
        if (warnings === NO_WARNINGS) warnings = [];
        warnings.push(makeIssue('verification_pending', path, leafParams(leaf.node)));
      } else if (status === 'failed') {
        if (leaf.veto !== null) {
          this.forced.set(leaf.veto, leaf.id);
          continue;
        }
        if (warnings === NO_WARNINGS) warnings = [];
        warnings.push(
          makeIssue('verification_failed', path, {
            ...leafParams(leaf.node),
            score: this.compiled.min.toFixed(),
          }),
        );
      } else return null;
    }
    return warnings;
  }

  /** A short text read by the core's reader (readFact), remembered; undefined when it fails. */
  private typedFact(fact: CompiledFact, raw: unknown): unknown {
    return this.typedFactIn(fact, raw, fact.type === 'number' ? null : this.memoOf(fact));
  }

  /** The memo of typedFact for a fact (its texts' typed values). */
  private memoOf(fact: CompiledFact): Map<string, unknown> {
    let memo = this.factMemo.get(fact.id);
    if (!memo) {
      memo = new Map();
      this.factMemo.set(fact.id, memo);
    }
    return memo;
  }

  /** typedFact with the fact's memo found already. */
  private typedFactIn(
    fact: CompiledFact,
    raw: unknown,
    memo: Map<string, unknown> | null,
  ): unknown {
    if (fact.type === 'number') {
      const x = typeof raw === 'string' ? plainNumber(raw) : Number.NaN;
      return Number.isNaN(x) ? undefined : x;
    }
    if (typeof raw !== 'string' || raw.length > TEXT_LIMIT || memo === null) return undefined;
    const known = memo.get(raw);
    if (known !== undefined) return known;
    const read = readFact(fact, raw);
    const value = read.ok && !Dec.isDecimal(read.value) ? read.value : undefined;
    if (value !== undefined && memo.size < MEMO_LIMIT) memo.set(raw, value);
    return value;
  }

  // readFacts, withLeafFacts and readRuleLeaves: the typed facts and series the rules read.
  private readFacts(rawFacts: unknown, rawSeries: unknown, sector: ProgrammeSector): boolean {
    const facts = this.row.facts;
    const series = this.row.series;
    const rawTexts = this.rawTexts;
    facts.clear();
    series.clear();
    rawTexts.clear();
    if (rawFacts !== undefined && rawFacts !== null) {
      if (!isRecord(rawFacts)) return false;
      for (const name in rawFacts) {
        const fact = this.compiled.facts.get(name);
        if (!fact || fact.leaf !== null || !Object.hasOwn(rawFacts, name)) return false;
        const raw = rawFacts[name];
        if (isMissing(raw)) continue;
        const typed = this.typedFact(fact, raw);
        if (typed === undefined) return false;
        facts.set(name, typed);
        rawTexts.set(name, raw);
      }
    }
    if (rawSeries !== undefined && rawSeries !== null) {
      if (!isRecord(rawSeries)) return false;
      for (const name in rawSeries) {
        if (!this.compiled.series.has(name) || !Object.hasOwn(rawSeries, name)) return false;
        const years = rawSeries[name];
        if (!isRecord(years)) return false;
        for (const year in years) {
          if (!isYear(year)) return false;
          const raw = years[year];
          if (isMissing(raw)) continue;
          if (typeof raw !== 'string' || Number.isNaN(plainNumber(raw))) return false;
        }
        series.set(name, years);
      }
    }
    return this.readLeafFacts(sector);
  }

  /** withLeafFacts and readRuleLeaves, on the row's raw leaf values. */
  private readLeafFacts(sector: ProgrammeSector): boolean {
    const facts = this.row.facts;
    const rawTexts = this.rawTexts;
    // A fact-fed leaf's own value gives its fact when the row lacks it (withLeafFacts).
    for (const leaf of sector.leaves) {
      if (leaf.fed === undefined || facts.has(leaf.fed)) continue;
      const own = this.raw[leaf.index];
      if (isMissing(own)) continue;
      const fact = this.compiled.facts.get(leaf.fed);
      const typed = fact ? this.typedFact(fact, own) : undefined;
      if (typed === undefined) return false;
      facts.set(leaf.fed, typed);
      rawTexts.set(leaf.fed, own);
    }
    // Leaves that rules read as facts (m_E1 …), typed as facts.
    const active = sector.compiled.active;
    for (const r of this.ruleLeaves) {
      let raw: unknown;
      if (r.fed !== undefined) {
        raw = rawTexts.get(r.fed); // the fed fact's text, read again as this leaf's fact
      } else {
        raw = r.node >= 0 && active[r.node] ? this.raw[r.node] : undefined;
      }
      if (isMissing(raw)) continue;
      const typed = this.typedFact(r.fact, raw);
      if (typed === undefined) return false;
      facts.set(r.leaf, typed);
    }
    return true;
  }

  // readValue and readScore, on the kernel: every active leaf scored in float64, or missing and
  // scored by its policy (`zero`: the bottom; `renormalise`: left out), or overridden by a failed
  // verification (the bottom).
  private readLeaves(sector: ProgrammeSector): boolean {
    const { score, error, magnitude } = this;
    const leaves = sector.leaves;
    for (let k = 0; k < leaves.length; k++) {
      const leaf = leaves[k] as ProgrammeLeaf;
      const i = leaf.index;
      const failed = this.status[k] === 'failed' && leaf.veto === null;
      let value: unknown;
      let number = Number.NaN;
      if (leaf.fed !== undefined) {
        // factValue: the leaf reads its fact; a value of its own must agree with it.
        const typed = this.row.facts.get(leaf.fed);
        const own = this.raw[i];
        if (typed === undefined && isMissing(own)) value = undefined;
        else {
          if (typeof typed !== 'string' && typeof typed !== 'boolean') return false;
          if (!isMissing(own)) {
            const read = this.leafValue(leaf, own);
            if (read === undefined || read !== typed) return false;
          }
          value = this.leafValue(leaf, typed);
          if (value === undefined) return false;
        }
      } else {
        const raw = this.raw[i];
        if (leaf.kind !== NUMBER && this.fromCells && raw !== undefined) {
          // A text (or the reader's remembered items of one) scores as it did before.
          const known = leaf.scored.get(raw);
          if (known !== undefined) {
            score[i] = known.score;
            error[i] = known.error;
            this.values[i] = known.value;
            if (failed) this.bottom(i);
            else magnitude[i] = Math.abs(known.score);
            continue;
          }
        }
        if (raw === PLACED) {
          // Read in place (runCells): a plain decimal, whose text is made only if needed.
          const x = this.placed[i] as number;
          if (leaf.domain !== null) {
            const within = leaf.shortEnds
              ? withinDomain(x, '', leaf)
              : withinDomain(x, this.placedText(i), leaf);
            if (!within) return false;
          }
          value = PLACED;
          number = x;
        } else if (leaf.kind === NUMBER) {
          // A plain decimal's text (readLeafValue's), read once: linear and log take the number.
          if (!isMissing(raw)) {
            const x = typeof raw === 'string' ? plainNumber(raw) : Number.NaN;
            if (Number.isNaN(x)) return false;
            if (leaf.domain !== null && !withinDomain(x, raw as string, leaf)) return false;
            value = raw;
            if (leaf.numeric) number = x;
          }
        } else if (!isMissing(raw)) {
          value = this.leafRaw(leaf, raw);
          if (value === undefined) return false;
        }
      }
      if (value === undefined) {
        // readValue on a missing value: `invalid` is an issue (the core's path); a failed
        // verification's bottom wins over the policy (aggregateEntity's overrides).
        if (leaf.missing === INVALID) return false;
        if (failed || leaf.missing === ZERO) {
          if (!failed) this.notes.push(i, SCORED_AS_ZERO);
          this.bottom(i);
          continue;
        }
        this.notes.push(i, RENORMALISED);
        this.absent[i] = 1;
        this.touched.push(i);
        this.holes = true;
        continue;
      }
      const scorer = this.kernel.leaves[i];
      // linear and log read a plain decimal's text as the number it is exactly (readFloat).
      let given = Number.isNaN(number) ? value : number;
      if (!scorer?.(given, i, score, error)) {
        // `direct` leaves the text of a scale's end ("100") to the core; the number it stands
        // for (exactly, being plain) is the end itself, which the float scorer takes as a number.
        if (!leaf.direct || typeof given !== 'string') return false;
        given = plainNumber(given);
        if (!scorer?.(given, i, score, error)) return false;
      }
      this.values[i] = value;
      if (leaf.fed === undefined && leaf.kind !== NUMBER && this.fromCells) {
        const raw = this.raw[i];
        if (leaf.scored.size < MEMO_LIMIT && (typeof raw === 'string' || leaf.cellValues.has(raw)))
          leaf.scored.set(raw, { value, score: score[i] as number, error: error[i] as number });
      }
      if (failed) {
        this.bottom(i); // the value is read (and must be valid), the score is the bottom
        continue;
      }
      magnitude[i] = Math.abs(score[i] as number);
    }
    return true;
  }

  /**
   * A leaf's value as a number for exactSmall: a plain decimal read in place or from its text;
   * undefined (so exactSmall declines) for a leaf scored otherwise (the bottom, points, a text).
   */
  private readonly smallValue = (leaf: number): number | undefined => {
    if (this.known[leaf] !== undefined) return undefined;
    const value = this.values[leaf];
    const x =
      value === PLACED
        ? (this.placed[leaf] as number)
        : typeof value === 'string'
          ? plainNumber(value)
          : undefined;
    // A linear leaf's value beyond a goalpost scores as the goalpost (the clamp): given as the
    // goalpost, so that exactSmall need not divide by a range that does not terminate (45 …).
    if (x === undefined) return x;
    const low = this.lowPost[leaf] as number;
    const high = this.highPost[leaf] as number;
    // (Comparisons with NaN, for a leaf without goalposts, are false: x stays.)
    if (x > high) return high;
    if (x < low) return low;
    return x;
  };

  /** The text of a leaf read in place (its cell, as textOf reads it). */
  private placedText(i: number): string {
    return (this.line as LineRow).textOf(this.placedCell[i] as number) as string;
  }

  /** A leaf scored at the bottom of the scale, exactly (model.min). */
  private bottom(i: number): void {
    this.score[i] = this.minimum;
    this.error[i] = this.minimumError;
    this.magnitude[i] = Math.abs(this.minimum);
    this.known[i] = this.compiled.min;
    this.touched.push(i);
  }

  /**
   * aggregateChunk for one row with leaves left out (`renormalise`): a branch's present children
   * share its weight in proportion to theirs (sharesWithin), in float64 with a bound that allows
   * for the renormalised weights' own error. False when a branch has nothing under it, or a
   * `minimum` lacks a child, or the present weights sum to 0: the core's path.
   */
  private aggregateWithHoles(sector: ProgrammeSector): boolean {
    const { score, error, magnitude, absent } = this;
    const { bottomUp, operators } = this.kernel;
    const ks = sector.kernel;
    for (let n = 0; n < bottomUp.length; n++) {
      const node = bottomUp[n] as number;
      const op = operators[node] as number;
      if (op < 0 || ks.active[node] === 0) continue;
      const children = ks.children[node] as Int32Array;
      const m = children.length;
      let present = 0;
      for (let k = 0; k < m; k++) if (absent[children[k] as number] === 0) present++;
      if (present === m) {
        // As aggregateChunk for one row.
        aggregateNode(ks, node, op, children, score, error, magnitude);
        continue;
      }
      if (present === 0 || op !== 0) return false;
      let sum = 0;
      let total = 0;
      let inherited = 0;
      let size = 0;
      for (let k = 0; k < m; k++) {
        const c = children[k] as number;
        if (absent[c] === 1) continue;
        const w = ks.weight[c] as number;
        total += w;
        sum += w * (score[c] as number);
        inherited += w * (error[c] as number);
        size += w * (magnitude[c] as number);
      }
      if (!(total > 0)) return false;
      // Each renormalised weight errs by at most (m + 4)·U relatively (its share, the sum of m
      // shares, the division); the sum of m products and the final division as aggregateChunk.
      const slack = 8 * (m + 4) * U;
      score[node] = sum / total;
      error[node] = (inherited / total) * (1 + slack) + slack * (size / total);
      magnitude[node] = (size / total) * (1 + slack);
    }
    return true;
  }

  /** The value the core's leaf scorer gets for a raw value (readLeafValue), or undefined. */
  private leafRaw(leaf: ProgrammeLeaf, raw: unknown): unknown {
    if (leaf.kind === NUMBER) {
      return typeof raw === 'string' && !Number.isNaN(plainNumber(raw)) ? raw : undefined;
    }
    if (leaf.kind === DISCRETE) return this.leafValue(leaf, raw);
    // points: item ids, or whole counts written as digits (the float scorer takes numbers).
    if (Array.isArray(raw)) {
      for (const x of raw) if (typeof x !== 'string' || x.length > TEXT_LIMIT) return undefined;
      return raw;
    }
    if (isRecord(raw)) {
      // No prototype: an item called `__proto__` stays an item (and the scorer refuses it).
      const counts: Record<string, number> = Object.create(null);
      for (const key in raw) {
        const count = raw[key];
        if (typeof count !== 'string' || !isCount(count)) return undefined;
        counts[key] = Number(count);
      }
      return counts;
    }
    return typeof raw === 'string' && !Number.isNaN(plainNumber(raw)) ? raw : undefined;
  }

  /** readLeafValue of a short text, remembered per leaf; undefined when the core would refuse it. */
  private leafValue(leaf: ProgrammeLeaf, raw: unknown): unknown {
    if (typeof raw !== 'string' || raw.length > TEXT_LIMIT) return undefined;
    const known = leaf.memo.get(raw);
    if (known !== undefined) return known;
    const read = readLeafValue(leaf.node, raw);
    const value =
      read.ok && (typeof read.value === 'string' || typeof read.value === 'boolean')
        ? read.value
        : undefined;
    if (value !== undefined && leaf.memo.size < MEMO_LIMIT) leaf.memo.set(raw, value);
    return value;
  }

  // fastScores' publish: each active node from the float when its bound leaves no doubt, else
  // from its subtree recomputed exactly (exactNode), as the fast path does. A leaf left out is
  // published as missing (null); a row with one that is not clear is the core's.
  private publish(sector: ProgrammeSector): Array<Pick<NodeResult, 'id' | 'score'>> | null {
    const rounding = this.compiled.rounding;
    const nodes: Array<Pick<NodeResult, 'id' | 'score'>> = [];
    if (this.holes) for (const w of sector.watched) if (this.absent[w] === 1) return null;
    for (const { index, id, shown } of sector.nodes) {
      if (this.absent[index] === 1) {
        if (shown) nodes.push({ id, score: null });
        continue;
      }
      const scaled = publishScaled(
        this.score[index] as number,
        this.error[index] as number,
        rounding,
      );
      if (!Number.isNaN(scaled)) {
        this.scaled[index] = scaled;
        if (shown) nodes.push({ id, score: this.figure(scaled) });
        continue;
      }
      if (this.holes) return null;
      // A tie the data lands on (values to 2 decimals …) settled in small decimals first: the
      // exact path's figure at a small part of decimal.js's cost; what it cannot do, decimal.js.
      const small = exactSmall(this.compiled, sector.compiled, index, this.smallValue);
      if (!Number.isNaN(small)) {
        this.scaled[index] = small;
        if (shown) nodes.push({ id, score: this.figure(small) });
        continue;
      }
      const exact = exactNode(
        this.compiled,
        sector.compiled,
        index,
        (leaf) => (this.values[leaf] === PLACED ? this.placedText(leaf) : this.values[leaf]),
        (leaf) => this.known[leaf],
      );
      if (exact === null) return null;
      const text = roundForPublication(exact, rounding);
      const n = Number(text.replace('.', ''));
      if (!Number.isSafeInteger(n)) return null;
      this.scaled[index] = n;
      if (shown) nodes.push({ id, score: text });
    }
    return nodes;
  }

  /** A published figure's text, one string per figure (a total of 72.40 is the same string). */
  private figure(scaled: number): string {
    const small = scaled >= 0 && scaled < FIGURES;
    const known = small ? this.figures[scaled] : undefined;
    if (known !== undefined) return known;
    const text = formatScaled(scaled, this.compiled.rounding.decimals);
    if (small) this.figures[scaled] = text;
    return text;
  }

  // selectEntities for one applicant: threshold, floors and band (the quota is drawn later).
  private select(sector: ProgrammeSector): SelectionResult | null {
    const s = this.selection;
    if (!s) return null;
    const total = this.scaled[0] as number;
    const floors = s.floors;
    let missed = 0; // bit k: floor k not met
    for (let k = 0; k < floors.length; k++) {
      const node = sector.floors[k] as number; // -1: not active in the sector, so not met
      const floor = floors[k] as CompiledSelection['floors'][number];
      if (node < 0 || (this.scaled[node] as number) < floor.min) missed |= 1 << k;
    }
    let band = -1;
    for (let k = 0; k < s.bands.length; k++)
      if (total >= (s.bands[k] as CompiledSelection['bands'][number]).min) {
        band = k;
        break;
      }
    // A candidate (outside_quota): the draw over the whole file decides (scoreCsvFile's finish).
    const reason = total < s.threshold ? 0 : missed !== 0 ? 1 : 2;
    // One result per outcome, shared (never written to): a few dozen for a whole file.
    const key = ((band + 1) * 3 + reason) * 2 ** floors.length + missed;
    const known = floors.length <= 20 ? this.selections.get(key) : undefined;
    if (known) return known;
    const result: SelectionResult = {
      band: band < 0 ? null : (s.bands[band] as CompiledSelection['bands'][number]).band,
      failedFloors: floors.filter((_, k) => (missed & (1 << k)) !== 0).map((f) => f.node),
      position: null,
      tieBreak: null,
      selected: false,
      reason: REASONS[reason] as SelectionResult['reason'],
    };
    if (floors.length <= 20) this.selections.set(key, result);
    return result;
  }
}

/** aggregateChunk's arithmetic for one node of one row (stride 1). */
function aggregateNode(
  sector: KernelSector,
  node: number,
  op: number,
  children: Int32Array,
  score: Float64Array,
  error: Float64Array,
  magnitude: Float64Array,
): void {
  const m = children.length;
  if (op === 0) {
    let sum = 0;
    let inherited = 0;
    let size = 0;
    for (let k = 0; k < m; k++) {
      const c = children[k] as number;
      const w = sector.weight[c] as number;
      inherited += w * (error[c] as number);
      size += w * (magnitude[c] as number);
      sum = sum + w * (score[c] as number);
    }
    score[node] = sum;
    error[node] = inherited * (1 + 4 * U) + 2 * (m + 3) * U * size;
    magnitude[node] = size * (1 + 2 * (m + 3) * U);
    return;
  }
  let anyPositive = false;
  for (let k = 0; k < m; k++)
    if ((sector.weight[children[k] as number] as number) > 0) anyPositive = true;
  let bound = 0;
  let size = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < m; k++) {
    const c = children[k] as number;
    if (anyPositive && !((sector.weight[c] as number) > 0)) continue;
    bound = Math.max(bound, error[c] as number);
    size = Math.max(size, magnitude[c] as number);
    const s = score[c] as number;
    if (s < best) best = s;
  }
  score[node] = best;
  error[node] = bound;
  magnitude[node] = size;
}

/**
 * withinFloatDomain for a number that plainNumber read from `text` (so a decimal of at most 15
 * significant digits, between 1e-31 and 1e32): when the domain's ends are such decimals too, two
 * of them that differ are two different doubles (15 digits survive a round trip through float64),
 * so x at an end is that end exactly, and x is a whole number exactly when the decimal is. The
 * exact reading withinFloatDomain does there (a Decimal for every 0 and 100 %) is then not needed.
 */
function withinDomain(x: number, text: string, leaf: ProgrammeLeaf): boolean {
  const d = leaf.domain as FloatDomain;
  if (x < d.lo || x > d.hi) return false;
  if (!leaf.shortEnds) return withinFloatDomain(x, text, d);
  return !d.exact.integer || Number.isInteger(x);
}

/** A decimal of at most 15 significant digits in float64's normal range (or none, or 0). */
function shortDecimal(value: Dec | null): boolean {
  if (value === null || value.isZero()) return true;
  const size = value.abs();
  return value.sd() <= 15 && size.gte('1e-300') && size.lte('1e300');
}

/** The raw value of a leaf read in place from a LineRow (its number is in Programme.placed). */
const PLACED: unique symbol = Symbol('placed');

/**
 * Cell k of a LineRow read as plainNumber reads its text, where that text is the cell as it
 * stands (not quoted, printable ASCII at both ends, so nothing to trim): NaN when it is no plain
 * number; undefined for a blank cell or any other (read its text then).
 */
function numberInPlace(row: LineRow, k: number): number | undefined {
  if (k < 0 || k >= row.count) return undefined;
  const end = row.to(k);
  if (end < 0) return undefined;
  const from = row.from(k);
  if (from === end) return undefined;
  const text = row.text;
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(end - 1);
  if (!(a > 32 && a < 127 && b > 32 && b < 127)) return undefined;
  return plainNumberAt(text, from, end);
}

/** Cell k's text as the reader takes it (textOf), read by its place in a LineRow. */
function textAt(row: TableRow, k: number): string | null {
  return row instanceof LineRow ? row.textOf(k) : textOf(row.cells[k]);
}

/** Whether cell k is blank (textOf gives null), without its string when a LineRow's has text. */
function blankAt(row: TableRow, k: number): boolean {
  return row instanceof LineRow ? row.isBlank(k) : textOf(row.cells[k]) === null;
}

/** A cell's text as the reader takes it: trimmed, null when blank (cellText). */
function textOf(cell: Cell | undefined): string | null {
  if (cell === '' || cell === undefined) return null; // most cells of other sectors' columns
  if (typeof cell !== 'string') return cellText(cell);
  // Printable ASCII at both ends: nothing to trim (most cells), so no call to trim.
  const a = cell.charCodeAt(0);
  const b = cell.charCodeAt(cell.length - 1);
  return a > 32 && a < 127 && b > 32 && b < 127 ? cell : cellText(cell);
}

// readName: a text, or { zh, en } texts; undefined for anything the core would flag or that is long.
function plainName(value: unknown): string | Label | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.length > TEXT_LIMIT ? undefined : value;
  if (!isRecord(value)) return undefined;
  const zh = value['zh'];
  const en = value['en'];
  if (typeof zh !== 'string' || typeof en !== 'string') return undefined;
  if (zh.length > TEXT_LIMIT || en.length > TEXT_LIMIT) return undefined;
  for (const key in value) if (key !== 'zh' && key !== 'en') return undefined;
  return { zh, en };
}

/** A leaf as messages name it (readEntities' leafParams): by its label, with its id. */
function leafParams(node: CompiledNode): { leaf: string; leafZh: string } {
  const label = node.leaf?.input.label;
  if (!label) return { leaf: node.id, leafZh: node.id };
  return { leaf: `"${label.en}" (${node.id})`, leafZh: `「${label.zh}」（${node.id}）` };
}

/** Four digits (readSeries' years). */
function isYear(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A whole count written as digits without a leading zero, at most nine of them. */
function isCount(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 9 || (n > 1 && text.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function noEvents(events: unknown): boolean {
  return events === undefined || events === null || (Array.isArray(events) && events.length === 0);
}
