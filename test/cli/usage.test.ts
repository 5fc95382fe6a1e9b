import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, type Run, root, uncoloured, youpin } from './_cli.js';

const COMMANDS = ['score', 'explain', 'validate', 'weights', 'benchmark', 'presets', 'init'];

describe('help, version and usage errors', () => {
  let help: Run[];
  let zh: Run[];
  let version: Run;
  let main: Run;
  let bare: Run;
  let helpTopic: Run;
  beforeAll(async () => {
    [version, main, bare, helpTopic, ...help] = await Promise.all([
      youpin(['--version']),
      youpin(['--help']),
      youpin([]),
      youpin(['help', 'weights']),
      ...COMMANDS.map((c) => youpin([c, '--help'])),
    ]);
    zh = await Promise.all([
      youpin(['--help', '--lang', 'zh']),
      youpin(['score', '-h', '--lang', 'zh']),
      youpin(['init', '--help'], { LANG: 'zh_CN.UTF-8' }),
    ]);
  });

  it('--version prints the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help lists the commands and the exit codes; a bare youpin shows it on stderr (exit 2)', () => {
    expect(main.code).toBe(0);
    for (const c of COMMANDS) expect(main.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(main.stdout).toContain(
      'Exit codes: 0 ok · 1 problems in the data or the model · 2 wrong usage',
    );
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toBe(main.stdout);
  });

  it('every command has its help, in English and in Chinese', () => {
    help.forEach((run, i) => {
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith(`Usage: youpin ${COMMANDS[i]} `)).toBe(true);
    });
    expect(helpTopic.stdout).toBe(help[3]?.stdout);
    const [mainZh, scoreZh, initZh] = zh as [Run, Run, Run];
    expect(mainZh.stdout).toContain('退出码：0 成功 · 1 数据或模型有问题 · 2 用法错误');
    expect(scoreZh.stdout.startsWith('用法：youpin score 文件 [选项]')).toBe(true);
    expect(scoreZh.stdout).toContain(
      'applicants.xlsx 工作表「申报数据」第 17 行 I1 列："12,5" 不是数字',
    );
    expect(initZh.stdout.startsWith('用法：youpin init --out 文件 [选项]')).toBe(true);
  });
});

describe('usage errors exit 2 with a message and a pointer to the help', () => {
  const cases: Array<[string[], string]> = [
    [
      ['frobnicate'],
      'youpin: unknown command "frobnicate" (commands: score, explain, validate, weights, benchmark, presets, init)\nSee: youpin --help\n',
    ],
    [
      ['score'],
      'youpin: missing arguments; usage: youpin score FILE [options]\nSee: youpin score --help\n',
    ],
    [
      ['score', 'a.csv', 'b.csv'],
      'youpin: unexpected argument "b.csv"\nSee: youpin score --help\n',
    ],
    [['score', 'a.csv', '--colour'], 'youpin: unknown option --colour\nSee: youpin score --help\n'],
    [
      ['score', 'a.csv', '--model'],
      'youpin: option --model needs a value\nSee: youpin score --help\n',
    ],
    [
      ['score', 'a.csv', '--strict=yes'],
      'youpin: option --strict takes no value\nSee: youpin score --help\n',
    ],
    [
      ['score', 'a.csv', '--format', 'pdf'],
      'youpin: --format: "pdf" is not one of table, json, ndjson, csv, long, md, html\nSee: youpin score --help\n',
    ],
    [
      ['score', 'a.csv', '--preset', 'atlantis'],
      'youpin: --preset: "atlantis" is not one of liaocheng2024, haopinShandong, gbt19580\nSee: youpin score --help\n',
    ],
    [
      ['score', 'a.csv', '--model', 'm.json', '--preset', 'gbt19580'],
      'youpin: give either --model or --preset, not both\nSee: youpin score --help\n',
    ],
    [
      ['score', 'a.csv', '--date', '2024-02-30'],
      'youpin: --date: "2024-02-30" is not a date written YYYY-MM-DD\nSee: youpin score --help\n',
    ],
    [
      ['explain', 'M001', 'a.csv', '--format', 'html'],
      'youpin: --format: "html" is not one of text, json\nSee: youpin explain --help\n',
    ],
    [
      ['init'],
      'youpin: init: where to write the model? Give --out FILE (e.g. --out city.json)\nSee: youpin init --help\n',
    ],
    [
      ['presets', '--lang', 'fr'],
      'youpin: --lang: "fr" is not one of zh, en\nSee: youpin --help\n',
    ],
  ];
  let runs: Run[];
  beforeAll(async () => {
    runs = await Promise.all(cases.map(([args]) => youpin(args)));
  });

  it.each(cases.map(([args], i) => [args.join(' '), i] as const))('youpin %s', (_, i) => {
    const run = runs[i] as Run;
    expect(run).toEqual({ code: 2, stdout: '', stderr: cases[i]?.[1] });
  });

  it('in Chinese too', async () => {
    const run = await youpin(['score', '--lang', 'zh']);
    expect(run.stderr).toBe(
      'youpin: 缺少参数；用法：youpin score FILE [options]\n参见：youpin score --help\n',
    );
  });
});

describe('language and colour from the environment', () => {
  let runs: Run[];
  beforeAll(async () => {
    runs = await Promise.all([
      youpin(['presets']),
      youpin(['presets'], { LANG: 'zh_CN.UTF-8' }),
      youpin(['presets'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }),
      youpin(['presets'], { LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' }),
      youpin(['presets'], { FORCE_COLOR: '1' }),
      youpin(['presets'], { NO_COLOR: '1' }),
      youpin(['presets'], { FORCE_COLOR: '0' }),
    ]);
  });

  it('Chinese when LC_ALL, else LANG, starts with zh; English otherwise', () => {
    const [en, zh, lcEn, lcZh] = runs as [Run, Run, Run, Run];
    expect(en.stdout).toMatch(/^Preset /);
    expect(zh.stdout).toMatch(/^内置模型 /);
    expect(lcEn.stdout).toBe(en.stdout);
    expect(lcZh.stdout).toBe(zh.stdout);
  });

  it('no colour when stdout is not a terminal or NO_COLOR is set; FORCE_COLOR forces it', () => {
    const [plain, , , , forced, noColor, forcedOff] = runs as Run[];
    expect(plain?.stdout).not.toMatch(ANSI);
    expect(noColor?.stdout).toBe(plain?.stdout);
    expect(forcedOff?.stdout).toBe(plain?.stdout);
    expect(forced?.stdout).toMatch(ANSI);
    expect(uncoloured(forced?.stdout ?? '')).toBe(plain?.stdout);
  });
});
