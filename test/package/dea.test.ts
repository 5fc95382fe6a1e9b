import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// youpin/dea as a user loads it: the built entry, ESM and CommonJS, with highs installed (a
// devDependency here) and without it (a module hook that makes 'highs' unresolvable).
const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(root, 'dist/dea.js')) && existsSync(join(root, 'dist/dea.cjs'));
const node = (args: string[]) =>
  execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'youpin-dea-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('youpin/dea, built', () => {
  it.runIf(built)('scores with ESM import and with CommonJS require', () => {
    const esm = node([
      '--input-type=module',
      '-e',
      `import { benefitOfTheDoubt } from 'youpin/dea';
       const r = await benefitOfTheDoubt([[4, 1], [2, 2], [1, 4]]);
       console.log(JSON.stringify(r.fractions));`,
    ]);
    expect(JSON.parse(esm)).toEqual(['1', '4/5', '1']);
    const cjs = node([
      '--input-type=commonjs',
      '-e',
      `const { benefitOfTheDoubt } = require('youpin/dea');
       benefitOfTheDoubt([[4, 1], [2, 2], [1, 4]]).then((r) => console.log(JSON.stringify(r.fractions)));`,
    ]);
    expect(JSON.parse(cjs)).toEqual(['1', '4/5', '1']);
  });

  it.runIf(built)("throws the core's own YoupinError (one class at run time)", () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { YoupinError } from 'youpin';
       import { benefitOfTheDoubt } from 'youpin/dea';
       try { await benefitOfTheDoubt([[1, -1], [2, 2]]); } catch (e) { console.log(e instanceof YoupinError, e.issues[0].code); }`,
    ]);
    expect(out.trim()).toBe('true negative_value');
  });

  it.runIf(built)('says how to install highs when it is not installed', () => {
    const hooks = join(scratch, 'no-highs.mjs');
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
         if (specifier === 'highs') {
           const error = new Error("Cannot find package 'highs' imported from " + context.parentURL);
           error.code = 'ERR_MODULE_NOT_FOUND';
           throw error;
         }
         return next(specifier, context);
       }`,
    );
    const register = join(scratch, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';
       import { pathToFileURL } from 'node:url';
       register(pathToFileURL(${JSON.stringify(hooks)}));`,
    );
    const out = node([
      '--import',
      register,
      '--input-type=module',
      '-e',
      `import { benefitOfTheDoubt } from 'youpin/dea';
       try { await benefitOfTheDoubt([[1, 2], [2, 1]]); } catch (e) { console.log(e.name, e.issues[0].code, e.issues[0].message); }`,
    ]);
    expect(out.trim()).toBe(
      'YoupinError highs_missing benefit-of-the-doubt weights need the optional package highs (the HiGHS LP solver): run `npm install highs`',
    );
  });

  it.runIf(built)('stays out of the core: dist/index.js has neither highs nor the LP code', () => {
    const core = readFileSync(join(root, 'dist/index.js'), 'utf8');
    expect(core).not.toMatch(/'highs'|HiGHS|benefitOfTheDoubt|exactSimplex/);
    const dea = readFileSync(join(root, 'dist/dea.js'), 'utf8');
    // The core is imported by name, not bundled: no second YoupinError class.
    expect(dea).toMatch(/from 'youpin'/);
    expect(dea).not.toMatch(/YoupinError = class|class YoupinError/);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.peerDependenciesMeta.highs).toEqual({ optional: true });
    expect(Object.keys(pkg.dependencies)).toEqual(['decimal.js', 'zod']);
  });
});
