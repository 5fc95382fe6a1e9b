// The ids met so far in a streamed file, to find duplicates (the core's duplicate_id) across
// chunks. A Set of a million id strings held about 70 bytes an applicant, every one of them an
// object the garbage collector traces at each full collection; here the ids' characters sit in
// one growing Uint16Array with a hash table of entry numbers beside it: about 40 bytes for an id
// of 12 characters, in a handful of typed arrays the collector does not look into. Membership is
// exact: a hash match is confirmed by comparing the characters.

/** A set of ids: `add` says whether the id is new. */
export interface IdSet {
  /** Whether `id` was added before. */
  has(id: string): boolean;
  /** Adds `id`; false when it was there already. */
  add(id: string): boolean;
  /** How many ids it holds. */
  readonly size: number;
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** An empty id set. */
export function idSet(): IdSet {
  let chars = new Uint16Array(1 << 16);
  let top = 0; // characters used
  let starts = new Uint32Array(1 << 12); // entry e's characters: starts[e] to starts[e + 1]
  let hashes = new Int32Array(1 << 12);
  let count = 0;
  let table = new Int32Array(1 << 13); // entry number + 1, or 0 for an empty slot
  let mask = table.length - 1;

  const sameAs = (e: number, id: string): boolean => {
    const start = starts[e] as number;
    if ((starts[e + 1] as number) - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  };

  /** The slot of `id`: where it is, or the empty slot where it would go. */
  const slotOf = (id: string, hash: number): number => {
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot] as number;
      if (entry === 0) return slot;
      if (hashes[entry - 1] === hash && sameAs(entry - 1, id)) return slot;
      slot = (slot + 1) & mask;
    }
  };

  const grow = () => {
    table = new Int32Array(table.length * 2);
    mask = table.length - 1;
    for (let e = 0; e < count; e++) {
      let slot = (hashes[e] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = e + 1;
    }
  };

  return {
    has(id) {
      return table[slotOf(id, hashOf(id))] !== 0;
    },
    add(id) {
      const hash = hashOf(id);
      const slot = slotOf(id, hash);
      if (table[slot] !== 0) return false;
      // Room for the characters, the entry and its end.
      if (top + id.length > chars.length) {
        const more = new Uint16Array(Math.max(chars.length * 2, top + id.length));
        more.set(chars.subarray(0, top));
        chars = more;
      }
      if (count + 2 > starts.length) {
        const more = new Uint32Array(starts.length * 2);
        more.set(starts);
        starts = more;
        const moreHashes = new Int32Array(hashes.length * 2);
        moreHashes.set(hashes);
        hashes = moreHashes;
      }
      for (let i = 0; i < id.length; i++) chars[top + i] = id.charCodeAt(i);
      starts[count] = top;
      top += id.length;
      starts[count + 1] = top;
      hashes[count] = hash;
      count++;
      table[slot] = count;
      // At most half full: probes stay short.
      if (count * 2 > table.length) grow();
      return true;
    },
    get size() {
      return count;
    },
  };
}
