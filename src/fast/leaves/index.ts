import type { LeafContext } from '../../normalise/method.js';
import type { FloatColumn, FloatLeaf } from '../types.js';
import { floatBanded } from './banded.js';
import { floatBoolean } from './boolean.js';
import { floatCategorical } from './categorical.js';
import { floatDirect } from './direct.js';
import { floatLinear } from './linear.js';
import { floatLinearColumn } from './linearColumn.js';
import { floatLog } from './log.js';
import { floatLogColumn } from './logColumn.js';
import { floatPoints } from './points.js';

type Factory = (spec: never, ctx: LeafContext) => FloatLeaf | null;

/** The absolute methods with a float64 form; a model using any other is scored exactly. */
export const floatLeaves: Readonly<Record<string, Factory>> = {
  linear: floatLinear,
  log: floatLog,
  direct: floatDirect,
  categorical: floatCategorical,
  boolean: floatBoolean,
  banded: floatBanded,
  points: floatPoints,
};

/** The methods with a loop over a Float64Array column as well. */
export const floatColumns: Readonly<
  Record<string, (spec: never, ctx: LeafContext) => FloatColumn>
> = {
  linear: floatLinearColumn,
  log: floatLogColumn,
};
