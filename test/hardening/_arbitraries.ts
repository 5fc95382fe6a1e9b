// Generators of random models and batches for the fuzz tests. A model is drawn mostly valid (so
// that scoring is exercised, not only validation), with hostile parameters mixed in at a small
// rate: weights that do not sum to 1, negative, zero, NaN or huge weights, goalposts out of order,
// every scoring method and operator, rules nested in all/any/not with unknown facts and bad
// operators, trees and conditions deeper or wider than the limits.

import fc from 'fast-check';
import { RESERVED_IDS } from '../../src/model/schema.js';

export const FACTS = ['f0', 'f1', 'f2'] as const;
export const SERIES = ['s0', 's1'] as const;

/** The declarations of FACTS and SERIES that every generated model carries. */
export const FACT_DECLARATIONS: Json = [
  { id: 'f0', label: { zh: '数值事实', en: 'number fact' }, type: 'number' },
  {
    id: 'f1',
    label: { zh: '类别事实', en: 'category fact' },
    type: 'category',
    values: [{ value: 'A' }, { value: 'D' }, { value: 'x' }],
  },
  {
    id: 'f2',
    label: { zh: '列表事实', en: 'list fact' },
    type: 'list',
    values: [{ value: 'a' }, { value: 'b' }, { value: 'c' }],
  },
];
export const SERIES_DECLARATIONS: Json = SERIES.map((id) => ({
  id,
  label: { zh: `序列 ${id}`, en: `series ${id}` },
}));
export const EVENTS = ['e0', 'e1'] as const;
export const EXPERTS = ['x0', 'x1', 'x2', 'x3'] as const;
export const EVALUATION_DATE = '2025-06-30';

/**
 * Every property name of Object.prototype that is not refused as an id (`toString`, `valueOf`,
 * `hasOwnProperty`, `__defineGetter__` …): ids that a lookup in a plain object would confuse with
 * an inherited function.
 */
export const METHOD_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype).filter(
  (name) => !RESERVED_IDS.has(name),
);

type Json = unknown;
const label = (id: string) => ({ zh: `指标${id}`, en: `Indicator ${id}` });

/**
 * Text made to attack a terminal, a log or a message: ANSI and OSC escapes (clear the screen, set
 * the title, hide a link), C0 and C1 controls, bidi overrides and isolates, line separators, and
 * a run long enough to be cut. Names, labels, ids, sectors and cells are drawn from it now and
 * then; every message must show it escaped and short (issue 16).
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u001b[2J\u001b[H',
    '\u001b]0;pwned\u0007',
    '\u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\',
    'ACME\u202egpj.exe',
    '\u009b31mred',
    'line\nbreak\rover',
    '\u2066iso\u2069\u061c\u200e\u200f',
    '\u2028\u2029\ufeff',
    `${'\u202e'.repeat(150)}${'优'.repeat(300)}`,
  ),
  fc.string({
    unit: fc.constantFrom(
      'a',
      '优',
      ' ',
      '\u001b',
      '[',
      ']',
      '\u0007',
      '\u202e',
      '\u0085',
      '\n',
      '\t',
      '\u200f',
      '\ud800',
    ),
    maxLength: 12,
  }),
);

/**
 * Long runs of digits (issue 16): a run followed by a letter made the old decimal pattern
 * backtrack n² steps; runs of zeros around a digit; runs past the length limit (1,024) and past
 * the significant digits a datum may have (20), also right at a rounding boundary (63.87499…).
 */
export const digitRun: fc.Arbitrary<Json> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 15, max: 40 }) },
      { weight: 3, arbitrary: fc.integer({ min: 900, max: 1100 }) },
      { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 60_000 }) },
    ),
    fc.constantFrom('1', '9', '0'),
    fc.nat({ max: 7 }),
  )
  .map(([n, d, form]) => {
    const run = d.repeat(n);
    switch (form) {
      case 0:
        return `${run}x`;
      case 1:
        return run;
      case 2:
        return `0.${run}5`;
      case 3:
        return `63.87${'4'}${'9'.repeat(Math.min(n, 40))}`;
      case 4:
        return `${run}.5e-${n % 1200}`;
      case 5:
        return `1/${run}`;
      case 6:
        return `  ${run}  `;
      default:
        return `${run}e`;
    }
  });

/** Text with control, line-breaking and bidi characters, as a pasted cell may hold. */
export const controlText: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      'a',
      '中',
      ' ',
      '\u0000',
      '\u0007',
      '\u001b[2J',
      '\u001b]0;x\u0007',
      '\u009b',
      '\r',
      '\n',
      '\t',
      '\u0085',
      '\u2028',
      '\u202e',
      '\u2066',
      '\ufeff',
      '\ud800',
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** A decimal that a spreadsheet or a service could send: mostly plain, sometimes extreme. */
export const hostileNumber: fc.Arbitrary<Json> = fc.oneof(
  digitRun,
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(Number.NEGATIVE_INFINITY),
  fc.constant(-0),
  fc.constant(Number.MAX_VALUE),
  fc.constant(-Number.MAX_VALUE),
  fc.constant(Number.MIN_VALUE),
  fc.constant('1e400'),
  fc.constant('-1e-400'),
  fc.constant('1e9000000000000000'),
  fc.constant('-1e9000000000000000'),
  fc.constant('1e-9000000000000000'),
  fc.constant(`0.${'3'.repeat(80)}`),
  fc.constant(`${'9'.repeat(60)}.5`),
  fc.constant('12,5'),
  fc.constant(' 7 '),
  fc.constant('1/3'),
  fc.constant(''),
  fc.double({ noNaN: false }),
);

