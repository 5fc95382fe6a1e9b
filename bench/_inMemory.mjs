// The in-memory path of `youpin score FILE --format F [--detail D]`, for bench/stream.bench.ts:
// readBatch, score, then what the command writes from the whole report — toCsv (locale en), or
// reportChunks indented as `--format json` writes it, and a final newline. Runs the built package.
// `node bench/_inMemory.mjs FILE OUT csv|summary|standard|full`
import { createWriteStream } from 'node:fs';
import { defineModel, reportChunks, score, toCsv } from '../dist/index.js';
import { readBatch } from '../dist/node.js';
import { liaocheng2024 } from '../dist/presets.js';

const [file, out, layout] = process.argv.slice(2);
const model = defineModel(liaocheng2024);
const report = score(model, (await readBatch(file, model)).entities);
const stream = createWriteStream(out);
const write = (text) =>
  stream.write(text) ? Promise.resolve() : new Promise((done) => stream.once('drain', done));
if (layout === 'csv') await write(toCsv(report, { locale: 'en' }));
else {
  for await (const chunk of reportChunks(report, { detail: layout, indent: 2 })) await write(chunk);
  await write('\n');
}
await new Promise((done) => stream.end(done));
