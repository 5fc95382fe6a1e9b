import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { type EntityInput, type Report, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { unmatched } from '../../scripts/run-examples.js';
import { exampleScripts, extractRegion, readFromRoot, root } from '../../scripts/sync-guides.js';
import { parseCsvText } from '../helpers.js';

// The shell, R and Python blocks of docs/guides are regions of files under examples/guides, and
// those of the README and of the other documents of docs/ regions of files under examples/docs
// (see scripts/sync-guides.ts); this test runs them, as `npm run examples` runs the TypeScript ones.
//
// A shell region runs command by command, as a reader types it, each in `sh -c` from the same
// directory: every command must exit 0, and the comment lines right below a command (`# Wrote
// city.json: …`) must be whole lines of what it prints, in order (`…` stands for anything, as in
// the `// →` comments). Then each guide's results are checked: files written, applicants listed.
//
// `npm install youpin exceljs` must not reach the registry: the published youpin is an older
// release (or none), not the code under test. The commands therefore run with a stand-in `npm`
// first on PATH that only knows `npm install youpin|exceljs` and links this repository (built by
// `npm run build`, which `npm test` runs first) and its exceljs into node_modules, as an install
// would lay them out; any other use fails. `npx` is the real one: it finds node_modules/.bin/youpin
// → dist/cli.js, and runs offline so that a missing link fails instead of downloading a package.
//
// R, Python with pandas and curl are not part of Node: .ci/run installs them from Debian
// (r-base-core, python3-pandas, curl; no CRAN, no PyPI). Python is Debian's /usr/bin/python3, where
// python3-pandas installs, rather than the first `python3` on PATH, which (pyenv's, say) often has
// no pandas; that one only serves if it has pandas and Debian's has none. Where one is missing, the
// test that needs it is skipped with the reason, so that `npm test` passes on a machine with Node
// alone; with CI set (CI=true, as .ci/run runs), it fails instead, so that CI always runs it.

const TIMEOUT = 120_000;
const CI = !['', '0', 'false'].includes((process.env['CI'] ?? '').toLowerCase());

/** The tools outside Node that some scripts need, or undefined where missing. */
const tools = {
  curl: spawnOk('sh', ['-c', 'command -v curl']) ? 'curl' : undefined,
  Rscript: spawnOk('sh', ['-c', 'command -v Rscript']) ? 'Rscript' : undefined,
  python: ['/usr/bin/python3', 'python3'].find((p) => spawnOk(p, ['-c', 'import pandas'])),
};

/** Skips the running test, saying why, where `tool` is missing; fails it instead under CI. */
function needs<T>(
  tool: T | undefined,
  missing: string,
  skip: TestContext['skip'],
): asserts tool is T {
  if (tool !== undefined) return;
  if (CI) expect.fail(`${missing}, and CI requires it: .ci/run installs it`);
  skip(`${missing}; with CI=true this test fails instead`);
}
const scratchRoot = mkdtempSync(join(tmpdir(), 'youpin-guide-scripts-'));
afterAll(() => rmSync(scratchRoot, { recursive: true, force: true }));

/** A fresh directory under this test's scratch directory. */
function scratch(name: string): string {
  const dir = join(scratchRoot, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

// The stand-in `npm` (see above).
const bin = scratch('bin');
writeFileSync(
  join(bin, 'npm'),
  `#!/bin/sh
# Test stand-in for \`npm install youpin exceljs\` (test/docs/guide-scripts.test.ts): links the
# build under test instead of downloading the published package.
set -e
if [ "$1" != install ]; then echo "npm (test stand-in) only runs 'npm install': npm $*" >&2; exit 1; fi
shift
mkdir -p node_modules/.bin
for pkg in "$@"; do
  case "$pkg" in
    youpin) ln -sfn '${root}' node_modules/youpin; ln -sfn ../youpin/dist/cli.js node_modules/.bin/youpin ;;
    exceljs) ln -sfn '${join(root, 'node_modules/exceljs')}' node_modules/exceljs ;;
    *) echo "npm (test stand-in) cannot install $pkg" >&2; exit 1 ;;
  esac
done
`,
);
chmodSync(join(bin, 'npm'), 0o755);

/** The environment of the guides' commands: English messages, no colour settings, the stand-in. */
function scriptEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    // npm_* (set when npm runs the tests) would point npx at this repository's own project.
    if (v !== undefined && !/^(npm_|NO_COLOR$|FORCE_COLOR$|LANG$|LANGUAGE$|LC_)/i.test(k)) {
      env[k] = v;
    }
  }
  return {
    ...env,
    LANG: 'C.UTF-8',
    PATH: [bin, dirname(process.execPath), env['PATH'] ?? ''].join(delimiter),
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string>,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A command of a shell block, with the comment lines right below it: what it prints. */
interface Step {
  readonly command: string;
  readonly shows: readonly string[];
}

/** The commands of a shell block: `\` continues a line; a comment line shows the output above. */
function steps(block: string): Step[] {
  const found: { command: string; shows: string[] }[] = [];
  let last: { command: string; shows: string[] } | undefined;
  const lines = block.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.trim() === '') {
      last = undefined;
    } else if (line.trimStart().startsWith('#')) {
      last?.shows.push(line.trimStart().replace(/^#\s?/, ''));
    } else {
      while (line.endsWith('\\') && i + 1 < lines.length) line += `\n${lines[++i]}`;
      last = { command: line, shows: [] };
      found.push(last);
    }
  }
  return found;
}

/** The shell region `file#region` (file by its path from the repository root), command by command. */
function shellSteps(file: string, region: string): Step[] {
  return steps(extractRegion(readFromRoot(file), region, '#'));
}

/** Runs the commands one after the other in `cwd`; stops at the first one that fails. */
async function runSteps(
  list: readonly Step[],
  cwd: string,
  env: Record<string, string> = scriptEnv(),
): Promise<{ step: Step; run: Run }[]> {
  const runs: { step: Step; run: Run }[] = [];
  for (const step of list) {
    const result = await run('sh', ['-c', step.command], cwd, env);
    runs.push({ step, run: result });
    if (result.code !== 0) break;
  }
  return runs;
}

/** Every command ran, exited 0 and printed the lines its comments show. */
function expectShown(runs: readonly { step: Step; run: Run }[], list: readonly Step[]): void {
  for (const { step, run: r } of runs) {
    const where = `\`${step.command}\` (exit ${r.code})\n${r.stderr}${r.stdout}`;
    expect(r.code, where).toBe(0);
    const shown = step.shows.map((text, line) => ({ line, text }));
    expect(unmatched(shown, r.stdout), where).toEqual([]);
  }
  expect(runs.map((r) => r.step)).toEqual(list);
}

/** The `# #region` names of a script, to check that every region is run. */
function regionsOf(file: string): string[] {
  const text = readFromRoot(file);
  return [...text.matchAll(/^# #region ([\w-]+)\s*$/gm)].map((m) => m[1] as string);
}

const sample: EntityInput[] = JSON.parse(readFromRoot('examples/data/sample-batch.json'));
const sampleIds = sample.map((e) => String(e.id)).sort();

/** The tables the researchers' guide writes with export.ts (run in `dir`), and the report. */
async function exportTables(dir: string): Promise<Report> {
  symlinkSync(join(root, 'examples'), join(dir, 'examples'), 'junction');
  const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
  const file = join(root, 'examples/guides/researchers/export.ts');
  const args = [tsx, '--tsconfig', join(root, 'examples/tsconfig.json'), file];
  const r = await run(process.execPath, args, dir, scriptEnv());
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
}

// ─── The plan: which script runs where ───────────────────────────────────────────────────────────

const RUN_HERE: Record<string, readonly string[]> = {
  'examples/guides/getting-started/install.sh': ['install'],
  'examples/guides/city-teams/cli.sh': ['init', 'workbench', 'validate', 'score', 'years'],
  'examples/guides/service-developers/server.sh': ['server'],
  'examples/guides/service-developers/curl.sh': ['curl'],
  'examples/guides/researchers/read.R': ['read'],
  'examples/guides/researchers/read.py': ['read'],
  // Checked rather than run as written: see "README quickstart.sh" below.
  'examples/docs/readme/quickstart.sh': ['quickstart'],
  'examples/docs/readme/install.sh': ['install'],
  'examples/docs/readme/cli.sh': ['cli'],
  'examples/docs/big-files/score.sh': ['score'],
};

describe('the scripts of the guides, the README and docs/', () => {
  it('are all run here, every region of them', () => {
    expect(exampleScripts().sort()).toEqual(Object.keys(RUN_HERE).sort());
    for (const [file, regions] of Object.entries(RUN_HERE)) {
      expect(regionsOf(file), file).toEqual(regions);
    }
  });

  it('are cut into commands with the output their comments show', () => {
    const block = ['a --x \\', '  --y', '# prints', '#   this', '', '# a note', 'b # note'].join(
      '\n',
    );
    expect(steps(block)).toEqual([
      { command: 'a --x \\\n  --y', shows: ['prints', '  this'] },
      { command: 'b # note', shows: [] },
    ]);
  });
});

describe('getting-started/install.sh', () => {
  it(
    'installs youpin and exceljs where a project resolves them, and npx finds the command',
    async () => {
      const dir = scratch('getting-started');
      const list = shellSteps('examples/guides/getting-started/install.sh', 'install');
      expect(list.map((s) => s.command.split('#')[0]?.trim())).toEqual([
        'npm install youpin',
        'npm install exceljs',
      ]);
      expectShown(await runSteps(list, dir), list);
      expect(resolvedFrom(dir, ['youpin', 'exceljs'])).toEqual([
        join(realpathSync(root), 'dist/index.cjs'),
        expect.stringContaining(join(realpathSync(root), 'node_modules/exceljs/')),
      ]);
      const version = await run('sh', ['-c', 'npx youpin --version'], dir, scriptEnv());
      expect(version.stdout.trim(), version.stderr).toBe(
        JSON.parse(readFromRoot('package.json')).version,
      );
    },
    TIMEOUT,
  );
});

describe('city-teams/cli.sh', () => {
  const dir = scratch('city-teams');
  const init = shellSteps('examples/guides/city-teams/cli.sh', 'init');
  const workbench = shellSteps('examples/guides/city-teams/cli.sh', 'workbench');
  const validate = shellSteps('examples/guides/city-teams/cli.sh', 'validate');
  const scoring = shellSteps('examples/guides/city-teams/cli.sh', 'score');
  const years = shellSteps('examples/guides/city-teams/cli.sh', 'years');
  const runs: Record<
    'init' | 'workbench' | 'validate' | 'score' | 'years',
    { step: Step; run: Run }[]
  > = {
    init: [],
    workbench: [],
    validate: [],
    score: [],
    years: [],
  };

  beforeAll(async () => {
    // Not typed by a reader: their own workbook. Here, the sample's, with its three deliberate
    // mistakes corrected, so that `validate` has nothing to report (test/cli checks the reports).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(root, 'examples/data/sample-batch.xlsx'));
    const sheet = workbook.getWorksheet('申报数据');
    if (!sheet) throw new Error('sample-batch.xlsx has no sheet 申报数据');
    const headers = sheet.getRow(1).values as unknown[];
    const fixes = [
      { row: 50, header: '销售利润率', was: '12,5', now: 12.5 },
      { row: 62, header: '农产品质量安全抽检合格率（近 3 年）', was: null, now: 98.9 },
      { row: 95, header: '公共信用综合评价等级', was: 'AAA', now: 'A' },
      { row: 95, header: 'fact.credit_grade', was: 'AAA', now: 'A' },
    ];
    for (const { row, header, was, now } of fixes) {
      const cell = sheet.getRow(row).getCell(headers.indexOf(header));
      expect(cell.value ?? null, `sample-batch.xlsx row ${row}, ${header}`).toBe(was);
      cell.value = now;
    }
    await workbook.xlsx.writeFile(join(dir, 'applicants.xlsx'));
    runs.init = await runSteps(init, dir);
    if (runs.init.every((r) => r.run.code === 0)) runs.workbench = await runSteps(workbench, dir);
    if (runs.init.every((r) => r.run.code === 0)) runs.validate = await runSteps(validate, dir);
    if (runs.validate.every((r) => r.run.code === 0)) runs.score = await runSteps(scoring, dir);
    // The next year's batch and the year's events, as the bureau would have them.
    copyFileSync(
      join(root, 'examples/data/sample-batch-2025.json'),
      join(dir, 'applicants-2025.json'),
    );
    copyFileSync(
      join(root, 'examples/data/sample-batch-2026.json'),
      join(dir, 'applicants-2026.json'),
    );
    copyFileSync(join(root, 'examples/data/events-2025.json'), join(dir, 'events-2025.json'));
    if (runs.score.every((r) => r.run.code === 0)) runs.years = await runSteps(years, dir);
  }, TIMEOUT);

  it('init: writes city.json as the comment says, and jinan.json with its id and names', () => {
    expectShown(runs.init, init);
    const city = JSON.parse(readFileSync(join(dir, 'city.json'), 'utf8'));
    expect([city.id, city.version]).toEqual(['city', '0.1.0']);
    // The schema the editor is pointed at is where the install put it.
    expect(city.$schema).toBe('./node_modules/youpin/schema/model.schema.json');
    expect(existsSync(join(dir, city.$schema))).toBe(true);
    const jinan = JSON.parse(readFileSync(join(dir, 'jinan.json'), 'utf8'));
    expect([jinan.id, jinan.name]).toEqual([
      'jinan-youpin',
      { zh: '济南优品', en: 'Jinan Premium Products' },
    ]);
  });

  it('workbench: writes the page and its scripts to workbench/', () => {
    expectShown(runs.workbench, workbench);
    for (const file of ['index.html', 'workbench.css', 'workbench.js', 'exceljs.min.js'])
      expect(existsSync(join(dir, 'workbench', file)), file).toBe(true);
  });

  it('validate: the model, then the model and the workbook, are OK (exit 0)', () => {
    expectShown(runs.validate, validate);
    for (const { run: r } of runs.validate) expect(r.stdout).toMatch(/^OK\b/);
    expect(runs.validate[1]?.run.stdout).toContain('applicants.xlsx');
  });

  it('score: prints the tables, writes 公示.html and 结果.csv with every applicant', () => {
    expectShown(runs.score, scoring);
    expect(runs.score[0]?.run.stdout).toContain(`city 0.1.0 · applicants.xlsx`);
    expect(runs.score[0]?.run.stdout).toContain(`${sample.length} applicants`);
    const html = readFileSync(join(dir, '公示.html'), 'utf8');
    expect(html).toContain('city 0.1.0');
    expect(sampleIds.filter((id) => !html.includes(id))).toEqual([]);
    const csv = readFileSync(join(dir, '结果.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csv.slice(1).trimEnd().split(/\r?\n/).map(csvCells);
    const idColumn = column(header, 'ID');
    expect(idColumn).toBeGreaterThanOrEqual(0);
    expect(rows.map((r) => r[idColumn]).sort()).toEqual(sampleIds);
  });

  it('years: an edition, the register, the annual check, the next edition with its bans, a replay', () => {
    expectShown(runs.years, years);
    const register = JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8'));
    const revoked = register.titles.filter((t: { history: Array<{ status: string }> }) =>
      t.history.some((h) => h.status === 'revoked'),
    );
    expect(revoked.map((t: { holder: string }) => t.holder).sort()).toEqual(['A015', 'M002']);
    const list = readFileSync(join(dir, '称号名录.csv'), 'utf8');
    expect(list.split('\r\n').filter((l) => l !== '')).toHaveLength(21);
    expect(readFileSync(join(dir, '称号名录.html'), 'utf8')).toContain(
      '<h2>已撤销 · Revoked (2)</h2>',
    );
    const e2026 = JSON.parse(readFileSync(join(dir, 'edition-2026.json'), 'utf8'));
    expect(e2026.bans.map((b: { id: string }) => b.id)).toEqual(['A015', 'M002']);
  });

  it('explain: tells M001 in sentences, with the total that score gave it', () => {
    const name = sample.find((e) => e.id === 'M001')?.name as { en: string } | undefined;
    const out = runs.score[3]?.run.stdout ?? '';
    expect(out.split('\n')[0]).toBe(`M001 ${name?.en} (Manufacturing)`);
    const [header, ...rows] = readFileSync(join(dir, '结果.csv'), 'utf8')
      .slice(1)
      .split(/\r?\n/)
      .map(csvCells);
    const row = rows.find((r) => r[column(header, 'ID')] === 'M001');
    const total = row?.[column(header, 'Total')];
    expect(total).toMatch(/^\d+\.\d\d$/);
    expect(out).toContain(`The total score is ${total},`);
  });
});

/** The index of a column of 结果.csv, whose headers are bilingual: `编号 ID`, `总分 Total`. */
function column(header: readonly string[] | undefined, en: string): number {
  return (header ?? []).findIndex((h) => h === en || h.endsWith(` ${en}`));
}

/** The cells of a CSV line (quoted cells may hold commas: company names do). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += c;
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  return [...cells, cell];
}

describe('service-developers: server.sh, then curl.sh', () => {
  let server: ChildProcess | undefined;
  let port = 0;
  let curlHome = '';

  beforeAll(async () => {
    // A free port rather than 8787, which something else may hold; curl's own configuration
    // (a .curlrc, as a reader could have) sends localhost:8787 there, so the commands run as shown.
    port = await new Promise<number>((resolve, reject) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() =>
          typeof address === 'object' && address
            ? resolve(address.port)
            : reject(new Error('no free port')),
        );
      });
    });
    curlHome = scratch('curl');
    writeFileSync(join(curlHome, '.curlrc'), `connect-to = "localhost:8787:127.0.0.1:${port}"\n`);
    const [start, ...more] = shellSteps('examples/guides/service-developers/server.sh', 'server');
    expect(more).toEqual([]);
    // From the repository's root, as the guide says; its own process group, to stop it whole.
    const child = spawn('sh', ['-c', start?.command ?? 'false'], {
      cwd: root,
      env: scriptEnv({ PORT: String(port) }),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout?.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        if (out.includes(`listening on http://localhost:${port}`)) resolve();
      });
      child.stderr?.setEncoding('utf8').on('data', (d: string) => {
        err += d;
      });
      child.on('exit', (code) => reject(new Error(`server.sh exited ${code}\n${err}${out}`)));
    });
  }, TIMEOUT);

  afterAll(() => {
    if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  });

  it(
    'curl: the report is what score() returns, and the 400 is the answer in the comment',
    async ({ skip }) => {
      needs(tools.curl, 'curl is not on the PATH (apt-get install curl)', skip);
      const list = shellSteps('examples/guides/service-developers/curl.sh', 'curl');
      const runs = await runSteps(list, scratch('service'), scriptEnv({ CURL_HOME: curlHome }));
      expectShown(runs, list);
      const [scored, refused] = runs.map((r) => r.run.stdout);
      const entities = [{ id: 'A', sector: 'services', values: {} }];
      expect(scored).toBe(JSON.stringify(score(liaocheng2024, entities)));
      // The comment is the whole answer, byte for byte.
      expect(refused).toBe(list[1]?.shows.join('\n'));
    },
    TIMEOUT,
  );
});

describe('researchers: read.R and read.py read the tables of export.ts', () => {
  const dir = scratch('researchers');
  let report: Report;
  let expected = '';

  beforeAll(async () => {
    report = await exportTables(dir);
    const nodes = report.entities.reduce((n, e) => n + Math.max(1, e.nodes.length), 0);
    expected = `rows: ${report.entities.length} report, ${nodes} nodes; first column: Index`;
  }, TIMEOUT);

  it(
    'R (Rscript) reads one row per applicant, and one per applicant and node',
    async ({ skip }) => {
      needs(tools.Rscript, 'Rscript is not on the PATH (apt-get install r-base-core)', skip);
      const read = join(root, 'examples/guides/researchers/read.R');
      // Not a UTF-8 locale: there, R keeps the BOM unless told fileEncoding = "UTF-8-BOM".
      const r = await run('Rscript', [read], dir, scriptEnv({ LANG: 'C', LC_ALL: 'C' }));
      expect(r.code, r.stderr).toBe(0);
      // Every cell read back as the text written: the bytes of all cells add up.
      const cells = parseCsvText(readFileSync(join(dir, 'nodes.csv'), 'utf8'))
        .slice(1)
        .flat();
      const bytes = cells.reduce((n, c) => n + Buffer.byteLength(c), 0);
      const first = firstScores(report);
      expect(r.stdout.trim().split('\n')).toEqual([
        expected,
        `first scores: ${first.join(', ')}`,
        `characters in cells: ${bytes}`,
        'contributions add up to the totals: TRUE',
        `selected is logical: TRUE, ${report.counts.selected} selected`,
      ]);
    },
    TIMEOUT,
  );

  it(
    'Python (pandas) reads the same rows, and the scores as exact text',
    async ({ skip }) => {
      const python = tools.python;
      needs(python, 'no python3 with pandas (apt-get install python3-pandas)', skip);
      const r = await run(
        python,
        [join(root, 'examples/guides/researchers/read.py')],
        dir,
        scriptEnv(),
      );
      expect(r.code, r.stderr).toBe(0);
      const first = firstScores(report);
      expect(first).toContain('52.90'); // a trailing zero, which a float would drop
      expect(r.stdout.trim().split('\n')).toEqual([
        expected,
        `first scores: ${first.join(', ')}`,
        'round trip: identical',
        'contributions add up to the exact totals: True',
      ]);
    },
    TIMEOUT,
  );
});

/** The published scores of the first applicant's nodes after the total (rows 2–4 of nodes.csv). */
function firstScores(report: Report): Array<string | null> {
  return (report.entities[0]?.nodes ?? []).slice(1, 4).map((n) => n.score);
}

function spawnOk(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// ─── The README and docs/ ────────────────────────────────────────────────────────────────────────

/** Where `require(name)` resolves from `dir`, for each name. */
function resolvedFrom(dir: string, names: readonly string[]): string[] {
  const code = `console.log(${JSON.stringify(names)}.map((n) => require.resolve(n)).join('\\n'))`;
  return execFileSync(process.execPath, ['-e', code], { cwd: dir, encoding: 'utf8' })
    .trim()
    .split('\n');
}

describe('README quickstart.sh: the commands that CI runs', () => {
  // `npm ci` would replace node_modules under these tests, and `npm test` would run them again
  // (it runs vitest): so the two lines are checked against what CI does, and only the demo runs.
  const list = shellSteps('examples/docs/readme/quickstart.sh', 'quickstart');

  it('are the two commands of a fresh clone, unchanged', () => {
    expect(list.map((s) => s.command.split('#')[0]?.trim())).toEqual([
      'npm ci && npm run demo',
      'npm ci && npm test',
    ]);
  });

  it('the second is what .ci/run runs, and `npm test` runs the demo against the build', () => {
    const commands = readFromRoot('.ci/run')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(commands.slice(-2)).toEqual(['npm ci', 'npm test']);
    const scripts: Record<string, string> = JSON.parse(readFromRoot('package.json')).scripts;
    expect(scripts['test']?.split(' && ')).toContain('npm run examples');
    expect(scripts['examples']).toContain('examples/demo.ts');
    expect(scripts['demo']).toBe('tsx examples/demo.ts');
  });

  it(
    '`npm run demo` runs from the sources, as on a fresh clone, and writes youpin-report.html',
    async () => {
      // A clone's layout by links, so that the demo's report is not written into this repository.
      const dir = scratch('quickstart');
      for (const name of ['package.json', 'tsconfig.json', 'src', 'examples', 'node_modules']) {
        symlinkSync(join(root, name), join(dir, name), 'junction');
      }
      const demo = list[0]?.command.split('#')[0]?.split(' && ')[1]?.trim() ?? '';
      expect(demo).toBe('npm run demo');
      // The real npm: the stand-in only installs.
      const env = scriptEnv({
        PATH: [dirname(process.execPath), process.env['PATH']].join(delimiter),
      });
      const r = await run('sh', ['-c', demo], dir, env);
      expect(r.code, r.stderr + r.stdout).toBe(0);
      expect(r.stdout).toMatch(/HTML report: .*youpin-report\.html/);
      expect(readFileSync(join(dir, 'youpin-report.html'), 'utf8')).toContain('M001');
    },
    TIMEOUT,
  );
});

describe('README install.sh', () => {
  it(
    'installs youpin where a project resolves it',
    async () => {
      const dir = scratch('readme-install');
      const list = shellSteps('examples/docs/readme/install.sh', 'install');
      expect(list.map((s) => s.command)).toEqual(['npm install youpin']);
      expectShown(await runSteps(list, dir), list);
      expect(resolvedFrom(dir, ['youpin'])).toEqual([join(realpathSync(root), 'dist/index.cjs')]);
    },
    TIMEOUT,
  );
});

describe('README cli.sh', () => {
  it(
    'scores the sample CSV as a table, and the workbook to an HTML page with the benchmark',
    async () => {
      // As in a clone, examples/ is at hand; applicants.xlsx stands for the reader's workbook.
      const dir = scratch('readme-cli');
      symlinkSync(join(root, 'examples'), join(dir, 'examples'), 'junction');
      copyFileSync(join(root, 'examples/data/sample-batch.xlsx'), join(dir, 'applicants.xlsx'));
      const list = shellSteps('examples/docs/readme/cli.sh', 'cli');
      const runs = await runSteps(list, dir);
      expectShown(runs, list);
      expect(resolvedFrom(dir, ['youpin', 'exceljs'])).toHaveLength(2);
      const table = runs[1]?.run.stdout ?? '';
      expect(table).toContain('examples/data/sample-batch.csv');
      expect(table).toContain(`${sample.length} applicants`);
      // The sample's three deliberate mistakes are listed, and do not fail the command.
      expect(runs[2]?.run.stderr).toContain('3 rows have problems');
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(sampleIds.filter((id) => !html.includes(id))).toEqual([]);
      expect(html).toContain('好品山东');
    },
    TIMEOUT,
  );
});

describe('docs/big-files.md score.sh', () => {
  it(
    'streams a CSV file to results.csv with every applicant',
    async () => {
      const dir = scratch('big-files');
      expectShown(await runSteps([{ command: 'npm install youpin', shows: [] }], dir), [
        { command: 'npm install youpin', shows: [] },
      ]);
      copyFileSync(join(root, 'examples/data/sample-batch.csv'), join(dir, 'applicants.csv'));
      const list = shellSteps('examples/docs/big-files/score.sh', 'score');
      expectShown(await runSteps(list, dir), list);
      const csv = readFileSync(join(dir, 'results.csv'), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = csv.slice(1).trimEnd().split(/\r?\n/).map(csvCells);
      expect(rows.map((r) => r[column(header, 'ID')]).sort()).toEqual(sampleIds);
    },
    TIMEOUT,
  );
});
