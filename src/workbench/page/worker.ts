import { type EntityInput, isYoupinError, type ModelInput, sensitivity } from 'youpin';

// The sensitivity analysis off the page's thread. The page builds this worker from a Blob URL of
// its bundled source (a worker script cannot be loaded from file://), posts the model and the
// batch, is told the progress, and terminates the worker to cancel.

/** What the page asks. */
export interface SensitivityRequest {
  readonly definition: ModelInput;
  readonly entities: readonly EntityInput[];
  readonly seed: number;
  readonly draws: number;
  readonly fraction: number;
}

/** What the worker says. */
export type SensitivityMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly result: ReturnType<typeof sensitivity> }
  | { readonly type: 'error'; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<SensitivityRequest>) => void) | null;
  postMessage(message: SensitivityMessage): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { definition, entities, seed, draws, fraction } = event.data;
  let last = 0;
  try {
    const result = sensitivity(definition, entities, {
      seed,
      draws,
      weights: { kind: 'uniform', fraction },
      onProgress: (done, total) => {
        // About a hundred messages at most: enough for a bar.
        if (done === total || done - last >= Math.max(1, Math.floor(total / 100))) {
          last = done;
          scope.postMessage({ type: 'progress', done, total });
        }
      },
    });
    scope.postMessage({ type: 'done', result });
  } catch (error) {
    const message = isYoupinError(error)
      ? error.issues.map((i) => i.message).join('; ')
      : error instanceof Error
        ? error.message
        : String(error);
    scope.postMessage({ type: 'error', message });
  }
};
