// The public API of youpin/node: reading input files (CSV, XLSX, JSON) with Node's APIs. It
// imports the core as the package itself ('youpin'), so that the core exists once at run time.

export { formatLocation } from './formatLocation.js';
export { readBatch } from './readBatch.js';
export { readModelFile } from './readModelFile.js';
export type { BatchFile, CellLocation, NodeIssueCode, ReadBatchOptions } from './types.js';
