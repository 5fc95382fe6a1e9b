import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  type EntityResult,
  effectiveWeights,
  type FactValue,
  score,
} from 'youpin';
import { haopinShandong, haopinShandongBenchmark } from 'youpin/presets';

const GATES_SOURCE = 'http://www.hcygmm.com/news/2067.html';

type Overrides = {
  facts?: Record<string, FactValue>;
  series?: Record<string, Record<string, number | string | null>>;
  events?: EntityInput['events'];
  values?: EntityInput['values'];
};

/** A manufacturer that meets every gate (evaluation date 2024-05-10: windows end in 2023). */
function manufacturer(id: string, o: Overrides = {}): EntityInput {
  return {
    id,
    sector: 'manufacturing',
    values: { Q: 90, I: 80, B: 70, E: 60, S: 50, ...o.values },
    facts: {
      registered_in_shandong: true,
      years_operating: 8,
      public_welfare: false,
      own_trademark: true,
      quality_management_system: true,
      revenue: 2000,
      standard_level: 'domestic_leading',
      key_tech_leading: true,
      first_of_kind: false,
      national_market_share_rank: 20,
      provincial_market_share_rank: 5,
      ...o.facts,
    },
    series: {
      net_profit: { 2019: 100, 2020: -5, 2021: 30, 2022: -2, 2023: 40 },
      rnd_ratio: { 2021: 3.2, 2022: 3.5, 2023: 3.3 },
      ...o.series,
    },
    events: o.events ?? [
      // Outside the 3-year look-back, or not a 重大 accident: none of these fails G2 or G4.
      { type: 'spot_check_failed', date: '2021-05-09' },
      { type: 'bad_credit_record', date: '2020-01-01' },
      { type: 'safety_accident', date: '2023-03-01', severity: 'larger' },
    ],
  };
}

function farm(id: string, o: Overrides = {}): EntityInput {
  return {
    id,
    sector: 'agriculture',
    values: { Q: 80, I: 80, B: 80, E: 80, S: 80 },
    facts: {
      registered_in_shandong: true,
      years_operating: 5,
      own_trademark: true,
      quality_management_system: true,
      primary_production: true,
      revenue: 500,
      certifications: ['green_food'],
      ...o.facts,
    },
    series: { net_profit: { 2019: 1, 2020: 1, 2021: 1, 2022: 1, 2023: 1 }, ...o.series },
    events: o.events ?? [],
  };
}

const model = defineModel(haopinShandong);
const run = (...entities: EntityInput[]) => score(model, entities).entities;
const gate = (e: EntityResult | undefined, id: string) =>
  e?.eligibility.gates.find((g) => g.rule === id)?.result;

