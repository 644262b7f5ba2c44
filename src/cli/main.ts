import { COMMANDS } from './commands/index.js';
import { CliError, EXIT } from './errors.js';

const EXIT_HELP = `Exit status: 0 success; 1 an input or the store could not be read or analysed;
2 usage error (unknown command or option, missing argument); 3 a batch finished with some records failed.`;

async function globalHelp(): Promise<string> {
  const lines = ['rasid (راصد): Arabic news → entities, dates, quotes and PLOVER events, with exact offsets.', '', 'Usage: rasid COMMAND [options]   (rasid COMMAND --help for details)', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) {
    const { command } = await load();
    lines.push(`  ${name.padEnd(10)} ${command.summary}`);
  }
  lines.push('', 'The store: --db PATH|postgres://… or RASID_DB (default ./data/rasid.db).', '', EXIT_HELP);
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write((await globalHelp()) + '\n');
      return name ? EXIT.ok : EXIT.usage;
    }
    if (name === '--version' || name === '-v') {
      const { createRequire } = await import('node:module');
      process.stdout.write(createRequire(import.meta.url)('../../package.json').version + '\n');
      return EXIT.ok;
    }
    const load = COMMANDS[name];
    if (!load) throw new CliError(`unknown command "${name}" (see rasid --help)`, EXIT.usage);
    const { command } = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(command.help.trimEnd() + '\n\n' + EXIT_HELP + '\n');
      return EXIT.ok;
    }
    return await command.run(rest);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`rasid: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`rasid: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.RASID_DEBUG) process.stderr.write(String((e as Error)?.stack) + '\n');
    return EXIT.failure;
  }
}
