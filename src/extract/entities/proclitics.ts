/**
 * A small, lexicon-free proclitic stripper for the labeller's features and gazetteer look-ups.
 *
 * It works on match keys (see text/normalize.ts). The trained model depends on its exact output, so it
 * is deliberately frozen and independent of text/clitics.ts (the general segmenter may change without
 * invalidating the committed model). It over-strips (بشار → ب + شار): that is fine for features, the
 * model also sees the whole word; look-ups try the whole word first.
 *
 *   وبالحلف → conj و, prep ب, article ال, stem حلف
 *   للمدينه → prep ل, article ال (its alef is dropped in writing), stem مدينه
 */

export interface Proclitics {
  /** و or ف, or '' */
  conj: string;
  /** ب ك ل, or '' */
  prep: string;
  /** 'ال' when the definite article was found (also the hidden one of لل), or '' */
  art: string;
  /** the word without conjunction and preposition, article kept (and restored after لل): بالقاهره → القاهره */
  base: string;
  /** the word without any proclitic: بالقاهره → قاهره */
  stem: string;
}

const MIN_STEM = 2;

/** Splits the proclitics off a match-key word (Arabic letters only; anything else comes back unchanged). */
export function stripProclitics(w: string): Proclitics {
  let i = 0;
  let conj = '';
  let prep = '';
  let art = '';
  let base = w;
  const c0 = w.charCodeAt(0);
  // و / ف conjunction
  if ((c0 === 0x0648 || c0 === 0x0641) && w.length - 1 >= MIN_STEM + 1) {
    conj = w[0]!;
    i = 1;
  }
  const c1 = w.charCodeAt(i);
  // لل = ل + (ا)ل: the article's alef is not written after the preposition ل
  if (c1 === 0x0644 && w.charCodeAt(i + 1) === 0x0644 && w.length - i - 2 >= MIN_STEM) {
    prep = 'ل';
    art = 'ال';
    base = 'ال' + w.slice(i + 2);
    return { conj, prep, art, base, stem: w.slice(i + 2) };
  }
  if ((c1 === 0x0628 || c1 === 0x0643 || c1 === 0x0644) && w.length - i - 1 >= MIN_STEM + 1) {
    prep = w[i]!;
    i += 1;
  }
  base = w.slice(i);
  if (w.charCodeAt(i) === 0x0627 && w.charCodeAt(i + 1) === 0x0644 && w.length - i - 2 >= MIN_STEM) {
    art = 'ال';
    return { conj, prep, art, base, stem: w.slice(i + 2) };
  }
  return { conj, prep, art, base, stem: base };
}
