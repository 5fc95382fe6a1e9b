// The public API of youpin, listed by name so that every new public name is a visible diff.

export { aggregate } from './aggregate/aggregate.js';
export type { Issue, PathSegment } from './error/issue.js';
export { isYoupinError } from './error/isYoupinError.js';
export type { IssueCode } from './error/messages.js';
export type { SafeResult } from './error/SafeResult.js';
export { type Issues, YoupinError } from './error/YoupinError.js';
export { defineModel } from './model/defineModel.js';
export { effectiveWeights } from './model/effectiveWeights.js';
export type { Model, ModelNode, ModelSector, SectorWeight } from './model/Model.js';
export { modelJsonSchema } from './model/modelJsonSchema.js';
export { safeDefineModel } from './model/safeDefineModel.js';
export type {
  AbsoluteScoringSpec,
  AggregationSpec,
  BranchInput,
  CohortScope,
  CohortScoringSpec,
  DataSource,
  DecimalInput,
  Direction,
  Label,
  LeafInput,
  MissingPolicy,
  ModelInput,
  NodeInput,
  ProfileInput,
  Provenance,
  RoundingPolicy,
  ScaleInput,
  ScoringSpec,
  SectorInput,
  Unit,
  WeightInput,
} from './model/types.js';
export { type NormaliseOptions, type NormaliseResult, normalise } from './normalise/normalise.js';
export { safeScore } from './score/safeScore.js';
export { score } from './score/score.js';
export type {
  EntityInput,
  EntityResult,
  EntityStatus,
  NodeResult,
  Report,
  ScoreOptions,
  ValueInput,
} from './score/types.js';
export { type AhpOptions, type AhpResult, type AhpSuggestion, ahp } from './weight/ahp.js';
export { type AhpGroupOptions, type AhpGroupResult, ahpGroup } from './weight/ahpGroup.js';
export {
  type RandomIndexTable,
  type RandomIndexTableName,
  randomIndexTables,
} from './weight/randomIndexTables.js';
