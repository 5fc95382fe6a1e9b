import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles, expectations, unmatched } from '../../scripts/run-examples.js';
import {
  CODE_LANGUAGES,
  checkGuide,
  commentOf,
  extractRegion,
  guideBlocks,
  guideFiles,
  guideScripts,
  readFromRoot,
  root,
  SCRIPT_LANGUAGES,
} from '../../scripts/sync-guides.js';

// The code of docs/guides is not written in the guides: every TypeScript/JavaScript block is a
// region of a file under examples/guides, which `npm run examples` type-checks against the built
// package and runs, checking its `// → …` comments; every shell, R and Python block is a region of
// a .sh, .R or .py file there, which test/docs/guide-scripts.test.ts runs. This test fails when a
// block has drifted from its region (fix: `npm run guides`), when a marker points nowhere, or when
// a code block has no marker at all.

const guides = guideFiles();

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
      const includes = (g: string) =>
        guideBlocks(readFromRoot(g)).flatMap((b) =>
          b.include ? [`${b.include.file}#${b.include.region}`] : [],
        );
      expect(includes(zh)).toEqual(includes(zh.replace(/\.zh\.md$/, '.md')));
    },
  );

  it('include every example of examples/guides (none is left unexplained)', () => {
    const included = new Set(
      guides.flatMap((g) =>
        guideBlocks(readFromRoot(g)).flatMap((b) => (b.include ? [b.include.file] : [])),
      ),
    );
    const files = exampleFiles().map((f) => relative(root, f).split('\\').join('/'));
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(guideScripts().length).toBeGreaterThanOrEqual(6);
    expect([...files, ...guideScripts()].filter((f) => !included.has(f))).toEqual([]);
  });

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
    for (const lang of ['ts', 'js', 'typescript', 'tsx', 'sh', 'bash', 'r', 'python']) {
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
