// The codes an issue can carry. `Issue.code` is their union, so a program that compares or
// switches on a code is checked by the compiler: a misspelt code does not compile.

/**
 * The codes of the issues that youpin's core raises and words itself (English and Chinese): a
 * model, a batch, an applicant's row, a call. docs/issue-codes.md lists each with its trigger.
 *
 * @example
 * ```ts
 * import type { CoreIssueCode } from 'youpin';
 * // A program's own hints, keyed by the codes it handles: a misspelt key does not compile.
 * const hints: Partial<Record<CoreIssueCode, string>> = {
 *   unknown_sector: 'choose a sector of the list',
 *   decimal_comma: 'write 12.5, not 12,5',
 * };
 * hints.decimal_comma; // → 'write 12.5, not 12,5'
 * ```
 */
export type CoreIssueCode =
  | 'not_a_number'
  | 'not_finite'
  | 'missing_value'
  | 'wrong_value_type'
  | 'unknown_category'
  | 'unknown_item'
  | 'negative_count'
  | 'out_of_scale'
  | 'out_of_domain'
  | 'invalid_domain'
  | 'not_a_band_step'
  | 'log_negative'
  | 'log_nonpositive'
  | 'log_nonpositive_goalpost'
  | 'goalposts_order'
  | 'direction_ignored'
  | 'lower_form_unused'
  | 'piecewise_order'
  | 'nonpositive'
  | 'zero_range'
  | 'transform_nonpositive'
  | 'treatment_unchecked'
  | 'outliers_remain'
  | 'treatment_needs_cohort'
  | 'zero_sd'
  | 'too_few_values'
  | 'zero_norm'
  | 'nonpositive_best'
  | 'negative_value'
  | 'weights_sum'
  | 'negative_weight'
  | 'length_mismatch'
  | 'empty_input'
  | 'power_zero'
  | 'duplicate_id'
  | 'reserved_id'
  | 'too_deep'
  | 'rule_too_deep'
  | 'too_nested'
  | 'too_large'
  | 'text_too_long'
  | 'unknown_node'
  | 'root_weight'
  | 'missing_weight'
  | 'empty_branch'
  | 'mixed_weights_points'
  | 'points_mismatch'
  | 'unknown_sector'
  | 'unknown_indicator'
  | 'renormalised'
  | 'scored_as_zero'
  | 'all_missing'
  | 'invalid_entity'
  | 'invalid_batch'
  | 'invalid_model'
  | 'invalid_entities'
  | 'not_a_matrix'
  | 'ragged_matrix'
  | 'not_square'
  | 'diagonal_not_one'
  | 'nonpositive_judgement'
  | 'not_reciprocal'
  | 'matrix_too_large'
  | 'zero_weights'
  | 'constant_criterion'
  | 'equal_weights_fallback'
  | 'no_spread'
  | 'identical_alternatives'
  | 'missing_evaluation_date'
  | 'unknown_rule'
  | 'invalid_date'
  | 'verification_failed'
  | 'verification_pending'
  | 'panel_and_value'
  | 'panel_flagged'
  | 'veto_unknown'
  | 'unknown_entity'
  | 'no_fast_path'
  | 'threshold_order'
  | 'negative_correlation'
  | 'collinear_indicators'
  | 'dominant_indicator'
  | 'constant_total'
  | 'not_a_branch'
  | 'not_converged'
  | 'unknown_expert'
  | 'future_event'
  | 'not_a_boolean'
  | 'not_a_category'
  | 'not_a_list'
  | 'not_a_text'
  | 'unit_in_value'
  | 'decimal_comma'
  | 'chinese_numeral'
  | 'date_serial'
  | 'unknown_fact'
  | 'unknown_series'
  | 'fact_values'
  | 'fact_type_mismatch'
  | 'rule_value_type'
  | 'fact_and_value'
  | 'number_too_long'
  | 'too_many_digits'
  | 'cyclic_input';

/**
 * The codes of zod, the schema library that checks a model, an option object or a panel entry
 * first (`src/error/fromZod.ts` keeps its code and adds a path and a Chinese message). Equal to
 * zod 4's `z.core.$ZodIssueCode` (a type test holds them equal); `not_multiple_of` and
 * `invalid_element` cannot occur, as no schema of youpin uses multiples, maps or sets.
 *
 * @example
 * ```ts
 * import { safeDefineModel, type SchemaIssueCode } from 'youpin';
 * const result = safeDefineModel({ id: 'x' } as never);
 * const shape: SchemaIssueCode = 'invalid_type';
 * result.success ? [] : result.error.issues.filter((i) => i.code === shape).map((i) => i.path[0]); // → [ 'version', 'name', 'tree', 'sectors' ]
 * ```
 */
export type SchemaIssueCode =
  | 'invalid_type'
  | 'too_big'
  | 'too_small'
  | 'invalid_format'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'invalid_value'
  | 'custom';

