// The compiled row programme of scoreCsvFile: a model compiled once into what one plain row needs
// — per sector its leaves' float64 scorers (src/fast's kernel, with its error bounds), its gates
// and vetoes as closures (_ruleProgramme.ts), the selection's threshold, floors and bands as
// integers of the last published digit — so that a row is scored without the exact engine's
// per-row objects. A row is plain when every value is well-formed and in the kernel's domain, no
// issue or warning would be raised, every rule is decided (gates passed or exempt, vetoes clear or
// exempt) and every published figure is clear of a rounding boundary or settled exactly; `run`
// then returns the applicant's result with the published figures only. ANY other row gives null
// and takes the core's path (`score`), so that its output is the core's by construction.
//
// The decisions each mirror a function of the core (named beside them); where the core reads a
// short text (yes/no, a category, a list), the core's own reader is called and remembered.

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
import {
  type CompiledRule,
  compileRule,
  plainNumber,
  type RowFacts,
  runRule,
} from './_ruleProgramme.js';

/** How a leaf's raw value is read (see readLeafValue and leafValueType). */
const NUMBER = 0;
const DISCRETE = 1; // yes/no or a category: the core's reader, remembered per text
const POINTS = 2;

interface ProgrammeLeaf {
  readonly node: CompiledNode;
  readonly index: number;
  readonly id: string;
  readonly kind: number;
  /** The fact that feeds it (m_S3 ← credit_grade), if any. */
  readonly fed: string | undefined;
  /** Scored by `direct` (the value is the score). */
  readonly direct: boolean;
  readonly memo: Map<string, unknown>;
}

interface ProgrammeSector {
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
  /** Active nodes in tree order: index, id, and whether the output shows it. */
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
  readonly fed: string | undefined;
}

/** A compiled programme: `run` scores a plain row, or returns null for the core to score it. */
export interface RowProgramme {
  run(row: EntityInput, index: number): EntityResult | null;
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
const MEMO_LIMIT = 1000;
const TEXT_LIMIT = 200; // longer texts are left to the core (its limit is 10,000)

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isMissing = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * What the results must hold: `standard`, every node's published score and, for an applicant that
 * does not pass, every rule's outcome with what it read; `published` (csv, summary), the total,
 * the dimensions and the tie-break's nodes, and the rules' ids and results.
 */
export type ProgrammeDetail = 'standard' | 'published';

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
  const gates = compiled.gates.map((g) => compileRule(g, date));
  const vetoes = compiled.vetoes.map((v) => compileRule(v, date));
  if (gates.some((g) => g === null) || vetoes.some((v) => v === null)) return null;
  const selection = compileSelection(compiled);
  if (selection === undefined) return null;

