// JSON text of a value, cut after `max` characters, in time proportional to `max` — not to the
// value. JSON.stringify writes the whole value first: an array that holds the same array twice, 40
// levels down, is 2⁴⁰ elements of text (it never returns), though a message quotes 200 characters.

/**
 * What `JSON.stringify(value)` gives, up to its first `max` characters (longer text is cut there);
 * `undefined` where JSON.stringify gives undefined (a function, a symbol, `undefined`). Throws
 * where JSON.stringify throws: a BigInt, or a cycle met within the first `max` characters.
 * Iterative, so nesting deeper than the stack is no problem either.
 */
export function boundedJson(value: unknown, max: number): string | undefined {
  const top = prepare(value, '');
  if (top === undefined) return undefined;
  let out = '';
  // Work items: text to write, or a container whose next entry is to be written.
  type Open = {
    readonly value: object;
    readonly keys: readonly string[] | null; // null: an array
    readonly length: number;
    next: number;
    wrote: boolean;
  };
  const open = (v: object): Open => {
    if (ancestors.has(v)) throw new TypeError('Converting circular structure to JSON');
    ancestors.add(v);
    const keys = Array.isArray(v) ? null : Object.keys(v);
    return {
      value: v,
      keys,
      length: keys ? keys.length : (v as unknown[]).length,
      next: 0,
      wrote: false,
    };
  };
  const ancestors = new Set<object>();
  const stack: Open[] = [];
  const write = (v: unknown): void => {
    if (typeof v === 'object' && v !== null) {
      out += Array.isArray(v) ? '[' : '{';
      stack.push(open(v));
    } else out += primitive(v, max);
  };
  write(top);
  while (stack.length > 0 && out.length <= max) {
    const frame = stack[stack.length - 1] as Open;
    if (frame.next >= frame.length) {
      stack.pop();
      ancestors.delete(frame.value);
      out += frame.keys ? '}' : ']';
      continue;
    }
    const i = frame.next++;
    if (frame.keys) {
      const key = frame.keys[i] as string;
      const child = prepare((frame.value as Record<string, unknown>)[key], key);
      if (child === undefined) continue; // JSON.stringify leaves such a property out
      out += `${frame.wrote ? ',' : ''}${JSON.stringify(key)}:`;
      frame.wrote = true;
      write(child);
    } else {
      const child = prepare((frame.value as unknown[])[i], String(i));
      out += i > 0 ? ',' : '';
      write(child === undefined ? null : child); // and writes null in an array
    }
  }
  return out.length > max ? out.slice(0, max) : out;
}

// A value as JSON.stringify sees it: its toJSON() first; undefined for what it leaves out.
function prepare(value: unknown, key: string): unknown {
  let v = value;
  if (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { toJSON?: unknown }).toJSON === 'function'
  )
    v = (v as { toJSON: (key: string) => unknown }).toJSON(key);
  if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return undefined;
  // Boxed primitives are written as their primitive, as JSON.stringify does.
  if (v instanceof Number || v instanceof String || v instanceof Boolean) return v.valueOf();
  return v;
}

function primitive(value: unknown, max: number): string {
  // Each character gives at least one of text: a longer string would be cut anyway.
  if (typeof value === 'string')
    return JSON.stringify(value.length > max ? value.slice(0, max + 1) : value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return String(value); // a boolean or null
}
