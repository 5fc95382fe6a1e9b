import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, type Report, score, sensitivity, toHtml } from 'youpin';
import { haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';
import { launchChromium } from '../_chromium.js';

// Opens the HTML report of the sample batch in a real browser (headless Chromium from npm, see
// test/_chromium.ts) and checks what a reader gets: charts drawn, the list for public notice in
// Chinese glyphs, names shown as text, no script, no network. Leaves test-artifacts/report.html
// and report.png for people.

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(root, 'test-artifacts');
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('the HTML report in chromium', () => {
  const sample: EntityInput[] = JSON.parse(
    readFileSync(join(root, 'examples/data/sample-batch.json'), 'utf8'),
  );
  const donor = sample.find((e) => e.id === 'M001') as EntityInput;
  // A scored applicant whose name and id try to inject markup.
  const batch: EntityInput[] = [...sample, { ...donor, id: `X"'<b>1`, name: HOSTILE }];
  const model = defineModel(liaocheng2024);
  const report: Report = score(model, batch);
  const robustness = sensitivity(model, batch, {
    seed: 'html',
    draws: 200,
    weights: { kind: 'uniform', fraction: 0.2 },
  });
  const html = toHtml(report, { benchmark: haopinShandongBenchmark, sensitivity: robustness });
  const file = join(artifacts, 'report.html');
  const url = pathToFileURL(file).href;

  let browser: Browser | undefined;
  let opened: Page | undefined;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];

  /** The page with the report; fails the test if it did not open. */
  const page = (): Page => {
    if (!opened) throw new Error('the page did not open');
    return opened;
  };

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(file, html);
    browser = await launchChromium();
    const p = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    p.on('pageerror', (e) => consoleErrors.push(String(e)));
    p.on('request', (r) => requests.push(r.url()));
    p.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await p.goto(url, { waitUntil: 'load' });
    opened = p;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const sectors = liaocheng2024.sectors.map((s) => s.id);
  const scoredIn = (sector: string) =>
    report.entities.filter((e) => e.sector === sector && e.status === 'scored');
  const selectedIn = (sector: string) =>
    scoredIn(sector)
      .filter((e) => e.selection?.selected)
      .sort((a, b) => (a.rank.sector ?? 0) - (b.rank.sector ?? 0) || a.index - b.index)
      .map((e) => e.id);

  it('loads with no console error and no request but the file itself', () => {
    page();
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it('draws a chart of totals per sector with one bar per scored applicant', async () => {
    for (const sector of sectors) {
      const chart = page().locator(`svg.chart.totals[data-sector="${sector}"]`);
      expect(await chart.count()).toBe(1);
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(100);
      expect(await chart.locator('rect.bar').count()).toBe(scoredIn(sector).length);
      const selected = await chart
        .locator('rect.bar[data-selected="true"]')
        .evaluateAll((bars) => bars.map((b) => b.getAttribute('data-id')));
      expect(selected).toEqual(selectedIn(sector));
      // The threshold line is drawn, at 70 on a 0–100 scale.
      const line = await chart.locator('line.threshold').boundingBox();
      expect(line?.height).toBeGreaterThan(100);
      const bar = await chart.locator('rect.bar').first().boundingBox();
      expect(bar?.width).toBeGreaterThan(0);
    }
  });

  it('lists the selected applicants of each sector for public notice, with their band', async () => {
    for (const sector of sectors) {
      const rows = page().locator(`table.public-list[data-sector="${sector}"] tbody tr`);
      const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
      expect(ids).toEqual(selectedIn(sector));
      const text = await page().locator(`table.public-list[data-sector="${sector}"]`).textContent();
      for (const id of selectedIn(sector)) expect(text).toContain(id);
      expect(text).toMatch(/优|良|中/);
    }
  });

  it('draws Chinese text in Chinese glyphs, not the boxes of a missing font', async () => {
    // In the report's own font, two characters and a code point that no font has: without a
    // Chinese font all three are drawn as the same box.
    const drawn = await page()
      .locator('body')
      .evaluate(
        (body, texts) => {
          const canvas = body.ownerDocument.createElement('canvas');
          canvas.width = 64;
          canvas.height = 64;
          const context = canvas.getContext('2d');
          context.font = `40px ${body.ownerDocument.defaultView.getComputedStyle(body).fontFamily}`;
          return texts.map((text: string) => {
            context.clearRect(0, 0, 64, 64);
            context.fillText(text, 4, 48);
            return canvas.toDataURL();
          });
        },
        ['优', '良', '\uE000'],
      );
    expect(new Set(drawn).size).toBe(3);
  });

  it("draws an applicant's dimension and contribution charts when opened", async () => {
    const details = page().locator('details.entity[data-id="M002"]');
    await details.locator('summary').click();
    for (const kind of ['dimensions', 'contributions']) {
      const chart = details.locator(`svg.chart.${kind}`);
      const box = await chart.boundingBox();
      expect(box?.width, kind).toBeGreaterThan(100);
      expect(box?.height, kind).toBeGreaterThan(50);
      // The shared parts (labels, grid, benchmark marks) are drawn through <use>.
      const use = await chart.locator('use').first().boundingBox();
      expect(use?.width, kind).toBeGreaterThan(0);
    }
    expect(await details.locator('svg.chart.dimensions rect.bar').count()).toBe(5);
    const narration = await details.locator('ul.narration[lang="en"]').textContent();
    expect(narration?.length).toBeGreaterThan(20);
  });

  it('draws each sector’s rank intervals under ±20 % weights, with the selection probability', async () => {
    for (const sector of ['agriculture', 'manufacturing', 'services']) {
      const chart = page().locator(`#robustness svg.chart.intervals[data-sector="${sector}"]`);
      const scored = report.entities.filter((e) => e.status === 'scored' && e.sector === sector);
      expect(await chart.locator('g.interval').count()).toBe(scored.length);
      // The nominally selected are marked, and each interval bar is drawn with a width.
      const selected = scored.filter((e) => e.selection?.selected).map((e) => e.id);
      const marked = await chart
        .locator('g.interval.sel')
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));
      expect(marked.sort()).toEqual(selected.sort());
      const bar = await chart.locator('g.interval rect').first().boundingBox();
      expect(bar?.width ?? 0).toBeGreaterThan(4);
    }
    expect(await page().locator('#robustness').textContent()).toMatch(
      /How robust is this ranking\?/,
    );
  });

  it('shows a hostile name as text and runs no script', async () => {
    expect(await page().locator('script').count()).toBe(0);
    expect(await page().locator('img').count()).toBe(0);
    expect(await page().locator('b', { hasText: 'X"\'' }).count()).toBeGreaterThan(0);
    // innerText: the text as rendered, which is what a reader sees.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    const text = await page().locator('body').innerText();
    expect(text).toContain(HOSTILE);
    const details = page().locator(`details.entity[data-id="X\\"'<b>1"]`);
    expect(await details.count()).toBe(1);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    expect(await details.locator('summary').innerText()).toContain(HOSTILE);
    expect(dialogs).toEqual([]);
  });

  it('saves a screenshot for people to look at', async () => {
    await page().screenshot({ path: join(artifacts, 'report.png'), fullPage: true });
    expect(existsSync(join(artifacts, 'report.png'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([url]);
  }, 60_000);
});
