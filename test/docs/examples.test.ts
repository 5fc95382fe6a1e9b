import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Every `@example` in a doc comment is run, and each `expr; // → value` line is checked against
// what node's inspect prints for `expr` (or its start, up to "…"). `console.log(…)` followed by
// `// → text` lines checks the printed output. So the examples in the API docs cannot drift.

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = join(root, '.doc-examples');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function examples(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].map((m) =>
    (m[1] as string)
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n'),
  );
}

const harness = `
import { inspect } from 'node:util';
const __flat = (s: string) => s.replace(/\\s+/g, ' ').trim();
function __check(actual: unknown, expected: string, line: string) {
  const shown = __flat(typeof actual === 'string' ? inspect(actual) : inspect(actual, { depth: 6, breakLength: Infinity }));
  const want = __flat(expected.split('  ')[0] as string);
  const ok = want.includes('…') ? shown.startsWith(want.slice(0, want.indexOf('…')).trim()) : shown === want;
  if (!ok) throw new Error(\`doc example: \${line}\\n  expected \${want}\\n  got      \${shown}\`);
}
`;

function instrument(code: string): { program: string; printed: string[] } {
  const printed: string[] = [];
  const lines = code.split('\n').map((line) => {
    const standalone = /^\s*\/\/ → (.+)$/.exec(line);
    if (standalone) {
      printed.push((standalone[1] as string).split('  ')[0] as string);
      return line;
    }
    const checked = /^(\s*)(?!const |let |for |if |import |console\.)(.+?);\s*\/\/ → (.+)$/.exec(
      line,
    );
    if (!checked) return line;
    const [, indent, expr, expected] = checked;
    return `${indent}__check(${expr}, ${JSON.stringify(expected)}, ${JSON.stringify(line.trim())});`;
  });
  const imports = lines.filter((l) => l.startsWith('import '));
  const body = lines.filter((l) => !l.startsWith('import '));
  return { program: [...imports, harness, ...body].join('\n'), printed };
}

describe('doc comment examples', () => {
  mkdirSync(scratch, { recursive: true });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const all = sources(join(root, 'src')).flatMap((file) =>
    examples(file).map((code, i) => ({ name: `${relative(root, file)} #${i + 1}`, code })),
  );

  it('exist for every exported function', () => {
    const index = readFileSync(join(root, 'src/index.ts'), 'utf8');
    const functions = [
      ...index.matchAll(/export \{ (?:type \w+, )*(\w+)(?:, type \w+)* \} from/g),
    ].map((m) => m[1]);
    expect(functions.length).toBeGreaterThan(8);
    const documented = all.map((e) => e.code).join('\n');
    // A function's example calls it; a constant's (UPPER_CASE) shows it.
    for (const name of functions)
      expect(documented, name).toContain(/^[A-Z_]+$/.test(name ?? '') ? `${name};` : `${name}(`);
  });

  it.each(all)(
    '$name runs and shows what it says',
    ({ name, code }) => {
      const { program, printed } = instrument(code);
      const file = join(scratch, `${name.replace(/[^\w]+/g, '_')}.ts`);
      writeFileSync(file, program);
      const out = execFileSync(process.execPath, ['--import', 'tsx', file], {
        cwd: root,
        encoding: 'utf8',
      });
      const shown = out.replace(/\s+/g, ' ');
      for (const text of printed) {
        const want = text.replace(/\s+/g, ' ').trim();
        expect(shown).toContain(
          want.includes('…') ? want.slice(0, want.indexOf('…')).trim() : want,
        );
      }
    },
    60_000,
  ); // each example is a Node process: seconds on a loaded machine
});
