import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, that CI parsers read,
 * after a line for each test skipped with a reason (`skipped: file > test: reason`), such as a
 * test that needs R on a machine without it. It writes at process exit because vitest prints its
 * own summary after `onTestRunEnd`.
 */
export default class PlainSummaryReporter implements Reporter {
  private lines: string[] = [];

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const notes: string[] = [];
    for (const mod of testModules) {
      const tests = [...mod.children.allTests()];
      // A file that fails to load has no tests; count it as a failure so it cannot pass silently.
      if (mod.state() === 'failed' && tests.length === 0) failed++;
      for (const test of tests) {
        const result = test.result();
        if (result.state === 'passed') passed++;
        else if (result.state === 'failed') failed++;
        else skipped++;
        if (result.state === 'skipped' && result.note) {
          notes.push(`skipped: ${test.module.relativeModuleId} > ${test.fullName}: ${result.note}`);
        }
      }
    }
    if (this.lines.length === 0) {
      process.once('exit', () => process.stdout.write(`${this.lines.join('\n')}\n`));
    }
    this.lines = [...notes, `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`];
  }
}
