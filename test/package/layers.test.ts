// The stage folders of src/ import downwards only. A method (normalise, aggregate, weight, mcda)
// never reaches the model or the engine; the fast kernel and the exact engine share what sits
// below both (src/entity) instead of importing each other. This test reads every import and fails
// on the first one that goes the wrong way, naming the file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

/** For each folder, the folders of src/ it may import (besides itself). */
const allowed: Record<string, readonly string[]> = {
  error: [],
  primitives: [],
  numeric: ['error', 'primitives'],
  normalise: ['error', 'numeric', 'primitives'],
  aggregate: ['error', 'numeric', 'normalise', 'primitives'],
  // PCA/FA weights (pcaWeights) are built on the exact PCA and varimax of stats/, which sits below.
  weight: ['error', 'numeric', 'normalise', 'primitives', 'stats'],
  mcda: ['error', 'numeric', 'normalise', 'primitives'],
  panel: ['error', 'numeric', 'normalise', 'primitives'],
  stats: ['error', 'numeric', 'primitives'],
  // Data treatment runs on a cohort's numbers before its scoring method, which it sits beside.
  treat: ['error', 'normalise', 'numeric', 'primitives'],
  // The rows both paths read sit in entity/, below both: the kernel never calls back into the
  // engine (the engine may call the kernel: \`score\` chooses the fast path).
  entity: [
    'aggregate',
    'error',
    'intake',
    'model',
    'numeric',
    'panel',
    'primitives',
    'rules',
    'treat',
  ],
  fast: ['aggregate', 'entity', 'error', 'model', 'normalise', 'numeric', 'primitives'],
  // youpin/dea: the core's public API by the package's name ('youpin'), and a few private
  // helpers that construct no YoupinError (reading a matrix, the messages, exact strings).
  dea: ['error', 'numeric', 'primitives'],
};

function importsOf(folder: string): Array<{ file: string; target: string }> {
  const found: Array<{ file: string; target: string }> = [];
  for (const entry of readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts')) continue;
    const text = readFileSync(join(src, folder, entry), 'utf8');
    for (const match of text.matchAll(/from '((?:\.\.\/)+)([a-z_]+)\//g)) {
      const depth = (match[1] ?? '').length / 3;
      // A file n folders deep inside `folder` needs n+1 `../` to leave it.
      if (depth === entry.split('/').length) {
        found.push({ file: relative(src, join(src, folder, entry)), target: match[2] ?? '' });
      }
    }
  }
  return found;
}

describe('the layers of src/', () => {
  for (const [folder, may] of Object.entries(allowed)) {
    it(`${folder}/ imports only ${may.length === 0 ? 'itself' : may.join(', ')}`, () => {
      const wrong = importsOf(folder).filter(({ target }) => !may.includes(target));
      expect(wrong).toEqual([]);
    });
  }

  // workbench/ is the page (an application, like cli/): it bundles the reader's neutral part.
  it('the core never imports the Node reader, the command line or youpin/dea', () => {
    const core = readdirSync(src).filter(
      (name) => !name.includes('.') && !['node', 'cli', 'dea', 'workbench'].includes(name),
    );
    const wrong = core.flatMap((folder) =>
      importsOf(folder).filter(({ target }) => ['node', 'cli', 'dea'].includes(target)),
    );
    expect(wrong).toEqual([]);
  });
});
