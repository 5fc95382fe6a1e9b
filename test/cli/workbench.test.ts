import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, scratch, youpin } from './_cli.js';

// `youpin workbench`: copies the built page (dist/workbench, see scripts/build-workbench.ts) to a
// folder, or serves it on 127.0.0.1 — its own files only, with the page's CSP as a header.

describe('youpin workbench', () => {
  it('writes the page and its scripts to --out', async () => {
    const dir = join(scratch(), 'wb');
    const run = await youpin(['workbench', '--out', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote the workbench to ${dir}: open ${dir}/index.html in a browser\n`);
    expect(readdirSync(dir).sort()).toEqual([
      'exceljs.LICENSE.txt',
      'exceljs.min.js',
      'index.html',
      'workbench-worker.js',
      'workbench.css',
      'workbench.js',
    ]);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toContain(`content="default-src 'none'; script-src 'self';`);
    // No URL of the network anywhere in what the page loads at once.
    for (const file of ['index.html', 'workbench.css'])
      expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/https?:\/\//);
  });

  it('says so in Chinese', async () => {
    const dir = join(scratch(), 'wb');
    const run = await youpin(['workbench', '--out', dir, '--lang', 'zh']);
    expect(run.stdout).toBe(`已将工作台写入 ${dir}：请在浏览器中打开 ${dir}/index.html\n`);
  });

  it('refuses a port that is none (exit 2)', async () => {
    const run = await youpin(['workbench', '--serve', '--port', '99999']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--port: "99999" is not a port (0 to 65535)');
  });

  it('serves its own files on 127.0.0.1, with the CSP, and nothing else', async () => {
    const child = spawn(process.execPath, [cli, 'workbench', '--serve', '--port', '0'], {
      cwd: root,
      env: { ...process.env, LANG: 'en_US.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString('utf8');
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (found) resolve(found[0]);
        });
        child.on('close', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toMatch(
        /^default-src 'none'; script-src 'self';/,
      );
      expect(await page.text()).toContain('<script src="workbench.js" defer></script>');
      expect((await fetch(`${url}workbench.js`)).status).toBe(200);
      expect((await fetch(`${url}../package.json`)).status).toBe(404);
      expect((await fetch(`${url}%2e%2e/package.json`)).status).toBe(404);
      expect((await fetch(url, { method: 'POST' })).status).toBe(404);
    } finally {
      child.kill();
    }
  }, 30_000);
});
