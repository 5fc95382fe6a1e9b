import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, that CI parsers read.
 * It writes at process exit because vitest prints its own summary after `onTestRunEnd`.
 */
export default class PlainSummaryReporter implements Reporter {
  private line: string | undefined;

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      const tests = [...mod.children.allTests()];
      // A file that fails to load has no tests; count it as a failure so it cannot pass silently.
      if (mod.state() === 'failed' && tests.length === 0) failed++;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    if (this.line === undefined) process.once('exit', () => process.stdout.write(`${this.line}\n`));
    this.line = `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`;
  }
}
