/**
 * Options of the training scripts (`npm run train:ner`, `npm run train:clusters`): `--help` prints the
 * usage, an unknown or malformed option a one-line message and exit code 2 — never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function trainArgs<T extends ParseArgsConfig>(name: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const argv = config.args ?? process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`usage: ${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (e) {
    process.stderr.write(`${name}: ${(e as Error).message}\nusage: ${usage}\n`);
    process.exit(2);
  }
}
