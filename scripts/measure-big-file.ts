// Measures the streaming command line on a big file (docs/big-files.md): generates N applicants
// (scripts/generate-big-csv.ts, into the system's temporary directory), runs the BUILT command line
// `youpin score FILE --format csv --out OUT` (or `--format json --detail standard`, streamed as well)
// in a child process, and prints the wall time and the
// peak resident memory — from /usr/bin/time -v when it exists, else from the child's own
// process.resourceUsage().maxRSS — with the machine it ran on. It also checks what the file
// should give: the stray quote reported with its row, the other rows all written.
//
// Run: npm run bigfile                    (1,000,000 rows; builds first)
//      npm run bigfile -- --rows 200000
//      npm run bigfile -- --heap 320       (the child runs with NODE_OPTIONS=--max-old-space-size=320)
//      npm run bigfile -- --format json      (one JSON document at --detail standard; --detail summary)

import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateBigCsv, spoiledRows } from './generate-big-csv.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const { values } = parseArgs({
  options: {
    rows: { type: 'string' },
    keep: { type: 'boolean' },
    heap: { type: 'string' },
    format: { type: 'string' },
    detail: { type: 'string' },
  },
});
// A full-detail JSON report needs the whole report in memory (docs/big-files.md): only the
// details that stream are measured here.
const format = values.format ?? 'csv';
const detail = values.detail ?? 'standard';
if (format !== 'csv' && format !== 'json') throw new Error('--format is csv or json');
if (format === 'json' && detail !== 'standard' && detail !== 'summary')
  throw new Error('--detail is standard or summary (a full report is not streamed)');
const rows = Number(values.rows ?? 1_000_000);
const input = join(tmpdir(), `youpin-${rows}-applicants.csv`);
const output = join(tmpdir(), `youpin-${rows}-results.${format}`);
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');

const say = (text: string) => process.stdout.write(`${text}\n`);
say(`generating ${rows.toLocaleString('en')} rows into ${input} …`);
await generateBigCsv(rows, input);
const bytes = statSync(input).size;

// With /usr/bin/time the child is measured from outside; otherwise it reports its own peak.
const timeTool = existsSync('/usr/bin/time');
const report = `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'))`;
const args = [
  ...[cli, 'score', input, '--format', format, '--out', output, '--locale', 'en'],
  ...(format === 'json' ? ['--detail', detail] : []),
];
const command = timeTool ? '/usr/bin/time' : process.execPath;
const commandArgs = timeTool
  ? ['-v', process.execPath, ...args]
  : [`--import=data:text/javascript,${encodeURIComponent(report)}`, ...args];

say(`running youpin score … ${args.slice(3).join(' ')} (${(bytes / 2 ** 20).toFixed(0)} MiB) …`);
const started = performance.now();
const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve, reject) => {
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: {
      ...process.env,
      LANG: 'en_US.UTF-8',
      ...(values.heap ? { NODE_OPTIONS: `--max-old-space-size=${Number(values.heap)}` } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.on('error', reject);
  child.on('close', (c) => resolve({ code: c ?? -1, stderr: Buffer.concat(err).toString('utf8') }));
});
const seconds = (performance.now() - started) / 1000;
const peakKiB = timeTool
  ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1])
  : Number(/maxRSS (\d+)/.exec(stderr)?.[1]);

// What the file must give: exit 1 (it has problems), the stray quote at its row, every other row.
const spoiled = spoiledRows(rows);
const strayLine = `row ${spoiled.strayQuote}: a quoted field that starts in row ${spoiled.strayQuote}`;
const written =
  format === 'csv'
    ? readFileSync(output, 'utf8').split('\r\n').length - 2 // header, last CRLF
    : await entitiesInJson(output);
const checks = {
  'exit code 1 (the file has problems)': code === 1,
  [`stray quote reported at row ${spoiled.strayQuote.toLocaleString('en')}`]:
    stderr.includes(strayLine),
  [`${(rows - 1).toLocaleString('en')} rows written`]: written === rows - 1,
  'bad number and duplicate id located': stderr.includes('2 rows have problems'),
};

/** The applicants of an indented JSON report, counted line by line (it may be gigabytes). */
async function entitiesInJson(file: string): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (/^ {6}"index": \d+,$/.test(line)) count++;
  }
  return count;
}

const cpu = cpus();
say('');
say(`rows            ${rows.toLocaleString('en')} (${(bytes / 2 ** 20).toFixed(0)} MiB)`);
say(`output          --format ${format}${format === 'json' ? ` --detail ${detail}` : ''}`);
say(
  `wall time       ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s)`,
);
say(
  `peak RSS        ${(peakKiB / 1024).toFixed(0)} MiB (${timeTool ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'})`,
);
if (values.heap) say(`V8 heap         --max-old-space-size=${Number(values.heap)}`);
say(
  `machine         ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
for (const [what, ok] of Object.entries(checks)) say(`${ok ? 'ok  ' : 'FAIL'}            ${what}`);
if (!values.keep) {
  rmSync(input, { force: true });
  rmSync(output, { force: true });
}
if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
