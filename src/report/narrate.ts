import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import { parseInput } from '../error/parseInput.js';
import type { Explanation, GapTarget, LeafGap, NodeExplanation } from '../explain/types.js';
import type { Label } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { own } from '../numeric/own.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { RuleOutcome } from '../rules/types.js';
import type { ValueInput } from '../score/types.js';
import { type Lang, phrases } from './_phrases.js';

/** Options of `narrate`. */
export interface NarrateOptions {
  /** The language of the sentences: `'zh-CN'` (中文) or `'en'`. */
  readonly locale: 'zh-CN' | 'en';
}

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() => z.strictObject({ locale: z.enum(['zh-CN', 'en']) }))();

/** How many leaves are named for the points lost and for each gap. */
const TOP = 3;
/** Units written without a space in Chinese ("4.2%", "4.2%（占营业收入）"); others take one ("2000 万元"). */
const TIGHT_UNITS = ['%', '‰', '℃', '°'];

/**
 * Tells an applicant, in plain sentences, what an explanation says: the result (the total and the
 * rank in the sector, selected or not and why — threshold, floor, quota or tie-break with the key
 * that decided, and the band); for an ineligible entity each failed gate with the facts it read and
 * each gate that could not be checked with the facts that are missing; for a vetoed entity each
 * fired veto with the date of the event; the data issues of an invalid entity; then strengths and
 * weaknesses, the benchmark lines missed, the three leaves that lost the most points, the gaps
 * (points needed, up to three leaves that alone would close the gap, the combined plan), flagged
 * expert panels and bonus or penalty points.
 *
 * The sentences are made from the data and never stored in it. Published figures are used as
 * they are; the points still needed are rounded up to the publication's decimals (never
 * understated); raw values carry the leaf's unit.
 *
 * @param explanation - what `explain(report, entityId)` returns
 * @param options - `locale`: `'zh-CN'` or `'en'`
 * @returns the sentences, in order, each ending with its full stop
 * @throws {@link YoupinError} `invalid_value` (zod) at `['options', 'locale']` for another locale
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { explain, narrate, score } from 'youpin';
 * import { haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const why = explain(score(liaocheng2024, rows), 'M001', { benchmark: haopinShandongBenchmark });
 * const zh = narrate(why, { locale: 'zh-CN' });
 * zh[0]; // → '总分 38.23，在制造业 42 家参评企业中排名第 41。'
 * zh[1]; // → '未入选：总分 38.23 低于入选线 70.00。'
 * zh.find((s) => s.startsWith('质量维度')); // → '质量维度得分 52.90，低于基准线 80.00，差 27.10 分。'
 * narrate(why, { locale: 'en' })[1]; // → 'Not selected: the total of 38.23 is below the threshold of 70.00.'
 * ```
 */
export function narrate(explanation: Explanation, options: NarrateOptions): string[] {
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) throwIfIssues(fromZod(parsed.error.issues, ['options']));
  return new Narrator(explanation, options.locale === 'en' ? 'en' : 'zh').sentences();
}

class Narrator {
  private readonly nodes: ReadonlyMap<string, NodeExplanation>;
  private readonly decimals: number | null;

  constructor(
    private readonly x: Explanation,
    private readonly lang: Lang,
  ) {
    this.nodes = new Map(x.nodes.map((n) => [n.id, n]));
    const published = x.total ?? x.gaps[0]?.required ?? null;
    this.decimals = published === null ? null : decimalsOf(published);
  }

  sentences(): string[] {
    const { x } = this;
    const out: string[] = [];
    if (x.entity.status === 'scored') out.push(...this.result());
    out.push(...this.gates(), ...this.vetoes());
    if (x.entity.status === 'invalid') out.push(...this.invalid());
    out.push(
      ...this.strengths(),
      ...this.benchmark(),
      ...this.mostLost(),
      ...this.gaps(),
      ...this.treatments(),
      ...this.panels(),
      ...this.adjustments(),
    );
    return out;
  }

  // ─────────────────────────────── result ───────────────────────────────

