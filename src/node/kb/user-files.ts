/**
 * Users' own knowledge-base files (Node side): JSON, JSON Lines, CSV or TSV files named by
 * `--kb FILE` or the environment variable RASID_KB (paths separated by `:`) are read, checked, and served
 * to the pure core as the resource data/kb/user.jsonl (see src/kb/load.ts), on top of the base resources.
 */
import { readFileSync } from 'node:fs';
import type { Resources } from '../../resources.js';
import { KB_USER } from '../../kb/load.js';
import { KbSourceError, parseTsv, parseUserEntries } from '../../kb/source.js';
import type { KbEntry } from '../../kb/types.js';

/** Reads one user file into entries; a clear error names the file (and line) that is wrong. */
export function readUserKbFile(file: string): KbEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new KbSourceError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : (e as Error).message}`);
  }
  const entries = /\.tsv$/i.test(file) ? parseTsv(text, 'place', file) : parseUserEntries(text, file);
  for (const e of entries) e.source ??= file;
  return entries;
}

/** An entry as one JSON line in the source format (weak forms marked with `~` again). */
export function entryToJson(e: KbEntry): string {
  const weak = new Set(e.weak ?? []);
  const mark = (s: string) => (weak.has(s) ? `~${s}` : s);
  const o: Record<string, unknown> = { id: e.id, type: e.type, entityType: e.entityType, ar: mark(e.ar), aliases: e.aliases.map(mark), en: e.en, country: e.country, role: e.role ?? null };
  if (e.lat != null) (o.lat = e.lat), (o.lon = e.lon);
  if (e.demonyms) o.demonyms = e.demonyms;
  if (e.plurals) o.plurals = e.plurals;
  if (e.source) o.source = e.source;
  return JSON.stringify(o);
}

/** The files named in RASID_KB. */
export function kbFilesFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.RASID_KB ?? '').split(':').map((s) => s.trim()).filter(Boolean);
}

/** Resources that add the users' entries (as data/kb/user.jsonl) to `base`. Files are read once, here. */
export function withUserKb(base: Resources, files: string[]): Resources {
  if (!files.length) return base;
  const lines = files.flatMap((f) => readUserKbFile(f).map(entryToJson));
  const user = lines.join('\n') + '\n';
  return { read: (name) => (name === KB_USER ? user : base.read(name)) };
}
