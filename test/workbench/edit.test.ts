import { describe, expect, it } from 'vitest';
import { defineModel, score } from 'youpin';
import { gbt19580, liaocheng2024 } from 'youpin/presets';
import { Dec } from '../../src/numeric/decimal.js';
import {
  asNewVersion,
  fractionOf,
  siblingsIn,
  withGoalposts,
  withQuota,
  withThreshold,
  withWeight,
} from '../../src/workbench/_edit.js';

// The changes the workbench makes to a model: siblings keep their proportions and sum to exactly
// 1, the definition given is never changed, and the result is a valid model.

const model = defineModel(liaocheng2024);
const sum = (ws: ReadonlyArray<{ weight: string }>) =>
  ws.reduce((s, w) => s.plus(w.weight), new Dec(0)).toFixed();

describe('withWeight', () => {
  it('sets manufacturing quality to 0.35 and rescales the other dimensions to sum to 1', () => {
    const before = JSON.stringify(liaocheng2024);
    const edited = withWeight(liaocheng2024, model, 'manufacturing', 'Q', '0.35');
    expect(JSON.stringify(liaocheng2024)).toBe(before);
    const next = defineModel(edited?.definition ?? liaocheng2024);
    const dims = siblingsIn(next, 'manufacturing', 'total');
    // I, B, E, S were .25 .20 .15 .10 of the .70 left by Q; now of .65: × 65/70.
    expect(dims).toEqual([
      { node: 'Q', weight: '0.35' },
      { node: 'I', weight: '0.232143' },
      { node: 'B', weight: '0.185714' },
      { node: 'E', weight: '0.139286' },
      { node: 'S', weight: '0.092857' },
    ]);
    expect(sum(dims)).toBe('1');
    // Other sectors keep their weights.
    expect(siblingsIn(next, 'agriculture', 'total')).toEqual(
      siblingsIn(model, 'agriculture', 'total'),
    );
    expect(edited?.change.en).toBe(
      'manufacturing Q weight 0.3 → 0.35 (siblings under total rescaled)',
    );
  });

  it('gives the rest equally when the siblings weighed nothing, and sums to 1 at 0 and 1', () => {
    const all = withWeight(liaocheng2024, model, 'services', 's_Q2', '1');
    const m1 = defineModel(all?.definition ?? liaocheng2024);
    expect(siblingsIn(m1, 'services', 'Q').map((s) => s.weight)).toEqual(['0', '1', '0', '0']);
    const back = withWeight(m1.definition, m1, 'services', 's_Q2', '0.4');
    const m2 = defineModel(back?.definition ?? liaocheng2024);
    expect(siblingsIn(m2, 'services', 'Q').map((s) => s.weight)).toEqual([
      '0.2',
      '0.4',
      '0.2',
      '0.2',
    ]);
  });

  it('turns points into weights for the siblings it sets (GB/T 19580)', () => {
    const g = defineModel(gbt19580);
    const sector = g.sectors[0]?.id ?? '';
    const first = siblingsIn(g, sector, g.nodes[0]?.id ?? '')[0];
    const edited = withWeight(gbt19580, g, sector, first?.node ?? '', '0.2');
    const next = defineModel(edited?.definition ?? gbt19580);
    expect(sum(siblingsIn(next, sector, g.nodes[0]?.id ?? ''))).toBe('1');
  });

  it('does nothing for the root', () => {
    expect(withWeight(liaocheng2024, model, 'manufacturing', 'total', '0.5')).toBeNull();
  });
});

describe('fractionOf', () => {
  it('reduces terminating decimals', () => {
    expect(fractionOf('0.35')).toBe('7/20');
    expect(fractionOf('1')).toBe('1');
    expect(fractionOf('0')).toBe('0');
    expect(fractionOf('0.232143')).toBe('232143/1000000');
    expect(fractionOf('0.185714')).toBe('92857/500000');
  });
});

describe('threshold, quotas, goalposts and the new version', () => {
  it('changes what it says and records it in the provenance', () => {
    let def = withThreshold(liaocheng2024, '65').definition;
    def = withQuota(def, 'manufacturing', 10).definition;
    const posts = withGoalposts(def, 'm_Q4', '60', '95');
    expect(posts?.change.en).toBe('goalposts m_Q4 [70, 95] → [60, 95]');
    def = posts?.definition ?? def;
    const next = asNewVersion(
      def,
      model,
      '2024.1-wb',
      [{ en: 'a', zh: 'a' }],
      ['manufacturing'],
      '2026-12-05',
    );
    const m = defineModel(next);
    expect(m.version).toBe('2024.1-wb');
    expect(m.definition.selection?.threshold).toBe('65');
    expect(m.definition.provenance?.note).toBe(
      'weights changed in the workbench on 2026-12-05: a; derived from liaocheng-youpin 2024.1-proposed',
    );
    expect(m.definition.sectors[0]?.profile?.provenance?.source).toBe('youpin workbench');
    expect(score(m, []).counts.entities).toBe(0);
  });
});
