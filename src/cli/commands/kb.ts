import { writeFileSync } from 'node:fs';
import { nameKey } from '../../kb/compile.js';
import { GeonamesError, importGeonames } from '../../node/kb/geonames.js';
import { loadKb, type Kb } from '../../kb/load.js';
import { KbSourceError } from '../../kb/source.js';
import type { KbEntry } from '../../kb/types.js';
import { entryToJson } from '../../node/kb/user-files.js';
import { defaultResources, useUserKb } from '../../node/resources.js';
import { keyVariants } from '../../extract/entities/gazetteer.js';
import { parseCommandArgs } from '../args.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { writeOut } from '../output.js';
import type { Command } from './index.js';

const HELP = `Usage:
  rasid kb lookup NAME [--json] [--kb FILE]
  rasid kb stats [--json] [--kb FILE]
  rasid kb import-geonames CITIES_FILE ALTERNATE_NAMES_FILE [--out FILE] [--min-population N]

The knowledge base: countries, places, people and organisations with Arabic and English names,
countries and coordinates (data/kb/, documented in data/kb/README.md).

  lookup NAME        the entries an Arabic name form links to (spelling variants, hamza forms and
                     leading clitics such as و، ب، ل are normalised: «وبروكسل» finds Brussels);
                     a demonym (السوري، الأميركية) shows its country
  stats              entries by type and role, name forms, demonym forms
  import-geonames    turns GeoNames dumps into a user knowledge-base file (JSON Lines): every
                     populated place of CITIES_FILE (cities15000.txt, allCountries.txt or a country
                     file) that has an Arabic name in ALTERNATE_NAMES_FILE (alternateNames.txt or
                     alternateNamesV2.txt); cities already in the built-in KB are skipped.
                     Use the result with rasid analyze --kb FILE or RASID_KB=FILE.
  --out FILE         write the entries there (default: standard output)
  --min-population N leave out smaller places
  --kb FILE          include a user knowledge-base file (repeatable; also RASID_KB)
  --json             machine-readable output`;

function describe(e: KbEntry): string {
  const where = e.lat != null ? ` ${e.lat.toFixed(4)},${e.lon!.toFixed(4)}` : '';
  const aliases = e.aliases.length ? `\n    also: ${e.aliases.join('، ')}` : '';
  return `${e.id}  ${e.entityType}  ${e.ar} — ${e.en}${e.country ? ` [${e.country}]` : ''}${e.role ? ` (${e.role})` : ''}${where}${e.source && e.source !== 'builtin' ? `  from ${e.source}` : ''}${aliases}`;
}

/** A name's entries: the exact form first, then with a leading clitic stripped. */
function lookup(kb: Kb, name: string): { key: string; entries: KbEntry[]; demonymOf: KbEntry | null } {
  const key = nameKey(name.trim());
  const [first, ...rest] = key.split(' ');
  if (!first) return { key, entries: [], demonymOf: null };
  for (const v of keyVariants(first)) {
    const k = [v.key, ...rest].join(' ');
    const entries = kb.names.get(k);
    if (entries) return { key: k, entries, demonymOf: null };
    const d = kb.demonyms.get(k);
    if (d) return { key: k, entries: [], demonymOf: d };
  }
  return { key, entries: [], demonymOf: null };
}

