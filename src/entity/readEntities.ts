import type { Issue, PathSegment } from '../error/issue.js';
import { isYoupinError } from '../error/isYoupinError.js';
import { makeIssue } from '../error/messages.js';
import { closestName } from '../intake/closestName.js';
import { readCalendarDate } from '../intake/readCalendarDate.js';
import { readFact } from '../intake/readFact.js';
import { readLeafValue } from '../intake/readLeafValue.js';
import type { Compiled, CompiledNode, CompiledSector } from '../model/compiled.js';
import type { Label } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { echo } from '../numeric/echo.js';
import { own } from '../numeric/own.js';
import { readNumber } from '../numeric/readNumber.js';
import { showValue } from '../numeric/showValue.js';
import { aggregatePanelExact } from '../panel/_aggregatePanelExact.js';
import type { ExpertScore } from '../panel/types.js';
import { ENTITY_LIMITS } from '../primitives/ENTITY_LIMITS.js';
import { Unreadable } from '../rules/Unreadable.js';
import { longTexts, TEXT_LIMIT } from './_longTexts.js';
import { idKey } from './idKey.js';
import { readFacts } from './readFacts.js';
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
 * Takes a leaf's value, as its method reads it, on the fast path: true when the float64 kernel
 * scored it (so the value is valid and its exact score can wait), false to score it exactly now.
 */
export type FastLeafReader = (node: CompiledNode, raw: unknown) => boolean;

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
  const read = new Array<WorkingEntity>(rows.length);
  // By index, not map: a hole in the array is a row too (an invalid one), not a gap in the report.
  for (let index = 0; index < rows.length; index++)
    read[index] = readEntity(model, rows[index], index, seen, fast);
  return read;
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
    // Every active leaf gets a raw value: sized once.
    raw: new Array(model.nodes.length),
    leafScores: [],
    deferred: [],
    numbers: [],
    overrides: [],
    panels: [],
    verification: [],
    treated: [],
    gates: [],
    vetoes: [],
    unreadable: false,
    // Named, not spread: every field in the object itself (a spread adds a second array of them).
    facts: data.facts,
    series: data.series,
    events: data.events,
    values: data.values,
  });
  if (!isRecord(row)) {
    issues.push(makeIssue('invalid_entity', base));
    return entity(null, null, null);
  }
  // A text over the limit makes the row invalid (and is not parsed: see readValue).
  issues.push(...longTexts(row, base));

  const id = readId(row['id']);
  if (id === null) issues.push(makeIssue('invalid_entity', [...base, 'id'], { field: 'id' }));
  else {
    // Compared by idKey: `M001` and `Ｍ００１` are one id (the message says how ids compare).
    const key = idKey(id);
    if (seen.has(key)) issues.push(makeIssue('duplicate_id', [...base, 'id'], { id, entity: 1 }));
    else seen.add(key);
  }

  const name = readName(row['name']);
  if (name === undefined)
    issues.push(makeIssue('invalid_entity', [...base, 'name'], { field: 'name' }));

  const sectorId = row['sector'];
  const sector = typeof sectorId === 'string' ? (model.sectors.get(sectorId) ?? null) : null;
  if (!sector) {
    issues.push(makeIssue('unknown_sector', [...base, 'sector'], sectorParams(model, sectorId)));
  }
  const values = isRecord(row['values']) ? row['values'] : undefined;
  if (!values) issues.push(makeIssue('invalid_entity', [...base, 'values'], { field: 'values' }));
  const rawFacts = withLeafFacts(
    model,
    sector,
    readRecord(row['facts'], [...base, 'facts'], issues),
    values,
  );
  const typed = readFacts(
    model,
    rawFacts,
    readSeries(row['series'], [...base, 'series'], issues),
    base,
    issues,
  );
  const data = {
    facts: typed.facts,
    series: typed.series,
    events: readEvents(row['events'], [...base, 'events'], issues),
    values: values ?? {},
  };
  const result = entity(id, name ?? null, sector, data);
  result.unreadable = typed.unreadable;
  if (!values) return result;
  if (!sector) {
    // The sector is unknown, but a key that is no leaf of the model is a mistake all the same.
    unknownKeys(model, null, values, base, issues);
    return result;
  }

  const panels = readRecord(row['panels'], [...base, 'panels'], issues);
  const verification = readRecord(row['verification'], [...base, 'verification'], issues);
  const active = new Set<string>();
  for (const node of model.nodes) {
    if (!node.leaf || !sector.active[node.index]) continue;
    active.add(node.id);
    const scores = Object.hasOwn(panels, node.id) ? panels[node.id] : undefined;
    const fed = node.leaf.input.fact;
    const value =
      fed !== undefined
        ? factValue(model, node, fed, values, base, result)
        : scores === undefined
          ? values
          : panelValue(model, node, scores, values, base, result);
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
  readRuleLeaves(model, values, rawFacts, active, base, result);
  // A value for a leaf of another sector is ignored, said (a sheet for every sector has its
  // columns); a key that is no leaf at all makes the row invalid (a typo must not go unscored).
  const unknown = unknownKeys(model, sector, values, base, issues);
  for (const key of Object.keys(values)) {
    if (!active.has(key) && !unknown.has(key)) {
      warnings.push(
        makeIssue('unknown_indicator', [...base, 'values', key], { id: key, sector: sector.id }),
      );
    }
  }
  dropBelowLongTexts(issues);
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
  if (typeof raw === 'string' && raw.length > TEXT_LIMIT) {
    // Reported as text_too_long; a megabyte of digits is not parsed, nor echoed whole.
    entity.raw[node.index] = showValue(raw);
    entity.leafScores[node.index] = null;
    entity.numbers[node.index] = null;
    return;
  }
  entity.raw[node.index] = echo(raw);
  if (isMissing(raw)) {
    // An imputed leaf takes its cohort's mean or median instead of its missing policy.
    if (leaf.missing === 'invalid' && !leaf.treatment?.impute)
      entity.issues.push(makeIssue('missing_value', path, leafParams(node)));
    entity.leafScores[node.index] = null;
    entity.numbers[node.index] = null;
    return;
  }
  const read = readLeafValue(node, raw);
  if (!read.ok) {
    entity.issues.push(makeIssue(read.code, path, { ...read.params, ...leafParams(node) }));
    return;
  }
  readScore(node, read.value, path, entity, fast);
}

