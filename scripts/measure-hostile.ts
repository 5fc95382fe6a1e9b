// Measures how fast hostile input is refused (docs/reliability.md, "Hostile input, measured"):
// a cell of 1,000,000 digits through the core API, the BUILT command line (in a child process,
// in memory and streamed) and the example service (in a child process, over HTTP), and the other
// classes that used to take super-linear time — a run of digits followed by a letter, a points
// cell with a long run of spaces before its colon, a model whose objects are shared (or cyclic),
// entity values with shared arrays, and many event types against many events. Each is timed once,
// wall clock, and checked for the outcome it must have; nothing here is a timed assertion in a test.
//
// Run: npm run hostile     (builds first)

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineModel, type EntityInput, type ModelInput, safeDefineModel, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'youpin-hostile-'));
const say = (text: string) => process.stdout.write(`${text}\n`);
const DIGITS = 1_000_000;
const million = '9'.repeat(DIGITS);

type Row = { path: string; case: string; ms: number; outcome: string; ok: boolean };
const rows: Row[] = [];
async function measure(
  path: string,
  what: string,
  run: () => Promise<[string, boolean]> | [string, boolean],
) {
  const started = performance.now();
  const [outcome, ok] = await run();
  rows.push({ path, case: what, ms: performance.now() - started, outcome, ok });
}

const model = defineModel(liaocheng2024);
const sample: EntityInput[] = JSON.parse(
  readFileSync(join(root, 'examples/data/sample-batch.json'), 'utf8'),
);
const first = sample[0] as EntityInput;
const hostileRow = (value: string): EntityInput => ({
  ...first,
  values: { ...first.values, m_Q4: value },
});
const codes = (
  entity: { issues: ReadonlyArray<{ code: string; path: readonly unknown[] }> } | undefined,
) => (entity?.issues ?? []).map((i) => `${i.code} at ${i.path.join('.')}`).join('; ');

// ─── Core API ───────────────────────────────────────────────────────────────────────────────────
for (const engine of ['exact', 'fast'] as const) {
  await measure(`API score() ${engine}`, `${DIGITS.toLocaleString('en')}-digit value`, () => {
    const report = score(model, [hostileRow(million), sample[1] as EntityInput], { engine });
    const outcome = codes(report.entities[0]);
    // Past 10,000 characters a cell is refused as too long a text before it is read as a number.
    return [
      outcome,
      /^(number_too_long|text_too_long) at entities\.0\.values\.m_Q4$/.test(outcome),
    ];
  });
}
await measure('API score()', '200,000 digits then "x"', () => {
  const outcome = codes(score(model, [hostileRow(`${'1'.repeat(200_000)}x`)]).entities[0]);
  return [outcome, /^(number_too_long|text_too_long)/.test(outcome)];
});
await measure('API score()', '1,000 digits then "x" (under the length limit)', () => {
  const outcome = codes(score(model, [hostileRow(`${'1'.repeat(1000)}x`)]).entities[0]);
  return [outcome, outcome.startsWith('not_a_number')];
});

// ─── Command line (child process) ──────────────────────────────────────────────────────────────
const csv = readFileSync(join(root, 'examples/data/sample-batch.csv'), 'utf8').split('\n');
const head = csv.slice(0, 6);
head[1] = (head[1] as string).replace(',83.4,', `,${million},`);
const file = join(dir, 'million-digits.csv');
writeFileSync(file, `${head.join('\n')}\n`);

function run(args: readonly string[]): Promise<{ code: number; stderr: string; stdout: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = 0;
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.length;
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stderr: Buffer.concat(err).toString('utf8'), stdout }),
    );
  });
}
for (const [label, format] of [
  ['CLI score --format json (in memory)', 'json'],
  ['CLI score --format csv (streamed)', 'csv'],
] as const) {
  await measure(
    label,
    `${DIGITS.toLocaleString('en')}-digit cell (process start included)`,
    async () => {
      const { code, stderr } = await run(['score', file, '--format', format, '--locale', 'en']);
      const line =
        stderr.split('\n').find((l) => l.includes('characters long')) ?? stderr.slice(0, 120);
      // Exit 0: an invalid row is kept in the report as not scored (`--strict` makes it exit 1).
      return [`exit ${code}: ${line.trim().slice(0, 110)}…`, code === 0 && line.includes('row 2')];
    },
  );
}
await measure('CLI --version', 'process start alone, for comparison', async () => {
  const { code } = await run(['--version']);
  return [`exit ${code}`, code === 0];
});