/** A plain decimal in a range, as a number or a string. */
function plain(min: number, max: number): fc.Arbitrary<number | string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min, max }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: min * 100, max: max * 100 }).map((n) => (n / 100).toString()),
    },
  );
}

/**
 * How hostile a plan is: 0 valid (scoring runs), 1 well-formed but wrong in meaning (weights that
 * do not sum to 1, goalposts out of order, unknown ids, limits exceeded: the checks after the
 * schema), 2 malformed as well (NaN, unknown keys and methods, bad operators: the schema's checks).
 */
type Level = 0 | 1 | 2;

/** Extremes that a schema accepts: the model's own checks must catch what is wrong with them. */
const wellFormedExtreme: fc.Arbitrary<Json> = fc.constantFrom(
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  '1e400',
  '-1e-400',
  '1e9000000000000000',
  '1e-9000000000000000',
  `0.${'3'.repeat(80)}`,
);

/** A parameter: plain; nine times in ten plain and otherwise extreme in a hostile plan. */
function param(min: number, max: number, level: Level): fc.Arbitrary<Json> {
  if (level === 0) return plain(min, max);
  return fc.oneof(
    { weight: 9, arbitrary: plain(min, max) },
    { weight: 1, arbitrary: level === 1 ? wellFormedExtreme : hostileNumber },
  );
}

const optional = <T>(arb: fc.Arbitrary<T>, freq = 2) =>
  fc.option(arb, { freq, nil: undefined }) as fc.Arbitrary<T | undefined>;

/**
 * `arb` one time in `n`, else undefined. (fc.option's `freq` is the odds of the nil value, 1 in
 * `freq`: `optional(arb, 1)` never draws `arb`.)
 */
const rarely = <T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** `valid`, or now and then `invalid` at the given level of hostility (and above). */
function pick<T>(
  level: Level,
  valid: fc.Arbitrary<T>,
  invalid: fc.Arbitrary<T>,
  from: Level = 2,
): fc.Arbitrary<T> {
  return level >= from
    ? fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: invalid })
    : valid;
}

/** Every scoring method, with random parameters; a hostile plan puts them out of order. */
function scoringArb(h: Level): fc.Arbitrary<Record<string, Json>> {
  const scope = optional(pick(h, fc.constantFrom('sector', 'all'), fc.constant('everywhere')), 1);
  const anchors = pick(
    h,
    fc
      .uniqueArray(fc.integer({ min: -20, max: 200 }), { minLength: 2, maxLength: 4 })
      .chain((xs) =>
        fc.tuple(
          ...[...xs]
            .sort((a, b) => a - b)
            .map((x) => fc.tuple(fc.constant<Json>(x), param(0, 100, 0))),
        ),
      ),
    fc.array(fc.tuple(param(-20, 200, h), param(-10, 110, h)), {
      minLength: h === 2 ? 1 : 2,
      maxLength: 4,
    }),
    1,
  );
  return fc.oneof(
    fc.record({
      method: fc.constant('linear'),
      lower: param(-50, 40, h),
      upper: param(h > 0 ? 30 : 50, 200, h),
    }),
    fc.record({
      method: fc.constant('log'),
      lower: param(h > 0 ? -1 : 1, 50, h),
      upper: param(60, 5000, h),
    }),
    anchors.map((points) => ({ method: 'piecewise', points })),
    fc.record({
      method: fc.constant('categorical'),
      categories: pick(
        h,
        fc.uniqueArray(
          fc.record({ value: fc.constantFrom('c0', 'c1', 'c2'), score: param(0, 100, 0) }),
          {
            selector: (c) => c.value,
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.array(
          fc.record({
            value: fc.constantFrom('c0', 'c1', ...(h === 2 ? [''] : [])),
            score: param(-10, 110, h),
          }),
          { minLength: h === 2 ? 0 : 1, maxLength: 3 },
        ),
        1,
      ),
    }),
    fc.record({
      method: fc.constant('points'),
      items: pick(
        h,
        fc.uniqueArray(
          fc.record({ id: fc.constantFrom('i0', 'i1', 'i2'), points: param(0, 60, 0) }),
          {
            selector: (i) => i.id,
            maxLength: 3,
          },
        ),
        fc.array(fc.record({ id: fc.constantFrom('i0', 'i1'), points: param(-5, 60, h) }), {
          maxLength: 3,
        }),
        1,
      ),
      cap: param(h > 0 ? -1 : 1, 100, h),
    }),
    fc.record(
      {
        method: fc.constant('steps'),
        from: param(0, 100, h),
        step: param(h > 0 ? -1 : 1, 50, h),
        increment: param(h > 0 ? -1 : 1, 10, h),
        start: param(0, 10, h),
        cap: param(h > 0 ? -1 : 1, 100, h),
      },
      { requiredKeys: ['method', 'from', 'step', 'increment', 'cap'] },
    ),
    fc.record(
      {
        method: fc.constant('boolean'),
        whenTrue: param(0, h > 0 ? 110 : 100, h),
        whenFalse: param(h > 0 ? -10 : 0, 100, h),
      },
      { requiredKeys: ['method'] },
    ),
    fc.record(
      { method: fc.constant('banded'), step: param(h > 0 ? -5 : 1, 50, h) },
      { requiredKeys: ['method'] },
    ),
    fc.constant({ method: 'direct' }),
    fc.record({
      method: fc.constantFrom('minmax', 'rank', 'max', 'distanceToBest', 'vector'),
      scope,
    }),
    fc.record({ method: fc.constant('minmax'), transform: fc.constant('log'), scope }),
    fc.record({
      method: fc.constantFrom('max', 'distanceToBest'),
      lowerForm: fc.constantFrom('inverse', 'complement'),
      scope,
    }),
    fc.record(
      {
        method: fc.constant('zscore'),
        sd: pick(h, fc.constantFrom('population', 'sample'), fc.constant('both')),
        center: param(0, 100, h),
        spread: param(-5, 20, h),
        scope,
      },
      { requiredKeys: ['method', 'sd'] },
    ),
    ...(h === 2 ? [fc.record({ method: fc.constantFrom('ranking', 'LINEAR', '') })] : []),
  );
}

function operatorArb(h: Level): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constantFrom('arithmetic', 'geometric', 'harmonic', 'minimum') },
    {
      weight: 1,
      arbitrary: fc.record({
        method: fc.constant('power'),
        p: pick(h, fc.constantFrom(-1, 2, 3, '0.5'), fc.oneof(fc.constant(0), param(-3, 4, h)), 1),
      }),
    },
    ...(h === 2 ? [{ weight: 1, arbitrary: fc.constant<Json>('median') }] : []),
  );
}

