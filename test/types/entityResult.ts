// Type tests of the report's entities, compiled by `npm run typecheck` (tsconfig.json includes
// test/) and never run. Every `@ts-expect-error` must meet an error, so these lines fail the
// typecheck as soon as a status stops narrowing its figures. See also issueCode.ts.
import type {
  EntityResult,
  IneligibleEntity,
  InvalidEntity,
  NotScoredSelection,
  Report,
  ScoredEntity,
  SelectionResult,
  VetoedEntity,
} from 'youpin';
import type { StreamedEntity } from 'youpin/node';
import { type Equal, expectType } from './_expect.js';

expectType<Equal<EntityResult, ScoredEntity | IneligibleEntity | VetoedEntity | InvalidEntity>>();
expectType<Equal<Report['entities'][number], EntityResult>>();
expectType<Equal<EntityResult['status'], 'scored' | 'ineligible' | 'vetoed' | 'invalid'>>();

/** After `status === 'scored'`: the figures are there, without `!` and without `?? ''`. */
export function scored(e: EntityResult): string {
  if (e.status !== 'scored') return '';
  const total: string = e.total;
  const id: string = e.id;
  const sector: string = e.sector;
  const ranks: number = e.rank.sector + e.rank.overall;
  // @ts-expect-error: the fast path leaves the unrounded total out (totalExact: null)
  const exact: string = e.totalExact;
  // @ts-expect-error: a model without `selection` gives null
  const selected: boolean = e.selection.selected;
  expectType<Equal<typeof e.selection, SelectionResult | null>>();
  return `${id} ${sector} ${total} ${ranks} ${exact} ${selected}`;
}

/** Without the check, the figures stay nullable. */
export function unchecked(e: EntityResult): string {
  // @ts-expect-error: an entity that is not scored has no total
  const total: string = e.total;
  // @ts-expect-error: nor ranks
  const rank: number = e.rank.sector;
  // @ts-expect-error: nor, when invalid, an id
  const id: string = e.id;
  return `${total} ${rank} ${id}`;
}

/** The other statuses say what they are: no figures, a sector except when invalid. */
export function notScored(e: EntityResult): string {
  switch (e.status) {
    case 'scored':
      return e.total;
    case 'ineligible':
    case 'vetoed': {
      expectType<Equal<typeof e.total, null>>();
      expectType<Equal<typeof e.totalExact, null>>();
      expectType<Equal<typeof e.rank, { readonly sector: null; readonly overall: null }>>();
      expectType<Equal<typeof e.adjustments.before, null>>();
      expectType<Equal<typeof e.selection, NotScoredSelection | null>>();
      const sector: string = e.sector;
      // @ts-expect-error: a row without a usable id may still be vetoed or ineligible
      const id: string = e.id;
      return `${sector} ${id}`;
    }
    case 'invalid': {
      expectType<Equal<typeof e.total, null>>();
      // @ts-expect-error: a row of no known sector is invalid
      const sector: string = e.sector;
      const selected: false | undefined = e.selection?.selected;
      return `${sector} ${selected}`;
    }
    default: {
      // Every status is handled: what is left is never.
      expectType<Equal<typeof e, never>>();
      const none: never = e;
      return none;
    }
  }
}

/** A line of scoreCsvFile's NDJSON narrows alike. */
export function streamed(e: StreamedEntity): string {
  if (e.status === 'scored') return `${e.row} ${e.total} ${e.rank.overall}`;
  // @ts-expect-error: not scored, no total
  const total: string = e.total;
  return total;
}
