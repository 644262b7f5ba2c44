/**
 * Scoring word segmentation and sentence splitting against a Universal Dependencies treebank
 * (used by scripts/eval-segmentation.mjs, scripts/eval-sentences.mjs and the tests; pure functions,
 * the caller reads the .conllu file).
 *
 * Arabic PUD has no multi-word-token ranges: a clitic is its own word line glued to its host by
 * `SpaceAfter=No`, and every word form is a substring of `# text` (checked: 20,747 of 20,747 align),
 * so each gold word is a character span of its sentence and segmentations compare as span sets.
 */

export interface UdWord {
  form: string;
  lemma: string;
  upos: string;
  feats: string;
  start: number;
  end: number;
  spaceAfter: boolean;
}

export interface UdSentence {
  id: string;
  doc: string;
  text: string;
  words: UdWord[];
}

/** Parses CoNLL-U; word spans are located in `# text` (throws when a form cannot be found). */
export function parseConllu(src: string): UdSentence[] {
  const out: UdSentence[] = [];
  let doc = '';
  for (const block of src.split(/\r?\n\s*\r?\n/u)) {
    const lines = block.split(/\r?\n/u);
    let text: string | null = null;
    let id = '';
    const words: UdWord[] = [];
    for (const line of lines) {
      if (line.startsWith('# newdoc id =')) doc = line.slice(13).trim();
      else if (line.startsWith('# sent_id =')) id = line.slice(11).trim();
      else if (line.startsWith('# text =')) text = line.slice(8).trim();
      else if (/^\d+\t/u.test(line)) {
        const f = line.split('\t');
        words.push({ form: f[1]!, lemma: f[2]!, upos: f[3]!, feats: f[5]!, start: -1, end: -1, spaceAfter: !/SpaceAfter=No/u.test(f[9] ?? '') });
      }
    }
    if (text === null || !words.length) continue;
    let pos = 0;
    for (const w of words) {
      while (pos < text.length && /\s/u.test(text[pos]!)) pos++;
      if (!text.startsWith(w.form, pos)) throw new Error(`${id}: word «${w.form}» not found at ${pos} of its text`);
      w.start = pos;
      w.end = pos + w.form.length;
      pos = w.end;
    }
    out.push({ id, doc, text, words });
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

export interface Prf {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(gold: number, predicted: number, correct: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

/** Counts the spans two lists share (both lists sorted by start, no duplicates). */
export function matchingSpans(gold: Span[], pred: Span[]): number {
  const g = new Set(gold.map((s) => `${s.start}:${s.end}`));
  let n = 0;
  for (const s of pred) if (g.has(`${s.start}:${s.end}`)) n++;
  return n;
}

/**
 * The orthographic tokens of a sentence with their gold syntactic words: maximal runs of words glued
 * by SpaceAfter=No, cut again before and after every punctuation word (punctuation attachment is the
 * tokenizer's business, not the clitic segmenter's).
 */
export function orthographicTokens(s: UdSentence): { start: number; end: number; words: UdWord[] }[] {
  const out: { start: number; end: number; words: UdWord[] }[] = [];
  let cur: UdWord[] = [];
  const flush = () => {
    if (cur.length) out.push({ start: cur[0]!.start, end: cur[cur.length - 1]!.end, words: cur });
    cur = [];
  };
  for (const w of s.words) {
    if (w.upos === 'PUNCT') {
      flush();
      out.push({ start: w.start, end: w.end, words: [w] });
      continue;
    }
    cur.push(w);
    if (w.spaceAfter) flush();
  }
  flush();
  return out;
}

/** Parts of speech that never carry the article (الذي, التي are pronouns; التقى is a verb). */
const NO_ARTICLE_POS = new Set(['VERB', 'AUX', 'PRON', 'PUNCT', 'ADP', 'SCONJ', 'CCONJ', 'PART', 'SYM', 'X']);

/**
 * Whether a gold word carries the article: a noun, adjective, proper noun, numeral or adverb with
 * Definite=Def, or whose lemma lacks the ال its form has (الصين → صِين, الآن → آن; but الله → اللّه).
 */
function hasArticle(w: UdWord, rest: string): boolean {
  if (NO_ARTICLE_POS.has(w.upos) || rest.length < 2) return false;
  if (/(^|\|)Definite=Def(\||$)/u.test(w.feats)) return true;
  return !lemmaKey(w).startsWith('ال');
}

function lemmaKey(w: UdWord): string {
  return w.lemma.replace(/[\u064B-\u065F\u0670`]/gu, '').replace(/\u0671/gu, 'ا');
}

/**
 * Gold words in the Rasid convention: UD's words with the article split off (الولايات → ال + ولايات;
 * after the preposition ل the article is a single ل: ل + لسلطة → ل + ل + سلطة).
 */
export function rasidGoldWords(s: UdSentence): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    const prev = s.words[i - 1];
    const afterLi = prev && !prev.spaceAfter && prev.form === 'ل' && prev.end === w.start;
    if (w.form.startsWith('ال') && hasArticle(w, w.form.slice(2))) {
      out.push({ start: w.start, end: w.start + 2 }, { start: w.start + 2, end: w.end });
    } else if (afterLi && w.form.startsWith('ل') && !w.form.startsWith('ال') && /(^|\|)Definite=Def(\||$)/u.test(w.feats) && w.form.length > 2 && !lemmaKey(w).startsWith('ل')) {
      // (للغة is ل + اللغة with the article's ل unwritten too: its ل is the noun's, lemma لغة)
      out.push({ start: w.start, end: w.start + 1 }, { start: w.start + 1, end: w.end });
    } else out.push({ start: w.start, end: w.end });
  }
  return out;
}
