import {
  defineModel,
  type EntityInput,
  type Label,
  type Model,
  type ModelInput,
  type RevocationResult,
  revocations,
} from 'youpin';
import { change } from './_changes.js';
import { checkRegister } from './_checkRegister.js';
import { addDays } from './_dates.js';
import { definitionOf } from './_definitionOf.js';
import type { Register, StatusChange, Title, TitleStatus } from './types.js';

/** Options of {@link monitor}. */
export interface MonitorOptions {
  /** The day of the check (YYYY-MM-DD). */
  readonly asOf: string;
}

/** One title's change found by {@link monitor}. */
export interface MonitorChange {
  readonly title: string;
  readonly holder: string;
  readonly from: TitleStatus;
  readonly change: StatusChange;
}

/** What {@link monitor} returns: the register with the changes applied, and the changes. */
export interface MonitorResult {
  readonly register: Register;
  readonly changes: readonly MonitorChange[];
}

/** The default deadline of a rectification, in days. */
const DEADLINE_DAYS = 90;

/**
 * The annual check of the titles in force (年度监测), as of a day. For each holder's current
 * title, in order: a title past its last day of validity `expired`; a rectification closed by an
 * event of the model's `monitoring.rectifiedEvent` type (default `rectified`) on or before its
 * deadline becomes `active` again, one not closed by then is `revoked` the day after; the model's
 * vetoes fired by events since the title's last change `revoke` it (as `revocations` checks them);
 * then the model's `monitoring.rules`, checked the same way, `revoke` it or put it under
 * `rectification` with a deadline. Every change carries its reason, rule and date, in both
 * languages. Holders without evidence are checked for expiry and deadlines only.
 *
 * @param registry - the register (from `register`, or a previous `monitor`)
 * @param model - the model in force (its vetoes and monitoring rules)
 * @param evidence - one row per holder: `id`, `sector`, current `facts` and dated `events`
 * @param options - `asOf`: the day of the check
 * @returns the new register and the changes
 * @throws YoupinError `not_a_register`, `bad_check_date`, any issue of `revocations`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { makeEdition, monitor, register } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const registry = register([makeEdition(liaocheng2024, rows, { id: '2024' })]);
 * const evidence = [{ id: 'M002', sector: 'manufacturing', values: {}, facts: {},
 *   events: [{ type: 'quality_accident', date: '2025-06-01', severity: 'major' }] }];
 * const checked = monitor(registry, liaocheng2024, evidence, { asOf: '2025-12-31' });
 * checked.changes.map((c) => [c.holder, c.from, c.change.status, c.change.date]); // → [ [ 'M002', 'active', 'revoked', '2025-06-01' ] ]
 * ```
 */
