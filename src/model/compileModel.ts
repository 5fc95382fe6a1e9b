import { aggregationOperator } from '../aggregate/registry.js';
import { fromZod } from '../error/fromZod.js';
import type { Issue, PathSegment } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { parseInput } from '../error/parseInput.js';
import { leafValueType } from '../intake/leafValueType.js';
import type { Finding, LeafContext } from '../normalise/method.js';
import { scoringMethod } from '../normalise/registry.js';
import { Dec } from '../numeric/decimal.js';
import { parseDecimal, parseRational } from '../numeric/parseDecimal.js';
import { exactString } from '../numeric/settle.js';
import type { PanelRule } from '../panel/types.js';
import { BAN_RULE } from '../rules/reapplicationBan.js';
import type { Condition } from '../rules/types.js';
import { compileTreatment } from '../treat/compileTreatment.js';
import type { TreatmentInput } from '../treat/types.js';
import { checkLimits, MODEL_LIMITS } from './checkLimits.js';
import { checkSelectionScale } from './checkSelectionScale.js';
import { compileDomain } from './compileDomain.js';
import type { Compiled, CompiledNode, CompiledSector } from './compiled.js';
import { compileFacts } from './compileFacts.js';
import type { Model, ModelNode, ModelSector, SectorWeight } from './Model.js';
import { modelSchema, RESERVED_IDS } from './schema.js';
import type {
  BranchInput,
  Label,
  LeafInput,
  ModelInput,
  NodeInput,
  ProfileInput,
  RoundingPolicy,
} from './types.js';

/** Depth of the tree below the root (dimensions are depth 1). */
export const MAX_DEPTH: number = MODEL_LIMITS.depth;
const WEIGHT_TOLERANCE = new Dec('1e-9');

type Result = { ok: true; compiled: Compiled } | { ok: false; issues: Issue[] };

/** Validates a model definition and compiles it; collects every issue instead of stopping at the first. */
export function compileModel(input: unknown): Result {
  // Limits first, iteratively: a model nested thousands of levels deep would overflow zod's stack.
  const limits = checkLimits(input);
  if (limits.length > 0) return { ok: false, issues: limits };
  // zod drops a "__proto__" key without a word; a model must not lose a weight silently.
  const reserved = findReservedKeys(input);
  if (reserved.length > 0) return { ok: false, issues: reserved };

  const parsed = parseInput(modelSchema, input);
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error.issues) };
  const definition = parsed.data;
  const issues: Issue[] = [];

  const min = parseDecimal(definition.scale?.min ?? 0) as Dec;
  const max = parseDecimal(definition.scale?.max ?? 100) as Dec;
  if (!min.lessThan(max)) {
    issues.push(
      makeIssue('goalposts_order', ['scale', 'min'], {
        lower: min.toFixed(),
        upper: max.toFixed(),
      }),
    );
  }
  const rounding: RoundingPolicy = {
    decimals: definition.rounding?.decimals ?? 2,
    mode: definition.rounding?.mode ?? 'half-up',
  };

  const nodes = flatten(definition.tree, min, max, issues);
  checkSelectionScale(definition.selection, min, max, issues);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const labels = nodeLabels(definition.tree);

  const baseEntries = profileEntries(definition.profile, ['profile'], null, byId, issues);
  const sectorIds = new Set<string>();
  const sectors = new Map<string, CompiledSector>();
  // One mistake, one message: an issue that several sectors meet alike (a base-profile sum that
  // is wrong in every sector) is reported once, where it was made.
  const once = new Map<string, Issue>();
  const everywhere = new Set(definition.profile?.exclude ?? []);
  const excludedIn: Array<ReadonlySet<string>> = [];
  definition.sectors.forEach((sector, s) => {
    if (sectorIds.has(sector.id))
      issues.push(makeIssue('duplicate_id', ['sectors', s, 'id'], { id: sector.id }));
    sectorIds.add(sector.id);
    const own = profileEntries(sector.profile, ['sectors', s, 'profile'], s, byId, issues);
    const entries = new Map([...baseEntries, ...own]);
    const excluded = new Set([...everywhere, ...(sector.profile?.exclude ?? [])]);
    excludedIn.push(excluded);
    const context: SectorContext = {
      index: s,
      id: sector.id,
      label: sector.label,
      ownExcludes: new Set(sector.profile?.exclude ?? []),
      ownWeights: own.size > 0,
      labels,
      once,
    };
    sectors.set(sector.id, compileSector(context, nodes, entries, excluded));
  });
  issues.push(...once.values());

  // A node that no sector weighs while its siblings are weighed is a forgotten weight: one
  // message for it. (A node whose whole branch is unweighed is reported at its parent; a node
  // that every sector excludes is left out on purpose.)
  const compiled = [...sectors.values()];
  const activeSomewhere = (index: number) => compiled.some((s) => s.active[index]);
  for (const node of nodes) {
    if (node.parent < 0 || activeSomewhere(node.index)) continue;
    const parent = nodes[node.parent] as CompiledNode;
    if (!parent.children.some((c) => c !== node.index && activeSomewhere(c))) continue;
    if (excludedIn.length > 0 && excludedIn.every((e) => e.has(node.id))) continue;
    issues.push(makeIssue('missing_weight', node.path, nodeParams(node.id, labels)));
  }

  checkProgramme(definition, byId, sectorIds, issues);
  const { facts, series } = compileFacts(definition, nodes, issues);
  const fusion = fusionWeights(definition, issues);
  if (issues.length > 0) return { ok: false, issues };

  const panels = new Map<number, PanelRule>();
  for (const node of nodes) {
    const rule =
      node.leaf?.input.panel ??
      (node.leaf?.input.source === 'expert' ? definition.panel : undefined);
    if (rule) panels.set(node.index, rule);
  }
  const model = publicModel(definition, nodes, sectors, min, max, rounding);
  return {
    ok: true,
    compiled: {
      model,
      nodes,
      facts,
      series,
      sectors,
      sectorIds: [...sectorIds],
      min,
      max,
      rounding,
      evaluationDate: definition.evaluationDate ?? null,
      gates: definition.gates ?? [],
      vetoes: definition.vetoes ?? [],
      adjustments: definition.adjustments ?? null,
      selection: definition.selection ?? null,
      panels,
      defaultPanel: definition.panel ?? { method: 'mean' },
      fusion,
    },
  };
}

