/** An analysis worker thread: admitted articles in, stored forms (or the reason one failed) out. */
import { parentPort } from 'node:worker_threads';
import { defaultResources } from '../node/resources.js';
import { prepare, type Admitted } from '../store/prepare.js';
import type { PreparedArticle } from '../store/types.js';

export interface Job {
  job: number;
  items: Admitted[];
}
export type JobResult = { job: number; results: ({ ok: true; article: PreparedArticle } | { ok: false; id: string | null; message: string })[] };

const res = defaultResources();

parentPort?.on('message', (msg: Job) => {
  const results: JobResult['results'] = msg.items.map((a) => {
    try {
      return { ok: true as const, article: prepare(a, res) };
    } catch (e) {
      return { ok: false as const, id: a.article.id, message: (e as Error)?.message ?? String(e) };
    }
  });
  parentPort!.postMessage({ job: msg.job, results } satisfies JobResult);
});