function panelArb(h: Level): fc.Arbitrary<Json> {
  const roster = fc.subarray([...EXPERTS, 'x9'], { minLength: 1 });
  const valid = fc.oneof(
    fc.record(
      {
        method: fc.constantFrom('mean', 'median'),
        minSize: fc.integer({ min: 0, max: 3 }),
        maxSpread: param(0, 40, 0),
        experts: roster,
      },
      { requiredKeys: ['method'] },
    ),
    fc
      .record({
        trim: fc.integer({ min: 0, max: 1 }),
        extra: fc.integer({ min: 0, max: 2 }),
        minSize: fc.integer({ min: 0, max: 3 }),
        experts: optional(roster),
      })
      .map(({ trim, extra, minSize, experts }) => ({
        method: 'trimmed',
        trim,
        trimFrom: 2 * trim + 1 + extra,
        minSize,
        ...(experts ? { experts } : {}),
      })),
  );
  const invalid = fc.record(
    {
      method: fc.constantFrom('mean', 'trimmed', 'mode'),
      trim: fc.integer({ min: -1, max: 2 }),
      trimFrom: fc.integer({ min: 0, max: 6 }),
      maxSpread: param(-5, 40, h),
      experts: fc.subarray([...EXPERTS, ''], { minLength: 0 }),
    },
    { requiredKeys: ['method'] },
  );
  return pick<Json>(h, valid, invalid);
}

// Methods whose scores the leaf's direction changes; on the others 'lower' is refused
// (direction_ignored), so valid models give it only where it counts, hostile ones anywhere.
const READS_DIRECTION = new Set([
  'linear',
  'log',
  'minmax',
  'zscore',
  'rank',
  'max',
  'distanceToBest',
  'vector',
]);

function leafArb(h: Level): fc.Arbitrary<Record<string, Json>> {
  return scoringArb(h).chain((scoring) => leafWith(h, scoring));
}

function leafWith(h: Level, scoring: Json): fc.Arbitrary<Record<string, Json>> {
  const method = (scoring as { method?: unknown } | null)?.method;
  // lowerForm says how a lower-is-better leaf is scored; on a higher one it is refused.
  const lowerOnly = (scoring as { lowerForm?: unknown } | null)?.lowerForm !== undefined;
  const directions =
    typeof method === 'string' && READS_DIRECTION.has(method)
      ? lowerOnly
        ? ['lower']
        : ['higher', 'lower']
      : ['higher'];
  return fc.record(
    {
      scoring: fc.constant(scoring),
      direction: pick(h, fc.constantFrom(...directions), fc.constantFrom('up', 'lower')),
      missing: pick(h, fc.constantFrom('zero', 'renormalise', 'invalid'), fc.constant('drop')),
      source: fc.constantFrom('system', 'expert', 'third_party', 'self_declared'),
      panel: panelArb(h),
      verification: pick<Json>(
        h,
        fc.constant({ onFail: 'zero' }),
        fc.record(
          { onFail: fc.constantFrom('zero', 'veto'), veto: fc.constantFrom('V0', 'V9') },
          { requiredKeys: ['onFail'] },
        ),
        1,
      ),
    },
    { requiredKeys: ['scoring'] },
  );
}

// A tree's shape: a leaf is `null`, a branch is its list of children.
type Shape = null | Shape[];
function shapeArb(depth: number, maxDepth: number, wide: number): fc.Arbitrary<Shape> {
  if (depth >= maxDepth) return fc.constant(null);
  return fc.oneof(
    { weight: depth === 0 ? 0 : 3, arbitrary: fc.constant(null) },
    {
      weight: 2,
      arbitrary: fc.array(shapeArb(depth + 1, maxDepth, wide), { minLength: 1, maxLength: wide }),
    },
  );
}