  private result(): string[] {
    const { x } = this;
    const out: string[] = [];
    const total = x.total;
    if (total !== null) {
      const { sector: rank, of } = x.rank;
      out.push(
        rank !== null && of > 0
          ? this.say(phrases.totalRank, {
              total,
              sector: x.entity.sectorLabel ? this.pick(x.entity.sectorLabel) : '',
              of: String(of),
              rank: String(rank),
              ordinal: ordinal(rank),
            })
          : this.say(phrases.total, { total }),
      );
    }
    const s = x.selection;
    if (!s) return out;
    const others = s.tieBreak ? s.tieBreak.tiedWith.join(this.say(phrases.listSeparator)) : '';
    const key = s.tieBreak?.decidedBy ? this.tieKey(s.tieBreak.decidedBy) : null;
    switch (s.reason) {
      case 'selected':
        out.push(this.say(phrases.selected));
        if (others && key) out.push(this.say(phrases.wonTieBreak, { others, key }));
        break;
      case 'below_threshold':
        if (total !== null && x.threshold !== null)
          out.push(this.say(phrases.belowThreshold, { total, threshold: this.pad(x.threshold) }));
        break;
      case 'below_floor': {
        const names = s.failedFloors.map((id) => this.nodeName(id));
        out.push(
          this.say(phrases.belowFloor, {
            nodes: names.join(this.say(phrases.listSeparator)),
            plural: names.length > 1,
          }),
        );
        for (const id of s.failedFloors) {
          const score = this.nodes.get(id)?.score ?? null;
          const floor = own(x.floors, id);
          if (score === null || floor === undefined) continue;
          out.push(
            this.say(phrases.floorMissed, {
              node: this.nodeName(id),
              score,
              floor: this.pad(floor),
              gap: difference(floor, score),
            }),
          );
        }
        break;
      }
      case 'outside_quota':
        out.push(
          s.position === null
            ? this.say(phrases.outsideQuotaNoPosition)
            : this.say(phrases.outsideQuota, {
                sector: x.entity.sectorLabel ? this.pick(x.entity.sectorLabel) : '',
                position: String(s.position),
                ordinal: ordinal(s.position),
              }),
        );
        break;
      case 'lost_tie_break':
        out.push(
          key
            ? this.say(phrases.lostTieBreak, { others, key })
            : this.say(phrases.tieUnresolved, { others }),
        );
        break;
      case 'tie_unresolved':
        out.push(this.say(phrases.tieUnresolved, { others }));
        break;
      case 'not_scored':
        break;
    }
    if (s.band) out.push(this.say(phrases.band, { band: this.pick(s.band.label) }));
    return out;
  }

  /** `node:Q` → 「质量」得分; `fact:credit_grade`; `expertMean`; anything else as it is. */
  private tieKey(key: string): string {
    if (key.startsWith('node:')) {
      const id = key.slice('node:'.length);
      return this.say(phrases.tieKeyNode, { label: this.labelOf(id) });
    }
    if (key.startsWith('fact:'))
      return this.say(phrases.tieKeyFact, { fact: key.slice('fact:'.length) });
    if (key === 'expertMean') return this.say(phrases.tieKeyExpertMean);
    return key;
  }

  // ──────────────────────── not scored: gates, vetoes, data ────────────────────────

  private gates(): string[] {
    const failed = this.x.gates.filter((g) => g.result === 'failed');
    const unknown = this.x.gates.filter((g) => g.result === 'unknown');
    const unreadable = this.x.gates.filter((g) => g.result === 'unreadable');
    return [
      ...(this.x.entity.status === 'ineligible' ? [this.say(phrases.ineligible)] : []),
      ...failed.map((g) =>
        this.say(phrases.gateFailed, { ...this.rule(g), facts: this.facts(g.facts) }),
      ),
      ...unknown.map((g) =>
        this.say(phrases.gateUnknown, { ...this.rule(g), missing: this.named(g, g.missing) }),
      ),
      ...unreadable.map((g) =>
        this.say(phrases.ruleUnreadable, { ...this.rule(g), names: this.named(g, g.unreadable) }),
      ),
    ];
  }

  private vetoes(): string[] {
    const fired = this.x.vetoes.filter((v) => v.result === 'fired');
    const unknown = this.x.vetoes.filter((v) => v.result === 'unknown');
    const unreadable = this.x.vetoes.filter((v) => v.result === 'unreadable');
    return [
      ...(this.x.entity.status === 'vetoed' ? [this.say(phrases.vetoed)] : []),
      ...fired.map((v) =>
        this.say(phrases.vetoFired, {
          ...this.rule(v),
          date: v.firedOn ?? '',
          facts: this.facts(v.facts),
        }),
      ),
      ...unknown.map((v) =>
        this.say(phrases.vetoUnknown, { ...this.rule(v), missing: this.named(v, v.missing) }),
      ),
      ...unreadable.map((v) =>
        this.say(phrases.ruleUnreadable, { ...this.rule(v), names: this.named(v, v.unreadable) }),
      ),
    ];
  }