// Cross-references of the programme parts: rules, verification, selection.
function checkProgramme(
  definition: ModelInput,
  byId: ReadonlyMap<string, CompiledNode>,
  sectorIds: ReadonlySet<string>,
  issues: Issue[],
): void {
  const ruleIds = new Set<string>();
  let needsDate = false;
  for (const kind of ['gates', 'vetoes'] as const) {
    (definition[kind] ?? []).forEach((rule, r) => {
      // The automatic gate of a re-application ban has this id: a rule may not take it.
      if (ruleIds.has(rule.id) || rule.id === BAN_RULE)
        issues.push(makeIssue('duplicate_id', [kind, r, 'id'], { id: rule.id }));
      ruleIds.add(rule.id);
      (rule.sectors ?? []).forEach((sector, k) => {
        if (!sectorIds.has(sector)) {
          issues.push(
            makeIssue('unknown_sector', [kind, r, 'sectors', k], {
              sector,
              allowed: [...sectorIds].join(', '),
              allowedZh: sectorLabelsZh(definition),
            }),
          );
        }
      });
      if (usesTime(rule.when) || (rule.exempt && usesTime(rule.exempt))) needsDate = true;
    });
  }
  // Monitoring rules run on the day of a check (its `asOf`), not on the evaluation date.
  const monitoringIds = new Set<string>();
  (definition.monitoring?.rules ?? []).forEach((rule, r) => {
    const path = ['monitoring', 'rules', r];
    // They run beside the vetoes in a check: an id of their own.
    if (monitoringIds.has(rule.id) || ruleIds.has(rule.id) || rule.id === BAN_RULE)
      issues.push(makeIssue('duplicate_id', [...path, 'id'], { id: rule.id }));
    monitoringIds.add(rule.id);
    (rule.sectors ?? []).forEach((sector, k) => {
      if (!sectorIds.has(sector))
        issues.push(
          makeIssue('unknown_sector', [...path, 'sectors', k], {
            sector,
            allowed: [...sectorIds].join(', '),
            allowedZh: sectorLabelsZh(definition),
          }),
        );
    });
  });
  for (const item of definition.adjustments?.items ?? []) if (usesTime(item.when)) needsDate = true;
  if (needsDate && !definition.evaluationDate)
    issues.push(makeIssue('missing_evaluation_date', ['evaluationDate']));

  const vetoIds = new Set((definition.vetoes ?? []).map((v) => v.id));
  for (const node of byId.values()) {
    const policy = node.leaf?.input.verification;
    if (policy?.onFail === 'veto' && !(policy.veto && vetoIds.has(policy.veto))) {
      issues.push(
        makeIssue('unknown_rule', [...node.path, 'verification', 'veto'], {
          id: policy.veto ?? '',
        }),
      );
    }
  }

  const selection = definition.selection;
  for (const id of Object.keys(selection?.floors ?? {})) {
    if (!byId.has(id)) issues.push(makeIssue('unknown_node', ['selection', 'floors', id], { id }));
  }
  for (const id of Object.keys(selection?.quotas ?? {})) {
    if (!sectorIds.has(id)) {
      issues.push(
        makeIssue('unknown_sector', ['selection', 'quotas', id], {
          sector: id,
          allowed: [...sectorIds].join(', '),
          allowedZh: sectorLabelsZh(definition),
        }),
      );
    }
  }
  (selection?.tieBreak ?? []).forEach((key, k) => {
    if (key.by === 'node' && !byId.has(key.node))
      issues.push(
        makeIssue('unknown_node', ['selection', 'tieBreak', k, 'node'], { id: key.node }),
      );
  });
  const bandIds = new Set<string>();
  (selection?.bands ?? []).forEach((band, b) => {
    if (bandIds.has(band.id))
      issues.push(makeIssue('duplicate_id', ['selection', 'bands', b, 'id'], { id: band.id }));
    bandIds.add(band.id);
  });
}