/** A condition: facts (known, unknown, leaf values), series, events, nested all/any/not. */
function conditionArb(h: Level, leafIds: readonly string[]): fc.Arbitrary<Json> {
  const fact =
    h > 0
      ? fc.constantFrom(...FACTS, 'unknown_fact', ...leafIds.slice(0, 3))
      : fc.constantFrom(...FACTS, ...leafIds.slice(0, 2));
  const op = pick(
    h,
    fc.constantFrom('==', '!=', '<', '<=', '>', '>='),
    fc.constantFrom('=', 'eq', '=>', ''),
  );
  const scalar = fc.oneof(
    fc.integer({ min: -5, max: 200 }),
    fc.constantFrom('A', 'D', 'x'),
    fc.boolean(),
  );
  const min = h === 2 ? 0 : 1;
  // Valid models compare each declared fact (see FACT_DECLARATIONS) with values of its type.
  const factConditions: Array<fc.WeightedArbitrary<Json>> =
    h === 0
      ? [
          {
            weight: 4,
            arbitrary: fc.record({
              fact: fc.constant('f0'),
              op,
              value: fc.integer({ min: -5, max: 200 }),
            }),
          },
          {
            weight: 1,
            arbitrary: fc.record({
              fact: fc.constant('f1'),
              op: fc.constantFrom('==', '!='),
              value: fc.constantFrom('A', 'D', 'x'),
            }),
          },
          {
            weight: 1,
            arbitrary: fc.record({
              fact: fc.constant('f1'),
              in: fc.array(fc.constantFrom('A', 'D'), { minLength: 1, maxLength: 3 }),
            }),
          },
          {
            weight: 1,
            arbitrary: fc.record({
              fact: fc.constant('f2'),
              includesAny: fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 2 }),
            }),
          },
          {
            weight: 1,
            arbitrary: fc.record({
              fact: fc.constant('f2'),
              includesAll: fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 2 }),
            }),
          },
        ]
      : [
          { weight: 4, arbitrary: fc.record({ fact, op, value: scalar }) },
          {
            weight: 1,
            arbitrary: fc.record({
              fact,
              in: fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('A', 'D')), {
                minLength: min,
                maxLength: 3,
              }),
            }),
          },
          {
            weight: 1,
            arbitrary: fc.record({
              fact,
              includesAny: fc.array(fc.constantFrom('a', 'b', 'c'), {
                minLength: min,
                maxLength: 2,
              }),
            }),
          },
          {
            weight: 1,
            arbitrary: fc.record({
              fact,
              includesAll: fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 2 }),
            }),
          },
        ];
  const leaf = fc.oneof(
    ...factConditions,
    { weight: 1, arbitrary: fc.record({ fact, present: fc.boolean() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        series: fc.constantFrom(...SERIES),
        last: fc.integer({ min, max: 4 }),
        aggregate: pick(h, fc.constantFrom('mean', 'min', 'max', 'sum'), fc.constant('median')),
        op,
        value: param(-10, 100, h),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        series: fc.constantFrom(...SERIES),
        last: fc.integer({ min: 1, max: 4 }),
        consecutive: fc.record({
          op,
          value: param(-10, 10, h),
          count: fc.integer({ min, max: 3 }),
        }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record(
        {
          event: fc.oneof(fc.constantFrom(...EVENTS), fc.subarray([...EVENTS], { minLength: min })),
          severity: fc.subarray(['major', 'minor'], { minLength: min }),
          withinYears: fc.integer({ min, max: 6 }),
          atLeast: fc.integer({ min, max: 3 }),
        },
        { requiredKeys: ['event', 'withinYears'] },
      ),
    },
    ...(h === 2 ? [{ weight: 1, arbitrary: fc.constant<Json>({ code: 'process.exit()' }) }] : []),
  );
  const tree = fc.letrec<{ c: Json }>((tie) => ({
    c: fc.oneof(
      { maxDepth: 4, depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ all: fc.array(tie('c'), { minLength: min, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('c') }),
    ),
  })).c;
  // Now and then a chain of `not` at the nesting limit (16) or past it (hostile plans only).
  return fc.oneof(
    { weight: 30, arbitrary: tree },
    {
      weight: 1,
      arbitrary: fc
        .tuple(h > 0 ? fc.constantFrom(15, 16, 17, 40) : fc.constantFrom(15, 16), leaf)
        .map(([n, inner]) => {
          let c: Json = inner;
          for (let i = 0; i < n; i++) c = { not: c };
          return c;
        }),
    },
  );
}

type WeightStrategy =
  | 'fraction'
  | 'decimal'
  | 'off'
  | 'tolerance'
  | 'negative'
  | 'zero'
  | 'huge'
  | 'nan'
  | 'points'
  | 'missing'
  | 'unknown';

function weightStrategy(h: Level): fc.Arbitrary<WeightStrategy> {
  return pick(
    h,
    fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom<WeightStrategy>('fraction', 'decimal') },
      { weight: 3, arbitrary: fc.constant<WeightStrategy>('points') },
      { weight: 1, arbitrary: fc.constant<WeightStrategy>('tolerance') },
    ),
    fc.constantFrom<WeightStrategy>(
      'off',
      'negative',
      'zero',
      'huge',
      'missing',
      'unknown',
      ...(h === 2 ? (['nan'] as const) : []),
    ),
    1,
  );
}

/** The plan of a model: drawn by fast-check, turned into JSON by {@link buildModel}. */
export interface ModelPlan {
  readonly level: Level;
  readonly shape: Shape;
  readonly leaves: ReadonlyArray<Record<string, Json>>;
  readonly operators: readonly Json[];
  readonly seeds: readonly number[];
  readonly strategies: readonly WeightStrategy[];
  readonly sectors: number;
  readonly sectorOverride: readonly boolean[];
  readonly exclude: boolean;
  readonly wide: boolean;
  readonly duplicateId: boolean;
  readonly reservedId: boolean;
  readonly scale: Json;
  readonly rounding: Json;
  readonly evaluationDate: Json;
  readonly gates: readonly Json[];
  readonly vetoes: readonly Json[];
  readonly ruleSectors: readonly Json[];
  readonly adjustments: Json;
  readonly selection: Json;
  readonly panel: Json;
  readonly fusion: Json;
  readonly mutation: readonly [string, Json] | undefined;
  /** Hostile text for the model's name and the first leaf's and sector's labels, now and then. */
  readonly text: string | undefined;
}

const LEAF_IDS = Array.from({ length: 24 }, (_, i) => `L${i}`);
const rare = (n: number) => fc.integer({ min: 0, max: n - 1 }).map((k) => k === 0);
const never = fc.constant(false);

function planArb(h: Level): fc.Arbitrary<ModelPlan> {
  return fc.record({
    level: fc.constant(h),
    // Valid plans stay within depth 4; hostile ones go to 6.
    shape: shapeArb(0, h > 0 ? 6 : 4, 3),
    leaves: fc.array(leafArb(h), { minLength: 24, maxLength: 24 }),
    operators: fc.array(operatorArb(h), { minLength: 8, maxLength: 8 }),
    seeds: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
    strategies: fc.array(weightStrategy(h), { minLength: 4, maxLength: 4 }),
    sectors: fc.integer({ min: 1, max: 3 }),
    text: rarely(hostileText, 6),
    sectorOverride: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    exclude: h > 0 ? rare(10) : never,
    wide: h > 0 ? rare(40) : never,
    duplicateId: h > 0 ? rare(20) : never,
    reservedId: h > 0 ? rare(40) : never,
    scale: optional(
      pick(
        h,
        fc.record({ min: param(-100, 0, 0), max: param(1, 100, 0) }),
        fc.record({ min: param(50, 100, h), max: param(0, 60, h) }),
        1,
      ),
      1,
    ),
    rounding: optional(
      pick<Json>(
        h,
        fc.record(
          {
            decimals: fc.integer({ min: 0, max: 10 }),
            mode: fc.constantFrom('half-up', 'half-even', 'down', 'up'),
          },
          { requiredKeys: [] },
        ),
        fc.record({
          decimals: fc.constantFrom(-1, 11, 2.5),
          mode: fc.constantFrom('banker', 'half-up'),
        }),
      ),
      1,
    ),
    evaluationDate: pick(
      h,
      fc.constant(EVALUATION_DATE),
      fc.constantFrom(undefined, ...(h === 2 ? ['2025-02-30', '30/06/2025'] : [])),
      1,
    ),
    // Half the models have no rules, so that more rows reach scoring.
    gates: fc.oneof(fc.constant([]), fc.array(conditionArb(h, LEAF_IDS), { maxLength: 3 })),
    vetoes: fc.oneof(fc.constant([]), fc.array(conditionArb(h, LEAF_IDS), { maxLength: 2 })),
    ruleSectors: fc.array(
      optional(
        pick<Json>(
          h,
          fc.constant(['S0']),
          fc.array(fc.constantFrom('S0', 'S1', 'S2', 'S9'), {
            minLength: h === 2 ? 0 : 1,
            maxLength: 2,
          }),
          1,
        ),
      ),
      { minLength: 6, maxLength: 6 },
    ),
    adjustments: optional(
      fc.record(
        {
          items: fc.array(
            fc.record({ when: conditionArb(h, LEAF_IDS), points: param(-10, 10, h) }),
            {
              maxLength: 2,
            },
          ),
          maxBonus: param(0, 10, h),
          maxPenalty: param(0, 10, h),
        },
        { requiredKeys: ['items'] },
      ),
      1,
    ),
    selection: optional(
      fc.record(
        {
          threshold: param(0, 100, h),
          floors: fc.dictionary(
            h > 0 ? fc.constantFrom('B0', 'L0', 'Z9') : fc.constantFrom('L0', 'root'),
            param(0, 100, h),
            {
              maxKeys: 2,
            },
          ),
          quotas: fc.dictionary(
            h > 0 ? fc.constantFrom('S0', 'S1', 'S9') : fc.constant('S0'),
            fc.integer({ min: h === 2 ? -1 : 0, max: 3 }),
            { maxKeys: 2 },
          ),
          tieBreak: fc.array(
            fc.oneof(
              fc.record({
                by: fc.constant('node'),
                node: h > 0 ? fc.constantFrom('L0', 'Z9') : fc.constant('L0'),
              }),
              fc.record(
                {
                  by: fc.constant('fact'),
                  fact: fc.constantFrom(...FACTS),
                  order: fc.array(fc.constantFrom('A', 'B', 'D'), { minLength: 1, maxLength: 3 }),
                  direction: fc.constantFrom('higher', 'lower'),
                },
                { requiredKeys: ['by', 'fact'] },
              ),
              fc.constant({ by: 'expertMean' }),
            ),
            { maxLength: 3 },
          ),
          bands: pick(
            h,
            fc.uniqueArray(fc.record({ id: fc.constantFrom('b0', 'b1'), min: param(0, 100, 0) }), {
              selector: (b) => b.id,
              maxLength: 2,
            }),
            fc.array(fc.record({ id: fc.constant('b0'), min: param(0, 100, h) }), { maxLength: 2 }),
            1,
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    panel: optional(panelArb(h), 1),
    fusion: optional(
      pick(
        h,
        fc.constantFrom<Json>(
          { system: '1/2', expert: '1/2' },
          { system: 0.25, expert: 0.25, third_party: 0.25, self_declared: 0.25 },
          { system: 1 },
        ),
        fc.dictionary(fc.constantFrom('system', 'expert', 'third_party'), param(-1, 2, h), {
          minKeys: 1,
        }),
        1,
      ),
      1,
    ),
    mutation:
      h === 2
        ? optional(
            fc.tuple(
              fc.constantFrom(
                'tree',
                'sectors',
                'profile',
                'gates',
                'selection',
                'scale',
                'rounding',
                'name',
              ),
              fc.jsonValue({ maxDepth: 3 }),
            ),
            1,
          )
        : fc.constant(undefined),
  });
}

/** A model plan: valid half the time (so scoring runs), wrong in meaning or malformed otherwise. */
export const modelPlanArb: fc.Arbitrary<ModelPlan> = fc.oneof(
  { weight: 2, arbitrary: planArb(0) },
  { weight: 1, arbitrary: planArb(1) },
  { weight: 1, arbitrary: planArb(2) },
);

/** Turns a plan into a model definition (plain JSON). */
export function buildModel(plan: ModelPlan): Record<string, Json> {
  let leafCount = 0;
  let branchCount = 0;
  const branches: Array<{ id: string; children: string[] }> = [];
  const nodeIds: string[] = [];
  const build = (shape: Shape): Record<string, Json> => {
    if (shape === null) {
      const k = leafCount++;
      const spec = plan.leaves[k % plan.leaves.length] as Record<string, Json>;
      const id = plan.duplicateId && k === 1 ? 'L0' : `L${k}`;
      nodeIds.push(id);
      const text = k === 0 ? plan.text : undefined;
      return { id, label: text === undefined ? label(id) : { zh: text, en: text }, ...spec };
    }
    const id = `B${branchCount++}`;
    nodeIds.push(id);
    const children = shape.map(build);
    branches.push({ id, children: children.map((c) => c['id'] as string) });
    const operator = plan.operators[branchCount % plan.operators.length];
    return {
      id,
      label: label(id),
      children,
      ...(operator === undefined
        ? {}
        : { operator: typeof operator === 'string' ? { method: operator } : operator }),
    };
  };
  const shape = Array.isArray(plan.shape) ? plan.shape : [plan.shape];
  const rootChildren = plan.wide
    ? Array.from({ length: 101 }, () => build(null))
    : shape.map(build);
  if (plan.reservedId && rootChildren[0]) rootChildren[0]['id'] = '__proto__';
  const tree = { id: 'root', label: label('root'), children: rootChildren };
  branches.push({ id: 'root', children: rootChildren.map((c) => c['id'] as string) });

  const profile = (strategyOffset: number) => {
    const weights: Record<string, Json> = {};
    const points: Record<string, Json> = {};
    // Branches come in post-order, so a branch's children are settled before it: a branch given
    // in points inside a parent given in points carries the sum of its children's points.
    const pointSums = new Map<string, number>();
    branches.forEach((branch, b) => {
      const strategy = plan.strategies[
        (b + strategyOffset) % plan.strategies.length
      ] as WeightStrategy;
      const raw = branch.children.map(
        (_, i) => (plan.seeds[(b + i) % plan.seeds.length] as number) + 1,
      );
      const total = raw.reduce((a, x) => a + x, 0);
      let sum = 0;
      branch.children.forEach((child, i) => {
        const r = raw[i] as number;
        let w: Json;
        switch (strategy) {
          case 'fraction':
            w = `${r}/${total}`;
            break;
          case 'decimal':
            w = i === 0 ? 1 - (branch.children.length - 1) * 0.125 : 0.125;
            break;
          case 'points': {
            const inner = pointSums.get(child);
            // Now and then the stated points of a branch miss its children's sum.
            w = inner === undefined ? r * 5 : inner + (plan.seeds[0] === 9 ? 1 : 0);
            sum += w as number;
            break;
          }
          case 'tolerance':
            w = i === 0 ? (r / total + 1e-10).toFixed(12) : `${r}/${total}`;
            break;
          case 'off':
            w = r / total + (i === 0 ? 0.1 : 0);
            break;
          case 'negative':
            w = i === 0 ? -r : r;
            break;
          case 'zero':
            w = 0;
            break;
          case 'huge':
            w = i === 0 ? '1e400' : 1e308;
            break;
          case 'nan':
            w = i === 0 ? Number.NaN : r / total;
            break;
          case 'missing':
            if (i === 0) return;
            w = r / total;
            break;
          case 'unknown':
            weights[`Z${i}`] = r / total;
            w = `${r}/${total}`;
            break;
        }
        (strategy === 'points' ? points : weights)[child] = w;
      });
      if (strategy === 'points') pointSums.set(branch.id, sum);
    });
    const out: Record<string, Json> = {};
    if (Object.keys(weights).length > 0) out['weights'] = weights;
    if (Object.keys(points).length > 0) out['points'] = points;
    return out;
  };

  const sectorIds = Array.from({ length: plan.sectors }, (_, s) => `S${s}`);
  const sectors = sectorIds.map((id, s) => ({
    id,
    label:
      s === 0 && plan.text !== undefined
        ? { zh: plan.text, en: plan.text }
        : { zh: `行业${s}`, en: `Sector ${s}` },
    ...(plan.sectorOverride[s]
      ? {
          profile: {
            ...profile(s + 1),
            ...(plan.exclude && nodeIds[1] ? { exclude: [nodeIds[1]] } : {}),
          },
        }
      : {}),
  }));

  const rule = (prefix: string, r: number, when: Json) => {
    const sectorsOf = plan.ruleSectors[r % plan.ruleSectors.length];
    return {
      id: `${prefix}${r}`,
      label: { zh: `规则${r}`, en: `Rule ${r}` },
      when,
      ...(sectorsOf ? { sectors: sectorsOf } : {}),
    };
  };
  const model: Record<string, Json> = {
    id: 'fuzz',
    version: '1',
    name:
      plan.text === undefined
        ? { zh: '随机模型', en: 'Random model' }
        : { zh: plan.text, en: plan.text },
    tree,
    profile: profile(0),
    sectors,
  };
  if (plan.scale !== undefined) model['scale'] = plan.scale;
  if (plan.rounding !== undefined) model['rounding'] = plan.rounding;
  if (plan.evaluationDate !== undefined) model['evaluationDate'] = plan.evaluationDate;
  model['facts'] = FACT_DECLARATIONS;
  model['series'] = SERIES_DECLARATIONS;
  if (plan.gates.length > 0) model['gates'] = plan.gates.map((c, r) => rule('G', r, c));
  if (plan.vetoes.length > 0) model['vetoes'] = plan.vetoes.map((c, r) => rule('V', r, c));
  if (plan.adjustments !== undefined) {
    const a = plan.adjustments as { items: Array<Record<string, Json>> };
    model['adjustments'] = {
      ...a,
      items: a.items.map((item, k) => ({
        id: `A${k}`,
        label: { zh: '加分', en: 'Bonus' },
        ...item,
      })),
    };
  }
  if (plan.selection !== undefined) {
    const s = plan.selection as Record<string, Json>;
    const bands = s['bands'] as Array<Record<string, Json>> | undefined;
    model['selection'] = {
      ...s,
      ...(bands ? { bands: bands.map((b) => ({ ...b, label: { zh: '档', en: 'Band' } })) } : {}),
    };
  }
  if (plan.panel !== undefined) model['panel'] = plan.panel;
  if (plan.fusion !== undefined) model['fusion'] = { weights: plan.fusion };
  if (plan.mutation) model[plan.mutation[0]] = plan.mutation[1];
  return model;
}

/** A raw value for a leaf: numbers, grades, point items, booleans, missing and hostile values. */
export const valueArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: plain(-20, 150) },
  { weight: 2, arbitrary: fc.constantFrom('c0', 'c1', 'c2', 'c9', 'A') },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.array(fc.constantFrom('i0', 'i1', 'i2', 'i9'), { maxLength: 4 }),
      fc.dictionary(
        fc.constantFrom('i0', 'i1', 'i9'),
        fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constant('2')),
      ),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(true, false, 0, 1, 25, 50, 75, 100) },
  { weight: 1, arbitrary: fc.constantFrom(null, '', '  ') },
  { weight: 2, arbitrary: hostileNumber },
);

/** One row of a batch, keyed by positions that {@link buildBatch} resolves against the model. */
export interface RowPlan {
  /** Give every leaf a value that suits its method (seeded by `seed`), every fact and series. */
  readonly fill: boolean;
  /** No hostile values, panels, verification or events on top: a row that can be scored. */
  readonly clean: boolean;
  readonly seed: number;
  readonly id: Json;
  readonly name: Json;
  readonly sector: number;
  /** Hostile text: the sector when `sector` is 20, a value of the first leaf when `values` is empty. */
  readonly text: string | undefined;
  readonly values: ReadonlyArray<readonly [number, Json]>;
  readonly facts: Record<string, Json>;
  readonly series: Json;
  readonly events: Json;
  readonly panels: ReadonlyArray<readonly [number, Json]>;
  readonly verification: ReadonlyArray<readonly [number, Json]>;
}

const dateArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 2018, max: 2027 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      EVALUATION_DATE,
      '2025-07-01',
      '2024-02-29',
      '2023-02-29',
      '2025/01/01',
      '',
    ),
  },
);

