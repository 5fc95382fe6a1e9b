import { type FileHandle, open } from 'node:fs/promises';
import { nodeError } from './_messages.js';

// The writer of scoreCsvFile's output and of its spool. Text is encoded into one buffer kept for
// the whole run — a fresh buffer per write (what writing a string does) costs the kernel new
// zeroed pages each time, several seconds of system time for the 1.6 GB of a million applicants as
// JSON — and written a megabyte or more at a time: the kernel's cost is mostly per call (the CSV
// of a chunk, 40 kB, written by itself cost about three times the system time of the same bytes in
// megabytes). A file that cannot be opened or written (a full disk …) is `file_unwritable`.

/** Bytes written at a time (at least; the rest when the file is closed). */
const WRITE_SIZE = 1 << 20;

/**
 * Writes `text` from `from` up to `to` as UTF-8 into `bytes` at `at` (the caller has made room: 3
 * bytes a UTF-16 unit) and gives where it ends. ASCII (ids, figures, codes, separators) is copied
 * here up to the first other character, the rest by the encoder: a call of the encoder for a few
 * characters cost more than the copy.
 */
export function encodeInto(
  bytes: Buffer,
  at: number,
  text: string,
  from: number = 0,
  to: number = text.length,
): number {
  let put = at;
  let k = from;
  for (; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) break;
    bytes[put++] = c;
  }
  if (k === to) return put;
  return put + bytes.write(k === 0 && to === text.length ? text : text.slice(k, to), put, 'utf8');
}

/** Text encoded as UTF-8 into one buffer that grows when it must and is reused. */
export class TextBytes {
  bytes: Buffer = Buffer.allocUnsafe(2 * WRITE_SIZE);
  /** Bytes of `bytes` in use. */
  length = 0;

  /** Makes room for `size` more bytes after the `length` in use (the buffer may be a new one). */
  room(size: number): void {
    if (this.length + size <= this.bytes.length) return;
    const next = Buffer.allocUnsafe(2 * (this.length + size));
    this.bytes.copy(next, 0, 0, this.length);
    this.bytes = next;
  }

  /** Appends one byte. */
  addByte(byte: number): void {
    this.room(1);
    this.bytes[this.length++] = byte;
  }

  /** Appends a text as UTF-8 (room made): a short one (a separator) by encodeInto's loop. */
  private addText(text: string): void {
    if (text.length <= 16) this.length = encodeInto(this.bytes, this.length, text);
    else this.length += this.bytes.write(text, this.length, 'utf8');
  }

  /** Appends the pieces (text as UTF-8, bytes as they are), each where the last one ended. */
  add(pieces: ReadonlyArray<string | Uint8Array>): void {
    let size = 0;
    for (const piece of pieces) size += piece.length;
    // At most 3 bytes a UTF-16 unit.
    this.room(3 * size);
    for (const piece of pieces)
      if (typeof piece === 'string') this.addText(piece);
      else {
        this.bytes.set(piece, this.length);
        this.length += piece.length;
      }
  }
}

/** A file opened for writing through a TextBytes. */
export interface FileWriter {
  /** Appends the pieces' text (their join; bytes are UTF-8). */
  write(pieces: ReadonlyArray<string | Uint8Array>): Promise<void>;
  /** Writes what is left and closes the file (once; later calls do nothing). */
  close(): Promise<void>;
}

/**
 * Opens `path` for writing (truncated). `note` is added to the reason of a `file_unwritable`
 * (` (TMPDIR)` for the spool).
 */
export async function openFileWriter(path: string, note = ''): Promise<FileWriter> {
  const unwritable = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    return nodeError('file_unwritable', { file: path, reason: `${reason}${note}` });
  };
  let handle: FileHandle | null;
  try {
    handle = await open(path, 'w');
  } catch (error) {
    throw unwritable(error);
  }
  const text = new TextBytes();
  const flush = async () => {
    let done = 0;
    try {
      while (handle && done < text.length)
        done += (await handle.write(text.bytes, done, text.length - done)).bytesWritten;
    } catch (error) {
      // A full disk (ENOSPC), most often: said as such, not as a bug.
      throw unwritable(error);
    }
    text.length = 0;
  };
  return {
    async write(pieces) {
      text.add(pieces);
      if (text.length >= WRITE_SIZE) await flush();
    },
    async close() {
      try {
        await flush();
      } finally {
        await handle?.close();
        handle = null;
      }
    },
  };
}
