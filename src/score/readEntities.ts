import type { Issue, PathSegment } from '../error/issue.js';
import { isYoupinError } from '../error/isYoupinError.js';
import { makeIssue } from '../error/messages.js';
import type { Compiled, CompiledNode } from '../model/compiled.js';
import type { Label } from '../model/types.js';
import { echo } from '../numeric/echo.js';
import { own } from '../numeric/own.js';
import { readNumber } from '../numeric/readNumber.js';
import { showValue } from '../numeric/showValue.js';
import { aggregatePanelExact } from '../panel/_aggregatePanelExact.js';
import type { ExpertScore } from '../panel/types.js';
import { isIsoDate } from '../rules/dates.js';
import { ENTITY_LIMITS } from './ENTITY_LIMITS.js';
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
 * Takes a leaf's raw value on the fast path: true when the float64 kernel scored it (so the value
 * is valid and its exact score can wait), false to score it exactly now.
 */
export type FastLeafReader = (node: CompiledNode, raw: unknown, entity: number) => boolean;

/**
 * Validates every row and scores its absolute leaves (exactly, or through `fast` when given). A
 * bad row gets issues (and later the status `invalid`); it never stops the batch and is never
 * dropped.
 */
export function readEntities(
  model: Compiled,
  rows: readonly unknown[],
  fast?: FastLeafReader,
): WorkingEntity[] {
  const seen = new Set<string>();
  return rows.map((row, index) => readEntity(model, row, index, seen, fast));
}

function readEntity(
  model: Compiled,
  row: unknown,
  index: number,
  seen: Set<string>,
  fast: FastLeafReader | undefined,
): WorkingEntity {
  const base: PathSegment[] = ['entities', index];
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const entity = (
    id: string | null,
    name: string | Label | null,
    sector: WorkingEntity['sector'],
    data: Pick<WorkingEntity, 'facts' | 'series' | 'events' | 'values'> = NO_DATA,
  ): WorkingEntity => ({
    index,
    id,
    name,
    sector,
    issues,
    warnings,
    raw: new Map(),
    leafScores: new Map(),
    deferred: new Map(),
    numbers: new Map(),
    overrides: new Map(),
    panels: new Map(),
    verification: new Map(),
    gates: [],
    vetoes: [],
    ...data,
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
        sector: typeof sectorId === 'string' ? sectorId : showValue(sectorId),
        allowed: model.sectorIds.join(', '),
        allowedZh: model.model.sectors.map((s) => s.label.zh).join('、'),
      }),
    );
  }
  const values = isRecord(row['values']) ? row['values'] : undefined;
  if (!values) issues.push(makeIssue('invalid_entity', [...base, 'values']));
  const data = {
    facts: readRecord(row['facts'], [...base, 'facts'], issues),
    series: readSeries(row['series'], [...base, 'series'], issues),
    events: readEvents(row['events'], [...base, 'events'], issues),
    values: values ?? {},
  };
  const result = entity(id, name ?? null, sector, data);
  if (!values || !sector) return result;

  const panels = readRecord(row['panels'], [...base, 'panels'], issues);
  const verification = readRecord(row['verification'], [...base, 'verification'], issues);
  const active = new Set<string>();
  for (const node of model.nodes) {
    if (!node.leaf || !sector.active[node.index]) continue;
    active.add(node.id);
    const scores = Object.hasOwn(panels, node.id) ? panels[node.id] : undefined;
    const value =
      scores === undefined ? values : panelValue(model, node, scores, values, base, result);
    if (value) readValue(node, value, [...base, 'values', node.id], result, fast);
    readVerification(
      model,
      node,
      own(verification, node.id),
      [...base, 'verification', node.id],
      result,
    );
  }
  // Expert scores or a verification status for a leaf the sector does not score: ignored, said.
  for (const [field, record] of [
    ['panels', panels],
    ['verification', verification],
  ] as const) {
    for (const key of Object.keys(record)) {
      if (!active.has(key))
        warnings.push(
          makeIssue('unknown_indicator', [...base, field, key], { id: key, sector: sector.id }),
        );
    }
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
  fast: FastLeafReader | undefined,
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
    if (fast?.(node, raw, entity.index)) {
      entity.deferred.set(node.index, raw);
      return;
    }
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
  const number = readNumber(raw);
  if (number.ok) entity.numbers.set(node.index, number.value);
  else
    entity.issues.push(
      makeIssue(number.finding.code, [...path, ...number.finding.path], number.finding.params),
    );
}

