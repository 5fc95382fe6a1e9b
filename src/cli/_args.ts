// Command-line parsing on top of node:util parseArgs, with our own checks so that every usage
// error has a message in the user's language.

import { parseArgs } from 'node:util';
import { UsageError } from './_errors.js';
import type { Messages } from './_messages.js';

/** One option: `--name VALUE` (string) or `--name` (boolean), with an optional one-letter alias. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The options every command takes. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
};

/** Parsed arguments: option values by name (the last one wins) and the positionals, in order. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  /** Where each positional stands in the arguments. */
  readonly indices: readonly number[];
}

/** Parses `args` against `options` (plus the global ones); unknown or malformed options throw. */
export function parse(
  args: readonly string[],
  options: OptionSpecs,
  m: Messages,
  command?: string,
  lenient = false,
): Parsed {
  const all = { ...GLOBAL_OPTIONS, ...options };
  const { tokens } = parseArgs({
    args: [...args],
    options: all,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  const indices: number[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      indices.push(token.index);
    }
    if (token.kind !== 'option') continue;
    // Own options only: `--toString` or `--__proto__` is an unknown option like any other.
    const spec = Object.hasOwn(all, token.name) ? all[token.name] : undefined;
    if (spec === undefined) {
      if (lenient) continue;
      throw new UsageError(m.unknownOption(token.rawName), command);
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined && !lenient) {
        throw new UsageError(m.noValue(token.rawName), command);
      }
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--'))) {
      if (lenient) continue;
      throw new UsageError(m.needsValue(token.rawName), command);
    }
    values[token.name] = value;
  }
  return { values, positionals, indices };
}

/** A string option's value, or undefined. */
export function text(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A boolean option's value. */
export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

/** A string option that must be one of `choices` (or absent). */
export function choice<T extends string>(
  parsed: Parsed,
  name: string,
  choices: readonly T[],
  m: Messages,
  command?: string,
): T | undefined {
  const value = text(parsed, name);
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(m.badChoice(`--${name}`, value, choices.join(', ')), command);
}

/** `--format`, or the extension of `--out` (`.json`, `.csv`, `.md`, `.html`), or the default. */
export function formatOf<F extends string>(
  args: Parsed,
  formats: readonly F[],
  fallback: F,
  m: Messages,
  command: string,
): F {
  const given = choice(args, 'format', formats, m, command);
  if (given !== undefined) return given;
  const out = text(args, 'out');
  const extension = out?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const inferred = extension === 'htm' ? 'html' : extension === 'markdown' ? 'md' : extension;
  return formats.find((f) => f === inferred && f !== 'table') ?? fallback;
}