// Fusion weights per source: ≥ 0 and summing to 1 within 1e-9, then scaled to exactly 1.
function fusionWeights(definition: ModelInput, issues: Issue[]): Map<string, Dec> | null {
  if (!definition.fusion) return null;
  const weights = new Map<string, Dec>();
  for (const [source, raw] of Object.entries(definition.fusion.weights)) {
    const w = parseRational(raw) as Dec;
    if (w.isNegative()) issues.push(makeIssue('negative_weight', ['fusion', 'weights', source]));
    weights.set(source, w);
  }
  const sum = [...weights.values()].reduce((a, w) => a.plus(w), new Dec(0));
  if (sum.minus(1).abs().greaterThan(WEIGHT_TOLERANCE)) {
    issues.push(makeIssue('weights_sum', ['fusion', 'weights'], { sum: sum.toFixed() }));
    return null;
  }
  return new Map([...weights].map(([s, w]) => [s, w.div(sum)]));
}

/** The sectors' Chinese labels, as Chinese messages list them (not their ids). */
function sectorLabelsZh(definition: ModelInput): string {
  return definition.sectors.map((s) => s.label.zh).join('、');
}

function usesTime(condition: Condition): boolean {
  if ('all' in condition) return condition.all.some(usesTime);
  if ('any' in condition) return condition.any.some(usesTime);
  if ('not' in condition) return usesTime(condition.not);
  return 'series' in condition || 'event' in condition;
}

function isBranch(node: NodeInput): node is BranchInput {
  return 'children' in node;
}

function findReservedKeys(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as (typeof stack)[number];
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const segment = Array.isArray(value) ? Number(key) : key;
      if (RESERVED_IDS.has(key))
        issues.push(makeIssue('reserved_id', [...path, segment], { id: key }));
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, segment] });
    }
  }
  return issues;
}

function place(
  findings: readonly Finding[],
  prefix: readonly PathSegment[],
  leafId: string,
): Issue[] {
  return findings.map((f) =>
    makeIssue(f.code, [...prefix, ...f.path], { leaf: leafId, ...f.params }),
  );
}

