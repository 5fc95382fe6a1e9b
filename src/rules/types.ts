import type { Label, Provenance } from '../model/types.js';

/** A comparison between a fact and a value. Numbers compare as exact decimals. */
export type Comparison = '==' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * A condition over an applicant's facts, yearly series and events: JSON, never code.
 *
 * A fact is a declared fact of the model (read by its type) or a leaf, whose value it reads. Series windows cover
 * the last N complete years before the evaluation year; event look-backs run from the evaluation
 * date back N years, both ends included. A fact or a year that is missing makes the condition
 * unknown (three-valued logic: `all` is false if any part is false, `any` is true if any part is
 * true, otherwise unknown wins).
 */
export type Condition =
  | {
      /** `revenue >= 2000` */
      readonly fact: string;
      readonly op: Comparison;
      readonly value: number | string | boolean;
    }
  | {
      /** The fact's value is one of these (`credit_grade in ['D']`). */
      readonly fact: string;
      readonly in: ReadonlyArray<string | number>;
    }
  | {
      /** The fact is a list that contains at least one of these (`certifications includesAny [...]`). */
      readonly fact: string;
      readonly includesAny: readonly string[];
    }
  | {
      /** The fact is a list that contains all of these. */
      readonly fact: string;
      readonly includesAll: readonly string[];
    }
  | {
      /** The fact is given (`true`) or not given (`false`); never unknown. */
      readonly fact: string;
      readonly present: boolean;
    }
  | {
      /** An aggregate over the last N years of a series (mean of the last 3 years ≥ 3 %). */
      readonly series: string;
      readonly last: number;
      readonly aggregate: 'mean' | 'min' | 'max' | 'sum';
      readonly op: Comparison;
      readonly value: number | string;
    }
  | {
      /** At least `count` consecutive years in the window meet `op value` (two consecutive loss years). */
      readonly series: string;
      readonly last: number;
      readonly consecutive: {
        readonly op: Comparison;
        readonly value: number | string;
        readonly count: number;
      };
    }
  | {
      /** At least `atLeast` (default 1) events of these types (and severities) within the look-back. */
      readonly event: string | readonly string[];
      readonly severity?: readonly string[] | undefined;
      readonly withinYears: number;
      readonly atLeast?: number | undefined;
    }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** An eligibility gate (申报条件) or a veto (一票否决). */
export interface RuleInput {
  readonly id: string;
  readonly label: Label;
  readonly description?: Label | undefined;
  /** The sectors the rule applies to; default all. */
  readonly sectors?: readonly string[] | undefined;
  /** A gate passes when this holds; a veto fires when this holds. */
  readonly when: Condition;
  /** When this holds, the rule does not apply to the entity (公益性单位 exemptions). */
  readonly exempt?: Condition | undefined;
  readonly provenance?: Provenance | undefined;
}

/**
 * A monitoring rule (年度监测): checked after the award on the holder's new facts and events, as a
 * veto is (it acts when `when` holds). `revoke` revokes the title (撤销); `rectify` puts it under
 * rectification (约谈整改) and `suspend` suspends it (暂停使用称号) until it is rectified, both
 * with a deadline of `deadlineDays` (default 90) from the day it acted, after which it is revoked.
 */
export interface MonitoringRuleInput extends RuleInput {
  readonly action: 'revoke' | 'suspend' | 'rectify';
  readonly deadlineDays?: number | undefined;
}

/** What a rule did to one entity, with the facts it read, for the applicant and the auditor. */
export interface RuleOutcome {
  readonly rule: string;
  readonly kind: 'gate' | 'veto';
  /**
   * Gates: `passed`, `failed`, `unknown` (a fact it needs is missing; the entity is ineligible),
   * `exempt`. Vetoes: `clear`, `fired`, `unknown` (recorded, does not veto), `exempt`. Both:
   * `unreadable` — a value it needs is present but could not be read; the rule decides nothing and
   * the entity is `invalid` until the value is fixed (the row's issues say where).
   */
  readonly result: 'passed' | 'failed' | 'unknown' | 'exempt' | 'clear' | 'fired' | 'unreadable';
  /** The facts, series years and events the rule read, with their values. */
  readonly facts: Readonly<Record<string, unknown>>;
  /** The facts it needed and did not find. */
  readonly missing: readonly string[];
  /** The facts it needed that are present but could not be read. */
  readonly unreadable: readonly string[];
  /** Vetoes on events: the date of the earliest event that made it fire. */
  readonly firedOn: string | null;
}
