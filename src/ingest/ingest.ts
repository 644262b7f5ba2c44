/**
 * The ingest pipeline: sources → admit (validate, hash, id) → skip what is stored → analyse on the
 * worker pool → store in batches, one transaction each. A kill loses at most the batch in flight and a
 * re-run skips what was committed (content hashes), so it finishes the job with every article once.
 */
import { RecordError } from '../document/record.js';
import { defaultResources } from '../node/resources.js';
import { admit, prepare, type Admitted } from '../store/prepare.js';
import type { PreparedArticle, Store } from '../store/types.js';
import { AnalysisPool } from './pool.js';
import type { ProgressState } from './progress.js';
import type { SourceItem } from './sources.js';

export interface Rejection {
  origin: string;
  id: string | null;
  code: string;
  message: string;
}

export interface IngestReport {
  /** inputs read (articles and rejected items) */
  read: number;
  added: number;
  updated: number;
  /** already stored (same content), or repeated within this run */
  duplicates: number;
  /** of the added, how many repeat another article (near-duplicates, kept and marked) */
  nearDuplicates: number;
  rejected: Rejection[];
  seconds: number;
}

export interface IngestOptions {
  /** worker threads; 0 analyses in this thread */
  workers?: number;
  /** articles per transaction */
  batchSize?: number;
  /** articles per worker job */
  jobSize?: number;
  totalBytes?: number;
  onProgress?: (p: ProgressState) => void;
  /** called after each committed batch (tests use it) */
  onCommit?: (committed: number) => void;
}

export async function ingest(store: Store, items: AsyncIterable<SourceItem> | Iterable<SourceItem>, opts: IngestOptions = {}): Promise<IngestReport> {
  const t0 = Date.now();
  const batchSize = opts.batchSize ?? 100;
  const jobSize = opts.jobSize ?? 4;
  const workers = opts.workers ?? undefined;
  const pool = workers === 0 ? null : new AnalysisPool(workers);
  const maxInFlight = (pool?.size ?? 1) * 3;
  const report: IngestReport = { read: 0, added: 0, updated: 0, duplicates: 0, nearDuplicates: 0, rejected: [], seconds: 0 };
  const progress: ProgressState = { done: 0, added: 0, duplicates: 0, rejected: 0, bytes: 0, totalBytes: opts.totalBytes ?? 0 };
  const seen = new Set<string>();
  let admitted: { a: Admitted; origin: string; weight: number }[] = [];
  const ready: { p: PreparedArticle; weight: number }[] = [];
  const inFlight = new Set<Promise<void>>();
  let writing: Promise<void> = Promise.resolve();
  let failure: Error | null = null;
  const report$ = () => {
    progress.added = report.added + report.updated;
    progress.duplicates = report.duplicates;
    progress.rejected = report.rejected.length;
    opts.onProgress?.(progress);
  };
  const reject = (origin: string, id: string | null, code: string, message: string, weight: number) => {
    report.rejected.push({ origin, id, code, message });
    progress.done++;
    progress.bytes += weight;
  };

  // Exactly batchSize records a transaction (the rest waits for the next, or for the final forced
  // commit): two workers can hand back chunks together, and «--batch N» promises N per commit.
  const commit = (force: boolean) => {
    while (ready.length && (force || ready.length >= batchSize)) writeBatch(ready.splice(0, Math.min(batchSize, ready.length)));
  };
  const writeBatch = (batch: typeof ready) => {
    writing = writing.then(async () => {
      if (failure) return;
      try {
        const results = await store.putBatch(batch.map((b) => b.p));
        for (const r of results) {
          if (r.outcome === 'added') report.added++;
          else if (r.outcome === 'updated') report.updated++;
          else report.duplicates++;
          if (r.duplicateOf && r.outcome !== 'duplicate') report.nearDuplicates++;
        }
        progress.done += batch.length;
        progress.bytes += batch.reduce((s, b) => s + b.weight, 0);
        opts.onCommit?.(report.added + report.updated);
        report$();
      } catch (e) {
        failure = e as Error;
      }
    });
  };

  const analyse = async (chunk: { a: Admitted; origin: string; weight: number }[]) => {
    const results = pool
      ? await pool.run(chunk.map((c) => c.a))
      : chunk.map((c) => {
          try {
            return { ok: true as const, article: prepare(c.a, defaultResources()) };
          } catch (e) {
            return { ok: false as const, id: c.a.article.id, message: (e as Error).message };
          }
        });
    results.forEach((r, i) => {
      const c = chunk[i]!;
      if (r.ok) ready.push({ p: r.article, weight: c.weight });
      else reject(c.origin, r.id, 'analysis_failed', `the analysis failed: ${r.message}`, c.weight);
    });
    commit(false);
  };

  const flushAdmitted = async () => {
    if (!admitted.length) return;
    const chunk = admitted;
    admitted = [];
    const known = await store.knownHashes(chunk.map((c) => c.a.hash));
    const todo = chunk.filter((c) => {
      if (!known.has(c.a.hash)) return true;
      report.duplicates++;
      progress.done++;
      progress.bytes += c.weight;
      return false;
    });
    for (let i = 0; i < todo.length; i += jobSize) {
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      if (failure) throw failure;
      const p: Promise<void> = analyse(todo.slice(i, i + jobSize)).then(
        () => void inFlight.delete(p),
        (e) => {
          inFlight.delete(p);
          failure ??= e;
        },
      );
      inFlight.add(p);
    }
    report$();
  };

  try {
    for await (const item of items as AsyncIterable<SourceItem>) {
      if (failure) throw failure;
      report.read++;
      if (item.error || !item.input) {
        reject(item.origin, null, item.error?.code ?? 'unreadable', item.error?.message ?? 'nothing to read', item.weight);
        continue;
      }
      let a: Admitted;
      try {
        a = admit(item.input);
      } catch (e) {
        if (e instanceof RecordError) reject(item.origin, recordId(item), e.code, e.message, item.weight);
        else reject(item.origin, recordId(item), 'bad_record', (e as Error).message, item.weight);
        continue;
      }
      if (seen.has(a.hash)) {
        report.duplicates++;
        progress.done++;
        progress.bytes += item.weight;
        continue;
      }
      seen.add(a.hash);
      admitted.push({ a, origin: item.origin, weight: item.weight });
      if (admitted.length >= 64) await flushAdmitted();
    }
    await flushAdmitted();
    await Promise.all(inFlight);
    commit(true);
    await writing;
    if (failure) throw failure;
  } finally {
    await pool?.close();
  }
  report.seconds = (Date.now() - t0) / 1000;
  report$();
  return report;
}

function recordId(item: SourceItem): string | null {
  if (item.input?.kind !== 'record') return null;
  const id = (item.input.record as { id?: unknown })?.id;
  return id == null ? null : String(id);
}
