// The help names files that ship in the package (docs/data-files.md, examples/data/…). Written
// as repository paths they would only work inside a clone; this rewrites them to where they are
// from the user's working directory: unchanged in a clone, node_modules/youpin/docs/… in a
// project, an absolute path for a global or npx install.

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** youpin's package directory, found from this file (in src/cli or in dist), or undefined. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'youpin') return dir;
    } catch {
      // not here; look one level up
    }
    dir = dirname(dir);
  }
  return undefined;
}

/** `text` with every `docs/….md` and `examples/…` path made to point at the shipped file. */
export function locateShipped(text: string, root: string | undefined, cwd: string): string {
  if (root === undefined) return text;
  return text.replace(/(?<![\w/.-])(?:docs|examples)\/[\w./-]*[\w]/g, (path) => {
    const from = relative(cwd, join(root, path));
    return from.startsWith('..') || isAbsolute(from) ? join(root, path) : from;
  });
}