  // The nodes a result carries: every one, or the total, the dimensions and the tie-break's
  // nodes (what toCsv and the quota draw read).
  const keys = new Set(
    (compiled.selection?.tieBreak ?? []).flatMap((k) => (k.by === 'node' ? [k.node] : [])),
  );
  const isShown = (n: CompiledNode) => detail === 'standard' || n.depth <= 1 || keys.has(n.id);
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
      gateInputs: compiled.gates.filter(appliesInput),
      vetoInputs: compiled.vetoes.filter(appliesInput),
      nodes: compiled.nodes
        .filter((n) => sector.active[n.index])
        .map((n) => ({ index: n.index, id: n.id, shown: isShown(n) })),
    });
  }
  const ruleLeaves: RuleLeaf[] = [];
  for (const fact of compiled.facts.values()) {
    if (fact.leaf === null) continue;
    const node = compiled.nodes.find((n) => n.id === fact.leaf);
    ruleLeaves.push({ fact, leaf: fact.leaf, fed: node?.leaf?.input.fact });
  }
  const factMemo = new Map<string, Map<string, unknown>>();
  return new Programme(compiled, kernel, sectors, ruleLeaves, factMemo, selection, date, detail);
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
  private readonly values: unknown[];
  private readonly scaled: Float64Array;
  private readonly row: RowFacts = { facts: new Map(), series: new Map() };
  /** The raw text each fact was read from (readRuleLeaves reads a fed fact's text again). */
  private readonly rawTexts = new Map<string, unknown>();

  constructor(
    private readonly compiled: Compiled,
    private readonly kernel: Kernel,
    private readonly sectors: ReadonlyMap<string, ProgrammeSector>,
    private readonly ruleLeaves: readonly RuleLeaf[],
    private readonly factMemo: Map<string, Map<string, unknown>>,
    private readonly selection: CompiledSelection | null,
    private readonly evaluationDate: string,
    private readonly detail: ProgrammeDetail,
  ) {
    const n = compiled.nodes.length;
    this.score = new Float64Array(n);
    this.error = new Float64Array(n);
    this.magnitude = new Float64Array(n);
    this.values = new Array<unknown>(n).fill(undefined);
    this.scaled = new Float64Array(n);
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
    const warnings = this.readVerification(row['verification'], sector, index);
    if (!warnings) return null;
    if (!this.readFacts(row['facts'], row['series'], values, sector)) return null;
    if (!this.readLeaves(values, sector)) return null;
    let passes = true;
    for (const gate of sector.gates) {
      const r = runRule(gate, 'gate', this.row);
      if (r === null) return null;
      if (r !== 'passed' && r !== 'exempt') passes = false;
    }
    for (const veto of sector.vetoes) {
      const r = runRule(veto, 'veto', this.row);
      if (r === null) return null;
      if (r !== 'clear' && r !== 'exempt') passes = false;
    }
    if (!passes) return this.notScored(input, index, id, name, sector, values, warnings);
    aggregateChunk(this.kernel, sector.kernel, 1, 1, this.score, this.error, this.magnitude);
    const nodes = this.publish(sector);
    if (!nodes) return null;
    const total = nodes[0]?.score as string;
    return {
      index,
      id,
      name,
      sector: sector.compiled.id,
      status: 'scored',
      issues: [],
      warnings,
      total,
      totalExact: null,
      rank: NO_RANK,
      // Published scores only: what toCsv, entityAtDetail below full and the draw read of a node.
      nodes: nodes as unknown as NodeResult[],
      eligibility: { gates: [], vetoes: [] },
      adjustments: NO_ADJUSTMENTS,
      selection: this.select(sector),
      sources: null,
    };
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
    warnings: Issue[],
  ): EntityResult | null {
    if (this.detail === 'published') return this.notScoredCodes(index, id, name, sector, warnings);
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
    const gates: RuleOutcome[] = sector.gateInputs.map((g) => applyRule(g, 'gate', ctx));
    const vetoes: RuleOutcome[] = sector.vetoInputs.map((v) => applyRule(v, 'veto', ctx));
    // What the compiled rules said, checked against the core's own outcomes.
    const same = (list: RuleOutcome[], compiled: readonly CompiledRule[], kind: 'gate' | 'veto') =>
      list.every((o, k) => o.result === runRule(compiled[k] as CompiledRule, kind, this.row));
    if (!same(gates, sector.gates, 'gate') || !same(vetoes, sector.vetoes, 'veto')) return null;
    if (vetoes.some((v) => v.result === 'unknown' || v.result === 'unreadable')) return null;
    const vetoed = vetoes.some((v) => v.result === 'fired');
    if (!vetoed && !gates.some((g) => g.result === 'failed' || g.result === 'unknown')) return null;
    return this.notScoredResult(index, id, name, sector, vetoed, gates, vetoes, warnings);
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

  // readVerification: `passed`, or `pending` (a warning, in leaf order), for the sector's leaves
  // only (another status, or another leaf, is a veto, an override or an issue: the core's path).
  private readVerification(
    verification: unknown,
    sector: ProgrammeSector,
    index: number,
  ): Issue[] | null {
    if (verification === undefined || verification === null) return NO_WARNINGS;
    if (!isRecord(verification)) return null;
    let pending = false;
    for (const key in verification) {
      if (!Object.hasOwn(verification, key) || !sector.leafIds.has(key)) return null;
      const status = verification[key];
      if (status === 'pending') pending = true;
      else if (status !== 'passed') return null;
    }
    if (!pending) return NO_WARNINGS;
    const warnings: Issue[] = [];
    for (const leaf of sector.leaves) {
      if (Object.hasOwn(verification, leaf.id) && verification[leaf.id] === 'pending')
        warnings.push(
          makeIssue(
            'verification_pending',
            ['entities', index, 'verification', leaf.id],
            leafParams(leaf.node),
          ),
        );
    }
    return warnings;
  }

  /** A short text read by the core's reader (readFact), remembered; undefined when it fails. */
  private typedFact(fact: CompiledFact, raw: unknown): unknown {
    if (fact.type === 'number') {
      const x = typeof raw === 'string' ? plainNumber(raw) : Number.NaN;
      return Number.isNaN(x) ? undefined : x;
    }
    if (typeof raw !== 'string' || raw.length > TEXT_LIMIT) return undefined;
    let memo = this.factMemo.get(fact.id);
    if (!memo) {
      memo = new Map();
      this.factMemo.set(fact.id, memo);
    }
    const known = memo.get(raw);
    if (known !== undefined) return known;
    const read = readFact(fact, raw);
    const value = read.ok && !Dec.isDecimal(read.value) ? read.value : undefined;
    if (value !== undefined && memo.size < MEMO_LIMIT) memo.set(raw, value);
    return value;
  }

  // readFacts, withLeafFacts and readRuleLeaves: the typed facts and series the rules read.
  private readFacts(
    rawFacts: unknown,
    rawSeries: unknown,
    values: Record<string, unknown>,
    sector: ProgrammeSector,
  ): boolean {
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
    // A fact-fed leaf's own value gives its fact when the row lacks it (withLeafFacts).
    for (const leaf of sector.leaves) {
      if (leaf.fed === undefined || facts.has(leaf.fed)) continue;
      const own = values[leaf.id];
      if (isMissing(own)) continue;
      const fact = this.compiled.facts.get(leaf.fed);
      const typed = fact ? this.typedFact(fact, own) : undefined;
      if (typed === undefined) return false;
      facts.set(leaf.fed, typed);
      rawTexts.set(leaf.fed, own);
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
    // Leaves that rules read as facts (m_E1 …), typed as facts.
    for (const r of this.ruleLeaves) {
      let raw: unknown;
      if (r.fed !== undefined) {
        raw = rawTexts.get(r.fed); // the fed fact's text, read again as this leaf's fact
      } else {
        raw = Object.hasOwn(values, r.leaf) ? values[r.leaf] : undefined;
      }
      if (isMissing(raw)) continue;
      const typed = this.typedFact(r.fact, raw);
      if (typed === undefined) return false;
      facts.set(r.leaf, typed);
    }
    return true;
  }

  // readValue and readScore, on the kernel: every active leaf present and scored in float64.
  private readLeaves(values: Record<string, unknown>, sector: ProgrammeSector): boolean {
    const { score, error, magnitude } = this;
    for (const leaf of sector.leaves) {
      let value: unknown;
      if (leaf.fed !== undefined) {
        // factValue: the leaf reads its fact; a value of its own must agree with it.
        const typed = this.row.facts.get(leaf.fed);
        if (typeof typed !== 'string' && typeof typed !== 'boolean') return false;
        const own = values[leaf.id];
        if (!isMissing(own)) {
          const read = this.leafValue(leaf, own);
          if (read === undefined || read !== typed) return false;
        }
        value = this.leafValue(leaf, typed);
      } else {
        const raw = values[leaf.id];
        if (isMissing(raw)) return false;
        value = this.leafRaw(leaf, raw);
      }
      if (value === undefined) return false;
      const scorer = this.kernel.leaves[leaf.index];
      if (!scorer?.(value, leaf.index, score, error)) {
        // `direct` leaves the text of a scale's end ("100") to the core; the number it stands
        // for (exactly, being plain) is the end itself, which the float scorer takes as a number.
        if (!leaf.direct || typeof value !== 'string') return false;
        value = plainNumber(value);
        if (!scorer?.(value, leaf.index, score, error)) return false;
      }
      magnitude[leaf.index] = Math.abs(score[leaf.index] as number);
      this.values[leaf.index] = value;
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
  // from its subtree recomputed exactly (exactNode), as the fast path does.
  private publish(sector: ProgrammeSector): Array<Pick<NodeResult, 'id' | 'score'>> | null {
    const rounding = this.compiled.rounding;
    const nodes: Array<Pick<NodeResult, 'id' | 'score'>> = [];
    for (const { index, id, shown } of sector.nodes) {
      const scaled = publishScaled(
        this.score[index] as number,
        this.error[index] as number,
        rounding,
      );
      if (!Number.isNaN(scaled)) {
        this.scaled[index] = scaled;
        if (shown) nodes.push({ id, score: formatScaled(scaled, rounding.decimals) });
        continue;
      }
      const exact = exactNode(this.compiled, sector.compiled, index, (leaf) => this.values[leaf]);
      if (exact === null) return null;
      const text = roundForPublication(exact, rounding);
      const n = Number(text.replace('.', ''));
      if (!Number.isSafeInteger(n)) return null;
      this.scaled[index] = n;
      if (shown) nodes.push({ id, score: text });
    }
    return nodes;
  }

  // selectEntities for one applicant: threshold, floors and band (the quota is drawn later).
  private select(sector: ProgrammeSector): SelectionResult | null {
    const s = this.selection;
    if (!s) return null;
    const total = this.scaled[0] as number;
    const failedFloors: string[] = [];
    s.floors.forEach((f, k) => {
      const node = sector.floors[k] as number; // -1: not active in the sector, so not met
      if (node < 0 || (this.scaled[node] as number) < f.min) failedFloors.push(f.node);
    });
    const band = s.bands.find((b) => total >= b.min)?.band ?? null;
    const base = { band, failedFloors, position: null, tieBreak: null };
    if (total < s.threshold) return { ...base, selected: false, reason: 'below_threshold' };
    if (failedFloors.length > 0) return { ...base, selected: false, reason: 'below_floor' };
    // A candidate: the draw over the whole file decides (scoreCsvFile's finish).
    return { ...base, selected: false, reason: 'outside_quota' };
  }
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
