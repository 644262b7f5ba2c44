/** A pool of analysis worker threads (one per core by default); jobs go to the least busy worker. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Admitted } from '../store/prepare.js';
import type { Job, JobResult } from './worker.js';

interface Slot {
  worker: Worker;
  busy: number;
}

export class AnalysisPool {
  private slots: Slot[] = [];
  private waiting = new Map<number, { resolve: (r: JobResult['results']) => void; reject: (e: Error) => void; slot: Slot }>();
  private next = 0;
  private failed: Error | null = null;

  constructor(readonly size: number = availableParallelism()) {
    for (let i = 0; i < Math.max(1, size); i++) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (m: JobResult) => {
      const w = this.waiting.get(m.job);
      if (!w) return;
      this.waiting.delete(m.job);
      w.slot.busy--;
      w.resolve(m.results);
    });
    const fail = (e: Error) => {
      this.failed ??= e;
      for (const [job, w] of this.waiting) if (w.slot === slot) this.waiting.delete(job), w.reject(e);
    };
    worker.on('error', (e) => fail(new Error(`an analysis worker failed: ${e.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`an analysis worker stopped (exit ${code})`));
    });
    this.slots.push(slot);
  }

  /** jobs in flight */
  get pending(): number {
    return this.waiting.size;
  }

  run(items: Admitted[]): Promise<JobResult['results']> {
    if (this.failed) return Promise.reject(this.failed);
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const job = this.next++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(job, { resolve, reject, slot });
      slot.worker.postMessage({ job, items } satisfies Job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
