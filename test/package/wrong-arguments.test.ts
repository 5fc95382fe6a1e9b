import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// "Bad input gets a YoupinError": every exported function of every entry of the built package,
// called with arguments of the wrong type — nothing, null, a number, a text, an empty object or
// list, an object without a prototype — returns or fails with a YoupinError of 'youpin' whose
// issues have a code, a path and a message in both languages. Before, 23 functions (explain,
// toHtml, compareReports, readBatch, statusOn …) failed with a TypeError from deep inside
// ("Cannot read properties of undefined (reading 'definition')"). The built package, in plain
// Node (_wrongArguments.mjs): youpin/node and youpin/programme are bundles of their own, and an
// error class of their own copy would fail `instanceof` of the one an application imports.

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = ['index', 'node', 'programme', 'dea'].every((e) =>
  existsSync(join(root, `dist/${e}.js`)),
);

describe.runIf(built)('every exported function, given arguments of the wrong type', () => {
  it('returns, or fails with a YoupinError of youpin (every entry)', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, [join(root, 'test/package/_wrongArguments.mjs')], {
      cwd: root,
      encoding: 'utf8',
    });
    const { counts, wrong } = JSON.parse(out.trim().split('\n').at(-1) as string) as {
      counts: Record<string, number>;
      wrong: string[];
    };
    expect(counts['youpin']).toBeGreaterThan(40);
    expect(counts['youpin/node']).toBeGreaterThan(4);
    expect(counts['youpin/programme']).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