export const command: Command = {
  summary: 'the knowledge base: look names up, count entries, import GeoNames dumps',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('kb', args, {
      json: { type: 'boolean' },
      out: { type: 'string' },
      'min-population': { type: 'string' },
      kb: { type: 'string', multiple: true },
    });
    const [sub, ...rest] = positionals;
    if (!sub) throw usageError('kb: name a subcommand: lookup, stats or import-geonames (see rasid kb --help)');
    try {
      if (values.kb?.length) useUserKb(values.kb);
      if (sub === 'lookup') {
        if (rest.length === 0 || !rest.join(' ').trim()) throw usageError('kb lookup: name an Arabic name form, e.g. rasid kb lookup طرابلس');
        const kb = loadKb(defaultResources());
        const r = lookup(kb, rest.join(' '));
        if (values.json) {
          await writeOut(JSON.stringify({ name: rest.join(' '), key: r.key, entries: r.entries, demonymOf: r.demonymOf?.id ?? null }) + '\n');
        } else if (r.demonymOf) {
          await writeOut(`«${rest.join(' ')}» is a demonym of ${describe(r.demonymOf)}\n`);
        } else if (!r.entries.length) {
          process.stderr.write(`rasid: kb lookup: no entry is named «${rest.join(' ')}»\n`);
          return EXIT.failure;
        } else {
          const note = r.entries.length > 1 ? `«${rest.join(' ')}» is shared by ${r.entries.length} entries (default first; the article's evidence decides):\n` : '';
          await writeOut(note + r.entries.map((e) => describe(e)).join('\n') + '\n');
        }
        return EXIT.ok;
      }
      if (sub === 'stats') {
        if (rest.length) throw usageError('kb stats: takes no arguments');
        const kb = loadKb(defaultResources());
        const byType: Record<string, number> = {};
        const byRole: Record<string, number> = {};
        const bySource: Record<string, number> = {};
        let withCoordinates = 0;
        for (const e of kb.entries) {
          byType[e.type] = (byType[e.type] ?? 0) + 1;
          const role = `${e.type}:${e.role ?? '-'}`;
          byRole[role] = (byRole[role] ?? 0) + 1;
          const src = e.source ?? 'builtin';
          bySource[src] = (bySource[src] ?? 0) + 1;
          if (e.lat != null) withCoordinates++;
        }
        const shared = [...kb.names.values()].filter((l) => l.length > 1).length;
        const stats = { entries: kb.entries.length, byType, bySource, withCoordinates, nameForms: kb.names.size, sharedNameForms: shared, demonymForms: kb.demonyms.size, byRole };
        if (values.json) await writeOut(JSON.stringify(stats) + '\n');
        else {
          const top = Object.entries(byRole).sort((a, b) => b[1] - a[1]).slice(0, 25);
          await writeOut(
            [
              `entries          ${stats.entries}`,
              ...Object.entries(byType).map(([t, n]) => `  ${t.padEnd(15)}${n}`),
              ...(Object.keys(bySource).length > 1 ? Object.entries(bySource).map(([s, n]) => `  from ${s}: ${n}`) : []),
              `with coordinates ${withCoordinates}`,
              `name forms       ${stats.nameForms} (${shared} shared, resolved by data/kb/ambiguous.tsv)`,
              `demonym forms    ${stats.demonymForms}`,
              'most frequent roles:',
              ...top.map(([r, n]) => `  ${r.padEnd(32)}${n}`),
            ].join('\n') + '\n',
          );
        }
        return EXIT.ok;
      }
      if (sub === 'import-geonames') {
        if (rest.length !== 2) throw usageError('kb import-geonames: name CITIES_FILE and ALTERNATE_NAMES_FILE (see rasid kb --help)');
        const minPopulation = values['min-population'] == null ? 0 : Number(values['min-population']);
        if (!Number.isInteger(minPopulation) || minPopulation < 0) throw usageError(`kb import-geonames: --min-population must be a whole number, not "${values['min-population']}"`);
        const kb = loadKb(defaultResources());
        const r = await importGeonames(rest[0]!, rest[1]!, { kb, minPopulation });
        const jsonl = r.entries.map(entryToJson).join('\n') + (r.entries.length ? '\n' : '');
        if (values.out) {
          try {
            writeFileSync(values.out, jsonl);
          } catch (e) {
            throw new CliError(`${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
          }
        } else await writeOut(jsonl);
        process.stderr.write(
          `kb import-geonames: ${r.entries.length} entries written${values.out ? ` to ${values.out}` : ''}; ${r.cities} populated places read, ${r.withArabic} with an Arabic name, ${r.skippedKnown} already in the knowledge base${r.badLines ? `, ${r.badLines} unreadable lines skipped` : ''}\n`,
        );
        return EXIT.ok;
      }
      throw usageError(`kb: unknown subcommand "${sub}" (lookup, stats or import-geonames)`);
    } catch (e) {
      if (e instanceof KbSourceError || e instanceof GeonamesError) throw new CliError(e.message);
      throw e;
    }
  },
};
