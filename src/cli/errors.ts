/** Exit codes (documented in the README and in `rasid --help`). */
export const EXIT = {
  ok: 0,
  /** an input could not be read or analysed, a store or network failure */
  failure: 1,
  /** wrong command line: unknown option, missing argument */
  usage: 2,
  /** a batch finished but some records failed (each reported) */
  partial: 3,
} as const;

/** An error meant for the user: printed as `rasid: message`, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage);
