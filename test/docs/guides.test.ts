import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles, expectations, unmatched } from '../../scripts/run-examples.js';
import {
  CODE_LANGUAGES,
  checkGuide,
  commentOf,
  documentFiles,
  exampleScripts,
  extractRegion,
  guideBlocks,
  guideFiles,
  readFromRoot,
  root,
  SCRIPT_LANGUAGES,
} from '../../scripts/sync-guides.js';

// The code of docs/guides is not written in the guides: every TypeScript/JavaScript block is a
// region of a file under examples/guides, which `npm run examples` type-checks against the built
// package and runs, checking its `// → …` comments; every shell, R and Python block is a region of
// a .sh, .R or .py file there, which test/docs/guide-scripts.test.ts runs. The same holds for the
// README and the other documents of docs/, with their examples under examples/docs (and the
// README's first one, examples/basic.ts). This test fails when a block has drifted from its region
// (fix: `npm run guides`), when a marker points nowhere, or when a code block has no marker at all.

const guides = guideFiles();
const documents = documentFiles();
/** The documents outside docs/guides: README.md, docs/*.md, docs/methods/*.md … */
const otherDocuments = documents.filter((d) => !guides.includes(d));

/** The `file#region` that each block of a document includes, in order. */
const includesOf = (document: string): string[] =>
  guideBlocks(readFromRoot(document)).flatMap((b) =>
    b.include ? [`${b.include.file}#${b.include.region}`] : [],
  );

