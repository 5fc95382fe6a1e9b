// Type tests of issue codes, compiled by `npm run typecheck` and never run: `Issue.code` is the
// union `IssueCode`, so a misspelt code fails to compile, in an assignment as in a comparison.

import type {
  CoreIssueCode,
  DeaIssueCode,
  Explanation,
  Issue,
  IssueCode,
  NodeIssueCode,
  Notice,
  NoticeCode,
  ProgrammeIssueCode,
  SchemaIssueCode,
  YoupinError,
} from 'youpin';
import type { NodeIssueCode as NodeEntryIssueCode } from 'youpin/node';
import type * as z from 'zod/mini';
import { type Equal, expectType } from './_expect.js';

expectType<Equal<Issue['code'], IssueCode>>();
expectType<
  Equal<
    IssueCode,
    CoreIssueCode | SchemaIssueCode | NodeIssueCode | ProgrammeIssueCode | DeaIssueCode
  >
>();
// zod's codes as zod declares them: a zod upgrade that adds one fails here.
expectType<Equal<SchemaIssueCode, z.core.$ZodIssueCode>>();
// youpin/node names the same union.
expectType<Equal<NodeEntryIssueCode, NodeIssueCode>>();
// Notices are warnings of the core: every NoticeCode is a core code.
expectType<NoticeCode extends CoreIssueCode ? true : false>();
expectType<Equal<Notice['code'], NoticeCode>>();
// What an error, a report's warnings and an explanation carry.
expectType<Equal<YoupinError['issues'][number]['code'], IssueCode>>();
expectType<Equal<Explanation['issues'][number]['code'], IssueCode>>();

export const known: IssueCode = 'not_a_number';
// @ts-expect-error: misspelt
export const misspelt: IssueCode = 'not_a_numbr';
// @ts-expect-error: a file code is no core code
export const fileCode: CoreIssueCode = 'no_header';

/** A comparison with a code that does not exist does not compile either. */
export function compare(issue: Issue): boolean {
  // @ts-expect-error: 'not_a_numbr' is no IssueCode, so the comparison has no overlap
  const typo = issue.code === 'not_a_numbr';
  return typo || issue.code === 'not_a_number' || issue.code === 'file_unreadable';
}

/** A switch over codes narrows too. */
export function hint(issue: Issue): string {
  switch (issue.code) {
    case 'unknown_indicator':
      return 'check the key against the model';
    case 'invalid_type':
      return 'check the model file';
    // @ts-expect-error: misspelt case label
    case 'unknown_indicater':
      return '';
    default:
      return issue.message;
  }
}
