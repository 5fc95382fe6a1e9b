// Guide "Researchers" · 研究人员指南: tables for R or Python. `npm run examples` runs this in a
// scratch directory, so the files do not land in the repository.
// #region export
import { readFileSync, writeFileSync } from 'node:fs';
import { score, toCsv, toLongCsv } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const report = score(liaocheng2024, batch);
writeFileSync('report.csv', toCsv(report, { locale: 'en' })); // one row per entity, a column per dimension
writeFileSync('report.json', JSON.stringify(report)); // everything: nodes, panels, rules
// The same table in codes (sector ids, status codes, true/false, reason codes), for scripts.
writeFileSync('codes.csv', toCsv(report, { codes: true }));
// The long table: one row per entity and node — raw value, published and exact score, weights
// and contribution as exact text.
writeFileSync('nodes.csv', toLongCsv(report));
// #endregion export

// Not in the guide: the three files hold what the guide says.
const csv = readFileSync('report.csv', 'utf8')
  .replace(/^\uFEFF/, '')
  .trimEnd()
  .split(/\r?\n/);
const nodes = readFileSync('nodes.csv', 'utf8').trimEnd().split('\n');
const rows = report.entities.flatMap((e) => Array(Math.max(1, e.nodes.length)).fill(e.index));
const json = JSON.parse(readFileSync('report.json', 'utf8'));
if (csv.length !== 1 + report.entities.length)
  throw new Error(`report.csv has ${csv.length} lines`);
if (nodes.length !== 1 + rows.length || rows.length === 0) throw new Error('nodes.csv is short');
if (!readFileSync('codes.csv', 'utf8').startsWith('index,id,name,sector,status'))
  throw new Error('codes.csv has no codes header');
if (json.counts.selected !== 20) throw new Error('report.json does not hold the report');
