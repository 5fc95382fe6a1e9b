// JSON.parse keeps the last of two equal keys in an object, without a word: a batch with
// `"m_Q4": 50, …, "m_Q4": 95` is scored with 95, and a model with a weight written twice takes the
// second. This scanner finds such keys in text that JSON.parse has accepted, in one pass: each
// object's keys go into a set of their own, so the work is linear in the text.

/** A key written twice in one object: where the second one is. */
export interface DuplicateKey {
  /** The path of the object that holds the key, then the key (array items by index). */
  readonly path: ReadonlyArray<string | number>;
  readonly key: string;
  /** 1-based line and column of the second key's opening quote. */
  readonly line: number;
  readonly column: number;
}

type Frame =
  | { readonly kind: 'object'; readonly keys: Set<string>; key: string | null }
  | { readonly kind: 'array'; index: number };

/**
 * The keys written twice in an object of `text`, which must be JSON that `JSON.parse` accepts;
 * at most `limit` of them, in the order of the text.
 */
export function duplicateKeys(text: string, limit = 100): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  // In an object, whether the next string is a key (after `{` or `,`) or a value (after `:`).
  let expectKey = false;
  const pathTo = (): Array<string | number> => {
    const path: Array<string | number> = [];
    for (const frame of stack) {
      if (frame.kind === 'array') path.push(frame.index);
      else if (frame.key !== null) path.push(frame.key);
    }
    return path;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x7b /* { */) {
      stack.push({ kind: 'object', keys: new Set(), key: null });
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push({ kind: 'array', index: 0 });
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      expectKey = top?.kind === 'object';
    } else if (c === 0x3a /* : */) {
      expectKey = false;
    } else if (c === 0x22 /* " */) {
      const start = i;
      const column = i - lineStart + 1;
      // The string's end; its text decoded only when it is a key (escapes make "\u0061" equal "a").
      let escaped = false;
      i++;
      for (; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top?.kind === 'object') {
        const raw = text.slice(start, i + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.keys.has(key)) {
          if (found.length < limit) {
            top.key = null;
            found.push({ path: [...pathTo(), key], key, line, column });
          }
        } else top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
    }
  }
  return found;
}
