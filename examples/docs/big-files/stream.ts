// biome-ignore-all format: compact, as docs/big-files.md shows it
// biome-ignore-all lint/correctness/noUnusedFunctionParameters: the callbacks show what they receive
// docs/big-files.md "Use it": scoreCsvFile and readCsvChunks. The doc reads the reader's
// applicants.csv; here it is a copy of the sample batch, made before the shown code (imports are
// hoisted, so the region can start with them).
import { copyFileSync, readFileSync } from 'node:fs';

copyFileSync('examples/data/sample-batch.csv', 'applicants.csv');

// #region stream
import { defineModel } from 'youpin';
import { readCsvChunks, scoreCsvFile } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';

const model = defineModel(liaocheng2024);

// Scores, ranks, draws the list and writes the results (CSV as toCsv, NDJSON or JSON).
const summary = await scoreCsvFile('applicants.csv', model, {
  out: 'results.ndjson', // or a function (text) => … ; the format follows the extension
  onIssue: ({ issue, location }) => { /* every problem, located, as it is found */ },
  onProgress: (p) => { /* { phase: 'scoring', rows, bytes, totalBytes } or { phase: 'writing', … } */ },
});
summary.counts; // { entities, scored, ineligible, vetoed, invalid, selected }

// Or only read: chunks of entities, with their file issues and locations.
for await (const chunk of readCsvChunks('applicants.csv', model, { chunkSize: 1000 })) {
  chunk.entities; // what readBatch gives for these rows; entity i is chunk.first + k
  chunk.issues;   // problems of the file met in these rows
}
// #endregion stream

// Not shown: what the sketch above did with the sample batch.
console.log(summary.counts);
// → { entities: 127, scored: 112, ineligible: 10, vetoed: 2, invalid: 3, selected: 19 }
const lines = readFileSync('results.ndjson', 'utf8').trimEnd().split('\n');
console.log(lines.length, JSON.parse(lines[0] ?? '{}').id); // → 127 M001
