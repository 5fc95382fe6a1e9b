// The two ways a command fails on purpose. Anything else that is thrown is a bug.

/** Wrong usage (unknown command or option, a missing argument, a bad option value): exit 2. */
export class UsageError extends Error {
  override readonly name: 'UsageError' = 'UsageError';
  /** The command whose help to point at, if any. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/**
 * A problem with the data or the model (unreadable file, invalid model, unknown entity): exit 1.
 * An empty message means the problems have already been listed on stderr.
 */
export class Failure extends Error {
  override readonly name: 'Failure' = 'Failure';
}
