// youpin/programme: the programme over the years — editions kept as data and replayed, the
// register of titles, annual monitoring, re-application bans. Plain functions over plain JSON,
// for the calling service to store; it runs in browsers as in Node.
export { bansOn } from './bansOn.js';
export { compareEditions, type EditionComparison } from './compareEditions.js';
export {
  type AtRisk,
  type CultivationPool,
  cultivationPool,
  type PoolMember,
  type PoolOptions,
  type PoolPath,
} from './cultivationPool.js';
export { hashOf } from './hashOf.js';
export { type EditionOptions, LIBRARY_VERSION, makeEdition } from './makeEdition.js';
export { type MonitorChange, type MonitorOptions, type MonitorResult, monitor } from './monitor.js';
export { register } from './register.js';
export { type ReplayResult, replay } from './replay.js';
export { statusOn } from './statusOn.js';
export { type EditionHtmlOptions, toEditionHtml } from './toEditionHtml.js';
export { type RegisterHtmlOptions, toRegisterHtml } from './toRegisterHtml.js';
export {
  type Trajectory,
  type TrajectoryPoint,
  type TrajectoryStep,
  trajectory,
} from './trajectory.js';
export type { Edition, Register, StatusChange, Title, TitleStatus } from './types.js';
