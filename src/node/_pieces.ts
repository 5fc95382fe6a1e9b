// Pieces of text gathered to be joined once: a chunk's spooled records. The list keeps its room
// from one chunk to the next (an array grown again for every chunk, a piece at a time, allocated
// about 800 bytes an applicant at summary detail; setting a list's length to 0 gives its room back).

/** Texts added one by one, then taken as their join. */
export class Pieces {
  private readonly items: string[] = [];
  private count = 0;

  /** Adds a text after the others. */
  add(text: string): void {
    this.items[this.count++] = text;
  }

  /** The texts added since the last take, joined; the list is empty again (and keeps its room). */
  take(): string {
    const items = this.items;
    // Shorter than the last time: cut (V8 gives room back only when most of it would be unused).
    if (items.length !== this.count) items.length = this.count;
    const text = items.join('');
    this.count = 0;
    return text;
  }
}
