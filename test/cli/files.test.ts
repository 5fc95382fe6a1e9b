import { beforeAll, describe, expect, it } from 'vitest';
import { defineModel, type Report, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { type Run, sampleBatch, youpin } from './_cli.js';

// The data files of examples/data, read through youpin/node: CSV (UTF-8 and GBK), XLSX, and a
// CSV with known problems.

const summary = (r: Report) =>
  r.entities.map((e) => [e.id, e.status, e.total, e.rank.sector, e.selection?.reason ?? null]);

describe('youpin score on CSV, GBK CSV and XLSX files', () => {
  let csv: Run;
  let gbk: Run;
  let forced: Run;
  let xlsx: Run;
  beforeAll(async () => {
    [csv, gbk, forced, xlsx] = await Promise.all([
      youpin(['score', 'examples/data/sample-batch.csv', '--format', 'json']),
      youpin(['score', 'examples/data/sample-batch-gbk.csv', '--format', 'json']),
      youpin(['score', 'examples/data/sample-batch-gbk.csv', '--encoding', 'utf-8']),
      youpin(['score', 'examples/data/sample-batch.xlsx', '--format', 'json']),
    ]);
  });

  it('reads a GB18030 (GBK) CSV as the same batch as its UTF-8 twin', () => {
    expect(csv.stdout).not.toBe('');
    expect(gbk.stdout).toBe(csv.stdout);
    const report = JSON.parse(csv.stdout) as Report;
    expect(report.counts.entities).toBe(127);
    // The same problems, located in each file.
    expect(gbk.stderr).toBe(csv.stderr.replaceAll('sample-batch.csv', 'sample-batch-gbk.csv'));
  });

  it('says so when a forced encoding does not fit the bytes (exit 1)', () => {
    expect(forced.code).toBe(1);
    expect(forced.stdout).toBe('');
    expect(forced.stderr).toMatch(
      /^youpin: sample-batch-gbk\.csv is not valid UTF-8 \(byte \d+\); try the encoding gb18030 \(GBK\)\n$/,
    );
  });

  it('scores an XLSX workbook (panels from their sheets) as the JSON batch', () => {
    expect(xlsx.code).toBe(0);
    const json = score(defineModel(liaocheng2024), sampleBatch());
    expect(summary(JSON.parse(xlsx.stdout))).toEqual(summary(json));
    expect(xlsx.stderr).toContain(
      'sample-batch.xlsx, sheet 申报数据, row 50, column 销售利润率: "12,5" (Profit margin on sales) is not a number: write decimals with a point, as in 12.5',
    );
  });
});

describe('youpin score on a file with problems', () => {
  let en: Run;
  let zh: Run;
  beforeAll(async () => {
    [en, zh] = await Promise.all([
      youpin(['score', 'examples/data/bad-applicants.csv']),
      youpin(['score', 'examples/data/bad-applicants.csv', '--lang', 'zh']),
    ]);
  });

  it('lists every problem of the file and of each row at once, located, and exits 1', () => {
    expect(en.code).toBe(1);
    expect(en.stderr.split('\n')).toEqual([
      'examples/data/bad-applicants.csv: 2 problems in the file:',
      'bad-applicants.csv, row 1, column 备注说明: column "备注说明" is not id, name, sector, an indicator, a fact or a series of the model (by id, label or alias); it is ignored',
      'bad-applicants.csv, row 6: a quoted field that starts in row 6 is never closed; rows 6–7 were not read',
      '3 rows have problems (kept in the report as not scored):',
      'bad-applicants.csv, row 3, column 研发投入强度（近 3 年平均）: "12,5" (R&D intensity (3-year average)) is not a number: write decimals with a point, as in 12.5',
      'bad-applicants.csv, row 4, column 行业: "化工业" is not a sector of the model (sectors: manufacturing, agriculture, services)',
      'bad-applicants.csv, row 5, column 编号: the id is missing: every applicant needs one',
      '',
    ]);
  });

  it('still prints the report, with the bad rows in it', () => {
    expect(en.stdout).toContain(
      '4 applicants · 1 scored · 0 ineligible · 0 vetoed · 3 invalid · 0 selected',
    );
    expect(en.stdout).toMatch(/^ {3}— {2}M002 .*Invalid data \(1 problem\)$/m);
    expect(en.stdout).toMatch(/^ {3}— {2}\(no id, row 5\) .*Invalid data \(1 problem\)$/m);
    expect(en.stdout).toContain('■ No known sector');
  });

  it('in Chinese', () => {
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(
      'bad-applicants.csv 第 5 行 编号 列：缺少编号：每个申报对象都需要编号',
    );
    expect(zh.stderr).toContain(
      'bad-applicants.csv 第 4 行 行业 列："化工业" 不是模型中的行业（可选：制造业、农业、服务业）',
    );
    expect(zh.stderr).toContain(
      'bad-applicants.csv 第 3 行 研发投入强度（近 3 年平均） 列：' +
        '"12,5"（研发投入强度（近 3 年平均））不是数字：小数请用小数点，如 12.5',
    );
    expect(zh.stdout).toContain('（无编号，第 5 行）');
  });
});

describe('youpin score on a CSV file of mixed encodings (issue 16, item 7)', () => {
  it('refuses it at the first line that breaks the encoding, in memory and streamed alike', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const iconv = (await import('iconv-lite')).default;
    const { scratch } = await import('./_cli.js');
    const file = join(scratch(), 'mixed.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('id,name,sector\nM1,聊城优品有限公司,manufacturing\n'),
        iconv.encode('M2,东阿阿胶,manufacturing\n', 'gbk'),
      ]),
    );
    const [table, streamed, zh] = await Promise.all([
      youpin(['score', file]),
      youpin(['score', file, '--format', 'csv']),
      youpin(['score', file, '--lang', 'zh']),
    ]);
    for (const run of [table, streamed]) {
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'youpin: mixed.csv, line 3: not UTF-8 like the lines before it (UTF-8 from line 2); it reads as GB18030. Save the file in one encoding, or name the encoding (--encoding)\n',
      );
    }
    expect(zh.stderr).toContain('mixed.csv 第 3 行：与前面各行的编码不同');
  });
});

describe('youpin score on a CSV file whose stray quote merged two rows (issue 16, item 9)', () => {
  it('says so at the row, with exit 1, in memory and streamed alike', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { scratch } = await import('./_cli.js');
    const file = join(scratch(), 'merged.csv');
    writeFileSync(
      file,
      'id,name,sector\nM1,"Acme,manufacturing\nM2,Beta,manufacturing",manufacturing\nM3,Gamma,services\n',
    );
    const [table, streamed] = await Promise.all([
      youpin(['score', file]),
      youpin(['score', file, '--format', 'csv']),
    ]);
    for (const run of [table, streamed]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'merged.csv, row 2: a quoted cell of row 2 runs on to line 3, which reads like a whole row',
      );
    }
  });
});