export const rowPlanArb: fc.Arbitrary<RowPlan> = fc.record({
  fill: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  clean: fc.boolean(),
  seed: fc.nat(),
  id: fc.oneof(
    { weight: 20, arbitrary: fc.constant(undefined) }, // unique, given by position
    { weight: 1, arbitrary: fc.constantFrom(null, '', 7, 'E0', '__proto__', '=HYPERLINK("x")') },
    { weight: 1, arbitrary: hostileText },
  ),
  name: rarely(
    fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('<script>alert(1)</script>', '| `x` |', '@SUM(1)'),
      hostileText,
      controlText,
      fc.record({ zh: controlText, en: controlText }),
    ),
    3,
  ),
  sector: fc.integer({ min: 0, max: 20 }),
  text: rarely(hostileText, 4),
  values: fc.array(fc.tuple(fc.nat({ max: 30 }), valueArb), { maxLength: 4 }),
  facts: fc.dictionary(
    fc.constantFrom(...FACTS, '__proto__', 'constructor'),
    fc.oneof(
      fc.integer({ min: -5, max: 200 }),
      fc.constantFrom('A', 'B', 'D', 'x', '', null, true, false),
      fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
      hostileNumber,
      controlText,
    ),
    { maxKeys: 4 },
  ),
  series: optional(
    fc.dictionary(
      fc.constantFrom(...SERIES),
      fc.dictionary(
        fc.constantFrom('2020', '2021', '2022', '2023', '2024', '2025', 'last'),
        fc.oneof(plain(-20, 50), hostileNumber, fc.constant(null)),
        { maxKeys: 5 },
      ),
      { maxKeys: 2 },
    ),
  ),
  events: optional(
    fc.array(
      fc.record(
        {
          type: fc.constantFrom(...EVENTS, 'e9', ''),
          date: dateArb,
          severity: fc.constantFrom('major', 'minor'),
        },
        { requiredKeys: ['type', 'date'] },
      ),
      { maxLength: 3 },
    ),
  ),
  panels: fc.array(
    fc.tuple(
      fc.nat({ max: 40 }),
      fc.oneof(
        fc.array(
          fc.record({
            expert: fc.constantFrom(...EXPERTS, 'x9', ''),
            score: fc.oneof(plain(0, 100), hostileNumber),
          }),
          { maxLength: 5 },
        ),
        fc.constantFrom(null, 'x', 5),
      ),
    ),
    { maxLength: 2 },
  ),
  verification: fc.array(
    fc.tuple(fc.nat({ max: 40 }), fc.constantFrom('passed', 'failed', 'pending', 'unknown', null)),
    { maxLength: 2 },
  ),
});

