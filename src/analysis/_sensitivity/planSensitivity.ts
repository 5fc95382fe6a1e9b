import type { Issue } from '../../error/issue.js';
import { makeToolIssue } from '../../error/toolMessages.js';
import { YoupinError } from '../../error/YoupinError.js';
import type { Compiled } from '../../model/compiled.js';
import { defineModel } from '../../model/defineModel.js';
import type { Model } from '../../model/Model.js';
import { resolveModel } from '../../model/resolveModel.js';
import type { ModelInput, NodeInput } from '../../model/types.js';
import { score } from '../../score/score.js';
import type { EntityInput, Report } from '../../score/types.js';
import type { SensitivityInput, SensitivityOptions } from '../sensitivityTypes.js';
import { OPERATOR } from './floatOperator.js';

/** Everything a draw needs, prepared once: the model's own result and the inputs' columns. */
export interface Plan {
  readonly compiled: Compiled;
  readonly report: Report;
  readonly decimals: number;
  /** Report indices of the applicants the model scored: the members of the analysis. */
  readonly members: Int32Array;
  /** Each member's sector, as an index into `compiled.sectorIds`. */
  readonly sectorOf: Int32Array;
  /** Member positions per sector. */
  readonly bySector: readonly Int32Array[];
  /** Leaf scores per node index and choice (0: the model's), each over the members; NaN missing. */
  readonly leafScores: ReadonlyArray<readonly Float64Array[] | null>;
  /** Operators per node index and choice: [code, p]. */
  readonly operators: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** The profile's weights per sector and node, and the active children. */
  readonly weights: readonly Float64Array[];
  readonly children: ReadonlyArray<ReadonlyArray<Int32Array>>;
  /** Bonus and penalty points each member received (adjustments), added to its total. */
  readonly adjustment: Float64Array;
  readonly inputs: readonly SensitivityInput[];
  /** Each input's columns in a sampled row. */
  readonly columns: ReadonlyArray<Int32Array>;
  readonly width: number;
  /** Which input column (if any) multiplies or replaces each node's weight, per sector. */
  readonly weightColumn: ReadonlyArray<Int32Array>;
  readonly scoringColumn: Int32Array;
  readonly operatorColumn: Int32Array;
  readonly excludeColumn: number;
  readonly excludable: Int32Array;
  /** Uniform columns multiply the profile's weights; Dirichlet columns are the weights. */
  readonly weightKind: 'none' | 'uniform' | 'dirichlet';
}

/**
 * Scores the batch exactly once (the model's own ranking and selection), scores each alternative
 * scoring function by re-scoring with a model that uses it, and lays the uncertain inputs out as
 * the columns of a sampled row.
 */
