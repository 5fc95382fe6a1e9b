// Options that are not an object, or hold a wrong value, are a YoupinError at ['options', …] for
// every method — never a TypeError from reading a field of null.
import { describe, expect, it } from 'vitest';
import { ahp, ahpGroup, criticWeights, entropyWeights, isYoupinError, topsis, vikor } from 'youpin';

const pairwise = [
  [1, 3],
  ['1/3', 1],
];
const decision = [
  [7, 9, 9],
  [8, 7, 8],
  [9, 6, 8],
];
const calls: Record<string, (options: unknown) => unknown> = {
  ahp: (o) => ahp(pairwise, o as never),
  ahpGroup: (o) => ahpGroup([pairwise, pairwise], o as never),
  entropyWeights: (o) => entropyWeights(decision, o as never),
  criticWeights: (o) => criticWeights(decision, o as never),
  topsis: (o) => topsis(decision, o as never),
  vikor: (o) => vikor(decision, o as never),
};

describe('methods given bad options', () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: null, a number, a string, an array, or a wrong field value`, () => {
      for (const options of [null, 42, 'x', [1], { method: 'nope' }, { randomIndex: 'nope' }]) {
        let thrown: unknown;
        try {
          call(options);
        } catch (error) {
          thrown = error;
        }
        // Either refused as a YoupinError located at the options, or (for a field the method
        // does not read) accepted: never a TypeError.
        if (thrown !== undefined) {
          expect(isYoupinError(thrown)).toBe(true);
          if (isYoupinError(thrown))
            expect(
              thrown.issues.some(
                (i) =>
                  i.path[0] === 'options' ||
                  i.path[0] === 'matrix' ||
                  i.path[0] === 'weights' ||
                  i.path[0] === 'directions',
              ),
            ).toBe(true);
        }
      }
    });
  }
});