function flatten(root: BranchInput, min: Dec, max: Dec, issues: Issue[]): CompiledNode[] {
  const nodes: CompiledNode[] = [];
  const seen = new Set<string>();
  const visit = (
    node: NodeInput,
    parent: number,
    depth: number,
    path: PathSegment[],
    treatment: TreatmentInput | null,
  ): number => {
    const index = nodes.length;
    if (seen.has(node.id)) issues.push(makeIssue('duplicate_id', [...path, 'id'], { id: node.id }));
    seen.add(node.id);
    const placeholder = { index, id: node.id, parent, depth, path } as const;
    if (isBranch(node)) {
      const spec = node.operator ?? { method: 'arithmetic' };
      const operator = aggregationOperator(spec.method);
      if (operator) issues.push(...place(operator.check(spec), [...path, 'operator'], node.id));
      const children: number[] = [];
      nodes.push({
        ...placeholder,
        children,
        operator: operator ?? null,
        operatorSpec: spec,
        leaf: null,
      });
      // A branch's treatment reaches its cohort leaves, key by key, unless one below says otherwise.
      if (node.treatment) compileTreatment(node.treatment, null, [...path, 'treatment'], issues);
      const below: TreatmentInput | null = node.treatment
        ? {
            impute: node.treatment.impute ?? treatment?.impute,
            outliers: node.treatment.outliers ?? treatment?.outliers,
          }
        : treatment;
      node.children.forEach((child, i) => {
        children.push(visit(child, index, depth + 1, [...path, 'children', i], below));
      });
      return index;
    }
    nodes.push({
      ...placeholder,
      children: [],
      operator: null,
      operatorSpec: null,
      leaf: compileLeaf(node, min, max, path, issues, treatment),
    });
    return index;
  };
  visit(root, -1, 0, ['tree'], null);
  return nodes;
}

function compileLeaf(
  leaf: LeafInput,
  min: Dec,
  max: Dec,
  path: PathSegment[],
  issues: Issue[],
  inherited: TreatmentInput | null,
): CompiledNode['leaf'] {
  const method = scoringMethod(leaf.scoring.method);
  if (!method) return null; // unreachable: the schema only admits registered methods
  const ctx: LeafContext = { leafId: leaf.id, direction: leaf.direction ?? 'higher', min, max };
  if (leaf.direction === 'lower' && !method.readsDirection) {
    issues.push(
      makeIssue('direction_ignored', [...path, 'direction'], { leaf: leaf.id, method: method.id }),
    );
  }
  const findings = method.check(leaf.scoring, ctx);
  issues.push(...place(findings, [...path, 'scoring'], leaf.id));
  const scope = (leaf.scoring as { scope?: 'sector' | 'all' }).scope ?? 'sector';
  // Treatment reads the cohort; a branch's reaches only the cohort leaves under it.
  const own = leaf.treatment;
  const acting =
    own && (own.impute?.method ?? 'none') + (own.outliers?.method ?? 'none') !== 'nonenone';
  if (method.kind !== 'cohort' && acting)
    issues.push(
      makeIssue('treatment_needs_cohort', [...path, 'treatment'], {
        leaf: leaf.id,
        method: method.id,
      }),
    );
  const treatment =
    method.kind === 'cohort'
      ? // A branch's own mistakes are reported once, at the branch (see flatten).
        compileTreatment(own, inherited, [...path, 'treatment'], own?.outliers ? issues : [])
      : null;
  return {
    input: leaf,
    method,
    ctx,
    missing: leaf.missing ?? 'invalid',
    scope,
    treatment,
    domain: compileDomain(
      leaf.domain,
      { id: leaf.id, type: leafValueType(leaf.scoring) },
      path,
      issues,
    ),
    score:
      method.kind === 'absolute' && findings.length === 0
        ? method.compile(leaf.scoring, ctx)
        : null,
  };
}

/** A weight or points given for a node: its value, where it was given, and by whom. */
type Entry = {
  value: Dec;
  points: Dec | null;
  path: PathSegment[];
  /** The sector whose own profile gives it (its index), or null for the base profile. */
  sector: number | null;
};

function profileEntries(
  profile: ProfileInput | undefined,
  prefix: PathSegment[],
  sector: number | null,
  byId: ReadonlyMap<string, CompiledNode>,
  issues: Issue[],
): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (!profile) return entries;
  for (const key of ['weights', 'points'] as const) {
    for (const [id, raw] of Object.entries(profile[key] ?? {})) {
      const path = [...prefix, key, id];
      const node = byId.get(id);
      if (!node) {
        issues.push(makeIssue('unknown_node', path, { id }));
        continue;
      }
      if (node.parent < 0) {
        issues.push(makeIssue('root_weight', path));
        continue;
      }
      if (entries.has(id)) {
        issues.push(makeIssue('mixed_weights_points', path, nodeParams(id, null)));
        continue;
      }
      const value = parseRational(raw) as Dec;
      // A negative weight is reported here, and still counts as given: its siblings' sum is then
      // checked as written, and the node is not also reported as having no weight.
      if (value.isNegative()) issues.push(makeIssue('negative_weight', path));
      entries.set(id, { value, points: key === 'points' ? value : null, path, sector });
    }
  }
  for (const [i, id] of (profile.exclude ?? []).entries()) {
    if (!byId.has(id)) issues.push(makeIssue('unknown_node', [...prefix, 'exclude', i], { id }));
  }
  return entries;
}

