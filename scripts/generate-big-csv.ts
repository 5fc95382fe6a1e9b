// Generates a big applicants file for the 聊城优品 preset, for docs/big-files.md and `npm run
// bigfile`: every row is an applicant of examples/data/sample-batch.csv (taken in turn), with a
// new id and its numbers nudged by a seeded PRNG (±10 %, same decimals), so the totals spread and
// the quota cuts see real ties. A few rows are spoiled on purpose, deep in the file:
//
// - row 734,512 (with the default 1,000,000 rows) opens a quote before its sector and never closes
//   it — the reader must report that row and score every other one;
// - row 900,001 has "12,5" in a number column (the core reports it invalid, located);
// - row 950,001 repeats the id of the first applicant (the later row gets duplicate_id).
//
// Deterministic: the same arguments give the same bytes. The file goes to the system's temporary
// directory by default; it is never committed.
//
// Run: npx tsx scripts/generate-big-csv.ts [--rows 1000000] [--out FILE] [--no-stray-quote]

import { createWriteStream, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defineModel, type LeafInput, type NodeInput, score } from '../src/index.js';
import { readBatch } from '../src/node/readBatch.js';
import { liaocheng2024 } from '../src/presets/liaocheng2024.js';

const SEED = 20240630;
const SAMPLE = fileURLToPath(new URL('../examples/data/sample-batch.csv', import.meta.url));

/** The row numbers spoiled on purpose, for a file of `rows` data rows (header on row 1). */
export function spoiledRows(rows: number): {
  strayQuote: number;
  badNumber: number;
  duplicate: number;
} {
  const at = (share: number) => Math.max(2, Math.round(rows * share)) + 1;
  return { strayQuote: at(0.734511), badNumber: at(0.9), duplicate: at(0.95) };
}

/** mulberry32: a small 32-bit PRNG (public domain); returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits one line of the sample (no field spans lines there) into its cells, quotes kept. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      for (;;) {
        j = line.indexOf('"', j);
        if (line[j + 1] === '"') j += 2;
        else break;
      }
      cells.push(line.slice(i, j + 1));
      i = j + 2;
    } else {
      const end = line.indexOf(',', i);
      const stop = end === -1 ? line.length : end;
      cells.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return cells;
}

const NUMBER = /^\d+(\.\d+)?$/;

/**
 * A number nudged by up to ±10 %, with as many decimals as it had; at most 100 if it was, and
 * within its leaf's domain (a rating out of 5 stays at most 5).
 */
function nudge(text: string, random: () => number, domain: LeafInput['domain']): string {
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  const before = Number(text);
  let value = before * (0.9 + random() * 0.2);
  if (before <= 100) value = Math.min(100, value);
  if (domain?.max !== undefined) value = Math.min(Number(domain.max), value);
  if (domain?.min !== undefined) value = Math.max(Number(domain.min), value);
  return value.toFixed(decimals);
}

/**
 * Writes the file; resolves with its path. `strayQuote: false` leaves the stray quote out (the
 * other two spoiled rows stay), for comparisons with `readBatch`, which reads a stray quote
 * differently (see readCsvChunks).
 */
export async function generateBigCsv(
  rows: number,
  out: string,
  options: { readonly strayQuote?: boolean } = {},
): Promise<string> {
  const [header = '', ...samples] = readFileSync(SAMPLE, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const headers = cellsOf(header);
  // Numbers are nudged in indicator and series columns; ids, names, sectors and facts stay.
  const fixed = new Set(['编号', '中文名称', '英文名称', '行业']);
  const nudged = headers.map(
    (h) => !fixed.has(h) && !h.startsWith('fact.') && !h.startsWith('verification.'),
  );
  // Each column's leaf domain (columns are headed by the leaves' Chinese labels).
  const domains = new Map<string, LeafInput['domain']>();
  const visit = (node: NodeInput) => {
    if ('children' in node) node.children.forEach(visit);
    else domains.set(node.label.zh, node.domain);
  };
  visit(liaocheng2024.tree);
  const domainOf = headers.map((h) => domains.get(h));
  // The sample's own deliberate problems ("12,5", an unknown grade …) are left out: the big file
  // has exactly the three spoiled rows below, so they stand out.
  const model = defineModel(liaocheng2024);
  const clean = new Set(
    score(model, (await readBatch(SAMPLE, model)).entities)
      .entities.filter((e) => e.issues.length === 0)
      .map((e) => e.id),
  );
  const parsed = samples.map(cellsOf).filter((cells) => clean.has(cells[0] ?? ''));
  const random = mulberry32(SEED);
  const spoiled = spoiledRows(rows);
  const stream = createWriteStream(out);
  const write = (text: string) =>
    new Promise<void>((resolve) => {
      if (stream.write(text)) resolve();
      else stream.once('drain', resolve);
    });
  await write(`\uFEFF${header}\r\n`);
  let block: string[] = [];
  for (let n = 0; n < rows; n++) {
    const row = n + 2; // the header is row 1
    const source = parsed[n % parsed.length] as string[];
    const cells = source.map((cell, c) =>
      nudged[c] && NUMBER.test(cell) ? nudge(cell, random, domainOf[c]) : cell,
    );
    cells[0] = `${source[0]}-${String(n).padStart(7, '0')}`;
    if (row === spoiled.duplicate) cells[0] = `${parsed[0]?.[0]}-0000000`;
    if (row === spoiled.badNumber) {
      const column = nudged.findIndex((ok, c) => ok && NUMBER.test(cells[c] ?? ''));
      cells[column] = '"12,5"';
    }
    // A quote opened before the sector and never closed: the field would run into the next row.
    if (row === spoiled.strayQuote && options.strayQuote !== false) cells[3] = `"${cells[3]}`;
    block.push(cells.join(','));
    if (block.length === 10_000) {
      await write(`${block.join('\r\n')}\r\n`);
      block = [];
    }
  }
  await write(block.length > 0 ? `${block.join('\r\n')}\r\n` : '');
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      out: { type: 'string' },
      'no-stray-quote': { type: 'boolean' },
    },
  });
  const rows = Number(values.rows ?? 1_000_000);
  const out = values.out ?? join(tmpdir(), `youpin-${rows}-applicants.csv`);
  const started = performance.now();
  await generateBigCsv(rows, out, { strayQuote: values['no-stray-quote'] !== true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${out}: ${rows} rows (${seconds} s)\n`);
}
