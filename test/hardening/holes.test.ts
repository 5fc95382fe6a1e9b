import { describe, expect, it } from 'vitest';
import {
  aggregate,
  ahp,
  ahpGroup,
  copeland,
  correlations,
  criticWeights,
  cronbachAlpha,
  entropyWeights,
  isYoupinError,
  kendallW,
  pca,
  pcaWeights,
  pointsToWeights,
  promethee,
  topsis,
  vikor,
} from 'youpin';

// A hole in an array (`[1, , 3]`, `new Array(n)` filled in part) is a value that is missing, as
// `undefined` is: map(), forEach() and every() pass over holes, so a reader built on them let a
// matrix through with a hole (a TypeError deeper down), or scored one value fewer in silence.
const W = ['0.3', '0.3', '0.4'];
/** The array with holes at the given places (written out, `[1, , 3]` is a lint error). */
function holed<T>(values: T[], ...at: number[]): T[] {
  const copy = [...values];
  for (const i of at) delete copy[i];
  return copy;
}
const withHoleInCell = () => [[1, 2, 3], holed([1, 2, 3], 1), [3, 1, 2]];
const withHoleForRow = () => holed([[1, 2, 3], [0], [3, 1, 2]], 1);

/** The first issue of the YoupinError the call throws, as `code@path`. */
function firstIssue(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (!isYoupinError(error)) throw error;
    const [issue] = error.issues;
    return `${issue?.code}@${issue?.path.join('.')}`;
  }
  return 'no error';
}

const byMatrix: Record<string, [(m: number[][]) => unknown, string]> = {
  topsis: [(m) => topsis(m, W), 'matrix'],
  vikor: [(m) => vikor(m, W), 'matrix'],
  promethee: [(m) => promethee(m, W), 'matrix'],
  copeland: [(m) => copeland(m, W), 'matrix'],
  entropyWeights: [(m) => entropyWeights(m), 'matrix'],
  criticWeights: [(m) => criticWeights(m), 'matrix'],
  pcaWeights: [(m) => pcaWeights(m), 'matrix'],
  pca: [(m) => pca(m), 'matrix'],
  correlations: [(m) => correlations(m), 'matrix'],
  cronbachAlpha: [(m) => cronbachAlpha(m), 'matrix'],
  kendallW: [(m) => kendallW(m), 'ratings'],
  ahp: [(m) => ahp(m), 'matrix'],
};

describe('holes in arrays', () => {
  for (const [name, [call, input]] of Object.entries(byMatrix)) {
    it(`${name}: a hole in a cell is not_a_number there, a hole for a row not_a_matrix`, () => {
      expect(firstIssue(() => call(withHoleInCell()))).toBe(`not_a_number@${input}.1.1`);
      expect(firstIssue(() => call(withHoleForRow()))).toBe(`not_a_matrix@${input}`);
    });
  }

  it('aggregate, pointsToWeights and ahpGroup: a hole is a missing value, not one fewer', () => {
    expect(firstIssue(() => aggregate(holed([1, 2, 3], 1), W))).toBe('not_a_number@values.1');
    expect(firstIssue(() => aggregate([1, 2, 3], holed(W, 1)))).toBe('not_a_number@weights.1');
    expect(firstIssue(() => pointsToWeights(holed([1, 2, 3], 1)))).toBe('not_a_number@points.1');
    const pair = (x: number) => [
      [1, x],
      [1 / x, 1],
    ];
    const experts = holed([pair(2), pair(4), pair(3)], 1);
    expect(firstIssue(() => ahpGroup(experts))).toBe('not_a_matrix@matrices.1');
  });
});