  private invalid(): string[] {
    return [
      this.say(phrases.invalid),
      ...this.x.issues.map((i) =>
        this.say(phrases.issue, {
          message: (this.lang === 'zh' ? i.messageZh : i.message).replace(/[。.]$/, ''),
        }),
      ),
    ];
  }

  /** Facts by their labels (「经营年限」), as the applicant knows them. */
  private named(
    outcome: { readonly names: Readonly<Record<string, Label>> },
    keys: readonly string[],
  ): string {
    return this.list(
      keys.map((k) => {
        const label = Object.hasOwn(outcome.names, k) ? outcome.names[k] : undefined;
        return label ? this.say(phrases.quoted, { text: this.pick(label) }) : k;
      }),
    );
  }

  private rule(outcome: RuleOutcome & { readonly label: Label }): { rule: string; label: string } {
    return { rule: outcome.rule, label: this.pick(outcome.label) };
  }

  /** What a rule read, generic but readable: `rnd_ratio 2021 2.5、2022 2.7、2023 2.9`. */
  private facts(read: Readonly<Record<string, unknown>>): string {
    return Object.entries(read)
      .map(([key, value]) => {
        if (key.startsWith('events:')) {
          // `events:a|b[severity|…]`: the types are what comes before the severities' bracket.
          const list = key.slice('events:'.length);
          const open = list.endsWith(']') ? list.indexOf('[') : -1;
          const types = (open < 0 ? list : list.slice(0, open)).split('|').join('/');
          return this.say(phrases.eventsRead, { types, events: this.events(value) });
        }
        return `${key} ${this.fact(value)}`;
      })
      .join(this.say(phrases.factSeparator));
  }

  private events(value: unknown): string {
    const list = Array.isArray(value) ? value : [];
    if (list.length === 0) return this.say(phrases.none);
    return this.list(
      list.map((e) => {
        const event = (e ?? {}) as { type?: unknown; date?: unknown; severity?: unknown };
        return this.say(phrases.event, {
          date: typeof event.date === 'string' ? event.date : '',
          type: typeof event.type === 'string' ? event.type : '',
          severity: typeof event.severity === 'string' ? event.severity : '',
        });
      }),
    );
  }

