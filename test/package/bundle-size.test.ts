import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

// Issue 17, item 6 ("a small core"): a browser app that imports defineModel and score bundles
// them, with zod and decimal.js, into at most 60 KB gzipped (60,000 bytes, gzip level 9). Raised
// to 63,000 bytes for issue 19's data treatment (imputation, COINr's winsorisation, transforms),
// which the issue asks to be part of the model, so the core must run it: 2.6 KB of the 62.2 KB
// measured; then to 64,000 for value domains (out_of_domain, checked wherever a number is read,
// 0.7 KB): 63.5 KB measured. docs/performance.md, "Bundle size", has the steps.
//
// The bundle is made from the built package (dist/index.js, reached as 'youpin' through its
// `exports`), as an app's bundler makes it, not from src: dist/index.js is one file, so a bundler
// can drop unused code there only statement by statement (module-level values must be pure, see
// docs/performance.md), while from src it would drop whole modules by `sideEffects: false` and
// miss that. `npm test` builds first. Raise the budget with care, and say why in the commit.

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUDGET = 64_000;
const built = existsSync(join(root, 'dist/index.js'));

let code: Uint8Array = new Uint8Array();
let inputs: string[] = [];

beforeAll(async () => {
  if (!built) return;
  const result = await build({
    stdin: {
      contents: "export { defineModel, score } from 'youpin';",
      resolveDir: root,
      loader: 'js',
    },
    absWorkingDir: root,
    // No tsconfig: its `paths` map 'youpin' to src; the package's own `exports` map it to dist.
    tsconfigRaw: '{}',
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  // The files that put code into the bundle (esbuild also reads files it then drops entirely).
  const output = Object.values((result.metafile as Metafile).outputs)[0];
  inputs = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
});

describe('the browser bundle of defineModel + score', () => {
  it('is made from the build (run `npm run build` before running the tests alone)', () => {
    expect(built).toBe(true);
    expect(inputs).toContain('dist/index.js');
    expect(inputs.filter((f) => f.startsWith('src/'))).toEqual([]);
  });

  it.runIf(built)('is at most 64 KB gzipped', () => {
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(
      `defineModel + score for a browser (esbuild, minified): ${code.length.toLocaleString('en')} B, ` +
        `${gzipped.toLocaleString('en')} B gzipped (budget ${BUDGET.toLocaleString('en')} B)`,
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });

  it.runIf(built)(
    'holds zod/mini and decimal.js, without classic zod, its locales or its JSON Schema generator',
    () => {
      const packages = new Set(
        inputs.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]),
      );
      expect([...packages].sort()).toEqual(['decimal.js', 'zod']);
      const zod = inputs.filter((f) => f.startsWith('node_modules/zod/'));
      expect(zod.some((f) => f.includes('/v4/mini/'))).toBe(true);
      for (const file of zod)
        expect(file).not.toMatch(/\/classic\/|\/locales\/|json-schema|from-json-schema/);
    },
  );
});