describe('docs/guides', () => {
  it('are found', () => {
    expect(guides.length).toBeGreaterThanOrEqual(10);
  });

  it.each(guides)('%s: every code block is its example region, verbatim', (guide) => {
    const { problems } = checkGuide(readFromRoot(guide), readFromRoot);
    expect(problems.map((p) => `${guide}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it.each(guides.filter((g) => g.endsWith('.zh.md')))(
    '%s includes the same regions, in the same order, as the English guide',
    (zh) => {
      expect(includesOf(zh)).toEqual(includesOf(zh.replace(/\.zh\.md$/, '.md')));
    },
  );

  it('have code blocks at all, so the checks above check something', () => {
    const code = guides.flatMap((g) =>
      guideBlocks(readFromRoot(g)).filter((b) => CODE_LANGUAGES.has(b.lang)),
    );
    expect(code.length).toBeGreaterThanOrEqual(30);
    expect(code.every((b) => b.include !== null && b.content.includes('import '))).toBe(true);
    const scripts = guides.flatMap((g) =>
      guideBlocks(readFromRoot(g)).filter((b) => SCRIPT_LANGUAGES.has(b.lang)),
    );
    expect(scripts.length).toBeGreaterThanOrEqual(16);
    expect(scripts.every((b) => b.include !== null && commentOf(b.include.file) === '#')).toBe(
      true,
    );
  });
});

describe('README.md and the other documents of docs/', () => {
  it('are found: the README, docs/*.md and docs/methods/*.md, the guides, not docs/api', () => {
    expect(documents[0]).toBe('README.md');
    for (const d of ['docs/big-files.md', 'docs/data-files.md', 'docs/methods/programme.md']) {
      expect(otherDocuments).toContain(d);
    }
    expect(guides.every((g) => documents.includes(g))).toBe(true);
    expect(documents.filter((d) => d.startsWith('docs/api/'))).toEqual([]);
  });

  it.each(otherDocuments)('%s: every code block is its example region, verbatim', (document) => {
    const { problems } = checkGuide(readFromRoot(document), readFromRoot);
    expect(problems.map((p) => `${document}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it('have their code and commands included from examples/docs, and the README from basic.ts', () => {
    expect(includesOf('README.md')).toEqual([
      'examples/docs/readme/quickstart.sh#quickstart',
      'examples/docs/readme/install.sh#install',
      'examples/basic.ts#readme',
      'examples/docs/readme/preset.ts#preset',
      'examples/docs/readme/cli.sh#cli',
    ]);
    expect(includesOf('docs/big-files.md')).toEqual([
      'examples/docs/big-files/score.sh#score',
      'examples/docs/big-files/stream.ts#stream',
      'examples/docs/big-files/score.sh#score',
    ]);
    expect(includesOf('docs/data-files.md')).toEqual([
      'examples/docs/data-files/read-batch.ts#read',
    ]);
    const blocks = otherDocuments.flatMap((d) => guideBlocks(readFromRoot(d)));
    const code = blocks.filter((b) => CODE_LANGUAGES.has(b.lang) || SCRIPT_LANGUAGES.has(b.lang));
    expect(code.length).toBeGreaterThanOrEqual(9);
    expect(code.every((b) => b.include !== null)).toBe(true);
  });

  it('keep the recorded run of a million rows as text, said to be recorded output', () => {
    const lines = readFromRoot('docs/big-files.md').split('\n');
    const text = guideBlocks(lines.join('\n')).filter((b) => b.lang === 'text');
    expect(text.map((b) => lines[b.line - 2])).toEqual([
      expect.stringMatching(/^<!-- Recorded output of `npm run bigfile`.*not code/),
    ]);
  });
});

describe('the examples of all documents', () => {
  const included = new Set(
    documents.flatMap((d) =>
      guideBlocks(readFromRoot(d)).flatMap((b) => (b.include ? [b.include.file] : [])),
    ),
  );
  const files = exampleFiles().map((f) => relative(root, f).split('\\').join('/'));

  it('are all included by a document (none is left unexplained)', () => {
    expect(files.length).toBeGreaterThanOrEqual(19);
    expect(exampleScripts().length).toBeGreaterThanOrEqual(10);
    expect([...files, ...exampleScripts()].filter((f) => !included.has(f))).toEqual([]);
  });

  it('are all run: each included TypeScript file by `npm run examples`, each script here', () => {
    const scripts = exampleScripts();
    const notRun = [...included].filter((f) =>
      commentOf(f) === '#' ? !scripts.includes(f) : !files.includes(f),
    );
    expect(notRun).toEqual([]);
  });
});

describe('checkGuide', () => {
  const example = [
    "import { score } from 'youpin';",
    '// #region demo',
    "import { defineModel } from 'youpin';",
    '',
    'if (true) {',
    '  // biome-ignore format: compact',
    '  const x = [1,2];',
    '  // #region inner',
    '  console.log(x); // → [ 1, 2 ]',
    '  // #endregion inner',
    '}',
    '// #endregion demo',
  ].join('\n');
  const files: Record<string, string> = { 'examples/guides/demo.ts': example };
  const read = (file: string) => {
    const text = files[file];
    if (text === undefined) throw new Error(`ENOENT: ${file}`);
    return text;
  };
  const region = [
    "import { defineModel } from 'youpin';",
    '',
    'if (true) {',
    '  const x = [1,2];',
    '  console.log(x); // → [ 1, 2 ]',
    '}',
  ].join('\n');
  const guide = (marker: string, body: string, lang = 'ts') =>
    ['# Guide', '', marker, `\`\`\`${lang}`, body, '```', '', 'Text.', ''].join('\n');
  const marker = '<!-- include: examples/guides/demo.ts#demo -->';

  it('extracts a region without markers, formatter comments or blank edges', () => {
    expect(extractRegion(example, 'demo')).toBe(region);
    expect(extractRegion(example, 'inner')).toBe('console.log(x); // → [ 1, 2 ]');
    expect(() => extractRegion(example, 'nope')).toThrow('no "// #region nope"');
    expect(() => extractRegion('// #region a\nx;\n', 'a')).toThrow('has no "// #endregion a"');
  });

  it('extracts a region of a shell, R or Python file, marked with # comments', () => {
    const script = ['#!/bin/sh', '# #region run', '  ls -l  # long', '# #endregion run', ''].join(
      '\n',
    );
    expect(['a.sh', 'b.R', 'c.py', 'd.ts'].map(commentOf)).toEqual(['#', '#', '#', '//']);
    expect(extractRegion(script, 'run', '#')).toBe('ls -l  # long');
    expect(() => extractRegion(script, 'run')).toThrow('no "// #region run"');
    expect(() => extractRegion('# #region a\nls\n', 'a', '#')).toThrow('has no "# #endregion a"');
  });

  it('accepts a block equal to its region', () => {
    expect(checkGuide(guide(marker, region), read)).toEqual({
      synced: guide(marker, region),
      problems: [],
    });
  });

  it('reports a block that differs from its region, and rewrites it', () => {
    const drifted = guide(marker, region.replace('[1,2]', '[1,3]'));
    const { synced, problems } = checkGuide(drifted, read);
    expect(problems).toEqual([
      { line: 4, message: 'the block differs from examples/guides/demo.ts#demo', drifted: true },
    ]);
    expect(synced).toBe(guide(marker, region));
    // A longer or shorter block is replaced whole.
    expect(checkGuide(guide(marker, `${region}\nextra();\nmore();`), read).synced).toBe(
      guide(marker, region),
    );
  });

  it('reports a code or script block without a marker, whatever its language', () => {
    for (const lang of ['ts', 'js', 'typescript', 'tsx', 'sh', 'bash', 'console', 'r', 'python']) {
      const { problems } = checkGuide(guide('', region, lang), read);
      expect(problems.map((p) => p.message)).toEqual([
        `a \`${lang}\` block without an include marker; move the code into examples/ and include it`,
      ]);
    }
    // A diagram is not code.
    expect(checkGuide(guide('', 'score → rank', 'text'), read).problems).toEqual([]);
  });

  it('reports markers that point nowhere or stand alone', () => {
    const problems = (text: string) => checkGuide(text, read).problems.map((p) => p.message);
    expect(problems(guide('<!-- include: examples/guides/gone.ts#demo -->', region))).toEqual([
      'examples/guides/gone.ts#demo: ENOENT: examples/guides/gone.ts',
    ]);
    expect(problems(guide('<!-- include: examples/guides/demo.ts#gone -->', region))).toEqual([
      'examples/guides/demo.ts#gone: no "// #region gone"',
    ]);
    expect(problems(guide('<!-- include: src/index.ts#demo -->', region))).toEqual([
      'src/index.ts is not under examples/',
    ]);
    expect(problems(`${marker}\n\nText.\n`)).toEqual([
      'an include marker must be right above a fenced block',
    ]);
    expect(problems('<!-- include: demo.ts -->\n```sh\nls\n```\n')).toEqual([
      'malformed marker; write <!-- include: examples/…/file.ts#region -->',
      'a `sh` block without an include marker; move the code into examples/ and include it',
    ]);
  });
});

describe('output comments of the examples (scripts/run-examples.ts)', () => {
  const source = [
    "console.log(report.model); // → { id: 'm', version: '1' }",
    'console.log(x);',
    "// → [ 'The total score is 38.23.',",
    "//     'Not selected.' ]",
    'console.log(0.1 + 0.2); // → 0.30000000000000004  (a float)',
    'console.log(y); // → scored 0.0331… true',
  ].join('\n');

  it('are read with their continuation lines, without notes', () => {
    expect(expectations(source)).toEqual([
      { line: 1, text: "{ id: 'm', version: '1' }" },
      { line: 3, text: "[ 'The total score is 38.23.', 'Not selected.' ]" },
      { line: 5, text: '0.30000000000000004' },
      { line: 6, text: 'scored 0.0331… true' },
    ]);
  });

  it('match whole lines of the output, in order, whatever the wrapping', () => {
    const printed = [
      "{ id: 'm', version: '1' }",
      '[',
      "  'The total score is 38.23.',",
      "  'Not selected.'",
      ']',
      '0.30000000000000004',
      'scored 0.03319921599842247 true',
      '',
    ].join('\n');
    expect(unmatched(expectations(source), printed)).toEqual([]);
  });

  it('fail on a different value, a partial line, or the wrong order', () => {
    const [model, sentences, float, cr] = expectations(source) as [
      ReturnType<typeof expectations>[number],
      ReturnType<typeof expectations>[number],
      ReturnType<typeof expectations>[number],
      ReturnType<typeof expectations>[number],
    ];
    expect(unmatched([model], "{ id: 'm', version: '2' }\n")).toEqual([model]);
    expect(unmatched([float], '0.30000000000000004 and more\n')).toEqual([float]);
    expect(unmatched([cr], 'scored 0.0332 true\n')).toEqual([cr]);
    expect(unmatched([float, model], "{ id: 'm', version: '1' }\n0.30000000000000004\n")).toEqual([
      model,
    ]);
    expect(unmatched([sentences], '')).toEqual([sentences]);
  });

  it('exist in the guide examples, so their runs check results', () => {
    const files = exampleFiles();
    const counted = files.map((f) => expectations(readFileSync(f, 'utf8')).length);
    expect(counted.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(40);
  });
});