/** The leaves (id and scoring spec) and sector ids of a built model, whatever state it is in. */
export function idsOf(model: Record<string, Json>): {
  leaves: string[];
  specs: Map<string, Record<string, Json>>;
  sectors: string[];
} {
  const specs = new Map<string, Record<string, Json>>();
  const stack: unknown[] = [model['tree']];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const { children, id, scoring } = node as {
      children?: unknown;
      id?: unknown;
      scoring?: unknown;
    };
    if (Array.isArray(children)) stack.push(...children);
    else if (typeof id === 'string')
      specs.set(
        id,
        typeof scoring === 'object' && scoring !== null ? (scoring as Record<string, Json>) : {},
      );
  }
  const sectors = Array.isArray(model['sectors'])
    ? (model['sectors'] as Array<{ id?: unknown }>).flatMap((s) =>
        typeof s?.id === 'string' ? [s.id] : [],
      )
    : [];
  return { leaves: [...specs.keys()].sort(), specs, sectors };
}

/** A value that suits the leaf's scoring method, drawn from `n`. */
function suitable(spec: Record<string, Json>, n: number): Json {
  const list = (key: string, field: string) =>
    Array.isArray(spec[key]) ? (spec[key] as Array<Record<string, Json>>).map((x) => x[field]) : [];
  switch (spec['method']) {
    case 'categorical': {
      const values = list('categories', 'value');
      return values.length > 0 ? values[n % values.length] : 'c0';
    }
    case 'points': {
      const items = list('items', 'id');
      return n % 3 === 0 ? n % 50 : items.filter((_, k) => (n >> k) & 1);
    }
    case 'boolean':
      return n % 2 === 0;
    case 'banded': {
      const step = Number(spec['step'] ?? 5);
      return step > 0 && step <= 100 ? (n % Math.floor(100 / step + 1)) * step : 0;
    }
    case 'linear':
    case 'piecewise':
    case 'steps':
      // Around and beyond the goalposts and anchors, now and then as decimal strings.
      return n % 4 === 0 ? `${(n % 20000) / 100 - 20}` : (n % 180) - 20;
    default:
      // On the scale: direct scores, log values, cohorts.
      return n % 4 === 0 ? `${(n % 10000) / 100}` : n % 101;
  }
}

