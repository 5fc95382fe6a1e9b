// What every command receives, and what a command is.

import type { OptionSpecs, Parsed } from './_args.js';
import type { Paint, Stream } from './_io.js';
import type { Lang, Messages } from './_messages.js';

/** The language, the texts, the environment, the streams and their colours. */
export interface Context {
  readonly lang: Lang;
  readonly m: Messages;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Stream;
  readonly stderr: Stream;
  /** Colours for stdout (off when it is not a terminal, or by NO_COLOR / FORCE_COLOR). */
  readonly out: Paint;
  /** Colours for stderr. */
  readonly err: Paint;
}

/** A subcommand: its options, how many positionals it takes, its help, and what it does. */
export interface Command {
  readonly name: string;
  /** The usage line without "youpin ", e.g. `score FILE [options]`. */
  readonly usage: string;
  readonly options: OptionSpecs;
  readonly positionals: { readonly min: number; readonly max: number };
  readonly help: (m: Messages) => string;
  /** Returns the exit code: 0 ok, 1 problems in the data or the model. Throws UsageError for 2. */
  readonly run: (args: Parsed, ctx: Context) => Promise<number>;
}
