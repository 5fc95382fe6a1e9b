import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineModel, score, toCsv, toMarkdown } from 'youpin';
import { readBatch } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { type Run, sampleBatch, scratch, youpin } from './_cli.js';

// Notices that need action before publication (youpin's noticesOf) in every output of the command
// line: the table shows them itself, the other outputs sum them up on stderr, validate lists them
// located, and --strict makes them fail the run after the report is written.

const SAMPLE = 'examples/data/sample-batch.json';
const SAMPLE_CSV = 'examples/data/sample-batch.csv';
const liaocheng = defineModel(liaocheng2024);

const SUMMARY_EN = [
  '⚠ 3 applicants need expert re-scoring before publication',
  '⚠ 1 applicant awaits a third-party verification: publish once it is in',
  '⚠ 1 applicant failed a third-party verification (the indicator scores the bottom of the scale): confirm it before publication',
  '⚠ 1 applicant has a missing value scored at the bottom of the scale: supply or confirm it before publication',
  '⚠ 2 applicants have a missing value whose weight went to its siblings: supply or confirm it before publication',
];

describe('notices that need action before publication, on the command line', () => {
  const dir = scratch();
  // M001–M003 (nothing to say) and M007, whose experts disagree beyond the limit: no problem.
  const flagged = join(dir, 'flagged.json');
  const all = sampleBatch();
  writeFileSync(
    flagged,
    JSON.stringify([...all.slice(0, 3), ...all.filter((e) => e.id === 'M007')], null, 2),
  );
  const clean = join(dir, 'clean.json');
  writeFileSync(clean, JSON.stringify(all.slice(0, 3), null, 2));
  let table: Run;
  let strictTable: Run;
  let zh: Run;
  let md: Run;
  let streamedStrict: Run;
  let cleanTable: Run;
  let validate: Run;
  let validateStrict: Run;
  let validateZh: Run;
  beforeAll(async () => {
    [table, strictTable, zh, md, streamedStrict, cleanTable, validate, validateStrict, validateZh] =
      await Promise.all([
        youpin(['score', SAMPLE]),
        youpin(['score', SAMPLE, '--strict']),
        youpin(['score', SAMPLE, '--lang', 'zh']),
        youpin(['score', SAMPLE, '--format', 'md']),
        youpin(['score', SAMPLE_CSV, '--format', 'csv', '--strict']),
        youpin(['score', clean]),
        youpin(['validate', flagged]),
        youpin(['validate', flagged, '--strict']),
        youpin(['validate', flagged, '--lang', 'zh']),
      ]);
  });

  it('table: ⚠ on each applicant, a line per sector, the summary under the table', () => {
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    const marked = lines.filter((l) => l.endsWith(' ⚠')).map((l) => l.trim().split(/\s+/)[1]);
    expect(marked.sort()).toEqual(
      ['M007', 'M011', 'M031', 'A005', 'A012', 'S009', 'S012', 'S017'].sort(),
    );
    expect(lines.filter((l) => l.startsWith('⚠ ') && l.includes(' need action '))).toEqual([
      '⚠ 3 applicants need action before publication: M007 experts must re-score (m_Q2); M011 missing, weights renormalised (m_B3); M031 missing, scored at the bottom (m_B1)',
      '⚠ 2 applicants need action before publication: A005 verification pending (a_B2); A012 experts must re-score (a_S2)',
      '⚠ 3 applicants need action before publication: S009 experts must re-score (s_I1); S012 verification failed (s_S4); S017 missing, weights renormalised (s_B4)',
    ]);
    // Each sector's line closes its table, before the next sector's heading.
    const agriculture = lines.findIndex((l) => l.startsWith('■ Agriculture'));
    expect(lines[agriculture - 2]?.startsWith('⚠ 3 applicants need action')).toBe(true);
    expect(lines.slice(-SUMMARY_EN.length - 2)).toEqual(['', ...SUMMARY_EN, '']);
    // The table shows them: nothing more on stderr than the problems of the rows.
    expect(table.stderr).not.toContain('⚠');
    expect(table.stderr).not.toContain('notice:');
  });

  it('speaks Chinese with --lang zh', () => {
    expect(zh.stdout).toContain(
      '⚠ 2 家申报对象需在公示前处理：A005 第三方核验待定（a_B2）；A012 专家需重新评分（a_S2）\n',
    );
    expect(zh.stdout).toContain('\n⚠ 3 家申报对象需专家重新评分后方可公示\n');
  });

  it('--strict: exit 1 after printing the same report, and says why', () => {
    expect(strictTable.code).toBe(1);
    expect(strictTable.stdout).toBe(table.stdout);
    expect(strictTable.stderr).toBe(
      `${table.stderr}--strict: 8 applicants have notices that need action before publication\n`,
    );
  });

  it('other formats: the report has them, stderr sums them up', () => {
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(toMarkdown(score(liaocheng, sampleBatch())));
    expect(md.stderr.split('\n').filter((l) => l.startsWith('notice: '))).toEqual(
      SUMMARY_EN.map((l) => `notice: ${l.slice(2)}`),
    );
  });

  it('a streamed CSV: the notices column, the summary, and --strict', async () => {
    const batch = await readBatch(SAMPLE_CSV, liaocheng);
    expect(streamedStrict.stdout).toBe(toCsv(score(liaocheng, batch.entities)));
    expect(streamedStrict.code).toBe(1);
    expect(streamedStrict.stderr.split('\n').slice(-3)).toEqual([
      'notice: 2 applicants have a missing value whose weight went to its siblings: supply or confirm it before publication',
      '--strict: 5 applicants have notices that need action before publication',
      '',
    ]);
  });

  it('a batch without notices: no ⚠ anywhere', () => {
    expect(cleanTable.code).toBe(0);
    expect(cleanTable.stdout).not.toContain('⚠');
    expect(cleanTable.stderr).toBe('');
  });

  it('validate lists them, located, and stays OK unless --strict', () => {
    expect(validate.code).toBe(0);
    expect(validate.stdout).toBe(
      `OK: model liaocheng2024 (liaocheng-youpin 2024.1-proposed) and ${flagged} (4 rows) have no problems.\n`,
    );
    expect(validate.stderr).toBe(
      [
        '1 applicant has notices that need action before publication:',
        `flagged.json, row 4, column panels.m_Q2: the experts' scores on "Key technical indicators vs. benchmark" (m_Q2) spread over 60 points (limit 30): re-score after discussion`,
        'notice: 1 applicant needs expert re-scoring before publication',
        '',
      ].join('\n'),
    );
    expect(validateStrict.code).toBe(1);
    expect(validateStrict.stdout).toBe(validate.stdout);
    expect(validateStrict.stderr).toBe(
      `${validate.stderr}--strict: 1 applicant has notices that need action before publication\n`,
    );
    expect(validateZh.stderr).toContain('提示：1 家申报对象需专家重新评分后方可公示\n');
  });
});
