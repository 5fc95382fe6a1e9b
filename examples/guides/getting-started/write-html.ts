// Guide "Getting started" · 快速入门: write the offline HTML report. `npm run examples` runs this in
// a scratch directory, so report.html does not land in the repository.
// #region html
import { readFileSync, writeFileSync } from 'node:fs';
import { score, toHtml } from 'youpin';
import { haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';

const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const report = score(liaocheng2024, batch);
writeFileSync('report.html', toHtml(report, { benchmark: haopinShandongBenchmark }));
// #endregion html

// Not in the guide: the page was written, with the 好品山东 benchmark's lines.
const page = readFileSync('report.html', 'utf8');
if (!page.startsWith('<!DOCTYPE html>') || !page.includes('好品山东')) {
  throw new Error('report.html is not the expected page');
}