describe('the 好品山东 preset', () => {
  it('validates: five equally weighted dimension leaves, three sectors, 14 published gates', () => {
    expect(model.nodes.filter((n) => n.kind === 'leaf').map((n) => n.id)).toEqual([
      'Q',
      'I',
      'B',
      'E',
      'S',
    ]);
    for (const sector of ['manufacturing', 'agriculture', 'services'])
      expect(effectiveWeights(model, sector)).toEqual({
        Q: '0.2',
        I: '0.2',
        B: '0.2',
        E: '0.2',
        S: '0.2',
      });
    expect(haopinShandong.evaluationDate).toBe('2024-05-10');
    expect(haopinShandong.gates?.map((g) => g.id)).toEqual([
      'G1',
      'G2',
      'G3',
      'G4',
      'G5',
      'G6',
      'M1',
      'M2',
      'M3',
      'M4',
      'M5',
      'A1',
      'A2',
      'A3',
    ]);
    expect(haopinShandong.vetoes).toBeUndefined();
    expect(haopinShandong.selection).toBeUndefined();
  });

  it('gives every gate, leaf, profile and benchmark line its provenance', () => {
    for (const g of haopinShandong.gates ?? [])
      expect(g.provenance).toMatchObject({ status: 'published', source: GATES_SOURCE });
    for (const leaf of haopinShandong.tree.children) {
      expect(leaf.provenance?.status).toBe('published');
      expect(leaf.provenance?.note).toMatch(/proposal/);
      expect(leaf.label.zh && leaf.label.en).toBeTruthy();
    }
    expect(haopinShandong.profile?.provenance?.status).toBe('proposed');
    expect(haopinShandong.profile?.provenance?.note).toMatch(/评价细则/);
    expect(haopinShandong.provenance?.note).toMatch(/Services/);
    expect(haopinShandongBenchmark.provenance.status).toBe('proposed');
    expect(haopinShandongBenchmark.lines.map((l) => [l.node, l.min])).toEqual([
      ['Q', 80],
      ['I', 80],
      ['B', 80],
      ['E', 80],
      ['S', 80],
    ]);
    for (const line of haopinShandongBenchmark.lines) {
      expect(line.provenance.status).toBe('proposed');
      expect(line.provenance.note).toBeTruthy();
    }
  });

  it('scores an applicant that meets every gate', () => {
    const [m, a] = run(manufacturer('m'), farm('a'));
    expect(m?.status).toBe('scored');
    expect(m?.total).toBe('70.00');
    expect(m?.eligibility.gates.map((g) => g.result)).toEqual(Array(11).fill('passed'));
    expect(a?.status).toBe('scored');
    expect(a?.total).toBe('80.00');
    expect(a?.eligibility.gates.map((g) => g.rule)).toEqual([
      'G1',
      'G2',
      'G3',
      'G4',
      'G5',
      'G6',
      'A1',
      'A2',
      'A3',
    ]);
  });

  it('applies only the common gates to services (their sector conditions are unpublished)', () => {
    const [s] = run({ ...farm('s'), sector: 'services', facts: { ...farm('s').facts } });
    expect(s?.status).toBe('scored');
    expect(s?.eligibility.gates.map((g) => g.rule)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6']);
  });

  it.each([
    ['G1', { facts: { years_operating: 4 } }],
    ['G1', { facts: { registered_in_shandong: false } }],
    ['G2', { events: [{ type: 'bad_credit_record', date: '2021-05-10' }] }],
    ['G3', { series: { net_profit: { 2019: 1, 2020: 1, 2021: -1, 2022: -3, 2023: 2 } } }],
    ['G4', { events: [{ type: 'spot_check_failed', date: '2023-11-02' }] }],
    ['G4', { events: [{ type: 'environmental_accident', date: '2022-01-01', severity: 'major' }] }],
    ['G5', { facts: { own_trademark: false } }],
    ['G6', { facts: { quality_management_system: false } }],
    ['M1', { facts: { revenue: 1999.99 } }],
    ['M2', { series: { rnd_ratio: { 2021: 3, 2022: 3, 2023: 3 } } }],
    ['M3', { facts: { standard_level: 'domestic_advanced' } }],
    ['M4', { facts: { key_tech_leading: false, first_of_kind: false } }],
    ['M5', { facts: { national_market_share_rank: 21 } }],
    ['M5', { facts: { provincial_market_share_rank: 6 } }],
  ] as Array<[string, Overrides]>)('makes a manufacturer failing %s ineligible (%j)', (id, o) => {
    const [e] = run(manufacturer('x', o));
    expect(e?.status).toBe('ineligible');
    expect(e?.total).toBeNull();
    expect(gate(e, id)).toBe('failed');
    expect(e?.eligibility.gates.filter((g) => g.result !== 'passed').map((g) => g.rule)).toEqual([
      id,
    ]);
  });

  it.each([
    ['A1', { facts: { primary_production: false } }],
    ['A2', { facts: { revenue: 499 } }],
    ['A3', { facts: { certifications: ['geographical_indication'] } }],
  ] as Array<[string, Overrides]>)('makes a farm failing %s ineligible', (id, o) => {
    const [e] = run(farm('x', o));
    expect(e?.status).toBe('ineligible');
    expect(gate(e, id)).toBe('failed');
  });

  it('reads "超过 3%" strictly: a 3-year mean of exactly 3 fails, 3.01 passes', () => {
    const [at, above, mixed] = run(
      manufacturer('at', { series: { rnd_ratio: { 2021: 3, 2022: 3, 2023: 3 } } }),
      manufacturer('above', { series: { rnd_ratio: { 2021: 3.01, 2022: 3.01, 2023: 3.01 } } }),
      manufacturer('mixed', { series: { rnd_ratio: { 2021: 2, 2022: 4, 2023: '3.03' } } }),
    );
    expect(gate(at, 'M2')).toBe('failed');
    expect(at?.status).toBe('ineligible');
    expect(gate(above, 'M2')).toBe('passed');
    expect(above?.status).toBe('scored');
    expect(gate(mixed, 'M2')).toBe('passed'); // mean 3.01
  });

  it('passes M4 on key technology OR a first-of-its-kind recognition', () => {
    const rows = run(
      manufacturer('tech', { facts: { key_tech_leading: true, first_of_kind: false } }),
      manufacturer('first', { facts: { key_tech_leading: false, first_of_kind: true } }),
      manufacturer('both', { facts: { key_tech_leading: true, first_of_kind: true } }),
      manufacturer('neither', { facts: { key_tech_leading: false, first_of_kind: false } }),
      manufacturer('tech-only-known', { facts: { key_tech_leading: true, first_of_kind: null } }),
    );
    expect(rows.map((e) => gate(e, 'M4'))).toEqual([
      'passed',
      'passed',
      'passed',
      'failed',
      'passed',
    ]);
    expect(rows.map((e) => e.status)).toEqual([
      'scored',
      'scored',
      'scored',
      'ineligible',
      'scored',
    ]);
  });

  it('passes M5 only with national rank ≤ 20 AND provincial rank ≤ 5', () => {
    const rows = run(
      manufacturer('both', {
        facts: { national_market_share_rank: 1, provincial_market_share_rank: 1 },
      }),
      manufacturer('edge', {
        facts: { national_market_share_rank: 20, provincial_market_share_rank: 5 },
      }),
      manufacturer('national', {
        facts: { national_market_share_rank: 3, provincial_market_share_rank: 6 },
      }),
      manufacturer('provincial', {
        facts: { national_market_share_rank: 21, provincial_market_share_rank: 1 },
      }),
    );
    expect(rows.map((e) => gate(e, 'M5'))).toEqual(['passed', 'passed', 'failed', 'failed']);
  });

  it('makes a missing fact unknown, and the applicant ineligible', () => {
    const [noRevenue, noRank, noTech, noYear] = run(
      manufacturer('no-revenue', { facts: { revenue: null } }),
      manufacturer('no-rank', { facts: { provincial_market_share_rank: null } }),
      manufacturer('no-tech', { facts: { key_tech_leading: false, first_of_kind: null } }),
      manufacturer('no-year', { series: { rnd_ratio: { 2021: 5, 2022: 5 } } }),
    );
    expect(gate(noRevenue, 'M1')).toBe('unknown');
    expect(noRevenue?.eligibility.gates.find((g) => g.rule === 'M1')?.missing).toEqual(['revenue']);
    expect(gate(noRank, 'M5')).toBe('unknown');
    expect(gate(noTech, 'M4')).toBe('unknown');
    expect(gate(noYear, 'M2')).toBe('unknown');
    expect(noYear?.eligibility.gates.find((g) => g.rule === 'M2')?.missing).toEqual([
      'rnd_ratio[2023]',
    ]);
    for (const e of [noRevenue, noRank, noTech, noYear]) expect(e?.status).toBe('ineligible');
  });

  it('exempts a public-welfare applicant from the loss-years gate', () => {
    const losses = { net_profit: { 2019: 1, 2020: 1, 2021: -1, 2022: -3, 2023: 2 } };
    const [welfare, business] = run(
      farm('welfare', { facts: { public_welfare: true }, series: losses }),
      farm('business', { facts: { public_welfare: false }, series: losses }),
    );
    expect(gate(welfare, 'G3')).toBe('exempt');
    expect(welfare?.status).toBe('scored');
    expect(gate(business, 'G3')).toBe('failed');
    expect(business?.status).toBe('ineligible');
  });

  it('counts loss years only inside the 5-year window (2019–2023)', () => {
    const [old] = run(
      manufacturer('old', {
        series: { net_profit: { 2017: -1, 2018: -1, 2019: 1, 2020: 1, 2021: 1, 2022: 1, 2023: 1 } },
      }),
    );
    expect(gate(old, 'G3')).toBe('passed');
  });
});