function readScore(
  node: CompiledNode,
  raw: unknown,
  path: PathSegment[],
  entity: WorkingEntity,
  fast: FastLeafReader | undefined,
): void {
  const leaf = node.leaf as NonNullable<CompiledNode['leaf']>;
  if (leaf.score) {
    if (fast?.(node, raw)) {
      // Its leaf score stays a hole (see WorkingEntity.deferred); the value is the echoed one.
      if (raw !== entity.raw[node.index]) entity.deferred[node.index] = raw;
      return;
    }
    const outcome = leaf.score(raw);
    if (outcome.ok) entity.leafScores[node.index] = outcome.score;
    else
      entity.issues.push(
        makeIssue(outcome.finding.code, [...path, ...outcome.finding.path], {
          ...leafParams(node),
          ...outcome.finding.params,
        }),
      );
    return;
  }
  const number = readNumber(raw);
  if (number.ok) entity.numbers[node.index] = number.value;
  else
    entity.issues.push(
      makeIssue(number.finding.code, [...path, ...number.finding.path], number.finding.params),
    );
}

const EVENT_DATE = { en: 'event date', zh: '事件日期' } as const;

const NO_DATA: Pick<WorkingEntity, 'facts' | 'series' | 'events' | 'values'> = {
  facts: {},
  series: {},
  events: [],
  values: {},
};

function readRecord(value: unknown, path: PathSegment[], issues: Issue[]): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (isRecord(value)) return value;
  issues.push(makeIssue('invalid_entity', path, { field: 'record' }));
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
    issues.push(makeIssue('invalid_entity', path, { field: 'events' }));
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
      issues.push(makeIssue('invalid_entity', [...path, k], { field: 'event' }));
    } else if (!readCalendarDate(e['date'], EVENT_DATE).ok) {
      // One vocabulary of dates: a spreadsheet's serial number is named as such (date_serial).
      const read = readCalendarDate(e['date'], EVENT_DATE);
      if (!read.ok) issues.push(makeIssue(read.code, [...path, k, 'date'], read.params));
    } else {
      events.push({
        type: e['type'],
        date: (readCalendarDate(e['date'], EVENT_DATE) as { value: string }).value,
        ...(typeof e['severity'] === 'string' ? { severity: e['severity'] } : {}),
        at: k,
      });
    }
  });
  return events;
}

