// `npm run guides`: every TypeScript/JavaScript block of the README and of docs/ (the guides,
// docs/*.md, docs/methods/*.md …) is a region of a file under examples/ (which `npm run examples`
// type-checks and runs), and so is every shell, R and Python block (which
// test/docs/guide-scripts.test.ts runs). A block is announced by a marker line
//
//   <!-- include: examples/guides/getting-started/score-a-batch.ts#score -->
//
// right above its fence, and its content is the text between `// #region score` and
// `// #endregion score` in that file, dedented, without region markers and without
// `// biome-ignore` lines (they are for the formatter, not the reader). In a file whose comments
// start with `#` (.sh, .R, .py) the markers are `# #region name` and `# #endregion name`. Edit the
// example, then run this script to rewrite the blocks; `--check` only reports the documents that
// are out of date. test/docs/guides.test.ts fails on any difference, so a block cannot drift from
// its example. Blocks of other languages (`text` diagrams and recorded output, `json`, none) stay
// written in the document.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const root: string = fileURLToPath(new URL('..', import.meta.url));
/** Where the guides are. */
export const guidesDir: string = join(root, 'docs/guides');
/** Where the examples of the README and of docs/ outside the guides are. */
export const docsExamplesDir: string = join(root, 'examples/docs');

/** Fence languages that must be included from an example, never written by hand. */
export const CODE_LANGUAGES: ReadonlySet<string> = new Set([
  'ts',
  'typescript',
  'tsx',
  'mts',
  'cts',
  'js',
  'javascript',
  'jsx',
  'mjs',
  'cjs',
]);

/**
 * Fence languages of the scripts that test/docs/guide-scripts.test.ts runs; they too must be
 * included from an example. (`text` blocks are diagrams or recorded output and stay in the
 * document.) A `console` block is a shell session: it must be included too, from a .sh file, and
 * the documents write commands as `sh` blocks without prompts, as the guides do.
 */
export const SCRIPT_LANGUAGES: ReadonlySet<string> = new Set([
  'sh',
  'bash',
  'shell',
  'console',
  'shell-session',
  'r',
  'python',
  'py',
]);

/** The comment that starts a region marker in `file`: `#` for shell, R and Python, else `//`. */
export function commentOf(file: string): '//' | '#' {
  return /\.(sh|bash|r|py)$/i.test(file) ? '#' : '//';
}

const MARKER = /^<!-- include: (\S+?)#([\w-]+) -->$/;
const REGIONS = {
  '//': /^\s*\/\/ #(region|endregion)(?: ([\w-]+))?\s*$/,
  '#': /^\s*# #(region|endregion)(?: ([\w-]+))?\s*$/,
} as const;
const FORMATTER_ONLY = /^\s*\/\/ biome-ignore\b/;
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;

/** A fenced block of a guide, with the include marker right above it if there is one. */
export interface GuideBlock {
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  /** The lines between the fences, joined. */
  readonly content: string;
  /** Index of the first content line and one past the last, in the guide's lines. */
  readonly start: number;
  readonly end: number;
  readonly include: { readonly file: string; readonly region: string } | null;
}

/** One thing wrong with a guide. */
export interface GuideProblem {
  /** 1-based line in the guide. */
  readonly line: number;
  readonly message: string;
  /** True for a block that differs from its region: `npm run guides` rewrites it. */
  readonly drifted: boolean;
}

/** The result of checking one guide. */
export interface GuideCheck {
  /** The guide with every included block rewritten from its region. */
  readonly synced: string;
  readonly problems: GuideProblem[];
}

/** The fenced blocks of a markdown text, in order. Throws on a fence that is never closed. */
export function guideBlocks(markdown: string): GuideBlock[] {
  const lines = markdown.split('\n');
  const found: GuideBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string);
    if (!open) continue;
    const [, indent, fence, lang] = open as unknown as [string, string, string, string];
    let close = i + 1;
    while (
      close < lines.length &&
      !new RegExp(`^${indent}${fence[0]}{${fence.length},}\\s*$`).test(lines[close] as string)
    ) {
      close++;
    }
    if (close >= lines.length) throw new Error(`line ${i + 1}: the fence ${fence} is never closed`);
    const marker = i > 0 ? MARKER.exec((lines[i - 1] as string).trim()) : null;
    found.push({
      line: i + 1,
      lang: lang.toLowerCase(),
      content: lines.slice(i + 1, close).join('\n'),
      start: i + 1,
      end: close,
      include: marker ? { file: marker[1] as string, region: marker[2] as string } : null,
    });
    i = close;
  }
  return found;
}

/**
 * The text of `// #region name` … `// #endregion name` in `source` (`# #region name` …
 * `# #endregion name` when `comment` is `#`), as a guide shows it: nested region markers and
 * `// biome-ignore` lines left out, dedented, without blank edges. Throws when the region is
 * missing, opened twice or never closed.
 */
