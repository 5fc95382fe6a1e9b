import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  calibrate,
  cronbachAlpha,
  defineModel,
  deriveProfile,
  type EntityInput,
  explain,
  isYoupinError,
  pca,
  reportChunks,
  revocations,
  score,
  sensitivity,
  sensitivityPart,
  toHtml,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

// A service that forwards a JSON field passes null where it has no options: null reads as no
// options (the defaults), never as a TypeError from reading a field of null.
const data = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const rows = (Array.isArray(data) ? data : data.entities) as EntityInput[];
const report = score(liaocheng2024, rows);
const id = report.entities.find((e) => e.status === 'scored')?.id as string;
const M = [
  [1, 2, 3],
  [2, 1, 4],
  [3, 5, 2],
  [4, 3, 1],
];
const none = null as never;

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const chunk of chunks) all += chunk;
  return all;
}

describe('null options', () => {
  it('read as no options by the reports, explain, pca, cronbachAlpha and aggregate', async () => {
    expect(toHtml(report, none)).toBe(toHtml(report));
    expect(JSON.stringify(explain(report, id, none))).toBe(JSON.stringify(explain(report, id)));
    expect(JSON.stringify(pca(M, none))).toBe(JSON.stringify(pca(M)));
    expect(JSON.stringify(cronbachAlpha(M, none))).toBe(JSON.stringify(cronbachAlpha(M)));
    expect(aggregate([1, 2, 3], ['0.3', '0.3', '0.4'], none).value).toBe(
      aggregate([1, 2, 3], ['0.3', '0.3', '0.4']).value,
    );
    expect(await text(reportChunks(report, none))).toBe(await text(reportChunks(report)));
  });

  it('functions whose options hold what they need say it is missing, with no options or null', () => {
    for (const call of [
      ...[undefined, null].flatMap((options) => [
        () => calibrate(liaocheng2024, rows, options as never),
        () => revocations(liaocheng2024, rows, options as never),
        () => deriveProfile(defineModel(liaocheng2024), options as never),
      ]),
      () => sensitivity(liaocheng2024, rows.slice(0, 10), none),
      () => sensitivity(liaocheng2024, rows.slice(0, 10), undefined as never),
      () =>
        sensitivityPart(liaocheng2024, rows.slice(0, 10), none, {
          draws: [0, 10],
          sobolRows: [0, 0],
        }),
    ]) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(isYoupinError(thrown)).toBe(true);
    }
  });
});