/**
 * The codes of the issues that `youpin/node` raises about input files (and so the command line):
 * problems of a file (`BatchFile.issues`), notices (`BatchFile.notices`), or thrown in a
 * YoupinError when a file cannot be read at all (`file_unreadable`, `unsupported_format`,
 * `not_utf8`, `undecodable`, `invalid_json`, `not_a_batch`, `sheet_not_found`,
 * `exceljs_missing`; and, from the streaming readers, `not_csv`, `not_streamable`, `bad_option`).
 * See docs/data-files.md and docs/big-files.md. Declared here, beside the core's codes, because
 * `youpin/node` throws the same {@link YoupinError}; `youpin/node` exports it too.
 *
 * @example
 * ```ts
 * import { defineModel, isYoupinError, type NodeIssueCode } from 'youpin';
 * import { readBatch } from 'youpin/node';
 * import { liaocheng2024 } from 'youpin/presets';
 * let code: NodeIssueCode | null = null;
 * try {
 *   await readBatch('examples/data/no-such-file.csv', defineModel(liaocheng2024));
 * } catch (error) {
 *   if (isYoupinError(error) && error.issues[0].code === 'file_unreadable') code = error.issues[0].code;
 * }
 * code; // → 'file_unreadable'
 * ```
 */
export type NodeIssueCode =
  | 'unterminated_quote'
  | 'empty_table'
  | 'unknown_column'
  | 'missing_column'
  | 'ambiguous_column'
  | 'column_not_in_sector'
  | 'bad_year'
  | 'duplicate_cell'
  | 'extra_cells'
  | 'short_row'
  | 'missing_id'
  | 'unknown_leaf'
  | 'unknown_applicant'
  | 'bad_date'
  | 'file_unreadable'
  | 'unsupported_format'
  | 'invalid_json'
  | 'duplicate_key'
  | 'formula_without_value'
  | 'hidden_rows'
  | 'hidden_columns'
  | 'merged_cells'
  | 'not_a_batch'
  | 'not_utf8'
  | 'undecodable'
  | 'mixed_encoding'
  | 'sheet_not_found'
  | 'workbook_too_large'
  | 'file_too_large'
  | 'exceljs_missing'
  | 'stray_quote'
  | 'suspicious_quote'
  | 'row_too_long'
  | 'not_csv'
  | 'not_streamable'
  | 'bad_option'
  | 'file_unwritable'
  | 'no_header'
  | 'header_row'
  | 'sheet_chosen'
  | 'column_not_used'
  | 'missing_fact_column'
  | 'missing_leaf_column';

/**
 * The codes that only `youpin/dea` (benefit-of-the-doubt weights) raises, thrown in a
 * {@link YoupinError}: `highs_missing` (the optional package highs, its LP solver, is not
 * installed), `infeasible_bounds` (the bounds on the weights leave no weights at all) and
 * `solver_failed` (HiGHS ended without an optimal solution). Its bad input otherwise gets the
 * core's codes (`not_a_matrix`, `negative_value` …). Declared here, beside the others, because
 * `youpin/dea` throws the same {@link YoupinError}.
 *
 * @example
 * ```ts
 * import type { DeaIssueCode } from 'youpin';
 * const hint: Record<DeaIssueCode, string> = {
 *   highs_missing: 'npm install highs',
 *   infeasible_bounds: 'widen the bounds',
 *   solver_failed: 'report the data',
 * };
 * hint.highs_missing; // → 'npm install highs'
 * ```
 */
export type DeaIssueCode = 'highs_missing' | 'infeasible_bounds' | 'solver_failed';

/**
 * The codes of the issues that `youpin/programme` raises about editions, registers and checks.
 * docs/issue-codes.md lists each with its trigger.
 *
 * @example
 * ```ts
 * import type { ProgrammeIssueCode } from 'youpin';
 * const code: ProgrammeIssueCode = 'model_version_changed';
 * code; // → 'model_version_changed'
 * ```
 */
export type ProgrammeIssueCode =
  | 'not_an_edition'
  | 'not_a_register'
  | 'model_version_changed'
  | 'no_validity'
  | 'bad_check_date';

/**
 * Every code an {@link Issue} can carry: the core's own ({@link CoreIssueCode}), zod's
 * ({@link SchemaIssueCode}), those of `youpin/node` ({@link NodeIssueCode}), of
 * `youpin/programme` ({@link ProgrammeIssueCode}) and of `youpin/dea` ({@link DeaIssueCode}). A
 * code outside this union does not compile, in a comparison as in an assignment.
 *
 * @example
 * ```ts
 * import { score, type IssueCode } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const [e] = score(liaocheng2024, [{ id: 'X1', sector: 'mining', values: {} }]).entities;
 * const code: IssueCode | undefined = e?.issues[0]?.code;
 * code; // → 'unknown_sector'
 * ```
 */
export type IssueCode =
  | CoreIssueCode
  | SchemaIssueCode
  | NodeIssueCode
  | ProgrammeIssueCode
  | DeaIssueCode;
