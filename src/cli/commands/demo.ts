import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../analyze.js';
import { parseArticle } from '../../document/layout.js';
import { defaultResources, packageRoot } from '../../node/resources.js';
import { parseCommandArgs } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { writeOut } from '../output.js';
import { renderReport } from '../report.js';
import type { Command } from './index.js';

interface SampleMeta {
  id: string;
  published: string;
  source?: string;
}

export const command: Command = {
  summary: 'analyse the built-in sample articles and print their reports (npm start)',
  help: `Usage: rasid demo [--json]

Analyses the sample wire stories shipped in samples/ (written for Rasid) and prints the readable
report of each, or one analysis object per line with --json.`,
  async run(args) {
    const { values } = parseCommandArgs('demo', args, { json: { type: 'boolean' } });
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
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      let meta: SampleMeta = { id: f.replace(/\.txt$/, ''), published: '' };
      try {
        meta = { ...meta, ...JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.meta.json')), 'utf8')) };
      } catch {
        /* a sample without metadata has no publication date */
      }
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
    return EXIT.ok;
  },
};
