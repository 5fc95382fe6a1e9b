// The public API report: for each entry point of the package, api-extractor reads the built
// declarations (dist/*.d.ts) and writes what they export, signatures only, to api/*.api.md.
// The reports are checked in, so a change to the public surface is a visible diff in review.
//
//   npm run api          check: fails when the built API differs from the report (npm test runs it)
//   npm run api -- --update   rewrite the reports; refuses unless a changeset is added or changed
//
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = join(import.meta.dirname, '..');
const update = process.argv.includes('--update');

const entries = [
  { name: 'youpin', declarations: 'dist/index.d.ts' },
  { name: 'youpin-presets', declarations: 'dist/presets.d.ts' },
  { name: 'youpin-node', declarations: 'dist/node.d.ts' },
  { name: 'youpin-programme', declarations: 'dist/programme.d.ts' },
  { name: 'youpin-dea', declarations: 'dist/dea.d.ts' },
];

/** Compares (or, with `write`, rewrites) one entry's report; says whether it differed. */
function report(
  entry: (typeof entries)[number],
  write: boolean,
): { changed: boolean; ok: boolean } {
  if (!existsSync(join(root, entry.declarations))) {
    console.error(`${entry.declarations} is missing: run npm run build first`);
    process.exit(1);
  }
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: `<projectFolder>/${entry.declarations}`,
      compiler: { tsconfigFilePath: '<projectFolder>/tsconfig.build.json' },
      apiReport: {
        enabled: true,
        reportFileName: `${entry.name}.api.md`,
        reportFolder: '<projectFolder>/api/',
        reportTempFolder: '<projectFolder>/node_modules/.cache/api-report/',
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The report records the surface; doc-comment style is typedoc's business (npm run docs).
        extractorMessageReporting: {
          default: { logLevel: 'none' as never },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' as never } },
        compilerMessageReporting: { default: { logLevel: 'warning' as never } },
      },
    },
    configObjectFullPath: join(root, 'api', 'api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: write, showVerboseMessages: false });
  return {
    changed: result.apiReportChanged,
    ok: result.succeeded || (write && result.apiReportChanged),
  };
}

// Compare first, without writing: a report is only rewritten once a changeset explains it.
const checked = entries.map((entry) => ({ entry, ...report(entry, false) }));
const changed = checked.filter((c) => c.changed).map((c) => `api/${c.entry.name}.api.md`);
const failed = checked.some((c) => !c.ok && !c.changed);

if (update && changed.length > 0) {
  const status = execFileSync('git', ['status', '--porcelain', '--', '.changeset'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!/\.changeset\/[^ ]+\.md/.test(status)) {
    console.error(
      `The public API changed (${changed.join(', ')}); add a changeset (npm run changeset) that says how, then run this again.`,
    );
    process.exit(1);
  }
  for (const c of checked) if (c.changed) report(c.entry, true);
}
if (!update && changed.length > 0) {
  console.error(
    `The public API differs from ${changed.join(', ')}.\nIf the change is intended, add a changeset (npm run changeset) and run: npm run api -- --update`,
  );
  process.exit(1);
}
if (failed) process.exit(1);
console.log(update ? `API reports written: ${changed.length} changed` : 'API reports match');
