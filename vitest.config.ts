import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './scripts/plain-summary-reporter.js';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // Tests import the package by its public name; here it resolves to the sources (coverage,
  // no build needed). test/package/ checks the built package separately.
  resolve: {
    alias: [
      { find: /^youpin\/presets$/, replacement: src('presets/index.ts') },
      { find: /^youpin\/node$/, replacement: src('node/index.ts') },
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
