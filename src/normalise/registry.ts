import type { AbsoluteMethod, CohortMethod } from './method.js';
import { banded } from './methods/banded.js';
import { boolean } from './methods/boolean.js';
import { categorical } from './methods/categorical.js';
import { direct } from './methods/direct.js';
import { distanceToBest } from './methods/distanceToBest.js';
import { linear } from './methods/linear.js';
import { log } from './methods/log.js';
import { max } from './methods/max.js';
import { minmax } from './methods/minmax.js';
import { piecewise } from './methods/piecewise.js';
import { points } from './methods/points.js';
import { rank } from './methods/rank.js';
import { steps } from './methods/steps.js';
import { vector } from './methods/vector.js';
import { zscore } from './methods/zscore.js';

// Each method has its own spec type. The registry erases it in this one place: specs reach a
// method only after that method's own `params` schema has parsed them (see model/schema.ts).
type Spec = { method: string };
export type ErasedMethod = AbsoluteMethod<Spec> | CohortMethod<Spec>;

const erase = (m: unknown): ErasedMethod => m as ErasedMethod;

/** Every scoring method, registered explicitly; the model schema is built from this list. */
export const scoringMethods: readonly ErasedMethod[] = [
  linear,
  log,
  piecewise,
  categorical,
  points,
  steps,
  boolean,
  banded,
  direct,
  minmax,
  zscore,
  rank,
  max,
  vector,
  distanceToBest,
].map(erase);

/** The method with this id (a deprecated alias such as `distanceToBest` included). */
export function scoringMethod(id: string): ErasedMethod | undefined {
  return scoringMethods.find((m) => m.id === id);
}
