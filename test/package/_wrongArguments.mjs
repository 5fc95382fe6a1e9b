// Run by wrong-arguments.test.ts with plain Node: the entries are imported by the package's own
// name, so each resolves as an application's import does (youpin/node's 'youpin' is dist/index.js,
// not the sources vitest maps it to). Prints the calls that failed otherwise than with a
// YoupinError of 'youpin' whose issues have a code, a path and both messages, as JSON.
import * as core from 'youpin';

const ENTRIES = ['youpin', 'youpin/node', 'youpin/programme', 'youpin/dea'];
const WRONG = [undefined, null, 42, 'x', {}, [], Object.create(null)];
const SECOND = [undefined, 'x', {}];
/** An argument as the failures name it (String of an object without a prototype throws). */
const shown = (v) =>
  typeof v === 'object' && v !== null ? (Array.isArray(v) ? '[]' : '{}') : String(v);

const wrong = [];
const counts = {};
for (const entry of ENTRIES) {
  const module = await import(entry);
  const functions = Object.entries(module).filter(
    ([name, value]) => typeof value === 'function' && /^[a-z]/.test(name),
  );
  counts[entry] = functions.length;
  for (const [name, f] of functions)
    for (const first of WRONG)
      for (const second of SECOND) {
        let error = null;
        try {
          await f(first, second);
        } catch (caught) {
          error = caught;
        }
        if (error === null) continue;
        const issues = error?.issues ?? [];
        const sound =
          error instanceof core.YoupinError &&
          issues.length > 0 &&
          issues.every(
            (i) =>
              typeof i.code === 'string' &&
              Array.isArray(i.path) &&
              typeof i.message === 'string' &&
              typeof i.messageZh === 'string',
          );
        if (!sound) wrong.push(`${entry} ${name}(${shown(first)}, ${shown(second)}): ${error}`);
      }
}
process.stdout.write(`${JSON.stringify({ counts, wrong })}\n`);
