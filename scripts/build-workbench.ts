// Builds the workbench page into dist/workbench/ (run by `npm run build`, after tsup, which empties
// dist/): index.html and workbench.css as written, workbench.js (the page, with the core and the
// presets, one classic script so that file:// works), workbench-worker.js (the sensitivity
// worker's bundled source as a string: the page makes the worker from a Blob URL, since a worker
// script cannot be loaded from file://; loaded only when an analysis is run) and exceljs.min.js
// (exceljs's browser build, loaded only when an .xlsx is opened). No file is fetched from the
// network at run time; `youpin workbench` copies this folder.
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = join(root, 'src/workbench/page');
const out = join(root, 'dist/workbench');
const require = createRequire(import.meta.url);

const shared: BuildOptions = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  write: false,
  alias: {
    youpin: join(root, 'src/index.ts'),
    'youpin/presets': join(root, 'src/presets/index.ts'),
  },
  logLevel: 'warning',
};

/** The bundled text of an entry. */
async function bundle(entry: string): Promise<string> {
  const result = await build({ ...shared, entryPoints: [join(page, entry)] });
  return result.outputFiles?.[0]?.text ?? '';
}

mkdirSync(out, { recursive: true });
const [main, worker] = await Promise.all([bundle('main.ts'), bundle('worker.ts')]);
writeFileSync(join(out, 'workbench.js'), main);
writeFileSync(
  join(out, 'workbench-worker.js'),
  `// The sensitivity worker's source (see scripts/build-workbench.ts).\nself.youpinWorkbenchWorker=${JSON.stringify(worker)};\n`,
);
copyFileSync(join(page, 'index.html'), join(out, 'index.html'));
copyFileSync(join(page, 'workbench.css'), join(out, 'workbench.css'));
const exceljs = join(dirname(require.resolve('exceljs/package.json')), 'dist');
writeFileSync(
  join(out, 'exceljs.min.js'),
  `/*! exceljs ${JSON.parse(readFileSync(join(exceljs, '../package.json'), 'utf8')).version} (MIT), browser build without polyfills; licence in exceljs.LICENSE.txt */\n${readFileSync(join(exceljs, 'exceljs.bare.min.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/m, '')}`,
);
copyFileSync(join(exceljs, '../LICENSE'), join(out, 'exceljs.LICENSE.txt'));
const size = (f: string) => statSync(join(out, f)).size;
const files = [
  'index.html',
  'workbench.css',
  'workbench.js',
  'workbench-worker.js',
  'exceljs.min.js',
];
if (process.argv.includes('--sizes')) for (const f of files) console.log(`${f}\t${size(f)}`);