/** Turns row plans into a batch for the model: leaf and sector positions become ids. */
export function buildBatch(
  model: Record<string, Json>,
  rows: readonly RowPlan[],
): Array<Record<string, Json>> {
  const { leaves, specs, sectors } = idsOf(model);
  // Positions past the model's leaves or sectors name unknown ones.
  const leafAt = (k: number) => leaves[k] ?? `Q${k}`;
  const sectorAt = (k: number, text: string | undefined) =>
    k < 18
      ? (sectors[k % Math.max(1, sectors.length)] ?? 'S0')
      : k === 18
        ? 'S9'
        : k === 20 && text !== undefined
          ? text
          : 7;
  return rows.map((row, i) => {
    const values: Record<string, Json> = {};
    if (row.fill)
      leaves.forEach((id, k) => {
        values[id] = suitable(specs.get(id) ?? {}, (row.seed >>> k) ^ (row.seed * (k + 7)));
      });
    const clean = row.fill && row.clean;
    if (!clean) for (const [k, v] of row.values) values[leafAt(k)] = v;
    if (!clean && row.values.length === 0 && row.text !== undefined) values[leafAt(0)] = row.text;
    const entity: Record<string, Json> = {
      id: row.id === undefined ? `E${i}` : row.id,
      sector: sectorAt(row.sector, row.text),
      values,
    };
    if (row.name !== undefined) entity['name'] = row.name;
    // Filled facts suit their declarations: f0 a number, f1 a category, f2 a list.
    const facts: Record<string, Json> = row.fill
      ? {
          f0: row.seed % 150,
          f1: (row.seed >> 1) % 4 === 0 ? 'A' : 'D',
          f2: (row.seed >> 2) % 2 === 0 ? ['a'] : ['b', 'c'],
        }
      : {};
    Object.assign(facts, row.facts);
    if (Object.keys(facts).length > 0) entity['facts'] = facts;
    const series = row.fill
      ? Object.fromEntries(
          SERIES.map((name, k) => [
            name,
            Object.fromEntries(
              ['2020', '2021', '2022', '2023', '2024'].map((y, j) => [
                y,
                ((row.seed >> (k + j)) % 40) - 10,
              ]),
            ),
          ]),
        )
      : undefined;
    if (row.series !== undefined || series)
      entity['series'] = { ...series, ...(row.series as object) };
    if (row.events !== undefined && !clean) entity['events'] = row.events;
    if (row.panels.length > 0 && !clean)
      entity['panels'] = Object.fromEntries(row.panels.map(([k, v]) => [leafAt(k), v]));
    if (row.verification.length > 0 && !clean)
      entity['verification'] = Object.fromEntries(row.verification.map(([k, v]) => [leafAt(k), v]));
    return entity;
  });
}
