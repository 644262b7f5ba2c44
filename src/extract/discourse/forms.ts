/**
 * Arabic word forms for lexicon matching: the inflections of a verb generated from its 3rd person
 * masculine singular perfect and imperfect, and the clitic strippings tried when a text word is looked up.
 * Everything is in match keys (src/text/normalize.ts): أ/إ/آ → ا, ة → ه, ى → ي.
 */
import { matchKey } from '../../text/normalize.js';
import { memoByKey } from '../memo.js';

/** Inflections of a perfect stem: قصف → قصفت قصفوا قصفا قصفتا قصفن قصفنا; دعا → دعت دعوا; نفى → نفت نفوا نفيا. */
export function perfectForms(perfect: string): string[] {
  const p = matchKey(perfect);
  const out = [p];
  const last = p[p.length - 1];
  if (last === 'ا' || last === 'ي') {
    const r = p.slice(0, -1);
    // دعا → دعت دعوا دعتا; نفي(نفى) → نفت نفوا نفتا نفيا; التقي(التقى) → التقت التقوا التقيا
    out.push(r + 'ت', r + 'وا', r + 'تا', r + 'يا', r + 'ينا', r + 'يت', r + 'ونا', r + 'وت');
    if (last === 'ي') out.push(r + 'ا'); // نفاه is handled by the enclitic rule; the bare ا form shows up before ه
  } else {
    out.push(p + 'ت', p + 'وا', p + 'ا', p + 'تا', p + 'ن', p + 'نا', p + 'تم', p + 'تما');
  }
  return out;
}

/** Inflections of an imperfect (given with ي): يقصف → تقصف نقصف اقصف يقصفون يقصفان تقصفان يقصفن; يدعو → يدعون; يلتقي → يلتقون يلتقيان. */
export function imperfectForms(imperfect: string): string[] {
  const i = matchKey(imperfect);
  const stem = i.startsWith('ي') ? i.slice(1) : i;
  const out: string[] = [];
  const last = stem[stem.length - 1];
  for (const pre of ['ي', 'ت', 'ن', 'ا']) {
    out.push(pre + stem);
    if (last === 'و' || last === 'ي' || last === 'ا') {
      const r = stem.slice(0, -1);
      out.push(pre + r + 'ون', pre + r + 'وا', pre + stem + 'ان', pre + r + 'يان', pre + r); // يلتقون يلتقوا يلتقيان لم يلتق
    } else {
      out.push(pre + stem + 'ون', pre + stem + 'وا', pre + stem + 'ان', pre + stem + 'ا', pre + stem + 'ن');
    }
  }
  return out;
}

export interface Stripped {
  /** the remaining core */
  core: string;
  /** proclitics removed, in order (و ف س ب ل ك ال) */
  pro: string;
  /** enclitic removed (ه ها هم هما ي نا كم) or '' */
  enc: string;
}

const CONJ = ['و', 'ف'];
const ENCLITICS = ['هما', 'هم', 'ها', 'ه', 'نا', 'كم', 'ي'];

/**
 * Candidate readings of a word's match key, least stripping first:
 * وقصفت → وقصفت, قصفت (و); وسيلتقي → يلتقي (و+س); للمقترح → مقترح (ل+ال); نفاه → نفي+ه.
 */
// (asked for the same words many times per article: every lexicon lookup)
export const strippings: (key: string) => Stripped[] = memoByKey((key) => computeStrippings(key));

function computeStrippings(key: string): Stripped[] {
  const out: Stripped[] = [];
  const seen = new Set<string>();
  const add = (core: string, pro: string, enc: string) => {
    if (core.length < 2) return;
    const k = core + '|' + pro + '|' + enc;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ core, pro, enc });
  };
  const bases: Array<[string, string]> = [[key, '']];
  // (وحث، وشن، وصد: a two-letter verb after و is still a verb)
  for (const c of CONJ) if (key.startsWith(c) && key.length > 2) bases.push([key.slice(1), c]);
  const withPreps: Array<[string, string]> = [];
  for (const [b, p] of bases) {
    withPreps.push([b, p]);
    // future سـ on an imperfect: سيزور, وسيلتقي
    if (b.startsWith('س') && /^[يتنا]/.test(b.slice(1)) && b.length > 4) withPreps.push([b.slice(1), p + 'س']);
    // ب ل ك before a noun; لل = ل + ال
    if (b.startsWith('لل') && b.length > 4) withPreps.push(['ال' + b.slice(2), p + 'ل']);
    else if (/^[بلك]/.test(b) && b.length > 3) withPreps.push([b.slice(1), p + b[0]]);
  }
  const withArticle: Array<[string, string]> = [];
  for (const [b, p] of withPreps) {
    withArticle.push([b, p]);
    if (b.startsWith('ال') && b.length > 4) withArticle.push([b.slice(2), p + 'ال']);
  }
  for (const [b, p] of withArticle) add(b, p, '');
  for (const [b, p] of withArticle) {
    for (const e of ENCLITICS) {
      if (b.length - e.length >= 2 && b.endsWith(e)) {
        const core = b.slice(0, -e.length);
        add(core, p, e);
        // نفاه → نفا+ه → نفي (ى before a suffix is written ا); دعمه → دعم
        if (core.endsWith('ا')) add(core.slice(0, -1) + 'ي', p, e);
        // محادثاته → محادثات (plural kept), مسؤوليته → مسؤوليت → مسؤوليه
        if (core.endsWith('ت')) add(core.slice(0, -1) + 'ه', p, e);
      }
    }
  }
  return out;
}

/** The word without و/ف, prepositions, ال and enclitics: the key phrase lists use (بالمسؤولية → مسؤوليه). */
export function bareKey(key: string): string {
  let k = key;
  if ((k.startsWith('و') || k.startsWith('ف')) && k.length > 3) k = k.slice(1);
  if (k.startsWith('لل') && k.length > 4) k = k.slice(2);
  else if (/^[بلك]ال/.test(k) && k.length > 5) k = k.slice(3);
  else if (k.startsWith('ال') && k.length > 4) k = k.slice(2);
  return k;
}