/** What compileSector needs to word and place its issues. */
interface SectorContext {
  readonly index: number;
  readonly id: string;
  readonly label: Label;
  /** Nodes the sector's own profile excludes. */
  readonly ownExcludes: ReadonlySet<string>;
  /** Whether the sector's own profile gives weights (then a branch without any is its mistake). */
  readonly ownWeights: boolean;
  readonly labels: ReadonlyMap<string, Label>;
  /** Issues by what they are about: the same mistake met in several sectors is said once. */
  readonly once: Map<string, Issue>;
}

function compileSector(
  context: SectorContext,
  nodes: readonly CompiledNode[],
  entries: ReadonlyMap<string, Entry>,
  excluded: ReadonlySet<string>,
): CompiledSector {
  const active = nodes.map(() => false);
  const weight = nodes.map(() => new Dec(0));
  const effective = nodes.map(() => new Dec(0));
  const children: number[][] = nodes.map(() => []);
  active[0] = true;
  weight[0] = new Dec(1);
  effective[0] = new Dec(1);
  const sectorPath: PathSegment[] = ['sectors', context.index, 'profile'];
  // Where a parent's weights were given: in the sector's own profile when any of them (or an
  // exclusion among the children) is the sector's, or when none was given and the sector gives
  // weights of its own; else in the base profile, for every sector.
  const report = (
    code: 'weights_sum' | 'empty_branch' | 'mixed_weights_points',
    node: CompiledNode,
    given: readonly Entry[],
    params: Record<string, string>,
  ) => {
    const childIds = node.children.map((c) => (nodes[c] as CompiledNode).id);
    const own =
      given.some((e) => e.sector !== null) ||
      childIds.some((id) => context.ownExcludes.has(id)) ||
      (given.length === 0 && context.ownWeights);
    const key = points(given) ? 'points' : 'weights';
    const path = own ? [...sectorPath, key] : ['profile', key];
    const what = `${code}|${node.id}|${own ? context.index : 'base'}|${given.map((e) => e.path.join('.')).join(',')}`;
    if (context.once.has(what)) return;
    context.once.set(
      what,
      makeIssue(code, path, {
        ...nodeParams(node.id, context.labels),
        ...(own ? { sector: context.label.en, sectorZh: context.label.zh } : {}),
        ...params,
      }),
    );
  };

  for (const node of nodes) {
    if (!active[node.index] || node.leaf) continue;
    const weighted = node.children.filter((c) => {
      const child = nodes[c] as CompiledNode;
      return entries.has(child.id) && !excluded.has(child.id);
    });
    if (weighted.length === 0) {
      report('empty_branch', node, [], {});
      continue;
    }
    const given = weighted.map((c) => entries.get((nodes[c] as CompiledNode).id) as Entry);
    const fromPoints = given.filter((e) => e.points !== null).length;
    const sum = given.reduce((acc, e) => acc.plus(e.value), new Dec(0));
    if (fromPoints > 0 && fromPoints < given.length) {
      report('mixed_weights_points', node, given, {});
    } else if (fromPoints > 0) {
      const own = entries.get(node.id);
      if (own?.points && !own.points.equals(sum)) {
        const key = `points_mismatch|${own.path.join('.')}`;
        if (!context.once.has(key))
          context.once.set(
            key,
            makeIssue('points_mismatch', own.path, {
              ...nodeParams(node.id, context.labels),
              points: own.points.toFixed(),
              sum: sum.toFixed(),
            }),
          );
      }
      if (sum.isZero()) report('weights_sum', node, given, { sum: '0', points: 'points' });
    } else if (sum.minus(1).abs().greaterThan(WEIGHT_TOLERANCE)) {
      const difference = sum.minus(1);
      report('weights_sum', node, given, {
        sum: sum.toFixed(),
        difference: difference.abs().toFixed(),
        more: difference.isPositive() ? 'more' : 'less',
      });
    }
    // Within tolerance: normalise so the weights sum to exactly 1 (points become shares). On a
    // mistake the children are still taken in (the model is refused anyway), so that what lies
    // below them is checked as usual and not reported as unweighed.
    weighted.forEach((c, i) => {
      active[c] = true;
      weight[c] = sum.isZero() ? new Dec(0) : (given[i] as Entry).value.div(sum);
      effective[c] = (effective[node.index] as Dec).times(weight[c] as Dec);
      (children[node.index] as number[]).push(c);
    });
  }
  return { id: context.id, active, weight, effective, children };
}