export function extractRegion(source: string, name: string, comment: '//' | '#' = '//'): string {
  const region = REGIONS[comment];
  const lines = source.split('\n');
  const starts: number[] = [];
  const ends: number[] = [];
  lines.forEach((line, i) => {
    const m = region.exec(line);
    if (m && m[2] === name) (m[1] === 'region' ? starts : ends).push(i);
  });
  const open = `${comment} #region ${name}`;
  if (starts.length === 0) throw new Error(`no "${open}"`);
  if (starts.length > 1) throw new Error(`"${open}" appears ${starts.length} times`);
  const start = starts[0] as number;
  const end = ends.find((e) => e > start);
  if (end === undefined) throw new Error(`"${open}" has no "${comment} #endregion ${name}"`);
  const kept = lines
    .slice(start + 1, end)
    .filter((line) => !region.test(line) && !FORMATTER_ONLY.test(line));
  while (kept.length > 0 && (kept[0] as string).trim() === '') kept.shift();
  while (kept.length > 0 && (kept[kept.length - 1] as string).trim() === '') kept.pop();
  const indents = kept.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return kept.map((l) => l.slice(cut).trimEnd()).join('\n');
}

/**
 * Checks one guide: every code block must carry an include marker, every marker must name an
 * existing region under examples/ and precede a fenced block, and every included block must
 * equal its region. Returns the guide with the included blocks rewritten, and the problems.
 *
 * @param markdown - the guide's text
 * @param readExample - reads a file by its path from the repository root
 */
export function checkGuide(markdown: string, readExample: (file: string) => string): GuideCheck {
  const problems: GuideProblem[] = [];
  const problem = (line: number, message: string, drifted = false) =>
    problems.push({ line, message, drifted });
  const lines = markdown.split('\n');
  const blocks = guideBlocks(markdown);
  const announced = new Set(blocks.filter((b) => b.include).map((b) => b.start - 2));
  lines.forEach((line, i) => {
    if (MARKER.test(line.trim()) && !announced.has(i)) {
      problem(i + 1, 'an include marker must be right above a fenced block');
    } else if (/^<!--\s*include\b/.test(line.trim()) && !MARKER.test(line.trim())) {
      problem(i + 1, 'malformed marker; write <!-- include: examples/…/file.ts#region -->');
    }
  });
  // Rewrite from the last block so earlier line numbers stay valid.
  for (const block of [...blocks].reverse()) {
    if (!block.include) {
      if (CODE_LANGUAGES.has(block.lang) || SCRIPT_LANGUAGES.has(block.lang)) {
        problem(
          block.line,
          `a \`${block.lang}\` block without an include marker; move the code into examples/ and include it`,
        );
      }
      continue;
    }
    const { file, region } = block.include;
    if (!file.startsWith('examples/')) {
      problem(block.line, `${file} is not under examples/`);
      continue;
    }
    let text: string;
    try {
      text = extractRegion(readExample(file), region, commentOf(file));
    } catch (error) {
      problem(block.line, `${file}#${region}: ${(error as Error).message}`);
      continue;
    }
    if (text !== block.content) {
      problem(block.line, `the block differs from ${file}#${region}`, true);
      lines.splice(block.start, block.end - block.start, ...text.split('\n'));
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { synced: lines.join('\n'), problems };
}

/** The guides: docs/guides/*.md, by path from the repository root. */
export function guideFiles(): string[] {
  return readdirSync(guidesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => relative(root, join(guidesDir, f)));
}

/**
 * Every document whose blocks are checked, by path from the repository root (with `/`): README.md,
 * then the markdown files under docs/ at any depth (the guides among them), but not docs/api,
 * which typedoc writes.
 */
export function documentFiles(dir: string = join(root, 'docs')): string[] {
  const found = readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const file = relative(root, path).split('\\').join('/');
      if (statSync(path).isDirectory()) return file === 'docs/api' ? [] : documentFiles(path);
      return name.endsWith('.md') ? [file] : [];
    });
  return dir === join(root, 'docs') ? ['README.md', ...found] : found;
}

/**
 * The shell, R and Python files under examples/guides and examples/docs, by path from the
 * repository root (with `/`): test/docs/guide-scripts.test.ts runs them, as `npm run examples`
 * runs the TypeScript ones.
 */
export function exampleScripts(
  dirs: readonly string[] = [join(root, 'examples/guides'), docsExamplesDir],
): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return exampleScripts([path]);
        return commentOf(name) === '#' ? [relative(root, path).split('\\').join('/')] : [];
      }),
  );
}

/** Reads a file by its path from the repository root. */
export const readFromRoot = (file: string): string => readFileSync(join(root, file), 'utf8');

function main(args: readonly string[]): number {
  const checkOnly = args.includes('--check');
  let failed = 0;
  for (const guide of documentFiles()) {
    const { synced, problems } = checkGuide(readFromRoot(guide), readFromRoot);
    // A drifted block is fixed by rewriting; every other problem needs an author.
    const unfixable = problems.filter((p) => !p.drifted);
    const drifted = problems.length - unfixable.length;
    for (const p of checkOnly ? problems : unfixable) {
      console.error(`${guide}:${p.line}: ${p.message}`);
    }
    if (!checkOnly && drifted > 0) {
      writeFileSync(join(root, guide), synced);
      console.log(`${guide}: ${drifted} block(s) rewritten · 已更新 ${drifted} 段代码`);
    }
    if (unfixable.length > 0 || (checkOnly && drifted > 0)) failed++;
  }
  if (failed > 0) {
    console.error(
      checkOnly
        ? `${failed} document(s) out of date; run \`npm run guides\` · ${failed} 篇文档与示例不一致，请运行 \`npm run guides\``
        : `${failed} document(s) need fixing by hand · ${failed} 篇文档需要手动修正`,
    );
    return 1;
  }
  console.log('README and docs match examples/ · README 与文档代码与 examples/ 一致');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