export function planSensitivity(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: SensitivityOptions,
): Plan {
  const compiled = resolveModel(model);
  if (compiled.fusion)
    throw new YoupinError([
      makeToolIssue('no_fast_path', ['model'], { reason: 'fusion of sources' }),
    ]);
  const scoreOptions = options.evaluationDate ? { evaluationDate: options.evaluationDate } : {};
  const report = score(compiled.model, entities, { ...scoreOptions, engine: 'exact' });
  const memberList: number[] = [];
  report.entities.forEach((e, i) => {
    if (e.status === 'scored') memberList.push(i);
  });
  const members = Int32Array.from(memberList);
  const sectorIds = compiled.sectorIds;
  const sectorOf = Int32Array.from(memberList, (i) =>
    sectorIds.indexOf(report.entities[i]?.sector as string),
  );
  const bySector = sectorIds.map((_, s) =>
    Int32Array.from(memberList.map((_, m) => m).filter((m) => sectorOf[m] === s)),
  );

  const problems: Issue[] = [];
  const byId = new Map(compiled.nodes.map((n) => [n.id, n]));
  const nodeOf = (id: string, path: (string | number)[], leaf: boolean) => {
    const node = byId.get(id);
    if (!node || Boolean(node.leaf) !== leaf) {
      problems.push(makeToolIssue('unknown_node', path, { id }));
      return null;
    }
    return node;
  };

  const leafScores: Array<Float64Array[] | null> = compiled.nodes.map((n) =>
    n.leaf ? [scoresOf(report, members, n.id)] : null,
  );
  for (const [id, specs] of Object.entries(options.scoring ?? {})) {
    const node = nodeOf(id, ['options', 'scoring', id], true);
    if (!node) continue;
    specs.forEach((spec) => {
      const alternative = withScoring(report.definition, id, spec);
      const again = score(defineModel(alternative), entities, { ...scoreOptions, engine: 'exact' });
      (leafScores[node.index] as Float64Array[]).push(scoresOf(again, members, id));
    });
  }
  const operators = compiled.nodes.map((n) =>
    n.leaf ? [] : [operatorOf(n.operatorSpec ?? { method: 'arithmetic' })],
  );
  for (const [id, specs] of Object.entries(options.operators ?? {})) {
    const node = nodeOf(id, ['options', 'operators', id], false);
    if (node)
      for (const spec of specs)
        (operators[node.index] as Array<readonly [number, number]>).push(operatorOf(spec));
  }

  const excludeIds =
    options.exclude === true
      ? compiled.nodes.filter((n) => n.leaf).map((n) => n.id)
      : Array.isArray(options.exclude)
        ? (options.exclude as readonly string[])
        : [];
  const excludable = Int32Array.from(
    excludeIds.map((id, i) => nodeOf(id, ['options', 'exclude', i], true)?.index ?? -1),
  );
  const uncertainWeights = weightNodes(compiled, options, problems);
  if (problems.length > 0) throw new YoupinError(problems as [Issue, ...Issue[]]);

  // Lay the inputs out as columns.
  const inputs: SensitivityInput[] = [];
  const columns: Int32Array[] = [];
  let width = 0;
  const take = (count: number) => {
    const cols = Int32Array.from({ length: count }, (_, i) => width + i);
    width += count;
    return cols;
  };
  const weightColumn = sectorIds.map(() => new Int32Array(compiled.nodes.length).fill(-1));
  const weights = sectorIds.map((s) =>
    Float64Array.from(compiled.sectors.get(s)?.weight ?? [], (w) => w.toNumber()),
  );
  const children = sectorIds.map((s) =>
    (compiled.sectors.get(s)?.children ?? []).map((c) => Int32Array.from(c)),
  );
  if (options.weights?.kind === 'uniform') {
    for (const index of uncertainWeights) {
      const [column] = take(1);
      weightColumn.forEach((perSector) => {
        perSector[index] = column as number;
      });
      inputs.push({
        id: `weight:${compiled.nodes[index]?.id}`,
        kind: 'weight',
        node: compiled.nodes[index]?.id ?? null,
        choices: null,
      });
      columns.push(Int32Array.of(column as number));
    }
  } else if (options.weights?.kind === 'dirichlet') {
    // One group per parent: its children's weights, in every sector.
    for (const parent of compiled.nodes) {
      if (parent.leaf) continue;
      const cols: number[] = [];
      sectorIds.forEach((_, s) => {
        for (const c of children[s]?.[parent.index] ?? []) {
          const [column] = take(1);
          (weightColumn[s] as Int32Array)[c] = column as number;
          cols.push(column as number);
        }
      });
      if (cols.length === 0) continue;
      inputs.push({ id: `weights:${parent.id}`, kind: 'weights', node: parent.id, choices: null });
      columns.push(Int32Array.from(cols));
    }
  }
  const scoringColumn = new Int32Array(compiled.nodes.length).fill(-1);
  leafScores.forEach((choices, index) => {
    if (!choices || choices.length < 2) return;
    const [column] = take(1);
    scoringColumn[index] = column as number;
    inputs.push({
      id: `scoring:${compiled.nodes[index]?.id}`,
      kind: 'scoring',
      node: compiled.nodes[index]?.id ?? null,
      choices: choices.length,
    });
    columns.push(Int32Array.of(column as number));
  });
  const operatorColumn = new Int32Array(compiled.nodes.length).fill(-1);
  operators.forEach((choices, index) => {
    if (choices.length < 2) return;
    const [column] = take(1);
    operatorColumn[index] = column as number;
    inputs.push({
      id: `operator:${compiled.nodes[index]?.id}`,
      kind: 'operator',
      node: compiled.nodes[index]?.id ?? null,
      choices: choices.length,
    });
    columns.push(Int32Array.of(column as number));
  });
  let excludeColumn = -1;
  if (excludable.length > 0) {
    excludeColumn = take(1)[0] as number;
    inputs.push({ id: 'exclude', kind: 'exclude', node: null, choices: excludable.length + 1 });
    columns.push(Int32Array.of(excludeColumn));
  }

  const adjustment = Float64Array.from(members, (i) =>
    (report.entities[i]?.adjustments.applied ?? []).reduce((a, x) => a + Number(x.points), 0),
  );
  return {
    compiled,
    report,
    decimals: compiled.rounding.decimals,
    members,
    sectorOf,
    bySector,
    leafScores,
    operators,
    weights,
    children,
    adjustment,
    inputs,
    columns,
    width,
    weightColumn,
    scoringColumn,
    operatorColumn,
    excludeColumn,
    excludable,
    weightKind: options.weights?.kind ?? 'none',
  };
}

// A leaf's score for every member, as the report has it (exact when the report is exact).
function scoresOf(report: Report, members: Int32Array, id: string): Float64Array {
  return Float64Array.from(members, (i) => {
    const node = report.entities[i]?.nodes.find((n) => n.id === id);
    const value = node?.exact ?? node?.score ?? null;
    return value === null ? Number.NaN : Number(value);
  });
}

function operatorOf(spec: { method: string; p?: number | string }): readonly [number, number] {
  const code = (OPERATOR as Record<string, number>)[spec.method] ?? 0;
  return [code, spec.p === undefined ? 1 : Number(spec.p)];
}

function withScoring(definition: ModelInput, id: string, scoring: unknown): ModelInput {
  const visit = (node: NodeInput): NodeInput =>
    'children' in node && node.children
      ? { ...node, children: node.children.map(visit) }
      : node.id === id
        ? ({ ...node, scoring } as NodeInput)
        : node;
  return { ...definition, tree: visit(definition.tree) } as ModelInput;
}

// The nodes whose weight is uncertain: the listed ones (each must be a node with a weight, so not
// the root), or every weighted node.
function weightNodes(compiled: Compiled, options: SensitivityOptions, problems: Issue[]): number[] {
  const spec = options.weights;
  if (spec?.kind !== 'uniform') return [];
  if (!spec.nodes) return compiled.nodes.filter((n) => n.parent >= 0).map((n) => n.index);
  return spec.nodes.flatMap((id, i) => {
    const node = compiled.nodes.find((n) => n.id === id);
    if (node && node.parent >= 0) return [node.index];
    problems.push(makeToolIssue('unknown_node', ['options', 'weights', 'nodes', i], { id }));
    return [];
  });
}
