// Part of `npm run examples`: runs every examples/guides/**/*.ts and examples/docs/**/*.ts (the code
// of the guides, of docs/ and of the README) and examples/basic.ts (the README's first example) as
// a user would, with tsx against the built package (examples/tsconfig.json clears the source
// paths), and checks what each prints against its `// → …` comments. Files whose name starts with
// `_` are helpers that an example imports, not examples. test/docs/guides.test.ts checks that every
// TypeScript file a document includes is among them.
//
// Each example runs in its own scratch directory under os.tmpdir(), holding a link to examples/,
// so `readFileSync('examples/data/sample-batch.json')` works as it does from the repository root
// while whatever the example writes (report.html, city.json …) goes to the scratch directory,
// which is removed afterwards.
//
// Output comments: `code; // → text` or a line `// → text` after the code states what the
// program prints next; lines `//   more` right below continue it. Whitespace is free (node's
// inspect wraps long values), `…` stands for anything, and a note after two spaces is ignored
// (`// → 63.87499999999999  (a float)`). Each expectation must match whole output lines, in order.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The folders of examples, searched at any depth. */
const exampleDirs = [join(root, 'examples/guides'), join(root, 'examples/docs')];
/** Examples outside those folders that a document includes. */
const otherExamples = [join(root, 'examples/basic.ts')];
const TIMEOUT_MS = 60_000;

/** An expected piece of output, with the 1-based line of the comment that states it. */
export interface Expectation {
  readonly line: number;
  readonly text: string;
}

/** The `// → …` expectations of a source file, in order. */
export function expectations(source: string): Expectation[] {
  const lines = source.split('\n');
  const found: Expectation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /\/\/ → (.*)$/.exec(lines[i] as string);
    if (!m) continue;
    const parts = [withoutNote(m[1] as string)];
    // Continuation lines: a comment indented by at least two spaces after `//`.
    while (i + 1 < lines.length && /^\s*\/\/ {2,}\S/.test(lines[i + 1] as string)) {
      parts.push(withoutNote((lines[++i] as string).replace(/^\s*\/\/\s+/, '')));
    }
    found.push({ line: i + 1 - (parts.length - 1), text: parts.join(' ') });
  }
  return found;
}

function withoutNote(text: string): string {
  return text.trim().split(/ {2,}/)[0] as string;
}

function pattern(text: string): string {
  return text
    .split('…')
    .map((piece) =>
      piece
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
    )
    .join('[\\s\\S]*?');
}

/**
 * The expectations that the output does not show: each must match whole lines of `stdout`
 * (whitespace-insensitive, `…` matching anything), after the previous one's match.
 */
export function unmatched(expected: readonly Expectation[], stdout: string): Expectation[] {
  const text = stdout
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('\n');
  let from = 0;
  const missing: Expectation[] = [];
  for (const e of expected) {
    const re = new RegExp(`(?<=^|\\n)${pattern(e.text)}(?=\\n|$)`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (m) from = m.index + m[0].length;
    else missing.push(e);
  }
  return missing;
}

/**
 * The examples: examples/guides/**\/*.ts and examples/docs/**\/*.ts except `_` helpers, and
 * examples/basic.ts, by absolute path.
 */
export function exampleFiles(): string[] {
  return [...exampleDirs.flatMap(tsFiles), ...otherExamples];
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return tsFiles(path);
      return name.endsWith('.ts') && !name.startsWith('_') ? [path] : [];
    });
}

interface Run {
  readonly file: string;
  readonly ok: boolean;
  readonly report: string;
  readonly ms: number;
}

async function runOne(file: string): Promise<Run> {
  const started = Date.now();
  const scratch = mkdtempSync(join(tmpdir(), 'youpin-example-'));
  // 'junction' lets this work on Windows without privileges; other systems ignore the type.
  symlinkSync(join(root, 'examples'), join(scratch, 'examples'), 'junction');
  const name = relative(root, file);
  try {
    const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
    const args = [tsx, '--tsconfig', join(root, 'examples/tsconfig.json'), file];
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: scratch, timeout: TIMEOUT_MS });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        err += d;
      });
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
    });
    const ms = Date.now() - started;
    if (code !== 0) {
      return { file, ok: false, ms, report: `${name}: exit code ${code}\n${stderr}${stdout}` };
    }
    const missing = unmatched(expectations(readFileSync(file, 'utf8')), stdout);
    if (missing.length > 0) {
      const lines = missing.map((e) => `  ${name}:${e.line}: not printed: ${e.text}`).join('\n');
      return {
        file,
        ok: false,
        ms,
        report: `${name}: output differs\n${lines}\n--- printed:\n${stdout}`,
      };
    }
    return { file, ok: true, ms, report: `${name} (${ms} ms)` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const files = exampleFiles();
  if (files.length === 0) {
    console.error('No examples found in examples/guides or examples/docs · 未找到示例');
    return 1;
  }
  const queue = [...files];
  const runs: Run[] = [];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      runs.push(await runOne(file));
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), 8) }, worker));
  runs.sort((a, b) => a.file.localeCompare(b.file));
  // One stream, so that the lines stay in order; the verdict goes to stderr when it fails.
  for (const r of runs) console.log(`${r.ok ? '✓' : '✗'} ${r.report}`);
  const failed = runs.filter((r) => !r.ok).length;
  if (failed > 0) {
    console.error(
      `${failed} of ${runs.length} examples failed · ${runs.length} 个示例中 ${failed} 个失败`,
    );
    return 1;
  }
  console.log(`${runs.length} examples ran as shown · ${runs.length} 个示例运行结果与注释一致`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
