// The public API of youpin, listed by name so that every new public name is a visible diff.

export { type AggregateFigures, type AggregateResult, aggregate } from './aggregate/aggregate.js';
export {
  type CalibrateOptions,
  type CalibrateResult,
  calibrate,
  type Percentile,
} from './analysis/calibrate.js';
export {
  type BranchCoherence,
  type CoherenceOptions,
  type CoherenceResult,
  coherence,
} from './analysis/coherence.js';
export {
  compareReports,
  type ReportChange,
  type ReportComparison,
} from './analysis/compareReports.js';
export {
  type DeriveProfileOptions,
  type DeriveProfileResult,
  deriveProfile,
  type ProfileDerivation,
  type ProfileDerivationResult,
} from './analysis/deriveProfile.js';
export {
  type RevocationOptions,
  type RevocationResult,
  revocations,
} from './analysis/revocations.js';
export { sensitivity, sensitivityFromParts, sensitivityPart } from './analysis/sensitivity.js';
export type {
  EntitySensitivity,
  RankInterval,
  SensitivityInput,
  SensitivityOptions,
  SensitivityPart,
  SensitivityResult,
  SobolFigure,
  SobolResult,
  WeightUncertainty,
} from './analysis/sensitivityTypes.js';
export { compareToBenchmark } from './benchmark/compareToBenchmark.js';
export type {
  Benchmark,
  BenchmarkComparison,
  BenchmarkEntityResult,
  BenchmarkLineResult,
  BenchmarkTally,
} from './benchmark/types.js';
export type {
  CoreIssueCode,
  DeaIssueCode,
  IssueCode,
  NodeIssueCode,
  ProgrammeIssueCode,
  SchemaIssueCode,
} from './error/codes.js';
export type { Issue, PathSegment } from './error/issue.js';
export { isYoupinError } from './error/isYoupinError.js';
export type { SafeResult } from './error/SafeResult.js';
export { showText } from './error/showTextPublic.js';
export { type Issues, YoupinError } from './error/YoupinError.js';
export { type ExplainOptions, explain } from './explain/explain.js';
export type { Explanation, GapTarget, LeafGap, NodeExplanation } from './explain/types.js';
export type { ColumnBatch, ColumnScores } from './fast/columnTypes.js';
export { formatScaled } from './fast/formatFigure.js';
export { scoreColumns } from './fast/scoreColumns.js';
export {
  type CopelandFigures,
  type CopelandOptions,
  type CopelandResult,
  copeland,
} from './mcda/copeland.js';
export {
  type PreferenceFunction,
  type PrometheeFigures,
  type PrometheeOptions,
  type PrometheeResult,
  promethee,
} from './mcda/promethee.js';
export {
  type TopsisFigures,
  type TopsisNormalisation,
  type TopsisOptions,
  type TopsisResult,
  topsis,
} from './mcda/topsis.js';
export { type VikorFigures, type VikorOptions, type VikorResult, vikor } from './mcda/vikor.js';
export { defineModel } from './model/defineModel.js';
export { effectiveWeights } from './model/effectiveWeights.js';
export type { Model, ModelNode, ModelSector, SectorWeight } from './model/Model.js';
export { modelJsonSchema } from './model/modelJsonSchema.js';
export { safeDefineModel } from './model/safeDefineModel.js';
export type {
  AbsoluteScoringSpec,
  AdjustmentInput,
  AdjustmentsInput,
  AggregationSpec,
  BranchInput,
  CohortScope,
  CohortScoringSpec,
  DataSource,
  DecimalInput,
  Direction,
  FactInput,
  FactType,
  FactValueInput,
  FusionInput,
  Label,
  LeafInput,
  MaxLowerForm,
  MissingPolicy,
  ModelInput,
  MonitoringInput,
  NodeInput,
  ProfileInput,
  Provenance,
  RoundingPolicy,
  ScaleInput,
  ScoringSpec,
  SectorInput,
  SeriesInput,
  Unit,
  ValidityInput,
  ValueDomain,
  VerificationPolicy,
  WeightInput,
} from './model/types.js';
export {
  type NormaliseFigures,
  type NormaliseMethod,
  type NormaliseOptions,
  type NormaliseResult,
  type NormaliseStatistics,
  normalise,
} from './normalise/normalise.js';
export type { MatrixInput } from './numeric/readMatrix.js';
export { aggregatePanel, type PanelFigures, type PanelResult } from './panel/aggregatePanel.js';
export { type KendallWFigures, type KendallWResult, kendallW } from './panel/kendallW.js';
export type { ExpertScore, PanelRule } from './panel/types.js';
export type { Float, MethodResult } from './primitives/MethodResult.js';
export {
  type Detail,
  type EntityStandard,
  type EntitySummary,
  entityAtDetail,
  type ReasonCodes,
} from './report/entityAtDetail.js';
export { type NarrateOptions, narrate } from './report/narrate.js';
export {
  type EntityNotices,
  type Notice,
  type NoticeCode,
  type NoticeCounts,
  noticesOf,
  type ReportNotices,
} from './report/noticesOf.js';
export { type ReportChunksOptions, type ReportLike, reportChunks } from './report/reportChunks.js';
export { summariseNotices } from './report/summariseNotices.js';
export { type ToCsvOptions, toCsv } from './report/toCsv.js';
export { HTML_SUMMARY_FROM, type ToHtmlOptions, toHtml } from './report/toHtml.js';
export { toLongCsv } from './report/toLongCsv.js';
export { type ToMarkdownOptions, toMarkdown } from './report/toMarkdown.js';
export type { ReapplicationBan } from './rules/reapplicationBan.js';
export type {
  Comparison,
  Condition,
  MonitoringRuleInput,
  RuleInput,
  RuleOutcome,
} from './rules/types.js';
export { FAST_PATH_FROM } from './score/FAST_PATH_FROM.js';
export { type PreparedBatch, prepareBatch } from './score/prepareBatch.js';
export { safeScore } from './score/safeScore.js';
export { score } from './score/score.js';
export type {
  EntityInput,
  EntityResult,
  EntityStatus,
  EventInput,
  FactValue,
  IneligibleEntity,
  InvalidEntity,
  NodeResult,
  Report,
  ScoredEntity,
  ScoreOptions,
  ValueInput,
  VetoedEntity,
} from './score/types.js';
export type {
  BandInput,
  NotScoredSelection,
  SelectionInput,
  SelectionReason,
  SelectionResult,
  TieBreakKey,
} from './select/types.js';
export {
  type CorrelationFigures,
  type CorrelationResult,
  correlations,
} from './stats/correlations.js';
export {
  type CronbachAlphaFigures,
  type CronbachAlphaOptions,
  type CronbachAlphaResult,
  cronbachAlpha,
} from './stats/cronbachAlpha.js';
export { type PcaFigures, type PcaResult, pca } from './stats/pca.js';
export { type TreatFigures, type TreatResult, treat } from './treat/treat.js';
export type {
  Imputation,
  OutlierTreatment,
  ShapeCheck,
  TreatedValue,
  TreatmentInput,
  TreatmentRecord,
} from './treat/types.js';
export {
  type AhpFigures,
  type AhpOptions,
  type AhpResult,
  type AhpSuggestion,
  ahp,
} from './weight/ahp.js';
export {
  type AhpGroupFigures,
  type AhpGroupOptions,
  type AhpGroupResult,
  ahpGroup,
} from './weight/ahpGroup.js';
export {
  type CombineWeightsFigures,
  type CombineWeightsOptions,
  type CombineWeightsResult,
  combineWeights,
} from './weight/combineWeights.js';
export {
  type CriticWeightsFigures,
  type CriticWeightsOptions,
  type CriticWeightsResult,
  criticWeights,
} from './weight/criticWeights.js';
export {
  type EntropyWeightsFigures,
  type EntropyWeightsOptions,
  type EntropyWeightsResult,
  entropyWeights,
} from './weight/entropyWeights.js';
export { equalWeights } from './weight/equalWeights.js';
export {
  type PcaWeightsFigures,
  type PcaWeightsOptions,
  type PcaWeightsResult,
  pcaWeights,
} from './weight/pcaWeights.js';
export { type PointsToWeightsFigures, pointsToWeights } from './weight/pointsToWeights.js';
export {
  type RandomIndexTable,
  type RandomIndexTableName,
  randomIndexTables,
} from './weight/randomIndexTables.js';
export type { WeightsFigures, WeightsResult } from './weight/types.js';