  /** A fact's value: yearly series as `2021 2.5、2022 2.7`, lists joined, null as missing. */
  private fact(value: unknown): string {
    if (value === null || value === undefined) return this.say(phrases.missing);
    if (typeof value === 'boolean') return this.say(value ? phrases.yes : phrases.no);
    if (typeof value === 'number')
      return Number.isFinite(value) ? String(value) : this.say(phrases.missing);
    if (typeof value === 'string') return value;
    if (Array.isArray(value))
      return value.length === 0
        ? this.say(phrases.none)
        : this.list(value.map((v) => this.fact(v)));
    if (Dec.isDecimal(value)) return (value as Dec).toFixed();
    if (typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length === 0) return this.say(phrases.none);
      return this.list(entries.map(([k, v]) => `${k} ${this.fact(v)}`));
    }
    return this.say(phrases.missing);
  }

  // ─────────────────────────── where the points are ───────────────────────────

  private strengths(): string[] {
    const out: string[] = [];
    const names = (ids: readonly string[]) => this.list(ids.map((id) => this.labelOf(id)));
    if (this.x.strengths.length > 0)
      out.push(this.say(phrases.strengths, { nodes: names(this.x.strengths) }));
    if (this.x.weaknesses.length > 0)
      out.push(this.say(phrases.weaknesses, { nodes: names(this.x.weaknesses) }));
    return out;
  }

  private benchmark(): string[] {
    const lines = (this.x.benchmark ?? []).filter((l) => l.passed !== null);
    if (lines.length === 0) return [];
    const missed = lines.filter((l) => l.passed === false);
    const reached = lines.filter((l) => l.passed === true);
    const out = missed.flatMap((l) =>
      l.score === null || l.gap === null
        ? []
        : [
            this.say(phrases.benchmarkMissed, {
              node: this.nodeName(l.node, l.label),
              score: l.score,
              line: l.line,
              gap: l.gap.replace(/^-/, ''),
            }),
          ],
    );
    if (missed.length === 0) out.push(this.say(phrases.benchmarkAll));
    else if (reached.length > 0)
      out.push(
        this.say(phrases.benchmarkReached, {
          nodes: this.list(reached.map((l) => this.pick(l.label))),
        }),
      );
    return out;
  }

  private mostLost(): string[] {
    // Said to as many decimals as the contribution is published with (a maximum of 8.333… less
    // 5.12 is 3.21 points to a reader, not 3.2133…); what rounds to nothing is not said.
    const leaves = this.x.nodes
      .filter((n) => n.kind === 'leaf' && n.lost !== null && positive(n.lost))
      .map((n, order) => {
        const places = ((n.contribution ?? n.lost) as string).split('.')[1]?.length ?? 0;
        const lost = new Dec(n.lost as string).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
        return { n, order, lost, shown: lost.toFixed(places) };
      })
      .filter((x) => x.lost.isPositive() && !x.lost.isZero())
      .sort((a, b) => b.lost.comparedTo(a.lost) || a.order - b.order)
      .slice(0, TOP);
    if (leaves.length === 0) return [];
    const items = leaves.map(({ n, shown }) =>
      this.say(phrases.lostItem, { label: this.pick(n.label), lost: shown }),
    );
    return [this.say(phrases.mostLost, { items: this.list(items) })];
  }

  // ──────────────────────────────── gaps ────────────────────────────────

  private gaps(): string[] {
    return this.x.gaps.flatMap((g) => this.gap(g));
  }

  private gap(g: GapTarget): string[] {
    const needed = roundUp(g.needed, decimalsOf(g.required));
    const { required } = g;
    let target: string;
    let opening: string;
    if (g.target === 'threshold') {
      target = this.say(phrases.thresholdName);
      opening = this.say(phrases.gapThreshold, { required, needed });
    } else if (g.target === 'quota') {
      target = this.say(phrases.quotaName);
      opening = this.say(phrases.gapQuota, { required, needed });
    } else {
      const node = this.nodeName(g.target);
      target = this.say(phrases.floorName, { node });
      opening = this.say(phrases.gapFloor, { node, required, needed });
    }
    const out = [opening];
    const reachable = g.leaves.filter((l) => l.status === 'reachable' && l.suggested !== null);
    for (const leaf of reachable.slice(0, TOP)) {
      // `rounded` is the suggestion as people read it (it still reaches the target).
      const to = leaf.rounded ?? leaf.suggested;
      out.push(
        this.say(phrases.leafAlone, {
          change: this.say(phrases.change, this.change(leaf, leaf.current, to)),
          target,
        }),
      );
    }
    // Without a plan, not even every leaf at the top reaches the target: say that, once.
    if (reachable.length === 0 && g.leaves.length > 0 && g.plan)
      out.push(this.say(phrases.noLeafAlone, { target }));
    if (g.plan && g.plan.steps.length > 0) {
      const byLeaf = new Map(g.leaves.map((l) => [l.leaf, l]));
      const steps = g.plan.steps.map((s) => {
        const leaf = byLeaf.get(s.leaf);
        return this.say(
          phrases.step,
          leaf
            ? this.change(leaf, s.from, s.to)
            : {
                label: this.labelOf(s.leaf),
                from: this.value(s.from, null),
                to: this.value(s.to, null),
                verb: 'change',
              },
        );
      });
      out.push(
        this.say(phrases.plan, { steps: steps.join(this.lang === 'zh' ? '，将 ' : ', '), target }),
      );
    } else if (!g.plan) {
      out.push(this.say(phrases.noPlan, { target }));
    }
    return out;
  }

  private change(
    leaf: LeafGap,
    from: ValueInput,
    to: ValueInput | null,
  ): { label: string; from: string; to: string; verb: 'rise' | 'fall' | 'change' } {
    const [a, b] = [numeric(from), numeric(to)];
    const verb =
      a && b ? (b.greaterThan(a) ? 'rise' : b.lessThan(a) ? 'fall' : 'change') : 'change';
    // A grade is named by its label (国际先进), not by its code (international_advanced).
    const grade = (v: ValueInput | null) => {
      const label = typeof v === 'string' && leaf.categories ? own(leaf.categories, v) : undefined;
      return label ? this.pick(label) : this.value(v, leaf.unit);
    };
    return {
      label: this.pick(leaf.label),
      from: grade(from),
      to: grade(to),
      verb,
    };
  }

  /** A raw value for a sentence: numbers with the leaf's unit, yes/no, lists joined. */
  private value(value: ValueInput | null, unit: Label | string | null): string {
    if (value === null || value === '') return this.say(phrases.missing);
    if (numeric(value)) {
      const text = String(value);
      if (unit === null) return text;
      const u = typeof unit === 'string' ? unit : this.pick(unit);
      if (u === '') return text;
      const tight = this.lang === 'zh' && TIGHT_UNITS.some((t) => u.startsWith(t));
      return tight ? `${text}${u}` : `${text} ${u}`;
    }
    return this.fact(value);
  }

  // ───────────────────────── data treatment ─────────────────────────

  private treatments(): string[] {
    return this.x.nodes.flatMap((n) => {
      const t = n.treated;
      if (!t) return [];
      const label = this.pick(n.label);
      const record = t.record;
      const group =
        record?.group === 'all' || !this.x.entity.sectorLabel
          ? this.say(phrases.allApplicants)
          : this.say(phrases.sectorApplicants, { sector: this.pick(this.x.entity.sectorLabel) });
      // The check that decided: the first, the cohort as it came.
      const before = record?.checks[0];
      const stat = (v: string | null | undefined) => (v ? new Dec(v).toFixed(2) : '—');
      const shape = { skewness: stat(before?.skewness), kurtosis: stat(before?.kurtosis) };
      const out: string[] = [];
      if (t.imputed) out.push(this.say(phrases.imputed, { label, group, ...t.imputed }));
      if (t.winsorised)
        out.push(this.say(phrases.winsorised, { label, group, ...t.winsorised, ...shape }));
      if (t.transformed) {
        const formula = record?.transformed?.formula ?? t.transformed.method;
        // A logarithm has no last digit: four decimals are enough to read it.
        const to = new Dec(t.transformed.to).toDecimalPlaces(4).toFixed();
        out.push(
          t.transformed.method === 'shiftedLog'
            ? this.say(phrases.shiftedLog, {
                label,
                group,
                formula,
                ...t.transformed,
                to,
                ...shape,
              })
            : this.say(phrases.transformed, { label, formula, ...t.transformed, to }),
        );
      }
      return out;
    });
  }

  // ───────────────────────── panels and adjustments ─────────────────────────

  private panels(): string[] {
    return this.x.nodes.flatMap((n) =>
      n.panel?.flagged
        ? [this.say(phrases.panelFlagged, { label: this.pick(n.label), spread: n.panel.spread })]
        : [],
    );
  }

  private adjustments(): string[] {
    return this.x.adjustments.map((a) => {
      const negative = a.points.trim().startsWith('-');
      const points = negative || a.points.startsWith('+') ? a.points : `+${a.points}`;
      return this.say(negative ? phrases.penalty : phrases.bonus, {
        label: this.pick(a.label),
        points,
      });
    });
  }

  // ─────────────────────────────── words ───────────────────────────────

  private say<P>(
    phrase: { readonly zh: (p: P) => string; readonly en: (p: P) => string },
    ...p: [P] extends [undefined] ? [] : [P]
  ): string {
    return phrase[this.lang](p[0] as P);
  }

  private pick(label: Label): string {
    return this.lang === 'zh' ? label.zh : label.en;
  }

  private list(items: readonly string[]): string {
    return items.join(this.say(phrases.listSeparator));
  }

  private labelOf(id: string): string {
    const node = this.nodes.get(id);
    return node ? this.pick(node.label) : id;
  }

  /** 质量维度 for a dimension, 总分 for the root, 「研发投入强度」 otherwise. */
  private nodeName(id: string, label?: Label): string {
    const node = this.nodes.get(id);
    const text = label ? this.pick(label) : this.labelOf(id);
    if (node?.depth === 0) return this.say(phrases.totalScore);
    if (node?.depth === 1 || (!node && label)) return this.say(phrases.dimension, { label: text });
    return this.say(phrases.indicator, { label: text });
  }

  /** A figure the model states ("70") written with the publication's decimals ("70.00"), never rounded. */
  private pad(value: string): string {
    const d = parseDecimal(value);
    if (!d || this.decimals === null) return value;
    return d.toFixed(Math.max(this.decimals, d.decimalPlaces()));
  }
}

function decimalsOf(published: string): number {
  const dot = published.indexOf('.');
  return dot < 0 ? 0 : published.length - dot - 1;
}

/** a − b, exactly, with as many decimals as the wider of the two. */
function difference(a: string, b: string): string {
  const [x, y] = [parseDecimal(a), parseDecimal(b)];
  if (!x || !y) return '';
  return x.minus(y).toFixed(Math.max(decimalsOf(a), decimalsOf(b)));
}

/** Rounded up (away from zero) to `decimals`: the points still needed are never understated. */
function roundUp(value: string, decimals: number): string {
  const d = parseDecimal(value);
  return d ? d.toDecimalPlaces(decimals, Dec.ROUND_UP).toFixed(decimals) : value;
}

function numeric(value: ValueInput | null): Dec | null {
  return typeof value === 'number' || typeof value === 'string'
    ? (parseDecimal(value) ?? null)
    : null;
}

function positive(value: string): boolean {
  return parseDecimal(value)?.greaterThan(0) ?? false;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix =
    mod100 >= 11 && mod100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
