/**
 * Ingest progress on stderr: a bar with rate and ETA redrawn in place on a terminal, plain lines
 * (every few seconds) otherwise, so logs stay readable.
 */
export interface ProgressState {
  done: number;
  added: number;
  duplicates: number;
  rejected: number;
  /** bytes of input accounted for, of `totalBytes` (0 when unknown, e.g. URLs) */
  bytes: number;
  totalBytes: number;
}

export const formatDuration = (s: number) => {
  if (!Number.isFinite(s) || s < 0) return '?';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.floor(s % 60);
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
};

export class Progress {
  private started = Date.now();
  private last = 0;
  private drawn = false;
  constructor(
    private out: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean },
    private enabled = true,
  ) {}

  private line(p: ProgressState, tty: boolean): string {
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? p.done / secs : 0;
    const frac = p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : null;
    const eta = frac && frac > 0.001 ? (secs / frac) * (1 - frac) : NaN;
    const counts = `${p.done} articles (${p.added} added, ${p.duplicates} duplicate, ${p.rejected} rejected), ${rate.toFixed(1)}/s`;
    if (frac == null) return `${counts}, ${formatDuration(secs)} elapsed`;
    const pct = `${(frac * 100).toFixed(1)}%`;
    if (!tty) return `ingest: ${pct} ${counts}, ETA ${formatDuration(eta)}`;
    const width = 24;
    const full = Math.round(frac * width);
    return `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${pct.padStart(6)} ${counts} ETA ${formatDuration(eta)}`;
  }

  update(p: ProgressState, force = false): void {
    if (!this.enabled) return;
    const tty = !!this.out.isTTY;
    const now = Date.now();
    if (!force && now - this.last < (tty ? 200 : 5000)) return;
    this.last = now;
    if (tty) {
      this.out.write(`\r\x1b[2K${this.line(p, true)}`);
      this.drawn = true;
    } else this.out.write(this.line(p, false) + '\n');
  }

  finish(): void {
    if (this.drawn) this.out.write('\r\x1b[2K');
    this.drawn = false;
  }
}
