import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineModel, type Model, type ModelInput, type PathSegment, score } from 'youpin';
import { readBatch, scoreCsvFile } from 'youpin/node';
import { smallModel } from '../fixtures.js';
import { beyondCoverage, liaocheng, sample, scratch } from './_files.js';

const file = scratch();

/** The small test model with its quality leaves (q1, q2) changed. */
function smallWith(change: (leaf: Record<string, unknown>) => Record<string, unknown>): Model {
  const input = JSON.parse(JSON.stringify(smallModel())) as {
    tree: { children: Array<{ id: string; children: Array<Record<string, unknown>> }> };
  };
  for (const dimension of input.tree.children)
    if (dimension.id === 'Q') dimension.children = dimension.children.map(change);
  return defineModel(input as unknown as ModelInput);
}
const csv = (name: string, rows: readonly string[]) => file(name, `${rows.join('\n')}\n`);

describe('headers', () => {
  it('name a leaf by its id, its zh label or its en label (labels loosely: width, case, spaces)', async () => {
    const headers = [
      'm_Q4',
      '顾客满意度（第三方测评）',
      'Customer satisfaction (third-party)',
      '顾客满意度(第三方测评)',
      ' customer  SATISFACTION (third-party) ',
    ];
    for (const [k, header] of headers.entries()) {
      const batch = await readBatch(
        csv(`label-${k}.csv`, [`id,sector,${header}`, 'M1,manufacturing,83.4']),
        liaocheng,
      );
      expect(beyondCoverage(batch.issues), header).toEqual([]);
      expect(batch.entities[0]?.values, header).toEqual({ m_Q4: '83.4' });
    }
  });

  it('resolve a label shared across sectors by the row’s sector', async () => {
    const batch = await readBatch(
      csv('shared.csv', [
        'id,行业,品牌荣誉,顾客满意度（第三方测评）,verification.品牌荣誉',
        'M1,制造业,good_products_shandong,90,通过',
        'S1,Services,china_time_honoured,80,未通过',
      ]),
      liaocheng,
    );
    expect(beyondCoverage(batch.issues)).toEqual([]);
    expect(batch.entities.map((e) => [e.sector, e.values, e.verification])).toEqual([
      ['manufacturing', { m_B2: ['good_products_shandong'], m_Q4: '90' }, { m_B2: 'passed' }],
      ['services', { s_B1: ['china_time_honoured'], s_Q2: '80' }, { s_B1: 'failed' }],
    ]);
    expect(batch.locate(['entities', 1, 'values', 's_B1'])).toEqual({
      file: 'shared.csv',
      sheet: null,
      row: 3,
      column: '品牌荣誉',
    });
  });

  it('report a label that names no leaf of the row’s sector (when it has a value)', async () => {
    const batch = await readBatch(
      csv('elsewhere.csv', [
        'id,sector,品牌荣誉',
        'A1,agriculture,good_products_shandong',
        'A2,agriculture,',
      ]),
      liaocheng,
    );
    expect(beyondCoverage(batch.issues).map((i) => [i.code, i.path])).toEqual([
      ['column_not_in_sector', ['rows', 2, 'columns', '品牌荣誉']],
    ]);
    expect(beyondCoverage(batch.issues)[0]?.message).toContain('m_B2, s_B1');
    expect(batch.entities[0]?.values).toEqual({});
  });

  it('report a label that names two leaves of one sector', async () => {
    const model = smallWith((leaf) => ({ ...leaf, label: { zh: '同名', en: 'Twin' } }));
    const batch = await readBatch(csv('twins.csv', ['id,sector,同名,q1', 'X,mfg,5,6']), model);
    expect(beyondCoverage(batch.issues).map((i) => [i.code, i.path])).toEqual([
      ['ambiguous_column', ['rows', 2, 'columns', '同名']],
    ]);
    expect(beyondCoverage(batch.issues)[0]?.message).toContain('q1, q2');
    expect(batch.entities[0]?.values).toEqual({ q1: '6' });
  });

  it('take ids case-sensitively; anything unknown is an issue at its header', async () => {
    const batch = await readBatch(
      csv('unknown.csv', ['ID,Sector,M_Q1,m_Q1,备注', 'M1,manufacturing,x,domestic_leading,note']),
      liaocheng,
    );
    expect(batch.entities[0]).toEqual({
      id: 'M1',
      sector: 'manufacturing',
      values: { m_Q1: 'domestic_leading' },
    });
    expect(beyondCoverage(batch.issues).map((i) => [i.code, i.path])).toEqual([
      ['unknown_column', ['rows', 1, 'columns', 'M_Q1']],
      ['unknown_column', ['rows', 1, 'columns', '备注']],
    ]);
    expect(batch.locate(['rows', 1, 'columns', '备注'])).toEqual({
      file: 'unknown.csv',
      sheet: null,
      row: 1,
      column: '备注',
    });
  });

  it('an unknown column never reaches values: every row is scored as without it (issue 17, item 5)', async () => {
    // A values key that is no leaf makes a row invalid in the core; a column the reader does not
    // know is a problem of the file, said once at its header, and the rows are read without it.
    const lines = readFileSync(
      new URL('../../examples/data/sample-batch.csv', import.meta.url),
      'utf8',
    )
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((line) => line !== '');
    const extra = lines.map((line, k) => `${line},${k === 0 ? '备注,m_Q9' : '见附件,3'}`);
    const [plain, more] = await Promise.all([
      readBatch(csv('plain.csv', lines), liaocheng),
      readBatch(csv('extra.csv', extra), liaocheng),
    ]);
    expect(more.entities).toEqual(plain.entities);
    expect(beyondCoverage(more.issues).map((i) => [i.code, i.path])).toEqual([
      ...beyondCoverage(plain.issues).map((i) => [i.code, i.path]),
      ['unknown_column', ['rows', 1, 'columns', '备注']],
      ['unknown_column', ['rows', 1, 'columns', 'm_Q9']],
    ]);
    const report = score(liaocheng, more.entities);
    expect(report.counts).toEqual(score(liaocheng, plain.entities).counts);
    expect(report.entities.flatMap((e) => e.issues).map((i) => i.code)).not.toContain(
      'unknown_indicator',
    );
  });

  it('report a blank header over data, a missing id or sector column, and a bad series year', async () => {
    const batch = await readBatch(
      csv('structure.csv', ['name,,series.net_profit.23', 'a,b,1']),
      liaocheng,
    );
    expect(beyondCoverage(batch.issues).map((i) => [i.code, i.path])).toEqual([
      ['bad_year', ['rows', 1, 'columns', 'series.net_profit.23']],
      ['unknown_column', ['rows', 1, 'columns', 'B']],
      ['missing_column', ['rows', 1]],
      ['missing_column', ['rows', 1]],
    ]);
    expect(batch.entities).toEqual([{ id: '', name: 'a', sector: '', values: {} }]);
  });
});

