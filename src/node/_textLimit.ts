// Platform-neutral (the workbench page bundles it): no `node:` import here.

/**
 * The most bytes of a text file read whole (CSV, JSON): the longest string V8 can hold on a 64-bit
 * platform (2²⁹ − 24 characters, Node's `buffer.constants.MAX_STRING_LENGTH` and Chromium's),
 * since n bytes of UTF-8 decode to at most n characters. A test checks it against Node's constant.
 */
export const MAX_TEXT_BYTES: number = 2 ** 29 - 24;