const points = (given: readonly Entry[]) =>
  given.length > 0 && given.every((e) => e.points !== null);

/** Every node's label, by id (the first, should an id be used twice). */
function nodeLabels(root: BranchInput): Map<string, Label> {
  const labels = new Map<string, Label>();
  const stack: NodeInput[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as NodeInput;
    if (!labels.has(node.id)) labels.set(node.id, node.label);
    if (isBranch(node)) stack.push(...node.children);
  }
  return labels;
}

/** A node as messages name it: its labels (Chinese messages name nothing else) and its id. */
function nodeParams(
  id: string,
  labels: ReadonlyMap<string, Label> | null,
): { id: string; node: string; nodeZh: string } {
  const label = labels?.get(id);
  return { id, node: label ? `"${label.en}" (${id})` : id, nodeZh: label ? `"${label.zh}"` : id };
}

function publicModel(
  definition: ModelInput,
  nodes: readonly CompiledNode[],
  sectors: ReadonlyMap<string, CompiledSector>,
  min: Dec,
  max: Dec,
  rounding: RoundingPolicy,
): Model {
  const inputs = new Map<string, NodeInput>();
  const walk = (n: NodeInput) => {
    inputs.set(n.id, n);
    if (isBranch(n)) n.children.forEach(walk);
  };
  walk(definition.tree);

  const modelNodes: ModelNode[] = nodes.map((node) => {
    const input = inputs.get(node.id) as NodeInput;
    const leaf = isBranch(input) ? null : input;
    return {
      id: node.id,
      label: input.label,
      kind: leaf ? 'leaf' : 'branch',
      parent: node.parent < 0 ? null : (nodes[node.parent] as CompiledNode).id,
      depth: node.depth,
      children: node.children.map((c) => (nodes[c] as CompiledNode).id),
      operator: leaf ? null : ((input as BranchInput).operator ?? { method: 'arithmetic' }),
      scoring: leaf?.scoring ?? null,
      direction: leaf ? (leaf.direction ?? 'higher') : null,
      source: leaf ? (leaf.source ?? 'system') : null,
      missing: leaf ? (leaf.missing ?? 'invalid') : null,
      unit: leaf?.unit ?? null,
    };
  });

  const points = new Map<string, Map<string, string>>();
  for (const sector of definition.sectors) {
    const map = new Map<string, string>();
    for (const [id, p] of Object.entries(definition.profile?.points ?? {})) map.set(id, String(p));
    for (const [id, p] of Object.entries(sector.profile?.points ?? {})) map.set(id, String(p));
    for (const id of Object.keys(sector.profile?.weights ?? {})) map.delete(id);
    points.set(sector.id, map);
  }

  const modelSectors: ModelSector[] = definition.sectors.map((sector) => {
    const compiled = sectors.get(sector.id) as CompiledSector;
    const weights: SectorWeight[] = nodes
      .filter((n) => n.parent >= 0 && compiled.active[n.index])
      .map((n) => ({
        node: n.id,
        weight: exactString(compiled.weight[n.index] as Dec),
        effectiveWeight: exactString(compiled.effective[n.index] as Dec),
        points: points.get(sector.id)?.get(n.id) ?? null,
      }));
    return { id: sector.id, label: sector.label, weights };
  });

  return deepFreeze({
    id: definition.id,
    version: definition.version,
    name: definition.name,
    scale: { min: min.toFixed(), max: max.toFixed() },
    rounding,
    nodes: modelNodes,
    sectors: modelSectors,
    definition: structuredClone(definition),
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
