// The public API of youpin/node: reading input files (CSV, XLSX, JSON) with Node's APIs. It
// imports the core as the package itself ('youpin'), so that the core exists once at run time.

export { formatLocation } from './formatLocation.js';
export { readBatch } from './readBatch.js';
export { readCsvChunks } from './readCsvChunks.js';
export { readModelFile } from './readModelFile.js';
export { scoreCsvFile } from './scoreCsvFile.js';
export { sensitivityInWorkers } from './sensitivityInWorkers.js';
export type {
  BatchFile,
  CellLocation,
  CsvChunk,
  CsvProgress,
  LocatedIssue,
  NodeIssueCode,
  ReadBatchOptions,
  ReadCsvChunksOptions,
  ReadProgress,
  ScoreCsvFileOptions,
  ScoredCsvFile,
  StreamedEntity,
} from './types.js';
