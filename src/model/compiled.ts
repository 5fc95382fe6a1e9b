import type { ErasedOperator } from '../aggregate/registry.js';
import type { PathSegment } from '../error/issue.js';
import type { CategoryValues } from '../intake/readCategory.js';
import type { AbsoluteOutcome, LeafContext } from '../normalise/method.js';
import type { ErasedMethod } from '../normalise/registry.js';
import type { Dec } from '../numeric/decimal.js';
import type { PanelRule } from '../panel/types.js';
import type { RuleInput } from '../rules/types.js';
import type { SelectionInput } from '../select/types.js';
import type { CompiledTreatment } from '../treat/compiledTreatment.js';
import type { Model } from './Model.js';
import type {
  AdjustmentsInput,
  FactType,
  Label,
  LeafInput,
  MissingPolicy,
  RoundingPolicy,
  Unit,
} from './types.js';

/** A declared fact, or a leaf that rules read as a fact, with what reading its values needs. */
export interface CompiledFact {
  readonly id: string;
  readonly label: Label;
  readonly type: FactType;
  readonly unit: Unit | null;
  /** `category` facts (and `list` facts that declare their values). */
  readonly categories: CategoryValues | null;
  /** The leaf it is, when a rule reads a leaf value as a fact. */
  readonly leaf: string | null;
  /** `number` facts (and leaves read as facts): the values the number can take. */
  readonly domain: CompiledDomain | null;
}

/** A model's ValueDomain with its ends as decimals (null: unbounded that way). */
export interface CompiledDomain {
  readonly min: Dec | null;
  readonly max: Dec | null;
  readonly integer: boolean;
}

/** A declared yearly series. */
export interface CompiledSeries {
  readonly id: string;
  readonly label: Label;
  readonly unit: Unit | null;
}

/** The engine's private view of a model: indices instead of ids, Decimals instead of strings. */
export interface CompiledNode {
  readonly index: number;
  readonly id: string;
  readonly parent: number;
  readonly depth: number;
  readonly children: readonly number[];
  readonly path: readonly PathSegment[];
  readonly operator: ErasedOperator | null;
  readonly operatorSpec: { method: string } | null;
  readonly leaf: CompiledLeaf | null;
}

export interface CompiledLeaf {
  readonly input: LeafInput;
  readonly method: ErasedMethod;
  readonly ctx: LeafContext;
  readonly missing: MissingPolicy;
  readonly scope: 'sector' | 'all';
  /** Absolute methods only: scores one present raw value. */
  readonly score: ((value: unknown) => AbsoluteOutcome) | null;
  /** Cohort methods only: imputation and outlier treatment before scoring. */
  readonly treatment: CompiledTreatment | null;
  /** Number leaves: the values the number can take (a value outside is `out_of_domain`). */
  readonly domain: CompiledDomain | null;
}

export interface CompiledSector {
  readonly id: string;
  readonly active: readonly boolean[];
  readonly weight: readonly Dec[];
  readonly effective: readonly Dec[];
  /** Active children of each node, in tree order. */
  readonly children: ReadonlyArray<readonly number[]>;
}

export interface Compiled {
  readonly model: Model;
  readonly evaluationDate: string | null;
  readonly gates: readonly RuleInput[];
  readonly vetoes: readonly RuleInput[];
  readonly adjustments: AdjustmentsInput | null;
  readonly selection: SelectionInput | null;
  /** Source → weight (exact, summing to 1), or null without fusion. */
  readonly fusion: ReadonlyMap<string, Dec> | null;
  /** The panel rule of each leaf that has one (its own, or the model's for expert leaves), by node index. */
  readonly panels: ReadonlyMap<number, PanelRule>;
  /** For panel scores on a leaf without a rule: the model's `panel`, or a plain mean. */
  readonly defaultPanel: PanelRule;
  readonly nodes: readonly CompiledNode[];
  /** Declared facts, and the leaves that rules read as facts, by id. */
  readonly facts: ReadonlyMap<string, CompiledFact>;
  readonly series: ReadonlyMap<string, CompiledSeries>;
  readonly sectors: ReadonlyMap<string, CompiledSector>;
  readonly sectorIds: readonly string[];
  readonly min: Dec;
  readonly max: Dec;
  readonly rounding: RoundingPolicy;
}

/** Models made by defineModel, with their compiled form. Private to the library. */
export const compiledModels: WeakMap<Model, Compiled> = new WeakMap();

/** The compiled form of each definition defineModel returned (a report's `definition` is one). */
export const compiledDefinitions: WeakMap<object, Compiled> = new WeakMap();
