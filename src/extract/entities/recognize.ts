/**
 * Named-entity recognition on a whole article: the article's tokens (text/tokenize.ts separates
 * punctuation and keeps clitics attached, as ANERcorp's tokens are) are labelled sentence by sentence
 * by the trained labeller (labeller.ts), with the article as the document for its document-level
 * features; IOB2 chunks become mentions with exact offsets into the article text.
 */
import type { EntityType } from '../../analysis.js';
import type { ExtractContext } from '../context.js';
import type { Token } from '../../text/analyzer.js';
import { labelDocumentScored, type LabelOptions } from './labeller.js';
import { linkLexicon } from './lexicon.js';
import type { Mention } from './mention.js';
import { matchKey } from '../../text/normalize.js';
import { stemLexicon } from '../../text/stem.js';
import { isFutureVerb } from './verb-forms.js';

/** ANERcorp's type names → the contract's. */
const TYPE: Record<string, EntityType> = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/** Groups the article's tokens by sentence; tokens outside every sentence range form groups of their own. */
export function sentenceGroups(tokens: readonly Token[], sentences: ReadonlyArray<{ start: number; end: number }>): Token[][] {
  const groups: Token[][] = [];
  let s = 0;
  let cur: Token[] = [];
  let curSentence = -2; // -1: outside any sentence
  for (const tok of tokens) {
    while (s < sentences.length && sentences[s]!.end <= tok.start) s++;
    const inside = s < sentences.length && sentences[s]!.start <= tok.start ? s : -1;
    if (inside !== curSentence && cur.length) groups.push(cur), (cur = []);
    curSentence = inside;
    cur.push(tok);
  }
  if (cur.length) groups.push(cur);
  return groups;
}

const PARTICLES = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/**
 * Where the name starts in its first token: after the conjunction and preposition proclitics the text
 * segmenter found (وكيري → كيري, لمنظمة → منظمة, بالأسد → الأسد), never after the article. In لل the
 * second ل is the article's, its alef not written: the name starts there («للحلف الأطلسي» → «لحلف
 * الأطلسي», «وللشرطة» → «لشرطة»), as the gazetteer's and the shape rules' spans do — the noun without the
 * preposition.
 */
function nameStart(tok: Token): number {
  const segs = tok.segments;
  let k = 0;
  while (k < segs.length - 1 && segs[k]!.role === 'proclitic' && PARTICLES.has(segs[k]!.text)) {
    const next = segs[k + 1]!;
    if (segs[k]!.text === 'ل' && next.role === 'proclitic' && next.text === 'ل') return next.start;
    k++;
  }
  if (k === 0) return tok.start;
  const at = segs[k]!.start;
  return at > tok.start && at < tok.end ? at : tok.start;
}

/**
 * A person's first word that is itself a given name keeps the letters the segmenter read as proclitics:
 * «بريان نيلسون» is Brian Nelson, not ب + «ريان» (data/kb/given-names.txt, the recogniser's name list and the
 * knowledge base's first names).
 */
function keepsProclitic(tok: Token, type: string, givenNames: ReadonlySet<string>): boolean {
  return type === 'PERS' && givenNames.has(matchKey(tok.text));
}

/** Named-entity mentions of an article, in text order (a name's span leaves out و/ف/ب/ك/ل proclitics). */
export function recognize(ctx: ExtractContext, opts: LabelOptions = {}): Mention[] {
  const givenNames = linkLexicon(ctx.res).givenNames;
  const text = ctx.article.text;
  const groups = sentenceGroups(ctx.tokens, ctx.article.sentences);
  const labelled = labelDocumentScored(
    groups.map((g) => g.map((t) => t.text)),
    ctx.res,
    { completeNames: true, ...opts },
  );
  const mentions: Mention[] = [];
  groups.forEach((g, gi) => {
    const { labels, scores } = labelled[gi]!;
    for (let i = 0; i < g.length; ) {
      const tag = labels[i]!;
      if (tag === 'O' || tag.length < 3) {
        i++;
        continue;
      }
      const type = tag.slice(2);
      let j = i + 1;
      while (j < g.length && labels[j] === `I-${type}`) j++;
      // a chunk that starts with a future-tense verb is a clause, not a name (verb-forms.ts)
      if (isFutureVerb(g[i]!.norm, stemLexicon(ctx.res).freq)) {
        i = j;
        continue;
      }
      const start = keepsProclitic(g[i]!, type, givenNames) ? g[i]!.start : nameStart(g[i]!);
      const end = g[j - 1]!.end;
      let score = 1;
      for (let k = i; k < j; k++) score = Math.min(score, scores[k]!);
      mentions.push({ start, end, text: text.slice(start, end), type: TYPE[type] ?? 'MISC', score: Math.round(score * 1000) / 1000 });
      i = j;
    }
  });
  return mentions;
}
