/** Re-runs the analysis pipeline on every stored article (after a model or lexicon update). */
import { defaultResources } from '../node/resources.js';
import { contentHash, prepare, type Admitted } from '../store/prepare.js';
import { parseArticle } from '../document/layout.js';
import type { PreparedArticle, Store, StoredRecord } from '../store/types.js';
import { AnalysisPool } from './pool.js';

export interface ReanalyzeReport {
  articles: number;
  failed: { id: string; message: string }[];
  seconds: number;
}

/** The stored document text is the analysed text itself, so the article is rebuilt from it unchanged. */
export function admittedFromStored(r: StoredRecord): Admitted {
  return { article: parseArticle(r.text, { id: r.id, published: r.published, source: r.source, url: r.url }), title: r.title, hash: contentHash(r.text) };
}

export async function reanalyze(store: Store, opts: { workers?: number; batchSize?: number; onProgress?: (done: number) => void } = {}): Promise<ReanalyzeReport> {
  const t0 = Date.now();
  const pool = opts.workers === 0 ? null : new AnalysisPool(opts.workers);
  const report: ReanalyzeReport = { articles: 0, failed: [], seconds: 0 };
  try {
    for await (const batch of store.records(opts.batchSize ?? 100)) {
      const admitted = batch.map(admittedFromStored);
      const jobs: Promise<({ ok: true; article: PreparedArticle } | { ok: false; id: string | null; message: string })[]>[] = [];
      for (let i = 0; i < admitted.length; i += 4) {
        const chunk = admitted.slice(i, i + 4);
        jobs.push(
          pool
            ? pool.run(chunk)
            : Promise.resolve(
                chunk.map((a) => {
                  try {
                    return { ok: true as const, article: prepare(a, defaultResources()) };
                  } catch (e) {
                    return { ok: false as const, id: a.article.id, message: (e as Error).message };
                  }
                }),
              ),
        );
      }
      const done: PreparedArticle[] = [];
      for (const r of (await Promise.all(jobs)).flat()) {
        if (r.ok) done.push(r.article);
        else report.failed.push({ id: r.id ?? '?', message: r.message });
      }
      await store.replaceAnalyses(done);
      report.articles += done.length;
      opts.onProgress?.(report.articles);
    }
  } finally {
    await pool?.close();
  }
  report.seconds = (Date.now() - t0) / 1000;
  return report;
}
