import type {
  AggregationSpec,
  DataSource,
  Direction,
  Label,
  MissingPolicy,
  ModelInput,
  RoundingPolicy,
  ScoringSpec,
  Unit,
} from './types.js';

/** A node of a compiled model, in tree (pre-)order. */
export interface ModelNode {
  readonly id: string;
  readonly label: Label;
  readonly kind: 'branch' | 'leaf';
  /** `null` for the root. */
  readonly parent: string | null;
  /** 0 for the root, 1 for dimensions, … */
  readonly depth: number;
  readonly children: readonly string[];
  /** Branches only. */
  readonly operator: AggregationSpec | null;
  /** Leaves only (null on branches). */
  readonly scoring: ScoringSpec | null;
  readonly direction: Direction | null;
  readonly source: DataSource | null;
  readonly missing: MissingPolicy | null;
  readonly unit: Unit | null;
}

/** A node's weight in one sector. */
export interface SectorWeight {
  readonly node: string;
  /** Relative to its siblings (they sum to 1), exact. */
  readonly weight: string;
  /** Product of the weights on the path from the root: the node's share of the total. */
  readonly effectiveWeight: string;
  /** The points given in the profile, if the weights came from points. */
  readonly points: string | null;
}

/** A sector with the weights of its active nodes (tree order). */
export interface ModelSector {
  readonly id: string;
  readonly label: Label;
  readonly weights: readonly SectorWeight[];
}

/** A validated, compiled, immutable model: the result of `defineModel`. */
export interface Model {
  readonly id: string;
  readonly version: string;
  readonly name: Label;
  readonly scale: { readonly min: string; readonly max: string };
  readonly rounding: RoundingPolicy;
  readonly nodes: readonly ModelNode[];
  readonly sectors: readonly ModelSector[];
  /** The validated definition, as data (what to save, diff and share). */
  readonly definition: ModelInput;
}
