// The 聊城优品 programme streamed from a big CSV file by the command line, as a city team runs it:
// `tsx bench/stream.bench.ts [rows]` writes a file of `rows` applicants (1,000,000 by default,
// scripts/generate-big-csv.ts, about 460 MiB, in the system's temporary directory), then runs
// `youpin score FILE --format F --out OUT` for CSV and for JSON at summary and standard detail, each
// in its own process, and prints one JSON line: per output, the CPU time (user + system) per
// applicant, the wall time and the peak memory of the process, and the size of what it wrote.
// Each output runs RUNS times (3; YOUPIN_STREAM_RUNS sets it), the outputs taking turns: this
// shared machine runs the same build 5–25 % slower from one quarter of an hour to the next (its
// host takes back guest memory that looks idle, DAMON `pageout`, so fresh pages cost a fault on
// the host), and what others do on it only adds time, so the time given is the best run's (every
// run's is listed in `runs`) and the memory the highest peak.
// Then, on a file of 50,000 applicants (no stray quote, which only the stream reads past), whether
// each output streamed — CSV, and JSON at summary, standard and full detail — is the same bytes as
// the in-memory path writes (readBatch, score, then toCsv or reportChunks: bench/_inMemory.mjs).
// Run by bench/score.bench.ts; needs `npm run build` (it runs dist/cli.js).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/** What one output measured: its best run's CPU time an applicant, and every run's. */
export interface StreamOutput {
  usPerApplicant: number;
  runs: number[];
  wallS: number;
  peakMB: number;
  bytesPerApplicant: number;
}

const rows = Number(process.argv[2] ?? 1_000_000);
const IDENTITY_ROWS = 50_000;
const RUNS = Math.max(1, Number(process.env['YOUPIN_STREAM_RUNS'] ?? 3));

/** The SHA-256 of a file, read as a stream. */
async function digest(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(path)) hash.update(piece as Buffer);
  return hash.digest('hex');
}
const root = new URL('../', import.meta.url).pathname;
const folder = mkdtempSync(join(os.tmpdir(), 'youpin-stream-'));

/** One run of the command line: what the process used, read from its own resource usage. */
function run(args: string[]): { cpuMs: number; wallMs: number; peakMB: number } {
  const usage = join(folder, 'usage.json');
  const started = performance.now();
  // --import runs a hook in the command's own process that writes its usage when it exits. The
  // file has rows spoiled on purpose (see the generator): the command reports them, exit code 1.
  const done = spawnSync(
    process.execPath,
    ['--import', `${root}bench/_usage.mjs`, `${root}dist/cli.js`, ...args],
    { env: { ...process.env, YOUPIN_BENCH_USAGE: usage }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (done.status !== 0 && done.status !== 1)
    throw new Error(`youpin ${args.join(' ')} failed: ${done.stderr?.toString().slice(-2000)}`);
  const wallMs = performance.now() - started;
  const u = JSON.parse(readFileSync(usage, 'utf8')) as {
    userCPUTime: number;
    systemCPUTime: number;
    maxRSS: number;
  };
  return { cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, wallMs, peakMB: u.maxRSS / 1024 };
}

try {
  const file = join(folder, 'big.csv');
  execFileSync(`${root}node_modules/.bin/tsx`, [
    `${root}scripts/generate-big-csv.ts`,
    '--rows',
    String(rows),
    '--out',
    file,
  ]);
  const outputs: Record<string, StreamOutput> = {};
  for (let round = 0; round < RUNS; round++)
    for (const [name, format] of [
      ['csv', ['--format', 'csv']],
      ['json summary', ['--format', 'json', '--detail', 'summary']],
      ['json standard', ['--format', 'json', '--detail', 'standard']],
    ] as const) {
      const out = join(folder, 'out');
      const m = run(['score', file, ...format, '--out', out, '--locale', 'en']);
      const us = (m.cpuMs * 1000) / rows;
      const last = outputs[name];
      const best = last === undefined || us < last.usPerApplicant;
      outputs[name] = {
        usPerApplicant: best ? us : (last as { usPerApplicant: number }).usPerApplicant,
        runs: [...(last?.runs ?? []), us],
        wallS: best ? m.wallMs / 1000 : (last as { wallS: number }).wallS,
        peakMB: Math.max(m.peakMB, last?.peakMB ?? 0),
        bytesPerApplicant: statSync(out).size / rows,
      };
      rmSync(out, { force: true });
    }
  // The same bytes as the in-memory path, on 50,000 applicants.
  const small = join(folder, 'identity.csv');
  execFileSync(`${root}node_modules/.bin/tsx`, [
    `${root}scripts/generate-big-csv.ts`,
    '--rows',
    String(IDENTITY_ROWS),
    '--out',
    small,
    '--no-stray-quote',
  ]);
  const identity: Record<string, boolean> = {};
  for (const [name, format, layout] of [
    ['csv', ['--format', 'csv', '--locale', 'en'], 'csv'],
    ['json summary', ['--format', 'json', '--detail', 'summary'], 'summary'],
    ['json standard', ['--format', 'json', '--detail', 'standard'], 'standard'],
    ['json full', ['--format', 'json'], 'full'],
  ] as const) {
    const streamed = join(folder, 'streamed');
    const inMemory = join(folder, 'in-memory');
    run(['score', small, ...format, '--out', streamed]);
    execFileSync(process.execPath, [`${root}bench/_inMemory.mjs`, small, inMemory, layout]);
    identity[name] = (await digest(streamed)) === (await digest(inMemory));
    rmSync(streamed, { force: true });
    rmSync(inMemory, { force: true });
  }
  process.stdout.write(
    `${JSON.stringify({ rows, outputs, identity: { rows: IDENTITY_ROWS, same: identity } })}\n`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
