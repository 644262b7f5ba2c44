/**
 * Compiling knowledge-base entries into the lookup index: every name form (canonical, variants,
 * derived demonym forms) under its match key, shared forms ordered by the ambiguity rules.
 * Pure; scripts/build-kb.mjs runs it at build time and writes data/kb/index.json.
 */
import type { Resources } from '../resources.js';
import { matchKey } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';
import { BUILTIN_SOURCES, parseTsv } from './source.js';
import type { KbEntry, KbIndexFile } from './types.js';

/** The match key of a name: its tokens' match keys joined by one space («الحلف  الأطلسي» → «الحلف الاطلسي»). */
export function nameKey(name: string): string {
  return rawTokens(name)
    .map((t) => (t.kind === 'latin' ? matchKey(t.text).toLowerCase() : matchKey(t.text)))
    .join(' ');
}

/** Every Arabic name form of an entry (canonical first). */
export function nameForms(e: KbEntry): string[] {
  return [e.ar, ...e.aliases];
}

/**
 * Demonym forms derived from masculine singular bases: سوري → سوري، سورية، سوريون، سوريين، سوريات and
 * the same with the article (السوري، السورية …); a two-word base inflects both words (كوري شمالي →
 * الكورية الشمالية). Irregular plurals (روس، أتراك) are given as they are, with and without the article.
 */
export function demonymForms(bases: string[], plurals: string[] = []): string[] {
  const out = new Set<string>();
  for (const base of bases) {
    const words = base.split(/\s+/);
    for (const suffix of ['', 'ة', 'ون', 'ين', 'ات']) {
      const inflected = words.map((w) => w + suffix);
      out.add(inflected.join(' '));
      out.add(inflected.map((w) => 'ال' + w).join(' '));
    }
  }
  for (const p of plurals) {
    out.add(p);
    out.add('ال' + p);
  }
  return [...out];
}

/** The ambiguity rules: name key → candidate ids in default order. */
export function parseAmbiguity(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, ids] = line.split('\t');
    if (!name || !ids) continue;
    out.set(nameKey(name.trim()), ids.trim().split(/\s+/));
  }
  return out;
}

export function compileKb(entries: KbEntry[], ambiguity: Map<string, string[]> = new Map()): KbIndexFile {
  const names: Record<string, number[]> = Object.create(null);
  const weak: Record<string, number[]> = Object.create(null);
  const demonyms: Record<string, number> = Object.create(null);
  const seenIds = new Map<string, number>();
  entries.forEach((e, i) => {
    if (seenIds.has(e.id)) throw new Error(`knowledge base: duplicate id ${e.id}`);
    seenIds.set(e.id, i);
  });
  entries.forEach((e, i) => {
    const weakKeys = new Set((e.weak ?? []).map(nameKey));
    for (const form of nameForms(e)) {
      const key = nameKey(form);
      if (!key) continue;
      const list = (names[key] ??= []);
      if (!list.includes(i)) list.push(i);
      if (weakKeys.has(key)) {
        const w = (weak[key] ??= []);
        if (!w.includes(i)) w.push(i);
      }
    }
  });
  entries.forEach((e, i) => {
    if (e.type !== 'country' || !e.demonyms?.length) return;
    for (const form of demonymForms(e.demonyms, e.plurals)) {
      const key = nameKey(form);
      if (demonyms[key] != null) continue;
      if (names[key]) {
        // a demonym spelled like a name: the country's own name (جيبوتي) stays a plain name and no
        // demonym; any other entry's form (السوداني the surname, الألمانية the short name of the German
        // agency) becomes weak, and the form stays a demonym of its country: alone it is the adjective
        // («الحكومة الألمانية» → DEU), the linker takes the entry only with support (agency mark, full name)
        if (names[key]!.some((j) => entries[j]!.type === 'country')) continue;
        for (const j of names[key]!) {
          const w = (weak[key] ??= []);
          if (!w.includes(j)) w.push(j);
        }
      }
      demonyms[key] = i;
    }
  });
  // shared forms: the ambiguity rule's order first, then source order
  for (const [key, list] of Object.entries(names)) {
    if (list.length < 2) continue;
    const order = ambiguity.get(key);
    if (!order) continue;
    const rank = (i: number) => {
      const r = order.indexOf(entries[i]!.id);
      return r < 0 ? order.length + i : r;
    };
    list.sort((a, b) => rank(a) - rank(b));
  }
  const first: Record<string, string[]> = Object.create(null);
  for (const key of new Set([...Object.keys(names), ...Object.keys(demonyms)])) (first[key.split(' ', 1)[0]!] ??= []).push(key);
  const len = (k: string) => k.split(' ').length;
  for (const k in first) first[k]!.sort((a, b) => len(b) - len(a));
  return { version: 1, entries, names, weak, demonyms, first };
}

/** Reads and compiles the built-in source files (what the build step does; also the fallback when no index was built). */
export function compileBuiltin(res: Resources): KbIndexFile {
  const entries: KbEntry[] = [];
  for (const { file, type } of BUILTIN_SOURCES) {
    const text = res.read(file);
    if (text == null) continue;
    entries.push(...parseTsv(text, type, file));
  }
  const amb = res.read('data/kb/ambiguous.tsv');
  return compileKb(entries, amb ? parseAmbiguity(amb) : new Map());
}
