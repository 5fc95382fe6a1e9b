import type { EntityInput, Model } from 'youpin';
import { csvChunks } from './_csvChunks.js';
import type { CsvChunk, ReadCsvChunksOptions } from './types.js';

/**
 * Reads the applicants of a CSV file as a stream, chunk by chunk, so that a file of a million rows
 * never has to fit in memory: the bytes are decoded as they come (UTF-8 with or without BOM, or
 * GB18030, as `readBatch` detects them), split into records (RFC 4180; a quoted field may span
 * chunks and lines), and read with `readBatch`'s header and cell rules into the entities that
 * `score` takes.
 *
 * What a chunk gives is what `readBatch` gives for the same rows: the same entities, the same file
 * issues with the same paths (entity indexes count from the start of the file), and a `locate`
 * for the chunk's paths. Both readers skip a record longer than 1 MiB (`row_too_long`, or
 * `stray_quote` when a quoted field runs it over several lines), flag a quoted cell that runs on
 * into what reads like a whole row (`suspicious_quote`), and decide the encoding alike (a line
 * that breaks it is `mixed_encoding`). One difference, decided so that one bad row cannot hide the
 * rest of a big file: a quoted field that is not closed where its row ends (the file ends first,
 * or the record would run into the next row and get another number of cells than the header) is
 * a stray quote: that row is skipped with a `stray_quote` issue and reading goes on at the next
 * line. (`readBatch` reports `unterminated_quote` and reads no further.) Memory stays at about one
 * chunk of rows.
 *
 * 中文摘要：流式读取 CSV，逐块返回申报对象（默认每块 1000 行），规则与 `readBatch` 相同；引号未闭合的行
 * 报告 `stray_quote` 并跳过，其余行照常读取；内存占用约为一块数据。
 *
 * @param file - a .csv, .tsv or .txt file
 * @param model - the model the rows will be scored with (for its leaves, labels and sectors)
 * @param options - `encoding`; `chunkSize` (applicants per chunk, default 1000)
 * @returns an async iterator of chunks; the last one may be empty (it then carries the file's last
 *   issues, or the header's when there are no rows)
 * @throws YoupinError `not_csv`, `bad_option`, `file_unreadable`, `not_utf8`, `undecodable`,
 *   `mixed_encoding`
 * @example
 * ```ts
 * import { defineModel } from 'youpin';
 * import { readCsvChunks } from 'youpin/node';
 * import { liaocheng2024 } from 'youpin/presets';
 * const model = defineModel(liaocheng2024);
 * const sizes: number[] = [];
 * for await (const chunk of readCsvChunks('examples/data/sample-batch.csv', model, { chunkSize: 50 }))
 *   sizes.push(chunk.entities.length);
 * sizes; // → [ 50, 50, 27 ]
 * ```
 */
export async function* readCsvChunks(
  file: string,
  model: Model,
  options: ReadCsvChunksOptions = {},
): AsyncGenerator<CsvChunk, void, undefined> {
  for await (const chunk of csvChunks(file, model, options, false)) {
    const { first, issues, notices, locate, encoding, bytesRead, totalBytes } = chunk;
    const entities = chunk.entities as EntityInput[];
    yield { first, entities, issues, notices, locate, encoding, bytesRead, totalBytes };
  }
}
