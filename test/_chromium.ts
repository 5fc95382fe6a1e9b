// Chromium for the browser tests, from npm alone, so that `npm ci && npm test` needs no system
// package: @sparticuz/chromium ships a headless Chromium for x86-64 Linux (brotli-compressed, with
// the NSS and expat libraries it links to) and @embedpdf/fonts-sc ships Noto Sans Hans, a Chinese
// font with Latin glyphs. The first launch inflates the binary and the libraries once into
// node_modules/.cache/youpin-chromium/<version>/ (about 200 MB, a few seconds; `npm ci` starts
// afresh), with a fontconfig file that lists the Chinese font and no other, so that the reports
// render alike on every machine. Set YOUPIN_CHROMIUM to a Chromium or Chrome executable (such as
// Debian's /usr/bin/chromium) to use it instead, with the system's fonts: on other platforms than
// x86-64 Linux that is the only way.

import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The flags of every launch: headless, as root, and no traffic of Chromium's own. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Starts a headless Chromium: YOUPIN_CHROMIUM if set, else the one from npm (see above). */
export async function launchChromium(): Promise<Browser> {
  const own = process.env['YOUPIN_CHROMIUM'];
  if (own) return chromium.launch({ executablePath: own, args: ARGS, headless: true });
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `@sparticuz/chromium runs on x86-64 Linux only, not ${process.platform}-${process.arch}: ` +
        'set YOUPIN_CHROMIUM to a Chromium or Chrome executable to run the browser tests',
    );
  }
  const dir = await inflated();
  return chromium.launch({
    executablePath: join(dir, 'chromium'),
    args: ARGS,
    headless: true,
    env: {
      ...process.env,
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
      LD_LIBRARY_PATH: [join(dir, 'lib'), process.env['LD_LIBRARY_PATH'] ?? '']
        .filter((p) => p !== '')
        .join(':'),
    },
  });
}

/** The cache directory with chromium, lib/ and fonts.conf, inflated on first use. */
async function inflated(): Promise<string> {
  // The packages' exports give no path to their files: they sit beside the build.
  const pkg = join(dirname(require.resolve('@sparticuz/chromium')), '../..');
  const fonts = join(dirname(require.resolve('@embedpdf/fonts-sc')), '../fonts');
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const dir = join(root, 'node_modules/.cache/youpin-chromium', String(version));
  if (existsSync(join(dir, 'chromium'))) return dir;

  // Two test files may launch at once: each inflates into a directory of its own, then renames
  // the files into place, chromium last, so that no one starts a half-written binary.
  mkdirSync(join(dir, 'lib'), { recursive: true });
  const work = mkdtempSync(join(dir, '.inflate-'));
  try {
    await pipeline(
      createReadStream(join(pkg, 'bin/chromium.br')),
      createBrotliDecompress(),
      createWriteStream(join(work, 'chromium'), { mode: 0o755 }),
    );
    // al2023.tar.br holds lib/libnss3.so and the other libraries that chromium links to.
    const tar = brotliDecompressSync(readFileSync(join(pkg, 'bin/al2023.tar.br')));
    const libs = [...tarFiles(tar)].filter((f) => /^lib\/[\w.+-]+$/.test(f.name));
    mkdirSync(join(work, 'lib'));
    for (const lib of libs) writeFileSync(join(work, lib.name), lib.body, { mode: 0o755 });
    const conf = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${fonts}</dir>`,
      `  <cachedir>${join(dir, 'fontconfig')}</cachedir>`,
      '</fontconfig>',
      '',
    ];
    writeFileSync(join(work, 'fonts.conf'), conf.join('\n'));
    for (const name of [...libs.map((l) => l.name), 'fonts.conf', 'chromium']) {
      renameSync(join(work, name), join(dir, name));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dir;
}

/** The regular files of a tar archive (names of up to 100 bytes, which is all this one has). */
function* tarFiles(tar: Buffer): Generator<{ name: string; body: Buffer }> {
  for (let at = 0; at + 512 <= tar.length; ) {
    const field = (from: number, to: number) =>
      tar.toString('utf8', at + from, at + to).replace(/\0.*$/s, '');
    const name = field(0, 100);
    if (name === '') return;
    const size = Number.parseInt(field(124, 136).trim() || '0', 8);
    const type = field(156, 157);
    if (type === '0' || type === '') yield { name, body: tar.subarray(at + 512, at + 512 + size) };
    at += 512 + Math.ceil(size / 512) * 512;
  }
}
