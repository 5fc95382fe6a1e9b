import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ahp,
  defineModel,
  deriveProfile,
  type EntityInput,
  effectiveWeights,
  entropyWeights,
  score,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { issuesOf } from '../helpers.js';

const model = defineModel(liaocheng2024);
const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const dims = [
  [1, 2, 2, 3, 3],
  ['1/2', 1, 1, 2, 2],
  ['1/2', 1, 1, 2, 2],
  ['1/3', '1/2', '1/2', 1, 1],
  ['1/3', '1/2', '1/2', 1, 1],
];

describe('deriveProfile', () => {
  it('sets a sector’s dimension weights from AHP judgements and records how', () => {
    const { model: derived, derivations } = deriveProfile(model, {
      sector: 'services',
      version: '2025.1-ahp',
      parents: { total: { method: 'ahp', judgements: dims } },
    });
    const expected = ahp(dims).weights;
    expect(derivations[0]).toMatchObject({
      parent: 'total',
      method: 'ahp',
      children: ['Q', 'I', 'B', 'E', 'S'],
      weights: expected,
    });
    const weights = derived.sectors.find((s) => s.id === 'services')?.weights ?? [];
    // The model rescales the 28-digit weights to sum to exactly 1: equal to the last digit or so.
    const used = weights
      .filter((w) => ['Q', 'I', 'B', 'E', 'S'].includes(w.node))
      .map((w) => w.weight);
    used.forEach((w, k) => {
      expect(Math.abs(Number(w) - Number(expected[k]))).toBeLessThan(1e-15);
    });
    expect(derived.version).toBe('2025.1-ahp');
    const provenance = derived.definition.sectors.find((s) => s.id === 'services')?.profile
      ?.provenance;
    expect(provenance?.status).toBe('inferred');
    expect(provenance?.source).toMatch(/^total: AHP eigenvector, RI saaty1980, CR 0\.\d{4}$/);
    expect(provenance?.note).toBe('derived from liaocheng-youpin 2024.1-proposed');
    // Other sectors and the original model are untouched.
    expect(effectiveWeights(derived, 'manufacturing')).toEqual(
      effectiveWeights(model, 'manufacturing'),
    );
    expect(model.version).toBe('2024.1-proposed');
    // The new model scores the batch, and the services totals move.
    const before = score(model, sample).entities.find(
      (e) => e.sector === 'services' && e.status === 'scored',
    );
    const after = score(derived, sample).entities.find((e) => e.id === before?.id);
    expect(after?.status).toBe('scored');
    expect(after?.total).not.toBe(before?.total);
  });

  it('derives entropy weights from the batch’s scores of the children', () => {
    const { derivations } = deriveProfile(model, {
      sector: 'manufacturing',
      version: 'x',
      parents: { Q: { method: 'entropy' }, I: { method: 'equal' } },
      entities: sample,
    });
    const report = score(model, sample);
    const rows = report.entities
      .filter((e) => e.status === 'scored' && e.sector === 'manufacturing')
      .map((e) =>
        ['m_Q1', 'm_Q2', 'm_Q3', 'm_Q4', 'm_Q5'].map(
          (id) => e.nodes.find((n) => n.id === id)?.exact as string,
        ),
      );
    expect(derivations[0]?.weights).toEqual(entropyWeights(rows).weights);
    expect(derivations[1]?.weights).toEqual(['0.25', '0.25', '0.25', '0.25']);
  });

  it('rejects unknown sectors and parents, wrong-sized judgements and missing data', () => {
    expect(
      issuesOf(() => deriveProfile(model, { sector: 'mining', version: 'x', parents: {} })),
    ).toEqual([{ code: 'unknown_sector', path: 'options.sector' }]);
    expect(
      issuesOf(() =>
        deriveProfile(model, {
          sector: 'services',
          version: 'x',
          parents: {
            m_Q1: { method: 'equal' },
            a_Q: { method: 'equal' },
            Q: { method: 'ahp', judgements: [[1]] },
            I: { method: 'critic' },
          },
        }),
      ),
    ).toEqual([
      { code: 'not_a_branch', path: 'options.parents.m_Q1' },
      { code: 'unknown_node', path: 'options.parents.a_Q' },
      { code: 'length_mismatch', path: 'options.parents.Q.judgements' },
      { code: 'empty_input', path: 'options.entities' },
    ]);
  });
});
