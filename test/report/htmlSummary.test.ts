import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, HTML_SUMMARY_FROM, score, toHtml } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

// The summary page: for big batches the HTML report leaves out each applicant's explanation and
// draws big sectors as histograms, so that it grows by well under 1 KB per applicant.

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const model = defineModel(liaocheng2024);
const repeated = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    ...(sample[i % sample.length] as EntityInput),
    id: `x${i}`,
  }));

describe('toHtml at scale', () => {
  it('a summary page keeps the list, the counts, the notices and why each was not scored', () => {
    const report = score(model, sample);
    const full = toHtml(report);
    const page = toHtml(report, { detail: 'summary' });
    expect(full).toContain('<details class="entity"');
    expect(page).not.toContain('<details class="entity"');
    expect(page).toContain('class="public-list"');
    expect(page).toContain('id="notices"');
    expect(page).toContain('youpin explain');
    for (const e of report.entities.filter((x) => x.status !== 'scored'))
      expect(page).toContain(`id="entity-${e.index}"`);
    // Every selected applicant is on the public list of the summary page.
    for (const e of report.entities.filter((x) => x.selection?.selected))
      expect(page).toContain(`<tr data-id="${e.id}">`);
    expect(page.length).toBeLessThan(full.length / 5);
  });

  it(`is the default from HTML_SUMMARY_FROM (${HTML_SUMMARY_FROM}) applicants, with histograms for big sectors`, () => {
    const below = score(model, repeated(HTML_SUMMARY_FROM - 1), { engine: 'fast' });
    const at = score(model, repeated(HTML_SUMMARY_FROM), { engine: 'fast' });
    expect(toHtml(below)).toContain('<details class="entity"');
    expect(toHtml(at)).not.toContain('<details class="entity"');
    expect(toHtml(at)).toContain('class="chart totals histogram"');
  }, 240_000);

  it('grows by well under 1 KB per applicant', () => {
    const size = (n: number) =>
      Buffer.byteLength(
        toHtml(score(model, repeated(n), { engine: 'fast' }), { detail: 'summary' }),
      );
    const small = size(1000);
    const large = size(4000);
    expect((large - small) / 3000).toBeLessThan(1024);
  }, 240_000);
});
