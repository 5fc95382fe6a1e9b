// The package as a user installs it: packed with `npm pack`, unpacked into a fresh project's
// node_modules. Every link in the README and in the shipped documents leads to a file of the
// package (there is no docs site yet: the docs ship in the package), and every file the command
// line's help names is there, located from the user's project.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'cli.js'));

let project = '';
let installed = '';
let shipped: string[] = [];

beforeAll(() => {
  if (!built) return;
  project = mkdtempSync(join(tmpdir(), 'youpin-shipped-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const [pack] = packed;
  if (!pack) throw new Error('npm pack gave nothing');
  shipped = pack.files.map((f) => f.path);
  installed = join(project, 'node_modules', 'youpin');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', [
    '-xzf',
    join(project, pack.filename),
    '-C',
    installed,
    '--strip-components=1',
  ]);
  // The dependencies, as npm would install them beside the package.
  for (const dep of ['zod', 'decimal.js']) {
    symlinkSync(join(root, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
  }
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** The relative link targets of a Markdown text, without anchors. */
function linksOf(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
    const target = match[1] ?? '';
    if (!/^[a-z]+:/i.test(target)) targets.push(target);
  }
  return targets;
}

describe.runIf(built)('the package as installed', () => {
  it('ships the README, the guides, the method notes and the files they link to', () => {
    const documents = shipped.filter((path) => path.endsWith('.md'));
    expect(documents).toContain('README.md');
    expect(documents).toContain('docs/data-files.md');
    expect(documents).toContain('docs/guides/getting-started.zh.md');
    const broken: string[] = [];
    for (const document of documents) {
      const text = readFileSync(join(installed, document), 'utf8');
      for (const target of linksOf(text)) {
        const path = normalize(join(dirname(document), target));
        if (!existsSync(join(installed, path))) broken.push(`${document} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no URL in package.json that points nowhere (there is no public repository yet)', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(pkg['repository']).toBeUndefined();
    expect(pkg['homepage']).toBeUndefined();
  });

  it('names in its help only files that are shipped, located from the project', () => {
    const cli = join(installed, 'dist', 'cli.js');
    const commands = [
      '',
      'score',
      'explain',
      'validate',
      'weights',
      'benchmark',
      'presets',
      'init',
    ];
    const named = new Set<string>();
    for (const lang of ['en', 'zh']) {
      for (const command of commands) {
        const args = [cli, ...(command ? [command] : []), '--help', '--lang', lang];
        const help = execFileSync('node', args, { cwd: project, encoding: 'utf8' });
        expect(help).not.toMatch(/(?<![\w/])(?:docs|examples)\//);
        for (const match of help.matchAll(/node_modules\/youpin\/([\w./-]*\w)/g)) {
          named.add(match[1] ?? '');
        }
      }
    }
    expect([...named]).toEqual(expect.arrayContaining(['docs/data-files.md']));
    expect([...named].filter((path) => !shipped.includes(path))).toEqual([]);
  }, 60_000);

  it('scores the sample batch its help shows, from the project', () => {
    const cli = join(installed, 'dist', 'cli.js');
    const sample = 'node_modules/youpin/examples/data/sample-batch.csv';
    const table = execFileSync('node', [cli, 'score', sample, '--lang', 'en'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(table).toMatch(/Manufacturing/);
  }, 60_000);
});
