import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
export type ParsedValues<O extends Options> = {
  [K in keyof O]?: O[K] extends { type: 'boolean'; multiple: true } ? boolean[] : O[K] extends { type: 'boolean' } ? boolean : O[K] extends { multiple: true } ? string[] : string;
} & { help?: boolean };

/** node:util parseArgs with strict checking, turning its errors into usage errors. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O): { values: ParsedValues<O>; positionals: string[] } {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true }) as unknown as { values: ParsedValues<O>; positionals: string[] };
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw usageError(`${command}: ${msg} (see rasid ${command} --help)`);
  }
}
