import { readFileSync, rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// Five builds, run in parallel by tsup:
// - the core and the presets (`youpin`, `youpin/presets`): platform-neutral, they run in browsers;
// - `youpin/node` (reads CSV, XLSX and JSON files), ESM and CJS with types;
// - `youpin/programme` (editions, the register of titles, monitoring), platform-neutral;
// - `youpin/dea` (benefit-of-the-doubt weights; highs is an optional peer dependency), ESM and CJS;
// - the command line (bin `youpin`, dist/cli.js), ESM with a shebang.
// src/node and src/cli import the core by the package's own name ('youpin', 'youpin/node' …) and
// those names stay external here: at run time Node resolves them through package.json `exports`
// to dist/index.js (or .cjs), so the core exists once — one YoupinError class, one cache of
// compiled models — instead of a second copy bundled into dist/node.js (src/dea does the same).
// exceljs and highs are optional peer dependencies, imported lazily.
//
// tsup's `clean` would race between parallel builds (one build's clean deletes another's output),
// so dist/ is emptied once, here, before any of them starts.
rmSync('dist', { recursive: true, force: true });

const shared = {
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  clean: false,
  target: 'es2022',
  splitting: false,
  treeshake: true,
  outDir: 'dist',
} satisfies Options;

// tsup 8.5 forces `baseUrl` in its dts build; TypeScript 6 rejects it (TS5101) unless silenced.
const dts = { compilerOptions: { ignoreDeprecations: '6.0' } };

const self = [
  'youpin',
  'youpin/presets',
  'youpin/node',
  'youpin/programme',
  'youpin/dea',
  'exceljs',
  'highs',
];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', presets: 'src/presets/index.ts' },
    format: ['esm', 'cjs'],
    dts,
    platform: 'neutral',
  },
  {
    ...shared,
    entry: { node: 'src/node/index.ts', 'sensitivity-worker': 'src/node/sensitivityWorker.ts' },
    format: ['esm', 'cjs'],
    dts,
    platform: 'node',
    external: self,
  },
  {
    // youpin/programme imports the core by its name, like youpin/node: one core at run time.
    ...shared,
    entry: { programme: 'src/programme/index.ts' },
    format: ['esm', 'cjs'],
    dts,
    platform: 'neutral',
    external: self,
    define: { __YOUPIN_VERSION__: JSON.stringify(pkg.version) },
  },
  {
    // youpin/dea: benefit-of-the-doubt weights on HiGHS (the optional peer dependency highs,
    // imported lazily), platform-neutral like the core; never part of dist/index.js.
    ...shared,
    entry: { dea: 'src/dea/index.ts' },
    format: ['esm', 'cjs'],
    dts,
    platform: 'neutral',
    external: self,
  },
  {
    ...shared,
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    external: self,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
