import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type EntityInput,
  type Issue,
  type Model,
  type ModelInput,
  type SensitivityOptions,
  type SensitivityPart,
  type SensitivityResult,
  sensitivityFromParts,
  YoupinError,
} from 'youpin';
import { listIssues, objectIssues } from '../error/checkArgument.js';
import { throwNodeIssues } from './_messages.js';

/**
 * Runs `sensitivity()` on worker threads, one share of the draws and Sobol rows each, and joins
 * the shares: the result is exactly the one-pass result (every draw has its own random stream),
 * in about 1/workers of the time on a machine with that many cores. `onProgress` reports the
 * evaluations done by all workers together.
 *
 * @param model - a model from `defineModel`, or a definition (sent to the workers as data)
 * @param entities - the batch (sent to every worker)
 * @param options - as for `sensitivity`
 * @param settings - `workers`: how many threads (default: the machine's available parallelism)
 * @returns the analysis, as `sensitivity` returns it
 * @throws YoupinError: what `sensitivity` throws, from the first worker that failed
 * @example
 * ```ts
 * import { defineModel, sensitivity } from 'youpin';
 * import { sensitivityInWorkers } from 'youpin/node';
 * const label = (s: string) => ({ zh: s, en: s });
 * const model = defineModel({
 *   id: 'm', version: '1', name: label('m'),
 *   tree: { id: 'total', label: label('total'), children: [
 *     { id: 'q', label: label('q'), scoring: { method: 'direct' } },
 *     { id: 'i', label: label('i'), scoring: { method: 'direct' } },
 *   ] },
 *   sectors: [{ id: 's', label: label('s') }],
 *   profile: { weights: { q: 0.5, i: 0.5 } },
 * });
 * const batch = [{ id: 'A', sector: 's', values: { q: 90, i: 60 } }, { id: 'B', sector: 's', values: { q: 60, i: 88 } }];
 * const options = { seed: 3, draws: 200, weights: { kind: 'uniform', fraction: 0.2 } } as const;
 * const parallel = await sensitivityInWorkers(model, batch, options, { workers: 2 });
 * JSON.stringify(parallel) === JSON.stringify(sensitivity(model, batch, options)); // → true
 * ```
 */
export async function sensitivityInWorkers(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: SensitivityOptions,
  settings: { readonly workers?: number | undefined } = {},
): Promise<SensitivityResult> {
  throwNodeIssues(objectIssues(model, 'model')); // its definition is checked by each worker's sensitivity
  throwNodeIssues(listIssues(entities, 'entities'));
  throwNodeIssues(objectIssues(options, 'options'));
  const definition = 'definition' in model && 'nodes' in model ? model.definition : model;
  const { onProgress, ...plain } = options;
  const draws = options.draws ?? 1000;
  const rows = options.sobol?.n ?? 0;
  const workers = Math.max(
    1,
    Math.min(settings.workers ?? availableParallelism(), Math.max(draws, rows, 1)),
  );
  const share = (total: number, w: number): [number, number] => [
    Math.floor((total * w) / workers),
    Math.floor((total * (w + 1)) / workers),
  ];
  const done = new Array<number>(workers).fill(0);
  const file = workerFile();
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      runWorker(
        file,
        {
          model: definition,
          entities,
          options: plain,
          slice: { draws: share(draws, w), sobolRows: share(rows, w) },
        },
        (count) => {
          done[w] = count;
          onProgress?.(
            done.reduce((a, b) => a + b, 0),
            draws,
          );
        },
      ),
    ),
  );
  return sensitivityFromParts(model, entities, plain, parts);
}

interface WorkerMessage {
  readonly done?: number;
  readonly total?: number;
  readonly part?: SensitivityPart;
  readonly error?: { readonly issues?: Issue[]; readonly message?: string };
}

// The worker's script: next to this module when built (dist/), or its source under tsx.
// (Under tsx — the library's own tests — the TypeScript worker is loaded through tsx's API.)
function workerFile(): { script: URL | string; eval: boolean } {
  const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  if (here.endsWith('.ts')) {
    const source = JSON.stringify(new URL('./sensitivityWorker.ts', here).href);
    const script = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`;
    return { script, eval: true };
  }
  const name = here.endsWith('.cjs') ? './sensitivity-worker.cjs' : './sensitivity-worker.js';
  return { script: new URL(name, here), eval: false };
}

function runWorker(
  file: { script: URL | string; eval: boolean },
  workerData: unknown,
  progress: (done: number, total: number) => void,
): Promise<SensitivityPart> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file.script, { workerData, eval: file.eval });
    worker.on('message', (message: WorkerMessage) => {
      if (message.done !== undefined) progress(message.done, message.total ?? message.done);
      if (message.part) resolve(message.part);
      if (message.error) {
        const issues = message.error.issues;
        reject(
          issues && issues.length > 0
            ? new YoupinError(issues as [Issue, ...Issue[]])
            : new Error(message.error.message ?? 'worker failed'),
        );
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`sensitivity worker exited with code ${code}`));
    });
  });
}