// A row that gives a fact-fed leaf's value (m_S3: B) and not the fact itself gives the fact: the
// datum lives in the fact from here on, and a row that gives both must agree (see factValue).
function withLeafFacts(
  model: Compiled,
  sector: CompiledSector | null,
  facts: Record<string, unknown>,
  values: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (!sector || !values) return facts;
  let out = facts;
  for (const node of model.nodes) {
    const fact = node.leaf?.input.fact;
    if (fact === undefined || !sector.active[node.index] || !Object.hasOwn(values, node.id))
      continue;
    const own = values[node.id];
    if (isMissing(own) || (Object.hasOwn(out, fact) && !isMissing(out[fact]))) continue;
    if (out === facts) out = { ...facts };
    Object.defineProperty(out, fact, {
      value: own,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

// A leaf fed by a fact reads the fact's raw value; a value of its own as well is a contradiction.
function factValue(
  model: Compiled,
  node: CompiledNode,
  fact: string,
  values: Record<string, unknown>,
  base: PathSegment[],
  entity: WorkingEntity,
): Record<string, unknown> | undefined {
  const own = Object.hasOwn(values, node.id) ? values[node.id] : undefined;
  const declared = model.facts.get(fact);
  const typed = entity.facts[fact];
  const read = isMissing(own) ? null : readLeafValue(node, own);
  const agrees =
    read?.ok === true &&
    (Dec.isDecimal(typed) ? String(read.value) === (typed as Dec).toFixed() : read.value === typed);
  if (read && !agrees && declared && !(typed instanceof Unreadable)) {
    const label = node.leaf?.input.label ?? { zh: node.id, en: node.id };
    entity.issues.push(
      makeIssue('fact_and_value', [...base, 'values', node.id], {
        label: label.en,
        labelZh: label.zh,
        factLabel: declared.label.en,
        factLabelZh: declared.label.zh,
      }),
    );
  }
  // An unreadable fact has its issue already: one mistake, one message.
  if (typed instanceof Unreadable) return undefined;
  return { [node.id]: Dec.isDecimal(typed) ? (typed as Dec).toFixed() : typed };
}

// Leaves that rules read as facts, typed like facts. An active leaf's unreadable value is already
// an issue of its own; an inactive one (a rule of another sector never reads it) is said here.
function readRuleLeaves(
  model: Compiled,
  values: Record<string, unknown>,
  rawFacts: Record<string, unknown>,
  active: ReadonlySet<string>,
  base: PathSegment[],
  entity: WorkingEntity,
): void {
  const facts = entity.facts as Record<string, unknown>;
  for (const fact of model.facts.values()) {
    if (fact.leaf === null) continue;
    const node = model.nodes.find((n) => n.id === fact.leaf);
    const fed = node?.leaf?.input.fact;
    const source = fed !== undefined ? rawFacts : values;
    const key = fed ?? fact.leaf;
    const raw = Object.hasOwn(source, key) ? source[key] : undefined;
    if (isMissing(raw)) continue;
    const read = readFact(fact, raw);
    if (read.ok) facts[fact.leaf] = read.value;
    else {
      facts[fact.leaf] = new Unreadable(raw);
      if (!active.has(fact.leaf))
        entity.issues.push(makeIssue(read.code, [...base, 'values', fact.leaf], read.params));
    }
  }
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
    entity.issues.push(makeIssue('panel_and_value', path, leafParams(node)));
  const rule = model.panels.get(node.index) ?? model.defaultPanel;
  try {
    const { result, value } = aggregatePanelExact(scores as ExpertScore[], rule);
    entity.panels[node.index] = result;
    if (result.flagged) {
      entity.warnings.push(
        makeIssue('panel_flagged', path, {
          ...leafParams(node),
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
    entity.raw[node.index] = null;
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
        ...leafParams(node),
        expected: '"passed", "failed" or "pending"',
        expectedZh: '"passed"、"failed" 或 "pending"',
      }),
    );
    return;
  }
  entity.verification[node.index] = status;
  if (status === 'pending')
    entity.warnings.push(makeIssue('verification_pending', path, leafParams(node)));
  if (status !== 'failed') return;
  const policy = node.leaf?.input.verification;
  if (policy?.onFail === 'veto') {
    entity.vetoes.push({
      rule: policy.veto as string,
      kind: 'veto',
      result: 'fired',
      facts: { [`verification.${node.id}`]: 'failed' },
      missing: [],
      unreadable: [],
      firedOn: null,
    });
    return;
  }
  entity.overrides[node.index] = model.min;
  entity.warnings.push(
    makeIssue('verification_failed', path, { ...leafParams(node), score: model.min.toFixed() }),
  );
}

/** The leaves of each model by id, found once per model. */
const leavesById = new WeakMap<Compiled, ReadonlyMap<string, CompiledNode>>();

function leafById(model: Compiled): ReadonlyMap<string, CompiledNode> {
  let map = leavesById.get(model);
  if (!map) {
    map = new Map(model.nodes.filter((n) => n.leaf).map((n) => [n.id, n]));
    leavesById.set(model, map);
  }
  return map;
}

/**
 * The `values` keys that name no leaf of the model, each an `unknown_indicator` issue at
 * `['entities', i, 'values', key]` that names the closest leaf of the row's sector (of the model
 * when the sector is unknown), or says the key is a dimension or a fact. One mistake, one
 * message: when the closest leaf has no value, its `missing_value` goes (the message names it).
 */
function unknownKeys(
  model: Compiled,
  sector: CompiledSector | null,
  values: Record<string, unknown>,
  base: PathSegment[],
  issues: Issue[],
): Set<string> {
  const leaves = leafById(model);
  const unknown = new Set<string>();
  for (const key of Object.keys(values)) {
    if (leaves.has(key)) continue;
    unknown.add(key);
    const params = keyParams(model, sector, values, key);
    issues.push(makeIssue('unknown_indicator', [...base, 'values', key], params));
    const meant = params['suggestion'];
    if (meant === undefined || !isMissing(own(values, meant))) continue;
    const missing = issues.findIndex(
      (i) =>
        i.code === 'missing_value' &&
        i.path.length === base.length + 2 &&
        i.path[base.length] === 'values' &&
        i.path[base.length + 1] === meant,
    );
    if (missing >= 0) issues.splice(missing, 1);
  }
  return unknown;
}

/**
 * What a message about a key that is no leaf says: what it is instead, or the closest leaf of the
 * row's sector — among equally close ones, first a leaf the row gives no value for (the key is
 * more likely a misspelling of that one).
 */
function keyParams(
  model: Compiled,
  sector: CompiledSector | null,
  values: Record<string, unknown>,
  key: string,
): Readonly<Record<string, string>> {
  const params = { id: key, sector: sector?.id ?? '', unknown: 'model' };
  if (model.nodes.some((n) => n.id === key && !n.leaf)) return { ...params, kind: 'branch' };
  const fact = model.facts.get(key);
  if (fact && fact.leaf === null) return { ...params, kind: 'fact' };
  const leaves = [...leafById(model).values()]
    .filter((n) => !sector || sector.active[n.index])
    .sort((a, b) => Number(Object.hasOwn(values, a.id)) - Number(Object.hasOwn(values, b.id)));
  const labelOf = (n: CompiledNode) => n.leaf?.input.label ?? { zh: n.id, en: n.id };
  const near = closestName(
    key,
    leaves.flatMap((n) => [n.id, labelOf(n).zh, labelOf(n).en]),
  );
  const leaf =
    near === null
      ? undefined
      : leaves.find((n) => n.id === near || [labelOf(n).zh, labelOf(n).en].includes(near));
  if (!leaf) return params;
  return {
    ...params,
    suggestion: leaf.id,
    suggestionLabel: labelOf(leaf).en,
    suggestionLabelZh: labelOf(leaf).zh,
  };
}

/** What a message about an unknown sector says: the sectors by id and by label, the closest. */
export function sectorParams(model: Compiled, given: unknown): Readonly<Record<string, string>> {
  const sectors = model.model.sectors;
  const text = typeof given === 'string' ? given : showValue(given);
  const near =
    typeof given === 'string'
      ? closestName(
          given,
          sectors.flatMap((s) => [s.id, s.label.zh, s.label.en]),
        )
      : null;
  const owner =
    near === null ? undefined : sectors.find((s) => [s.id, s.label.zh, s.label.en].includes(near));
  // No sector at all (an empty cell, no key): said so, rather than quoting an empty text.
  if (given === undefined || given === null || (typeof given === 'string' && given.trim() === ''))
    return {
      sector: '',
      missing: '1',
      allowed: sectors.map((s) => s.id).join(', '),
      allowedZh: sectors.map((s) => s.label.zh).join('、'),
    };
  return {
    sector: text,
    allowed: sectors.map((s) => s.id).join(', '),
    allowedZh: sectors.map((s) => s.label.zh).join('、'),
    suggestion: owner?.id ?? '',
    suggestionZh: owner?.label.zh ?? '',
  };
}

/** A leaf as messages name it: by its label, with its id (English and Chinese). */
function leafParams(node: CompiledNode): { leaf: string; leafZh: string } {
  const label = node.leaf?.input.label;
  if (!label) return { leaf: node.id, leafZh: node.id };
  return { leaf: `"${label.en}" (${node.id})`, leafZh: `「${label.zh}」（${node.id}）` };
}

/**
 * One mistake, one message: a text over the limit is reported once (`text_too_long`), and not
 * again by the reader of the number, score or count it held.
 */
function dropBelowLongTexts(issues: Issue[]): void {
  const long = issues.filter((i) => i.code === 'text_too_long').map((i) => i.path.join('\u0000'));
  if (long.length === 0) return;
  const kept = issues.filter(
    (i) =>
      i.code === 'text_too_long' ||
      !long.some((p) => {
        const key = i.path.join('\u0000');
        return key === p || key.startsWith(`${p}\u0000`);
      }),
  );
  issues.splice(0, issues.length, ...kept);
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