// ─── Example service (child process, HTTP) ─────────────────────────────────────────────────────
const service: ChildProcess = spawn(
  process.execPath,
  ['--import', 'tsx', 'examples/service/server.ts'],
  { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] },
);
const base = await new Promise<string>((resolve, reject) => {
  let text = '';
  service.stdout?.on('data', (b: Buffer) => {
    text += b.toString('utf8');
    const port = /localhost:(\d+)/.exec(text)?.[1];
    if (port) resolve(`http://127.0.0.1:${port}`);
  });
  service.on('error', reject);
  service.on('exit', (code) => reject(new Error(`the service exited (${code})`)));
});
const post = async (body: unknown) => {
  const response = await fetch(`${base}/score`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, never> };
};
await measure(
  'service POST /score',
  `${DIGITS.toLocaleString('en')}-digit value (1 MB body)`,
  async () => {
    const { status, body } = await post({ entities: [hostileRow(million)] });
    const entity = (
      body as { entities?: Array<{ issues: Array<{ code: string; path: unknown[] }> }> }
    ).entities?.[0];
    const outcome = `${status}: ${codes(entity)}`;
    return [
      outcome,
      status === 200 &&
        /(number_too_long|text_too_long) at entities\.0\.values\.m_Q4$/.test(outcome),
    ];
  },
);
await measure('service POST /score', 'the next normal request', async () => {
  const { status, body } = await post({ entities: sample.slice(0, 2) });
  const totals = (body as { entities?: Array<{ total: string | null }> }).entities?.map(
    (e) => e.total,
  );
  return [`${status}: totals ${totals?.join(', ')}`, status === 200 && totals?.length === 2];
});
service.kill();

// ─── Shared references and events (issue 16, items 8 and 12) ──────────────────────────────────
await measure('API safeDefineModel()', 'a model that contains itself twice', () => {
  const input = structuredClone(liaocheng2024) as unknown as Record<string, unknown>;
  input['x'] = input;
  input['y'] = input;
  const result = safeDefineModel(input as unknown as ModelInput);
  const outcome = result.success ? 'accepted' : result.error.issues.map((i) => i.code).join(', ');
  return [outcome, outcome === 'cyclic_input'];
});
await measure('API safeDefineModel()', 'a condition shared 8 ways at each of 16 levels', () => {
  let condition: unknown = { fact: 'f', op: '>=', value: 1 };
  for (let level = 0; level < 16; level++) condition = { any: Array(8).fill(condition) };
  const input = {
    ...liaocheng2024,
    gates: [{ id: 'G', label: { zh: '条件', en: 'Gate' }, when: condition }],
  };
  const result = safeDefineModel(input as unknown as ModelInput);
  const outcome = result.success ? 'accepted' : result.error.issues.map((i) => i.code).join(', ');
  return [outcome, !result.success];
});
await measure('API score()', 'a value of arrays shared 2 ways at each of 40 levels', () => {
  let value: unknown = ['x'];
  for (let level = 0; level < 40; level++) value = [value, value];
  const outcome = codes(score(model, [hostileRow(value as string)]).entities[0]);
  return [
    outcome.slice(0, 60),
    outcome.startsWith('wrong_value_type') || outcome.startsWith('not_a_number'),
  ];
});

await measure('API score()', '40,000 event types × 1,000 events (the limit)', () => {
  const types = Array.from({ length: 40_000 }, (_, i) => `t${i}`);
  const input = {
    ...liaocheng2024,
    vetoes: [
      ...(liaocheng2024.vetoes ?? []),
      { id: 'VX', label: { zh: '否决', en: 'Veto' }, when: { event: types, withinYears: 3 } },
    ],
  } as ModelInput;
  const events = Array.from({ length: 1000 }, (_, i) => ({ type: `x${i}`, date: '2024-01-01' }));
  const report = score(defineModel(input), [{ ...first, events }]);
  const outcome = report.entities[0]?.status ?? '?';
  return [outcome, outcome === 'scored'];
});
await measure('API score()', '1,001 events', () => {
  const events = Array.from({ length: 1001 }, () => ({ type: 'x', date: '2024-01-01' }));
  const outcome = codes(score(model, [{ ...first, events }]).entities[0]);
  return [outcome, outcome === 'too_large at entities.0.events'];
});

// ─── Report ────────────────────────────────────────────────────────────────────────────────────
rmSync(dir, { recursive: true, force: true });
const cpu = cpus();
say(
  `machine: ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
say('');
say('| path | case | time | outcome |');
say('| --- | --- | --- | --- |');
for (const r of rows)
  say(
    `| ${r.path} | ${r.case} | ${r.ms < 10 ? r.ms.toFixed(1) : Math.round(r.ms)} ms | ${r.ok ? '' : 'FAIL '}${r.outcome} |`,
  );
if (!rows.every((r) => r.ok)) process.exitCode = 1;
