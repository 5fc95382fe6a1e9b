// Step 1 of the guide "City teams" · 城市团队指南, run for real before script.ts reads city.json:
// the built command line's `youpin init` writes the model files into the working directory, which
// `npm run examples` makes a scratch directory. What it prints is checked in English, as the
// guides' shell block (cli.sh, which test/docs/guide-scripts.test.ts runs) shows it, and in Chinese
// under a Chinese locale.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const youpin = (args: string[], lang: string, cwd = '.') =>
  execFileSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: lang, LC_MESSAGES: lang, LANG: lang },
  });
const init = ['init', '--preset', 'liaocheng2024', '--out', 'city.json'];
const shown = {
  en: 'Wrote city.json: model city 0.1.0, a copy of liaocheng2024 (liaocheng-youpin 2024.1-proposed).',
  zh: '已写入 city.json：模型 city 0.1.0，复制自 liaocheng2024（liaocheng-youpin 2024.1-proposed）。',
};

const en = youpin(init, 'C');
if (!en.startsWith(shown.en)) throw new Error(`youpin init printed:\n${en}`);
mkdirSync('zh');
const zh = youpin(init, 'zh_CN.UTF-8', 'zh');
if (!zh.startsWith(shown.zh)) throw new Error(`youpin init (zh) printed:\n${zh}`);
youpin(
  [
    ...['init', '--preset', 'liaocheng2024', '--out', 'jinan.json', '--id', 'jinan-youpin'],
    ...['--name-zh', '济南优品', '--name-en', 'Jinan Premium Products'],
  ],
  'C',
);
