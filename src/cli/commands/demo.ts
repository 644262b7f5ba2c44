import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../analyze.js';
import { parseArticle } from '../../document/layout.js';
import { defaultResources, packageRoot } from '../../node/resources.js';
import { parseCommandArgs } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { writeOut } from '../output.js';
import { DB_HELP, DB_OPTION, withStore } from '../db.js';
import { ingest } from '../../ingest/ingest.js';
import type { SourceItem } from '../../ingest/sources.js';
import { searchArticles } from '../../search/search.js';
import { renderReport } from '../report.js';
import type { Command } from './index.js';

interface SampleMeta {
  id: string;
  published: string;
  source?: string;
}

export const command: Command = {
  summary: 'analyse the built-in sample articles and print their reports (npm start)',
  help: `Usage: rasid demo [--json] [--no-store] [--serve] [--db …]

The main job on the built-in sample wire stories (samples/, written for Rasid): analyses each one and
prints its readable report (or one analysis object per line with --json), then stores them in the
corpus (idempotent: a second run skips them as already stored), prints the corpus counts and an
Arabic-aware search written with other spellings than the articles use. With --serve (the default of
\`npm start\` in a terminal) it then serves the web interface and the HTTP API on http://127.0.0.1:8080/.

  --no-store   only analyse and print, do not touch the store
  --serve      then serve the store (port RASID_PORT, default 8080) when standard output is a
               terminal; elsewhere (a pipe, CI) the demo ends after the search
${DB_HELP}`,
  async run(args) {
    const { values } = parseCommandArgs('demo', args, { ...DB_OPTION, json: { type: 'boolean' }, 'no-store': { type: 'boolean' }, serve: { type: 'boolean' } });
    const dir = join(packageRoot, 'samples');
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    } catch {
      throw new CliError(`the sample articles are missing (${dir}); reinstall the package`);
    }
    if (!files.length) throw new CliError(`no sample articles in ${dir}`);
    const res = defaultResources();
    const totals = { entities: 0, times: 0, quotes: 0, events: 0, ms: 0 };
    const items: SourceItem[] = [];
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      let meta: SampleMeta = { id: f.replace(/\.txt$/, ''), published: '' };
      try {
        meta = { ...meta, ...JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.meta.json')), 'utf8')) };
      } catch {
        /* a sample without metadata has no publication date */
      }
      items.push({ origin: join('samples', f), input: { kind: 'text', text, meta: { id: meta.id, published: meta.published || null, source: meta.source ?? null } }, weight: text.length });
      const started = performance.now();
      const a = analyzeArticle(parseArticle(text, { id: meta.id, published: meta.published || null, source: meta.source ?? null }, res), res);
      const ms = performance.now() - started;
      totals.entities += a.entities.length;
      totals.times += a.times.length;
      totals.quotes += a.quotes.length;
      totals.events += a.events.length;
      totals.ms += ms;
      if (values.json) await writeOut(JSON.stringify(a) + '\n');
      else await writeOut(`${'═'.repeat(72)}\n${renderReport(a)}(analysed in ${ms.toFixed(1)} ms)\n\n`);
    }
    if (!values.json) {
      await writeOut(`${'═'.repeat(72)}\n${files.length} sample articles: ${totals.entities} entities, ${totals.times} time expressions, ${totals.quotes} quotes, ${totals.events} events in ${totals.ms.toFixed(0)} ms.\nAnalyse your own: rasid analyze FILE [--published DATE] [--json]  ·  batches: rasid analyze --jsonl FILE\n`);
    }
    if (values['no-store']) return EXIT.ok;
    const log = (line: string) => (values.json ? process.stderr.write(line + '\n') : writeOut(line + '\n'));
    await withStore(values.db, async (store) => {
      const report = await ingest(store, items, { workers: 0 });
      const stats = await store.stats();
      await log(
        `\nCorpus (${store.kind}${store.kind === 'sqlite' ? ` ${values.db ?? process.env.RASID_DB ?? './data/rasid.db'}` : ''}): ${report.added} added, ${report.duplicates} already stored; ` +
          `${stats.articles} articles, ${stats.entities} entities, ${stats.quotes} quotes, ${stats.events} events.`,
      );
      // the samples write إجلاء / الإجلاء; the query drops the hamza and adds a clitic
      const q = 'والاجلاء';
      const found = await searchArticles(store, q, { limit: 3 }, res);
      await log(`Search «${q}»: ${found.total} article(s)${found.hits.length ? ' — ' + found.hits.map((h) => `${h.id}: ${h.snippetText.replace(/\s+/g, ' ').slice(0, 100)}`).join('\n    ') : ''}`);
      await log('More: rasid search QUERY · rasid events --db … · rasid serve (web interface) · rasid --help');
    });
    if (values.serve && !process.stdout.isTTY) await log('(not serving: standard output is not a terminal; run rasid serve)');
    else if (values.serve) {
      const { command: serve } = await import('./serve.js');
      return serve.run([...(values.db ? ['--db', values.db] : []), '--port', process.env.RASID_PORT ?? '8080']);
    }
    return EXIT.ok;
  },
};
