import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liaocheng2024 } from 'youpin/presets';
import {
  bansOn,
  cultivationPool,
  makeEdition,
  monitor,
  type Register,
  register,
  toEditionHtml,
  toRegisterHtml,
} from 'youpin/programme';
import { launchChromium } from '../_chromium.js';
import { issuesOf } from '../helpers.js';

// The register page for 公示, opened in a real headless Chromium: grouped by status on the day,
// every title once in its group, a hostile name shown as text, and nothing fetched.
const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
rows[1].name = { zh: '<img src=x onerror=alert(1)>', en: '"><script>alert(2)</script>' };
const titles: Register = monitor(
  register([makeEdition(liaocheng2024, rows, { id: '2024' })]),
  liaocheng2024,
  [
    {
      id: 'M002',
      sector: 'manufacturing',
      values: {},
      events: [{ type: 'logo_misuse', date: '2025-03-01' }],
    },
  ],
  { asOf: '2025-04-01' },
).register;

describe('toRegisterHtml in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the titles by status on the day, escaped, without a request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'youpin-register-'));
    const file = join(dir, 'register.html');
    writeFileSync(file, toRegisterHtml(titles, { asOf: '2025-04-01' }));
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => {
      errors.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual(['有效 · Active (19)', '已撤销 · Revoked (1)']);
    const revoked = await page.locator('section').nth(1).locator('tbody tr').allInnerTexts();
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toContain('M002');
    expect(revoked[0]).toContain('撤销：监测规则 W1');
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img, script').count()).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows an edition with its returning titles, barred re-applications and pool', async () => {
    const data = (f: string) => JSON.parse(readFileSync(`examples/data/${f}`, 'utf8'));
    const e2024 = makeEdition(liaocheng2024, data('sample-batch.json'), { id: '2024' });
    const checked = monitor(register([e2024]), liaocheng2024, data('events-2025.json'), {
      asOf: '2025-06-01',
    }).register;
    const e2025 = makeEdition(liaocheng2024, data('sample-batch-2025.json'), {
      id: '2025',
      evaluationDate: '2025-06-30',
      bans: bansOn(checked, liaocheng2024),
    });
    const dir = mkdtempSync(join(tmpdir(), 'youpin-edition-'));
    const file = join(dir, 'edition.html');
    writeFileSync(file, toEditionHtml(e2025, { register: checked, editions: [e2024] }));
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    const section = page.locator('#programme');
    expect(await section.locator('h3').allTextContents()).toEqual([
      '续期称号 Returning titles (20)',
      '禁止再申报 Re-applications barred (2)',
      `称号风险 Titles at risk (${cultivationPool([e2024, e2025]).editions[1]?.atRisk.length})`,
      '培育库 Cultivation pool (82)',
    ]);
    const barred = await section.locator('table').nth(1).locator('tbody tr').allTextContents();
    expect(barred.map((r) => r.slice(0, 4))).toEqual(['M002', 'A015']);
    expect(barred[0]).toContain('2028-02-29');
    expect(await section.textContent()).toContain(
      'From the pool to the list: A005 (2024), M054 (2024)',
    );
    // The report itself is still there, before the section.
    expect(await page.locator('details.entity').count()).toBeGreaterThan(100);
    expect(requests).toEqual([]);
    await page.close();
  }, 120_000);

  it('refuses a bad day or register', () => {
    expect(issuesOf(() => toRegisterHtml(titles, { asOf: '2025-13-01' }))[0]?.code).toBe(
      'bad_check_date',
    );
    expect(issuesOf(() => toRegisterHtml({} as Register, { asOf: '2025-01-01' }))[0]?.code).toBe(
      'not_a_register',
    );
    expect(issuesOf(() => toEditionHtml({} as never))[0]?.code).toBe('not_an_edition');
  });
});
