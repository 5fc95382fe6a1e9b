import type { Issue } from '../error/issue.js';
import type { CompiledSector } from '../model/compiled.js';
import type { Label } from '../model/types.js';
import type { Dec } from '../numeric/decimal.js';
import type { ValueInput } from './types.js';

/** An entity on its way through the pipeline (private). */
export interface WorkingEntity {
  readonly index: number;
  readonly id: string | null;
  readonly name: string | Label | null;
  readonly sector: CompiledSector | null;
  readonly issues: Issue[];
  readonly warnings: Issue[];
  /** Raw values of the sector's active leaves, by node index. */
  readonly raw: Map<number, ValueInput>;
  /** Leaf scores by node index; `null` = missing. Filled by scoreLeaves. */
  readonly leafScores: Map<number, Dec | null>;
  /** Parsed numbers for cohort leaves, by node index. */
  readonly numbers: Map<number, Dec | null>;
}
