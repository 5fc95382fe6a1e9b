import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EntityInput, type Report, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { launchChromium } from '../_chromium.js';

// The browser example (examples/browser/): the built core (dist/) and its dependencies, loaded
// through an import map from a plain static server, score the sample batch in Chromium (from npm,
// see test/_chromium.ts). Proves the core runs without Node.

const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A static file server for the repository root (GET only, no directory listings). */
function staticServer(): Server {
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    if (request.method !== 'GET' || !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
}

describe('the browser example in chromium', () => {
  const batch: EntityInput[] = JSON.parse(
    readFileSync(join(root, 'examples/data/sample-batch.json'), 'utf8'),
  );
  const report: Report = score(liaocheng2024, batch);
  const built =
    existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/presets.js'));
  const NOT_BUILT =
    'dist/index.js or dist/presets.js is missing: the browser example loads the build. ' +
    'Run `npm run build` first (`npm test` does).';

  const server = staticServer();
  let base = '';
  let browser: Browser | undefined;
  let opened: Page | undefined;
  let openError: unknown;
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  const requests: string[] = [];

  const page = (): Page => {
    if (!built) throw new Error(NOT_BUILT);
    if (!opened) throw new Error(`the page did not open: ${String(openError)}`);
    return opened;
  };

  beforeAll(async () => {
    if (!built) return;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    const p = await browser.newPage();
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    p.on('pageerror', (e) => consoleErrors.push(String(e)));
    p.on('request', (r) => requests.push(r.url()));
    p.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
    p.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
    });
    try {
      await p.goto(`${base}/examples/browser/index.html`, { waitUntil: 'load' });
      await p.waitForSelector('body[data-ready="true"], #error:not([hidden])', {
        timeout: 30_000,
      });
      opened = p;
    } catch (error) {
      openError = error;
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (server.listening) {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    }
  });

  it('has the build', () => {
    expect(built, NOT_BUILT).toBe(true);
  });

  it('scores the batch in the page with no error, no failed request', async () => {
    const error = page().locator('#error');
    expect(await error.isHidden(), (await error.textContent()) ?? '').toBe(true);
    expect(await page().locator('body').getAttribute('data-ready')).toBe('true');
    expect(consoleErrors).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('shows as many scored applicants as score() in Node', async () => {
    const scored = report.counts.scored;
    expect(scored).toBeGreaterThan(0);
    expect(await page().locator('#summary').textContent()).toBe(
      `已计分 ${scored} · scored ${scored}`,
    );
    expect(await page().locator('table.ranking tbody tr').count()).toBe(scored);
  });

  it('ranks the same applicant first in each sector', async () => {
    for (const sector of liaocheng2024.sectors) {
      const scoredIn = report.entities
        .filter((e) => e.sector === sector.id && e.status === 'scored')
        .sort((a, b) => (a.rank.sector ?? 0) - (b.rank.sector ?? 0) || a.index - b.index);
      const rows = page().locator(`table.ranking[data-sector="${sector.id}"] tbody tr`);
      expect(await rows.count(), sector.id).toBe(scoredIn.length);
      if (scoredIn.length === 0) continue;
      const top = scoredIn[0];
      const first = rows.first();
      expect(await first.getAttribute('data-id'), sector.id).toBe(top?.id);
      const cells = await first.locator('td').allTextContents();
      expect(cells.slice(0, 2), sector.id).toEqual([String(top?.rank.sector), top?.id]);
      expect(cells[3], sector.id).toBe(top?.total);
    }
  });

  it('loads everything from the local server', () => {
    page();
    expect(requests.length).toBeGreaterThan(0);
    const elsewhere = requests.filter((url) => new URL(url).hostname !== '127.0.0.1');
    expect(elsewhere).toEqual([]);
    // The page, its script, the build, zod, decimal.js and the batch.
    expect(requests).toContain(`${base}/examples/browser/main.js`);
    expect(requests).toContain(`${base}/dist/index.js`);
    expect(requests).toContain(`${base}/node_modules/zod/mini/index.js`);
    expect(requests).toContain(`${base}/node_modules/decimal.js/decimal.mjs`);
    expect(requests).toContain(`${base}/examples/data/sample-batch.json`);
  });
});
