import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './scripts/plain-summary-reporter.js';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // The version an edition records (tsup.config.ts defines it in the build).
  define: { __YOUPIN_VERSION__: JSON.stringify(pkg.version) },
  // Tests import the package by its public name; here it resolves to the sources (coverage,
  // no build needed). test/package/ checks the built package separately.
  resolve: {
    alias: [
      { find: /^youpin\/presets$/, replacement: src('presets/index.ts') },
      { find: /^youpin\/node$/, replacement: src('node/index.ts') },
      { find: /^youpin\/programme$/, replacement: src('programme/index.ts') },
      { find: /^youpin\/dea$/, replacement: src('dea/index.ts') },
      { find: /^youpin$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', new PlainSummaryReporter()],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
