import { checkReport } from '../error/checkArgument.js';
import { exactEntities } from '../score/exactEntities.js';
import type { NodeResult, Report } from '../score/types.js';
import { csvText } from './_csvText.js';

/** The columns of `toLongCsv`, in order. */
const COLUMNS = [
  'index',
  'id',
  'sector',
  'status',
  'node',
  'parent',
  'depth',
  'kind',
  'value',
  'missing',
  'score',
  'exact',
  'weight',
  'effective_weight',
  'contribution',
  'verification',
] as const;

/**
 * Renders a report as a tidy long table for pandas or R: one row per entity and node of its
 * sector (tree order), ids and codes only, exact figures as text.
 *
 * Columns: `index`, `id`, `sector` (id), `status` (`scored`, `ineligible`, `vetoed`, `invalid`),
 * `node` (id), `parent`, `depth` (1 for a dimension), `kind` (`leaf` or `branch`), `value` (a
 * leaf's raw value as given: a number or text as written, a list joined by `;`, counts as
 * `item:n;item:n`, `true`/`false`), `missing` (`true`/`false`), `score` (the published score,
 * rounded), `exact` (unrounded), `weight` (relative to the siblings, as used), `effective_weight`
 * (the product down from the root), `contribution` (effective weight × exact score: under
 * arithmetic means a scored entity's contributions of the leaves add up to its exact total) and
 * `verification`; with a model `treatment` (the report has `treatments`), two more:
 * `treatment` (what changed the value: `imputed`, `winsorised`, `shiftedLog`, `log`, `boxcox`,
 * joined by `+`) and `treated_value` (the value the scoring method read). An entity without nodes (an invalid row whose sector is unknown) still has one
 * row, with `node` empty: no input row is lost. Applicants that `score()` decided in float64 are
 * recomputed exactly first (as `explain` does), so the unrounded columns are those of the exact
 * engine whichever engine ran. No byte-order mark, LF line ends; a text cell that a spreadsheet
 * would run as a formula is prefixed with `'`, as in `toCsv`.
 *
 * ```py
 * nodes = pd.read_csv("nodes.csv", dtype={"value": str, "score": str, "exact": str})
 * ```
 * ```r
 * nodes <- read.csv("nodes.csv", colClasses = c(value = "character", score = "character"))
 * ```
 *
 * @param report - a report from `score`
 * @returns the CSV text
 * @example
 * ```ts
 * import { defineModel, score, toLongCsv } from 'youpin';
 * const model = defineModel({
 *   id: 'demo', version: '1', name: { zh: '示例', en: 'Demo' },
 *   tree: { id: 'total', label: { zh: '总分', en: 'Total' }, children: [
 *     { id: 'Q', label: { zh: '质量', en: 'Quality' }, scoring: { method: 'direct' } },
 *     { id: 'I', label: { zh: '创新', en: 'Innovation' }, scoring: { method: 'direct' } },
 *   ] },
 *   profile: { weights: { Q: 0.6, I: 0.4 } },
 *   sectors: [{ id: 'food', label: { zh: '食品', en: 'Food' } }],
 * });
 * const report = score(model, [
 *   { id: 'A', sector: 'food', values: { Q: 90, I: '80.5' } },
 *   { id: 'B', sector: 'toys', values: { Q: 50 } },
 * ]);
 * const lines = toLongCsv(report).split('\n');
 * lines[0]; // → 'index,id,sector,status,node,parent,depth,kind,value,missing,score,exact,weight,effective_weight,contribution,verification'
 * lines[2]; // → '0,A,food,scored,Q,total,1,leaf,90,false,90.00,90,0.6,0.6,54,'
 * lines[3]; // → '0,A,food,scored,I,total,1,leaf,80.5,false,80.50,80.5,0.4,0.4,32.2,'
 * lines[1]; // → '0,A,food,scored,total,,0,branch,,false,86.20,86.2,1,1,86.2,'
 * lines[4]; // → '1,B,,invalid,,,,,,,,,,,,'
 * ```
 */
export function toLongCsv(report: Report): string {
  checkReport(report);
  const exact = exactEntities(report);
  const depths = new Map<string, number>();
  // The treatment columns only when the model treats data: other reports keep their bytes.
  const treated = report.treatments !== undefined;
  const columns = treated ? [...COLUMNS, 'treatment', 'treated_value'] : [...COLUMNS];
  const rows: string[][] = [columns];
  for (const found of report.entities) {
    const entity = exact(found);
    const head = [String(entity.index), entity.id ?? '', entity.sector ?? '', entity.status];
    if (entity.nodes.length === 0) {
      rows.push([...head, ...columns.slice(4).map(() => '')]);
      continue;
    }
    for (const n of entity.nodes) {
      const cells = [...head, ...nodeCells(n, depthOf(n, depths))];
      rows.push(treated ? [...cells, ...treatmentCells(n)] : cells);
    }
  }
  return csvText(rows, false);
}

/** A node's depth (1 for a dimension), from its parents' depths in tree order. */
function depthOf(node: NodeResult, depths: Map<string, number>): number {
  const known = depths.get(node.id);
  if (known !== undefined) return known;
  const depth = node.parent === null ? 0 : (depths.get(node.parent) ?? 0) + 1;
  depths.set(node.id, depth);
  return depth;
}

function nodeCells(n: NodeResult, depth: number): string[] {
  return [
    n.id,
    n.parent ?? '',
    String(depth),
    n.kind,
    valueText(n.value),
    String(n.missing),
    n.score ?? '',
    n.exact ?? '',
    n.weight,
    n.effectiveWeight,
    n.contribution ?? '',
    n.verification ?? '',
  ];
}

/** What treatment did to a leaf's value, and the value the scoring method read. */
function treatmentCells(n: NodeResult): [string, string] {
  const t = n.treated;
  if (!t) return ['', ''];
  const steps = [
    t.imputed ? 'imputed' : '',
    t.winsorised ? 'winsorised' : '',
    t.transformed ? t.transformed.method : '',
  ].filter((x) => x !== '');
  const read = t.transformed?.to ?? t.winsorised?.to ?? t.imputed?.value ?? '';
  return [steps.join('+'), read];
}

/** A raw value as text: as written, a list joined by `;`, counts as `item:n;item:n`. */
function valueText(value: NodeResult['value']): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.join(';');
  return Object.entries(value as Record<string, number | string>)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
}
