import type { Label, Provenance } from '../model/types.js';
import type { EntityStatus } from '../score/types.js';

/** A minimum published score per node, to compare a report against another programme's bar. */
export interface Benchmark {
  readonly id: string;
  readonly version: string;
  readonly name: Label;
  readonly provenance: Provenance;
  readonly lines: ReadonlyArray<{
    /** A node id of the model being compared (for 聊城优品 the dimensions Q, I, B, E, S). */
    readonly node: string;
    /** The published score the node should reach (a number or a decimal string, exact). */
    readonly min: number | string;
    readonly provenance: Provenance;
  }>;
}

/** One entity against one benchmark line. */
export interface BenchmarkLineResult {
  readonly node: string;
  /** The node's label in the report's model. */
  readonly label: Label;
  /** The entity's published score of the node (the published total for the root); null when not scored. */
  readonly score: string | null;
  /** The line, written with at least the report's decimals and never rounded ("80.00", "79.995"). */
  readonly line: string;
  /** score − line, published to the report's decimals ("-7.60"); null when not scored. */
  readonly gap: string | null;
  /** score ≥ line, exactly; null when not scored. */
  readonly passed: boolean | null;
}

/** One entity of the report against every line of a benchmark, in input order. */
export interface BenchmarkEntityResult {
  /** Position in the report (and the input batch). */
  readonly index: number;
  readonly id: string | null;
  readonly name: string | Label | null;
  readonly sector: string | null;
  readonly status: EntityStatus;
  /** One per benchmark line, in the benchmark's order. */
  readonly lines: readonly BenchmarkLineResult[];
  /** `false` when a line fails; otherwise `null` when a line is not scored; otherwise `true`. */
  readonly passedAll: boolean | null;
}

/** How many scored entities reach a line (or every line), overall and per sector. */
export interface BenchmarkTally {
  /** Entities with a verdict (`passed` or `passedAll` not null). */
  readonly scored: number;
  readonly passed: number;
  /** Every sector of the model, in the model's order (sectors without entities count 0). */
  readonly bySector: ReadonlyArray<{
    readonly sector: string;
    readonly scored: number;
    readonly passed: number;
  }>;
}

/** What `compareToBenchmark` returns: plain, serialisable data. */
export interface BenchmarkComparison {
  readonly benchmark: { readonly id: string; readonly version: string; readonly name: Label };
  readonly model: { readonly id: string; readonly version: string };
  readonly entities: readonly BenchmarkEntityResult[];
  /** Per line, in the benchmark's order: how many scored entities reach it. */
  readonly lines: ReadonlyArray<
    BenchmarkTally & { readonly node: string; readonly label: Label; readonly line: string }
  >;
  /** How many scored entities reach every line. */
  readonly all: BenchmarkTally;
}
