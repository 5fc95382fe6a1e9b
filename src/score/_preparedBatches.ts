import type { WorkingEntity } from '../entity/working.js';
import type { Compiled } from '../model/compiled.js';
import type { ReapplicationBan } from '../rules/reapplicationBan.js';
import type { PreparedBatch } from './prepareBatch.js';

/**
 * What a prepared batch holds: its rows (a private copy), and how it reads them — once per way of
 * reading them (`_readOnce.ts`). The reading lives with the batch, so that `score()` carries none
 * of it for callers who never prepare one.
 */
export interface BatchState {
  readonly rows: readonly unknown[];
  /** The rows read and checked (by `read`, or as remembered), in copies the caller may change. */
  read(
    model: Compiled,
    fast: boolean,
    evaluationDate: string | null,
    banned: ReadonlyMap<string, ReapplicationBan> | null,
    read: () => WorkingEntity[],
  ): WorkingEntity[];
}

/** The state of every prepared batch, out of reach of its holder (the batch is a frozen token). */
export const preparedBatches: WeakMap<PreparedBatch, BatchState> = new WeakMap();