export function monitor(
  registry: Register,
  model: Model | ModelInput,
  evidence: readonly EntityInput[],
  options: MonitorOptions,
): MonitorResult {
  checkRegister(registry, options?.asOf);
  const asOf = options.asOf;
  const definition = definitionOf(model);
  const rules = definition.monitoring?.rules ?? [];
  const closing = definition.monitoring?.rectifiedEvent ?? 'rectified';
  // The monitoring rules run beside the vetoes, as vetoes: the same rule engine, the same
  // look-backs from the day of the check (compiled once for the whole check).
  const watcher = defineModel({
    ...definition,
    evaluationDate: definition.evaluationDate ?? asOf,
    vetoes: [
      ...(definition.vetoes ?? []),
      ...rules.map(({ action: _a, deadlineDays: _d, ...rule }) => rule),
    ],
    monitoring: undefined,
  });
  const vetoIds = new Set((definition.vetoes ?? []).map((v) => v.id));
  const rows = new Map(evidence.map((row) => [row.id, row]));
  const current = new Map<string, Title>();
  for (const title of registry.titles) current.set(title.holder, title);

  const changes: MonitorChange[] = [];
  const titles = registry.titles.map((title) => {
    if (current.get(title.holder) !== title) return title;
    const history = [...title.history];
    // The status as recorded (an expiry not yet recorded is this check's to record).
    const recorded = (): TitleStatus => (history.at(-1) as StatusChange).status;
    const pending = (s: TitleStatus) => s === 'rectification' || s === 'suspended';
    if (recorded() !== 'active' && !pending(recorded())) return title;
    const add = (c: StatusChange) => {
      changes.push({ title: title.id, holder: title.holder, from: recorded(), change: c });
      history.push(c);
    };
    const row = rows.get(title.holder);
    const events = (row?.events ?? []) as ReadonlyArray<{ type: string; date: string }>;
    // 1. Rectification: closed in time, or missed (again after the rules, for one opened now).
    const settle = () => {
      const open = history.at(-1) as StatusChange;
      if (!pending(open.status) || !open.deadline) return;
      const deadline = open.deadline;
      const closed = events
        .filter((e) => e.type === closing && e.date > open.date && e.date <= deadline)
        .sort((a, b) => a.date.localeCompare(b.date))[0];
      if (closed && closed.date <= asOf)
        add(change('rectified', closed.date, { date: closed.date, deadline }, { rule: open.rule }));
      else if (asOf > deadline)
        add(
          change('rectification_missed', addDays(deadline, 1), { deadline }, { rule: open.rule }),
        );
    };
    settle();
    // 2. Validity.
    if (asOf > title.validUntil && history.at(-1)?.status !== 'revoked') {
      add(change('expired', addDays(title.validUntil, 1), { until: title.validUntil }));
      return { ...title, history };
    }
    if (history.at(-1)?.status === 'revoked' || !row) return { ...title, history };
    // 3. Vetoes, then monitoring rules, on what happened since the title's last change.
    const since = (history.at(-1) as StatusChange).date;
    const [check] = revocations(watcher, [row], { asOf, since });
    const fired = firstFired(check, asOf, (id) => vetoIds.has(id));
    if (fired) {
      const label = labelOf(definition.vetoes, fired.rule);
      add(
        change(
          'veto_fired',
          fired.date,
          { rule: fired.rule, label, date: fired.date },
          { rule: fired.rule },
        ),
      );
      return { ...title, history };
    }
    const acted = firstFired(check, asOf, (id) => !vetoIds.has(id));
    const rule = rules.find((r) => r.id === acted?.rule);
    if (acted && rule) {
      const label = rule.label;
      if (rule.action === 'revoke')
        add(
          change(
            'monitoring_revoke',
            acted.date,
            { rule: rule.id, label, date: acted.date },
            { rule: rule.id },
          ),
        );
      else if (!pending((history.at(-1) as StatusChange).status)) {
        const deadline = addDays(acted.date, rule.deadlineDays ?? DEADLINE_DAYS);
        const reason = rule.action === 'suspend' ? 'monitoring_suspend' : 'monitoring_rectify';
        const words = { rule: rule.id, label, date: acted.date, deadline };
        add(change(reason, acted.date, words, { rule: rule.id, deadline }));
      }
    }
    settle();
    return { ...title, history };
  });
  return { register: { format: 'youpin.register/1', titles }, changes };
}

/** The first rule that fired, and the day (the event's, or the day of the check for a fact). */
function firstFired(
  result: RevocationResult | undefined,
  asOf: string,
  among: (rule: string) => boolean,
): { rule: string; date: string } | null {
  if (!result?.revoke) return null;
  const fired = result.fired
    .filter((f) => f.result === 'fired' && among(f.rule))
    .sort((a, b) => (a.firedOn ?? '9999').localeCompare(b.firedOn ?? '9999'))[0];
  return fired ? { rule: fired.rule, date: fired.firedOn ?? asOf } : null;
}

function labelOf(
  rules: ReadonlyArray<{ id: string; label: Label }> | undefined,
  id: string,
): Label {
  return rules?.find((r) => r.id === id)?.label ?? { zh: id, en: id };
}
