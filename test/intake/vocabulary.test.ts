// The one vocabulary of intake (docs/data-files.md, "Facts and the vocabulary"), value by value.
import { describe, expect, it } from 'vitest';
import { type EntityInput, type ModelInput, score } from 'youpin';

const label = (s: string) => ({ zh: s, en: s });
const model: ModelInput = {
  id: 'vocab',
  version: '1',
  name: label('vocab'),
  evaluationDate: '2024-06-30',
  tree: {
    id: 'total',
    label: label('total'),
    children: [
      {
        id: 'rev',
        label: label('revenue'),
        unit: { zh: '万元', en: '10k CNY' },
        scoring: { method: 'linear', lower: 0, upper: 100000 },
      },
      {
        id: 'pct',
        label: label('share'),
        unit: '%（占营业收入）',
        scoring: { method: 'linear', lower: 0, upper: 100 },
      },
    ],
  },
  sectors: [{ id: 's', label: { zh: '制造业', en: 'Manufacturing' } }],
  profile: { weights: { rev: 0.5, pct: 0.5 } },
  facts: [
    { id: 'yes', label: { zh: '是否', en: 'Yes or no' }, type: 'boolean' },
    {
      id: 'years',
      label: { zh: '经营年限', en: 'Years' },
      type: 'number',
      unit: { zh: '年', en: 'years' },
    },
    {
      id: 'grade',
      label: { zh: '信用等级', en: 'Credit grade' },
      type: 'category',
      values: [
        { value: 'A', label: { zh: 'A 级', en: 'Grade A' } },
        { value: 'B', label: { zh: 'B 级', en: 'Grade B' } },
      ],
    },
    { id: 'since', label: { zh: '成立日期', en: 'Founded' }, type: 'date' },
  ],
  gates: [
    { id: 'G1', label: label('yes'), when: { fact: 'yes', op: '==', value: true } },
    { id: 'G2', label: label('years'), when: { fact: 'years', op: '>=', value: 3 } },
    { id: 'G3', label: label('grade'), when: { fact: 'grade', in: ['A'] } },
    { id: 'G4', label: label('since'), when: { fact: 'since', op: '<=', value: '2021-06-30' } },
  ],
};
const base: EntityInput = {
  id: 'x',
  sector: 's',
  values: { rev: 5000, pct: 50 },
  facts: { yes: true, years: 5, grade: 'A', since: '2020-01-01' },
};
const run = (change: Partial<EntityInput>) => score(model, [{ ...base, ...change }]).entities[0];
const withFact = (id: string, value: unknown) =>
  run({ facts: { ...base.facts, [id]: value as never } });
const codes = (e: ReturnType<typeof run>) =>
  e?.issues.map((i) => `${i.code}@${i.path.slice(2).join('.')}`);

describe('the vocabulary, value by value', () => {
  it.each([true, 1, '是', '有', '√', '✓', 'Y', 'yes', 'YES', 'ｙｅｓ', '１', 'true', ' TRUE '])(
    'reads %j as yes',
    (v) => expect(withFact('yes', v)?.status).toBe('scored'),
  );
  it.each([false, 0, '否', '无', '没有', '×', '✗', 'N', 'no', '０', 'FALSE'])(
    'reads %j as no',
    (v) =>
      expect([withFact('yes', v)?.status, codes(withFact('yes', v))]).toEqual(['ineligible', []]),
  );
  it.each(['x', '-', '也许', 'ok', '2', 'yes!'])(
    'refuses %j as yes or no: the row is invalid',
    (v) =>
      expect([withFact('yes', v)?.status, codes(withFact('yes', v))]).toEqual([
        'invalid',
        ['not_a_boolean@facts.yes'],
      ]),
  );
  it.each([5, '5', '５', '5年', '5 年', '5years', '+5', '5.0', '1e1'])(
    'reads %j years as a number',
    (v) => expect(withFact('years', v)?.status).toBe('scored'),
  );
  it.each([
    ['五', 'chinese_numeral'],
    ['五年', 'chinese_numeral'],
    ['5个月', 'unit_in_value'],
    ['5万元', 'unit_in_value'],
    ['5,5', 'decimal_comma'],
    ['about 5', 'not_a_number'],
  ])('refuses %j years with %s', (v, code) =>
    expect([withFact('years', v)?.status, codes(withFact('years', v))]).toEqual([
      'invalid',
      [`${code}@facts.years`],
    ]),
  );
  it.each(['A', 'a', 'A 级', 'A级', 'grade a', 'Ａ'])('reads %j as grade A', (v) =>
    expect(withFact('grade', v)?.status).toBe('scored'),
  );
  it('refuses an undeclared grade, with the closest one', () => {
    const e = withFact('grade', 'AA');
    expect(e?.status).toBe('invalid');
    expect(e?.issues[0]?.message).toBe('"AA" (Credit grade) is not one of A, B; did you mean A?');
    expect(e?.issues[0]?.messageZh).toBe(
      '"AA"（信用等级）不是可选值（A 级、B 级）；是否应为"A 级"？',
    );
  });
  it.each(['2020-01-01', '2020/1/1', '2020.1.1', '2020年1月1日'])('reads %j as a date', (v) =>
    expect(withFact('since', v)?.status).toBe('scored'),
  );
  it.each([
    [43831, 'date_serial'],
    ['43831', 'date_serial'],
    ['2020-02-30', 'invalid_date'],
    ['1/1/2020', 'invalid_date'],
  ])('refuses %j as a date with %s', (v, code) =>
    expect(codes(withFact('since', v))).toEqual([`${code}@facts.since`]),
  );
  it('reads numbers as spreadsheets display them: grouped digits, the declared unit, % of a % leaf', () => {
    const plain = run({});
    const shown = run({ values: { rev: '5,000万元', pct: '50%' } });
    expect([shown?.status, shown?.total]).toEqual(['scored', plain?.total]);
    expect(codes(run({ values: { rev: '5,000元', pct: 50 } }))).toEqual([
      'unit_in_value@values.rev',
    ]);
    expect(codes(run({ values: { rev: '50%', pct: 50 } }))).toEqual(['unit_in_value@values.rev']);
  });
  it('reports an event dated by a spreadsheet serial once, as a serial', () => {
    const e = run({ events: [{ type: 'accident', date: 45292 as never }] });
    expect(codes(e)).toEqual(['date_serial@events.0.date']);
  });
  it('refuses a fact that the model does not declare, with the closest declared one', () => {
    const e = withFact('year', 5);
    expect(codes(e)).toEqual(['unknown_fact@facts.year']);
    expect(e?.issues[0]?.message).toContain('did you mean "years"?');
  });
});