describe('cells', () => {
  const HEADER = [
    'id',
    '中文名称',
    '英文名称',
    'sector',
    'm_Q1',
    'm_Q3',
    'm_Q4',
    'm_I1',
    'm_I3',
    'm_E1',
    'fact.own_trademark',
    'fact.public_welfare',
    'fact.years_operating',
    'fact.certifications',
    'fact.tags',
    'series.net_profit.2023',
    'verification.m_Q1',
  ].join(',');

  it('convert by the leaf’s method, keeping numbers as exact text', async () => {
    const batch = await readBatch(
      csv('cells.csv', [
        HEADER,
        'M1,甲,Alpha,manufacturing,国内领先,ISO 9001 认证、市长质量奖,0.1,"12,5",national:2;provincial,1e3,是,FALSE,26,green_food,a、b,-5.10,pending',
        'M2,,,制造业,domestic_leading,iso9001;sector_qms, 83.40 ,,international,,否,true,,organic;green_food,,,待核验',
        'M3,,,manufacturing,,35,,,,,,,,,,,',
      ]),
      liaocheng,
    );
    expect(beyondCoverage(batch.issues)).toEqual([]);
    const [m1, m2, m3] = batch.entities;
    expect(m1).toEqual({
      id: 'M1',
      name: { zh: '甲', en: 'Alpha' },
      sector: 'manufacturing',
      values: {
        m_Q1: '国内领先', // as written: the core reads a category by its id or its label
        m_Q3: ['iso9001', 'mayor_quality_award'], // the labels of points items stand for their ids
        m_Q4: '0.1',
        m_I1: '12,5', // passed on as written, for the core to report
        m_I3: { national: '2', provincial: '1' },
        m_E1: '1e3',
      },
      // Facts as written: the core reads each by its declared type, as it reads JSON.
      facts: {
        own_trademark: '是',
        public_welfare: 'FALSE',
        years_operating: '26',
        certifications: 'green_food',
        tags: 'a、b',
      },
      series: { net_profit: { '2023': '-5.10' } },
      verification: { m_Q1: 'pending' },
    });
    expect(m2).toEqual({
      id: 'M2',
      sector: 'manufacturing',
      values: {
        m_Q1: 'domestic_leading',
        m_Q3: ['iso9001', 'sector_qms'],
        m_Q4: '83.40',
        m_I3: ['international'],
      },
      facts: {
        own_trademark: '否',
        public_welfare: 'true',
        certifications: 'organic;green_food',
      },
      verification: { m_Q1: 'pending' },
    });
    // A plain number in a points cell is points already summed.
    expect(m3).toEqual({ id: 'M3', sector: 'manufacturing', values: { m_Q3: '35' } });
  });

  it('pass unknown categories and statuses on, for the core to report where they are', async () => {
    const batch = await readBatch(
      csv('unknown-values.csv', [
        'id,sector,m_Q1,verification.m_Q1',
        'M1,manufacturing,superb,maybe',
      ]),
      liaocheng,
    );
    expect(batch.entities[0]?.values).toEqual({ m_Q1: 'superb' });
    expect(batch.entities[0]?.verification).toEqual({ m_Q1: 'maybe' });
    const report = score(liaocheng, batch.entities);
    const located = report.entities[0]?.issues
      .filter((i) => i.path[2] === 'values' || i.path[2] === 'verification')
      .map((i) => [i.code, batch.locate(i.path)?.column]);
    expect(located).toEqual(
      expect.arrayContaining([
        ['not_a_category', 'm_Q1'],
        ['wrong_value_type', 'verification.m_Q1'],
      ]),
    );
  });

  it('read boolean leaves from 是/否, true/false, 1/0 and yes, as the core reads JSON', async () => {
    const model = smallWith((leaf) =>
      leaf['id'] === 'q2' ? { ...leaf, scoring: { method: 'boolean' } } : leaf,
    );
    const batch = await readBatch(
      csv('bool.csv', [
        'id,sector,q2',
        'a,mfg,是',
        'b,mfg,否',
        'c,mfg,TRUE',
        'd,mfg,0',
        'e,mfg,yes',
        'f,mfg,也许',
      ]),
      model,
    );
    const report = score(model, batch.entities);
    const q2 = report.entities.map((e) =>
      e.issues.filter((i) => i.path[3] === 'q2').map((i) => [i.code, batch.locate(i.path)?.column]),
    );
    expect(q2).toEqual([[], [], [], [], [], [['not_a_boolean', 'q2']]]);
  });

  it('keep a row without id (it becomes an invalid entity) and report it at its id cell', async () => {
    const batch = await readBatch(
      csv('no-id.csv', ['id,sector,m_Q4', 'M1,manufacturing,80', ',manufacturing,90']),
      liaocheng,
    );
    expect(batch.entities).toHaveLength(2);
    // One mistake, one message: the core's, at the id cell (the reader does not repeat it).
    expect(beyondCoverage(batch.issues)).toEqual([]);
    expect(batch.locate(['entities', 1, 'id'])).toEqual({
      file: 'no-id.csv',
      sheet: null,
      row: 3,
      column: 'id',
    });
    const core = score(liaocheng, batch.entities).entities[1]?.issues ?? [];
    expect(core.map((i) => [i.code, i.path])).toContainEqual([
      'invalid_entity',
      ['entities', 1, 'id'],
    ]);
  });

  it('report a second value for the same leaf, and cells beyond the header', async () => {
    const batch = await readBatch(
      csv('twice.csv', [
        'id,sector,m_Q1,执行标准水平',
        'M1,manufacturing,domestic_leading,international_lead',
        'M2,manufacturing,,international_lead,extra',
      ]),
      liaocheng,
    );
    expect(batch.entities.map((e) => e.values)).toEqual([
      { m_Q1: 'domestic_leading' },
      { m_Q1: 'international_lead' },
    ]);
    expect(beyondCoverage(batch.issues).map((i) => [i.code, i.path])).toEqual([
      ['duplicate_cell', ['rows', 2, 'columns', '执行标准水平']],
      ['extra_cells', ['rows', 3]],
    ]);
    // The value that counts is located where it came from.
    expect(batch.locate(['entities', 1, 'values', 'm_Q1'])?.column).toBe('执行标准水平');
  });

  it('say when no header is found, and which separator a CSV file seems to use instead of commas', async () => {
    const cases = [
      ['commas.csv', 'a,b,c\n1,2,3\n', null],
      ['semicolons.csv', '编号;行业;执行标准水平\nM1;manufacturing;domestic_leading\n', '";"'],
      ['pipes.csv', '"id"|"sector"|"m_Q4"\nM1|manufacturing|80\n', '"|"'],
    ] as const;
    for (const [name, text, separator] of cases) {
      const path = file(name, text);
      const batch = await readBatch(path, liaocheng);
      const issue = batch.issues.find((i) => i.code === 'no_header');
      expect(issue?.message).toMatch(/^no header row was found in the first 20 rows of the file/);
      const hint = `its cells seem to be separated by ${separator}, not by commas`;
      if (separator) expect(issue?.message).toContain(hint);
      else expect(issue?.message).not.toContain('separated by');
      expect(issue?.messageZh).toContain(separator ? '分隔，而不是逗号' : '没有找到表头');
      // The streamed reader words it alike.
      const streamed: string[] = [];
      await scoreCsvFile(path, liaocheng, {
        out: () => {},
        onIssue: (i) => streamed.push(i.issue.message),
      }).catch(() => {});
      expect(streamed).toContain(issue?.message);
    }
  });

  it('report a CSV row cut short of the header (a line break in an unquoted cell), read or streamed', async () => {
    // Two blank header cells at the end: a row that stops at the last named column is whole.
    const path = csv('short.csv', [
      'id,sector,m_Q4,m_Q5,fact.years_operating,,',
      'M1,manufacturing,83.4,1.2,5,,',
      'M2,manufacturing,90,1',
      '.5,7',
      'M3,manufacturing,88,2,6',
      'M4,manufacturing',
    ]);
    const batch = await readBatch(path, liaocheng);
    const short = (issues: ReadonlyArray<{ code: string; path: readonly PathSegment[] }>) =>
      issues.filter((i) => i.code === 'short_row').map((i) => i.path);
    expect(short(batch.issues)).toEqual([
      ['rows', 3],
      ['rows', 4],
      ['rows', 6],
    ]);
    expect(batch.issues.find((i) => i.code === 'short_row')?.message).toBe(
      'this row has 4 cells but the header has 5: the cells after its last are read as empty (a line break inside a cell cuts a row in two)',
    );
    // The streamed reader says the same, at the same rows (a short row is not read as clean).
    const streamed: Array<{ code: string; path: readonly PathSegment[] }> = [];
    await scoreCsvFile(path, liaocheng, { out: () => {}, onIssue: (i) => streamed.push(i.issue) });
    expect(short(streamed)).toEqual(short(batch.issues));
    // A workbook's row ends at its last cell with a value: no such problem there.
    const workbook = await readBatch(sample('sample-batch.xlsx'), liaocheng);
    expect(short(workbook.issues)).toEqual([]);
  });

  it('leave __proto__ and constructor as plain keys', async () => {
    const batch = await readBatch(
      csv('proto.csv', ['id,sector,fact.__proto__,fact.constructor', 'M1,manufacturing,x,y']),
      liaocheng,
    );
    const facts = batch.entities[0]?.facts ?? {};
    expect(Object.keys(facts)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(facts)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
