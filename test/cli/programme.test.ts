import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liaocheng2024 } from 'youpin/presets';
import { makeEdition, type Register, register } from 'youpin/programme';
import { sampleBatch, scratch, youpin } from './_cli.js';

// The yearly cycle from the command line, as subprocesses: an edition made and replayed, the
// register built and listed, the annual check, the next edition with its bans.
describe('youpin edition, register and monitor', () => {
  it('runs the cycle, with the API’s results', async () => {
    const dir = scratch();
    const at = (f: string) => join(dir, f);
    const made = await youpin([
      'edition',
      'make',
      'examples/data/sample-batch.json',
      '--id',
      '2024',
      '--out',
      at('e2024.json'),
    ]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('edition 2024 of 2024-06-30, 127 applicants, 20 selected');
    const stored = JSON.parse(readFileSync(at('e2024.json'), 'utf8'));
    const api = makeEdition(liaocheng2024, sampleBatch(), { id: '2024' });
    expect(stored.report).toEqual(JSON.parse(JSON.stringify(api.report)));
    expect(stored.model.hash).toBe(api.model.hash);

    const replayed = await youpin(['edition', 'replay', at('e2024.json')]);
    expect(replayed).toMatchObject({ code: 0 });
    expect(replayed.stdout).toContain('the report is identical to the byte');
    stored.report.entities[0].total = '99.99';
    writeFileSync(at('edited.json'), JSON.stringify(stored));
    const edited = await youpin(['edition', 'replay', at('edited.json'), '--lang', 'zh']);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('报告不同');
    expect(edited.stdout).toContain('entities[0].total: "99.99" → ');

    const listed = await youpin([
      'register',
      at('e2024.json'),
      '--save',
      at('register.json'),
      '--as-of',
      '2025-01-01',
      '--format',
      'csv',
    ]);
    expect(listed.code, listed.stderr).toBe(0);
    // A CSV for Excel, as every CSV of the command line: a BOM and CRLF line ends.
    const lines = listed.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Holder,Name,Sector,Edition,Awarded,Valid until,Status,Last change');
    expect(lines).toHaveLength(21);
    const page = await youpin([
      'register',
      at('e2024.json'),
      '--as-of',
      '2024-07-01',
      '--out',
      at('公示.html'),
    ]);
    expect(page.code, page.stderr).toBe(0);
    expect(readFileSync(at('公示.html'), 'utf8')).toContain('<h2>有效 · Active (20)</h2>');
    const saved: Register = JSON.parse(readFileSync(at('register.json'), 'utf8'));
    expect(saved).toEqual(JSON.parse(JSON.stringify(register([api]))));

    writeFileSync(
      at('events.json'),
      JSON.stringify([
        {
          id: 'M002',
          sector: 'manufacturing',
          values: {},
          events: [{ type: 'logo_misuse', date: '2025-03-01' }],
        },
      ]),
    );
    const checked = await youpin([
      'monitor',
      at('register.json'),
      at('events.json'),
      '--as-of',
      '2025-04-01',
      '--save',
      at('register.json'),
      '--lang',
      'zh',
    ]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toBe(
      '2025-04-01 年度监测：1 项变化\nM002  2025-03-01  有效 → 已撤销  撤销：监测规则 W1（违规使用"聊城优品"标识）于 2025-03-01 触发\n',
    );

    const next = await youpin([
      'edition',
      'make',
      'examples/data/sample-batch-2025.json',
      '--id',
      '2025',
      '--date',
      '2025-06-30',
      '--register',
      at('register.json'),
      '--previous',
      at('e2024.json'),
      '--out',
      at('e2025.json'),
    ]);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain('1 barred by a re-application ban');
    const html = await youpin([
      'edition',
      'html',
      at('e2025.json'),
      '--register',
      at('register.json'),
      '--previous',
      at('e2024.json'),
      '--out',
      at('e2025.html'),
    ]);
    expect(html.code, html.stderr).toBe(0);
    const shown = readFileSync(at('e2025.html'), 'utf8');
    expect(shown).toContain('禁止再申报 <span lang="en">Re-applications barred</span> (1)');
    expect(shown).toContain('续期称号 <span lang="en">Returning titles</span> (20)');
    const e2025 = JSON.parse(readFileSync(at('e2025.json'), 'utf8'));
    expect(e2025.report.entities.find((e: { id: string }) => e.id === 'M002').status).toBe(
      'ineligible',
    );
  }, 120_000);

  it('says what is missing', async () => {
    const [noId, noDate, bad] = await Promise.all([
      youpin(['edition', 'make', 'examples/data/sample-batch.json']),
      youpin(['monitor', 'a.json', 'b.json']),
      youpin(['register', 'examples/data/sample-batch.json']),
    ]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('edition make needs --id');
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toContain('monitor needs --as-of DATE');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('not an edition made by makeEdition');
  }, 60_000);
});
