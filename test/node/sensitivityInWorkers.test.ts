import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, isYoupinError, sensitivity } from 'youpin';
import { sensitivityInWorkers } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);

describe('sensitivityInWorkers', () => {
  it('gives exactly the one-pass result on worker threads, with progress', async () => {
    const model = defineModel(liaocheng2024);
    const options = {
      seed: 'workers',
      draws: 120,
      weights: { kind: 'uniform', fraction: 0.2 },
      sobol: { n: 16, bootstrap: 20 },
    } as const;
    const seen: number[] = [];
    const parallel = await sensitivityInWorkers(
      model,
      sample,
      { ...options, onProgress: (done) => seen.push(done) },
      { workers: 2 },
    );
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(sensitivity(model, sample, options)));
    expect(seen.length).toBeGreaterThan(0);
  }, 60_000);

  it('passes a worker’s YoupinError on, with its issues', async () => {
    const model = defineModel(liaocheng2024);
    const failure = await sensitivityInWorkers(
      model,
      sample,
      { seed: 1, exclude: ['nope'] },
      { workers: 2 },
    ).catch((error: unknown) => error);
    expect(isYoupinError(failure) && failure.issues[0]?.code).toBe('unknown_node');
  }, 60_000);
});
