import type { Issue } from '../error/issue.js';
import type { CompiledSector } from '../model/compiled.js';
import type { Label } from '../model/types.js';
import type { Dec } from '../numeric/decimal.js';
import type { PanelResult } from '../panel/aggregatePanel.js';
import type { RuleOutcome } from '../rules/types.js';
import type { TreatedValue } from '../treat/types.js';
import type { ValueInput } from './types.js';

/** An entity on its way through the pipeline (private). */
export interface WorkingEntity {
  readonly index: number;
  readonly id: string | null;
  readonly name: string | Label | null;
  readonly sector: CompiledSector | null;
  readonly issues: Issue[];
  readonly warnings: Issue[];
  // The per-leaf figures below are sparse arrays by node index (a hole where a Map would have no
  // key), not Maps: a Map of 40 entries holds a 64-slot table of three words each, and 100,000
  // applicants of 7 Maps each took half a gigabyte before the first figure was published.
  /** Raw values of the sector's active leaves. */
  readonly raw: ValueInput[];
  /**
   * Leaf scores; `null` = missing. Filled by scoreLeaves. On the fast path, an active leaf of an
   * entity with no issues that has none (a hole) was taken by the float64 kernel: its exact score
   * is computed only if the entity is recomputed exactly (see fastScores).
   */
  readonly leafScores: Array<Dec | null>;
  /**
   * The values the kernel took where they are not the raw values (`raw`): a number written as
   * text, a category by its label, a panel's score. Mostly empty; never null where set.
   */
  readonly deferred: unknown[];
  /** Parsed numbers for cohort leaves. */
  readonly numbers: Array<Dec | null>;
  /** Leaf scores that nothing may change (a failed verification scores the bottom). */
  readonly overrides: Dec[];
  /** Panel results. */
  readonly panels: PanelResult[];
  /** What data treatment did to a cohort leaf's value (a hole where it did nothing). */
  readonly treated: TreatedValue[];
  /** Verification statuses. */
  readonly verification: Array<'passed' | 'failed' | 'pending'>;
  /** What rules read: facts, series, events (already checked for shape). */
  readonly facts: Readonly<Record<string, unknown>>;
  readonly series: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** `at`: the event's position in the row's `events`, for issue paths. */
  readonly events: ReadonlyArray<{ type: string; date: string; severity?: string; at?: number }>;
  /** Leaf raw values by id, for rules that read a leaf value as a fact. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Whether a present fact or series value could not be read: the row is invalid, whatever else. */
  unreadable: boolean;
  readonly gates: RuleOutcome[];
  readonly vetoes: RuleOutcome[];
}
