/**
 * The linker's small lexicons (data/kb/titles.tsv, data/kb/triggers.tsv), parsed once per Resources.
 */
import type { EntityType } from '../../analysis.js';
import { nameKey } from '../../kb/compile.js';
import { cached, type Resources } from '../../resources.js';

export interface Title {
  tokens: string[];
  role: string;
}

export interface LinkLexicon {
  /** title phrases, longest first */
  titles: Title[];
  /** trigger word key → the entity type it announces */
  triggers: Map<string, EntityType>;
  /** modifiers that may sit between a title and a name: السابق، الحالي … */
  modifiers: Set<string>;
  /** phrases in which a name form is an ordinary word (مسقط رأسه، صلاة المغرب), under each of their tokens' keys */
  notNames: Map<string, Array<{ tokens: string[]; at: number }>>;
}

const MODIFIERS = ['السابق', 'السابقة', 'الأسبق', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المقبل', 'المؤقت', 'بالوكالة'];

function rows(text: string | null): string[][] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

export function linkLexicon(res: Resources): LinkLexicon {
  return cached(res, 'entities:lexicon', (r) => {
    const titles = rows(r.read('data/kb/titles.tsv'))
      .filter((c) => c[0] && c[1])
      .map((c) => ({ tokens: nameKey(c[0]!).split(' '), role: c[1]! }))
      .sort((a, b) => b.tokens.length - a.tokens.length);
    const triggers = new Map<string, EntityType>();
    for (const c of rows(r.read('data/kb/triggers.tsv'))) if (c[0] && c[1]) triggers.set(nameKey(c[0]), c[1] as EntityType);
    const notNames = new Map<string, Array<{ tokens: string[]; at: number }>>();
    for (const c of rows(r.read('data/kb/not-names.tsv'))) {
      if (!c[0]) continue;
      const tokens = nameKey(c[0]).split(' ');
      tokens.forEach((t, at) => {
        const list = notNames.get(t) ?? [];
        list.push({ tokens, at });
        notNames.set(t, list);
      });
    }
    return { titles, triggers, modifiers: new Set(MODIFIERS.map(nameKey)), notNames };
  });
}
