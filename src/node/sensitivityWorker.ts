// The worker thread of sensitivityInWorkers: scores its share of the draws and Sobol rows and
// posts it back (typed arrays transferred, not copied). Progress goes up as `{ done }`.
import { parentPort, workerData } from 'node:worker_threads';
import { isYoupinError, type SensitivityPart, sensitivityPart } from 'youpin';

const { model, entities, options, slice } = workerData;
try {
  const part: SensitivityPart = sensitivityPart(
    model,
    entities,
    {
      ...options,
      onProgress: (done: number, total: number) => parentPort?.postMessage({ done, total }),
    },
    slice,
  );
  const buffers = [
    part.ranks,
    part.sectorRanks,
    part.selected,
    ...part.bands,
    part.fA,
    part.fB,
    ...part.fAB,
  ].map((a) => a.buffer as ArrayBuffer);
  parentPort?.postMessage({ part }, buffers);
} catch (error) {
  parentPort?.postMessage({
    error: isYoupinError(error)
      ? { issues: error.issues }
      : { message: error instanceof Error ? error.message : String(error) },
  });
}