const NO_DATA: Pick<WorkingEntity, 'facts' | 'series' | 'events' | 'values'> = {
  facts: {},
  series: {},
  events: [],
  values: {},
};

function readRecord(value: unknown, path: PathSegment[], issues: Issue[]): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (isRecord(value)) return value;
  issues.push(makeIssue('invalid_entity', path));
  return {};
}

function readSeries(
  value: unknown,
  path: PathSegment[],
  issues: Issue[],
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, years] of Object.entries(readRecord(value, path, issues))) {
    const record = readRecord(years, [...path, name], issues);
    for (const year of Object.keys(record)) {
      if (!/^\d{4}$/.test(year))
        issues.push(
          makeIssue('invalid_date', [...path, name, year], { value: JSON.stringify(year) }),
        );
    }
    Object.defineProperty(out, name, { value: record, enumerable: true });
  }
  return out;
}

function readEvents(value: unknown, path: PathSegment[], issues: Issue[]): WorkingEntity['events'] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.push(makeIssue('invalid_entity', path));
    return [];
  }
  if (value.length > ENTITY_LIMITS.events) {
    issues.push(
      makeIssue('too_large', path, {
        what: 'events of one applicant',
        whatZh: '单个申报对象的事件',
        count: value.length,
        max: ENTITY_LIMITS.events,
      }),
    );
    return [];
  }
  const events: Array<{ type: string; date: string; severity?: string; at: number }> = [];
  value.forEach((e, k) => {
    if (!isRecord(e) || typeof e['type'] !== 'string' || e['type'] === '') {
      issues.push(makeIssue('invalid_entity', [...path, k]));
    } else if (!isIsoDate(e['date'])) {
      issues.push(
        makeIssue('invalid_date', [...path, k, 'date'], {
          value: showValue(e['date']),
        }),
      );
    } else {
      events.push({
        type: e['type'],
        date: e['date'],
        ...(typeof e['severity'] === 'string' ? { severity: e['severity'] } : {}),
        at: k,
      });
    }
  });
  return events;
}

// Expert scores become the leaf's value through its panel rule; the panel is kept for the audit.
function panelValue(
  model: Compiled,
  node: CompiledNode,
  scores: unknown,
  values: Record<string, unknown>,
  base: PathSegment[],
  entity: WorkingEntity,
): Record<string, unknown> | undefined {
  const path = [...base, 'panels', node.id];
  if (!isMissing(own(values, node.id)))
    entity.issues.push(makeIssue('panel_and_value', path, { leaf: node.id }));
  const rule = model.panels.get(node.index) ?? model.defaultPanel;
  try {
    const { result, value } = aggregatePanelExact(scores as ExpertScore[], rule);
    entity.panels.set(node.index, result);
    if (result.flagged) {
      entity.warnings.push(
        makeIssue('panel_flagged', path, {
          leaf: node.id,
          spread: result.spread,
          limit: String(rule.maxSpread),
        }),
      );
    }
    return { [node.id]: value };
  } catch (error) {
    if (!isYoupinError(error)) throw error;
    for (const issue of error.issues)
      entity.issues.push({ ...issue, path: [...path, ...issue.path.slice(1)] });
    entity.raw.set(node.index, null);
    return undefined;
  }
}

// A failed verification scores the leaf at the bottom of the scale, or fires the named veto.
function readVerification(
  model: Compiled,
  node: CompiledNode,
  status: unknown,
  path: PathSegment[],
  entity: WorkingEntity,
): void {
  if (status === undefined || status === null) return;
  if (status !== 'passed' && status !== 'failed' && status !== 'pending') {
    entity.issues.push(
      makeIssue('wrong_value_type', path, {
        leaf: node.id,
        expected: '"passed", "failed" or "pending"',
        expectedZh: '"passed"、"failed" 或 "pending"',
      }),
    );
    return;
  }
  entity.verification.set(node.index, status);
  if (status === 'pending')
    entity.warnings.push(makeIssue('verification_pending', path, { leaf: node.id }));
  if (status !== 'failed') return;
  const policy = node.leaf?.input.verification;
  if (policy?.onFail === 'veto') {
    entity.vetoes.push({
      rule: policy.veto as string,
      kind: 'veto',
      result: 'fired',
      facts: { [`verification.${node.id}`]: 'failed' },
      missing: [],
      firedOn: null,
    });
    return;
  }
  entity.overrides.set(node.index, model.min);
  entity.warnings.push(
    makeIssue('verification_failed', path, { leaf: node.id, score: model.min.toFixed() }),
  );
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
