// The `youpin` command line. The build adds the `#!/usr/bin/env node` line (dist/cli.js).
// Exit codes: 0 ok, 1 problems in the data or the model, 2 wrong usage.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isYoupinError, showText } from 'youpin';
import { type OptionSpecs, parse } from './_args.js';
import type { Command, Context } from './_context.js';
import { Failure, UsageError } from './_errors.js';
import { colourEnabled, paint, type Stream } from './_io.js';
import { detectLang, type Lang, messages } from './_messages.js';
import { locateShipped, packageRoot } from './_shipped.js';
import { analyseCommand } from './commands/analyse.js';
import { benchmarkCommand } from './commands/benchmark.js';
import { editionCommand } from './commands/edition.js';
import { explainCommand } from './commands/explain.js';
import { initCommand } from './commands/init.js';
import { monitorCommand } from './commands/monitor.js';
import { presetsCommand } from './commands/presets.js';
import { registerCommand } from './commands/register.js';
import { scoreCommand } from './commands/score.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { validateCommand } from './commands/validate.js';
import { weightsCommand } from './commands/weights.js';
import { workbenchCommand } from './commands/workbench.js';

const COMMANDS: readonly Command[] = [
  scoreCommand,
  explainCommand,
  validateCommand,
  weightsCommand,
  sensitivityCommand,
  analyseCommand,
  benchmarkCommand,
  editionCommand,
  registerCommand,
  monitorCommand,
  presetsCommand,
  initCommand,
  workbenchCommand,
];

/** The version in youpin's package.json (found from this file, in src/cli or in dist). */
function version(): string {
  const root = packageRoot();
  if (root === undefined) return 'unknown';
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** A help text with the files it names located from the working directory. */
function located(help: string): string {
  return locateShipped(help, packageRoot(), process.cwd());
}

/** Runs the command line on `argv` (without `node` and the script) and returns the exit code. */
async function main(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  stdout: Stream,
  stderr: Stream,
): Promise<number> {
  let lang: Lang = detectLang(env);
  const err = paint(colourEnabled(stderr, env));
  const ctx = (): Context => ({
    lang,
    m: messages(lang),
    env,
    stdout,
    stderr,
    out: paint(colourEnabled(stdout, env)),
    err,
  });
  try {
    // First pass, with every command's options, to find the language and the command's name.
    const every: OptionSpecs = Object.assign({}, ...COMMANDS.map((c) => c.options));
    const first = parse(argv, every, messages(lang), undefined, true);
    const langValue = first.values['lang'];
    if (langValue !== undefined) {
      if (langValue !== 'zh' && langValue !== 'en') {
        throw new UsageError(messages(lang).badChoice('--lang', String(langValue), 'zh, en'));
      }
      lang = langValue;
    }
    chosenLang = lang;
    const m = messages(lang);
    const name = first.positionals[0];
    if (name === undefined || name === 'help') {
      const topic = name === 'help' ? first.positionals[1] : undefined;
      const about = COMMANDS.find((c) => c.name === topic);
      if (topic !== undefined && !about) throw new UsageError(m.unknownCommand(topic));
      if (first.values['version'] === true && name === undefined) {
        stdout.write(`${version()}\n`);
        return 0;
      }
      const asked = name === 'help' || first.values['help'] === true;
      (asked ? stdout : stderr).write(
        `${located(about ? about.help(m) : m.helpMain(version()))}\n`,
      );
      return asked ? 0 : 2;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(m.unknownCommand(name));
    const rest = argv.filter((_, i) => i !== first.indices[0]);
    const args = parse(rest, command.options, m, command.name);
    if (args.values['help'] === true) {
      stdout.write(`${located(command.help(m))}\n`);
      return 0;
    }
    if (args.values['version'] === true) {
      stdout.write(`${version()}\n`);
      return 0;
    }
    const { min, max } = command.positionals;
    if (args.positionals.length < min) {
      throw new UsageError(m.missingArguments(command.usage), command.name);
    }
    if (args.positionals.length > max) {
      throw new UsageError(m.tooManyArguments(args.positionals[max] ?? ''), command.name);
    }
    return await command.run(args, ctx());
  } catch (error) {
    const m = messages(lang);
    // Every line on stderr is shown by showText: messages quote their values so already, and
    // nothing that reaches the terminal from here can carry a control or bidi character.
    const safe = (text: string) => showText(text, Number.POSITIVE_INFINITY);
    if (error instanceof UsageError) {
      stderr.write(`${err.red(`youpin: ${safe(error.message)}`)}\n`);
      stderr.write(`${m.seeHelp(error.command)}\n`);
      return 2;
    }
    if (error instanceof Failure) {
      if (error.message !== '') stderr.write(`${err.red(`youpin: ${safe(error.message)}`)}\n`);
      return 1;
    }
    if (isYoupinError(error)) {
      for (const issue of error.issues) {
        const path = issue.path.map((segment) => showText(String(segment))).join('.');
        const where = issue.path.length > 0 ? `${path}: ` : '';
        stderr.write(`youpin: ${where}${safe(lang === 'zh' ? issue.messageZh : issue.message)}\n`);
      }
      return 1;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    // A stack is many lines: each is escaped, the breaks between them kept.
    stderr.write(
      `${m.internalError}\n${detail
        .split('\n')
        .map((line) => showText(line, 2000))
        .join('\n')}\n`,
    );
    return 1;
  }
}

/** The language of the run, for what is said outside main (the standard output failing). */
let chosenLang: Lang = detectLang(process.env);

// `youpin … | head` closes the pipe early: stop quietly instead of failing on EPIPE. Any other
// failure to write the report (a full disk under `> file`) is said, not reported as a bug.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const m = messages(chosenLang);
  process.stderr.write(
    `youpin: ${showText(m.cannotWrite(m.standardOutput, error.message), 2000)}\n`,
  );
  process.exit(1);
});

process.exitCode = await main(process.argv.slice(2), process.env, process.stdout, process.stderr);
