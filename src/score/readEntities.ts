import type { Issue, PathSegment } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import type { Compiled, CompiledNode } from '../model/compiled.js';
import type { Label } from '../model/types.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import type { ValueInput } from './types.js';
import type { WorkingEntity } from './working.js';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Missing means `null`, `undefined` or an empty string (a blank spreadsheet cell). */
export function isMissing(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Validates every row and scores its absolute leaves. A bad row gets issues (and later the status
 * `invalid`); it never stops the batch and is never dropped.
 */
export function readEntities(model: Compiled, rows: readonly unknown[]): WorkingEntity[] {
  const seen = new Set<string>();
  return rows.map((row, index) => readEntity(model, row, index, seen));
}

function readEntity(
  model: Compiled,
  row: unknown,
  index: number,
  seen: Set<string>,
): WorkingEntity {
  const base: PathSegment[] = ['entities', index];
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const entity = (
    id: string | null,
    name: string | Label | null,
    sector: WorkingEntity['sector'],
  ): WorkingEntity => ({
    index,
    id,
    name,
    sector,
    issues,
    warnings,
    raw: new Map(),
    leafScores: new Map(),
    numbers: new Map(),
  });
  if (!isRecord(row)) {
    issues.push(makeIssue('invalid_entity', base));
    return entity(null, null, null);
  }

  const id = readId(row['id']);
  if (id === null) issues.push(makeIssue('invalid_entity', [...base, 'id']));
  else if (seen.has(id)) issues.push(makeIssue('duplicate_id', [...base, 'id'], { id }));
  else seen.add(id);

  const name = readName(row['name']);
  if (name === undefined) issues.push(makeIssue('invalid_entity', [...base, 'name']));

  const sectorId = row['sector'];
  const sector = typeof sectorId === 'string' ? (model.sectors.get(sectorId) ?? null) : null;
  if (!sector) {
    issues.push(
      makeIssue('unknown_sector', [...base, 'sector'], {
        sector: String(sectorId),
        allowed: model.sectorIds.join(', '),
      }),
    );
  }
  const result = entity(id, name ?? null, sector);

  const values = row['values'];
  if (!isRecord(values)) {
    issues.push(makeIssue('invalid_entity', [...base, 'values']));
    return result;
  }
  if (!sector) return result;

  const active = new Set<string>();
  for (const node of model.nodes) {
    if (!node.leaf || !sector.active[node.index]) continue;
    active.add(node.id);
    readValue(node, values, [...base, 'values', node.id], result);
  }
  for (const key of Object.keys(values)) {
    if (!active.has(key)) {
      warnings.push(
        makeIssue('unknown_indicator', [...base, 'values', key], { id: key, sector: sector.id }),
      );
    }
  }
  return result;
}

function readValue(
  node: CompiledNode,
  values: Record<string, unknown>,
  path: PathSegment[],
  entity: WorkingEntity,
): void {
  const leaf = node.leaf;
  if (!leaf) return;
  const raw = Object.hasOwn(values, node.id) ? values[node.id] : undefined;
  entity.raw.set(node.index, echo(raw));
  if (isMissing(raw)) {
    if (leaf.missing === 'invalid')
      entity.issues.push(makeIssue('missing_value', path, { leaf: node.id }));
    entity.leafScores.set(node.index, null);
    entity.numbers.set(node.index, null);
    return;
  }
  if (leaf.score) {
    const outcome = leaf.score(raw);
    if (outcome.ok) entity.leafScores.set(node.index, outcome.score);
    else
      entity.issues.push(
        makeIssue(outcome.finding.code, [...path, ...outcome.finding.path], {
          leaf: node.id,
          ...outcome.finding.params,
        }),
      );
    return;
  }
  const number = parseDecimal(raw);
  if (number) entity.numbers.set(node.index, number);
  else {
    const code = typeof raw === 'number' ? 'not_finite' : 'not_a_number';
    entity.issues.push(makeIssue(code, path, { value: JSON.stringify(raw) ?? String(raw) }));
  }
}

function readId(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function readName(value: unknown): string | Label | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value['zh'] === 'string' && typeof value['en'] === 'string') {
    return { zh: value['zh'], en: value['en'] };
  }
  return undefined;
}

/**
 * The raw value as the report shows it: a copy (the report never aliases the caller's objects),
 * with non-finite numbers spelled out as text ("NaN"), so that NaN never appears in a report.
 */
function echo(value: unknown): ValueInput {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => String(v));
  if (isRecord(value)) {
    const copy: Record<string, number | string> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(copy, k, {
        value: typeof v === 'number' && Number.isFinite(v) ? v : String(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  return String(value);
}
