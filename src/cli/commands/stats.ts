import { parseCommandArgs } from '../args.js';
import { DB_HELP, DB_OPTION, withStore } from '../db.js';
import { EXIT, usageError } from '../errors.js';
import type { Command } from './index.js';

const HELP = `Usage: rasid stats [--json] [--db …]

Counts in the store: articles (near-duplicates included), near-duplicates (articles marked as
repeating another), distinct entities, events, quotes; also stories, time expressions and sources.
  --json   { "articles", "duplicates", "entities", "events", "quotes", "stories", "times", "sources" }
${DB_HELP}`;

export const command: Command = {
  summary: 'counts of articles, duplicates, entities, events and quotes in the store',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('stats', args, { ...DB_OPTION, json: { type: 'boolean' } });
    if (positionals.length) throw usageError(`stats: unexpected argument "${positionals[0]}"`);
    const s = await withStore(values.db, (store) => store.stats(), true);
    if (values.json) process.stdout.write(JSON.stringify(s) + '\n');
    else
      process.stdout.write(
        [
          `articles    ${s.articles}`,
          `duplicates  ${s.duplicates}`,
          `entities    ${s.entities}`,
          `events      ${s.events}`,
          `quotes      ${s.quotes}`,
          `stories     ${s.stories}`,
          `times       ${s.times}`,
          `sources     ${s.sources}`,
        ].join('\n') + '\n',
      );
    return EXIT.ok;
  },
};
