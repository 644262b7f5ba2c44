/**
 * The entity labeller: tokens of sentences in, IOB2 labels out (ANERcorp names: PERS, LOC, ORG, MISC).
 * The model (data/models/ner.model) and the lexicons are loaded once per Resources.
 */
import { cached, required, type Resources } from '../../resources.js';
import { documentFeatures, nameMatches, sentenceFeatures } from './ner-features.js';
import { allNames, nerLexicons, combineNameIndexes, wordKey, type NameIndex, type NerLexicons } from './ner-lexicons.js';
import { decodeModel, toIob2, type NerModel } from './ner-model.js';
import { stemLexicon } from '../../text/stem.js';
import { isConjugatedVerb } from './verb-forms.js';

export const MODEL_FILE = 'data/models/ner.model';
/** The second pass (document features); optional: without it the first pass's labels stand. */
export const DOC_MODEL_FILE = 'data/models/ner-doc.model';
/** Sentences per "document" where a text has no document boundaries (rasid tag --conll, training). */
export const DOC_BLOCK = 40;

export function nerModel(res: Resources): NerModel {
  return cached(res, 'ner-model', (r) => decodeModel(required(r, MODEL_FILE)));
}

export function nerDocModel(res: Resources): NerModel | null {
  return cached(res, 'ner-doc-model', (r) => {
    const text = r.read(DOC_MODEL_FILE);
    return text == null ? null : decodeModel(text);
  });
}

export interface LabelOptions {
  /** extra names (e.g. the knowledge base's) consulted beside the shipped gazetteer */
  names?: NameIndex;
  /**
   * complete organisation chunks to the full multi-word name of the gazetteer and knowledge base (see
   * completeNames). Off for ANERcorp-style tagging (`rasid tag --conll`): ANERcorp's spans leave out
   * descriptors (حزب الله | اللبناني, صحيفة | يديعوت أحرونوت) and the completion cost 0.4–0.9 F1 there.
   */
  completeNames?: boolean;
}

export interface ScoredLabels {
  labels: string[];
  /** per-token confidence, 0..1 */
  scores: Float32Array;
}

function lexiconsFor(res: Resources, opts: LabelOptions): NerLexicons {
  const lex = nerLexicons(res);
  return opts.names ? { ...lex, names: combineNameIndexes(lex.names, opts.names) } : lex;
}

const ANER_TYPE: Record<string, string> = { PER: 'PERS', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/**
 * Completes an organisation chunk that a name of three or more words in the gazetteer / knowledge base
 * covers: when the labeller opens an ORG chunk on the name's first word but stops early (لمنظمة الأمن |
 * والتعاون في أوروبا), the whole name becomes the organisation. Chunks that cross the name's end are left
 * alone. (Applied to places and two-word names too it cost F1 on ANERcorp, whose spans are shorter.)
 */
export function completeNames(words: readonly string[], labels: string[], lex: NerLexicons): string[] {
  for (const m of nameMatches(words, lex.names)) {
    if (m.end - m.start < 3 || m.types.length !== 1 || m.types[0] !== 'ORG') continue;
    const type = ANER_TYPE[m.types[0]!]!;
    if (labels[m.start] !== `B-${type}`) continue;
    if (m.end < labels.length && labels[m.end]!.startsWith('I-')) continue;
    for (let k = m.start + 1; k < m.end; k++) labels[k] = `I-${type}`;
  }
  return labels;
}

/**
 * Drops a one-word chunk that is a conjugated verb (verb-forms.ts) and no gazetteer name: after a trigger
 * the model reads «منطقة تتناقص مساحتها» (an area whose size shrinks) as the place «تتناقص».
 */
export function dropVerbChunks(words: readonly string[], labels: string[], lex: NerLexicons, res: Resources): string[] {
  for (let i = 0; i < labels.length; i++) {
    if (!labels[i]!.startsWith('B-') || labels[i + 1]?.startsWith('I-')) continue;
    const key = wordKey(words[i]!);
    if (lex.names.lookup(key) || !isConjugatedVerb(key, stemLexicon(res).freq)) continue;
    labels[i] = 'O';
  }
  return labels;
}

/** IOB2 labels with confidences for the sentences of one document. */
export function labelDocumentScored(sentences: readonly (readonly string[])[], res: Resources, opts: LabelOptions = {}): ScoredLabels[] {
  const lex = lexiconsFor(res, opts);
  const passes = labelPasses(sentences, res, lex);
  for (let i = 0; i < passes.length; i++) dropVerbChunks(sentences[i]!, passes[i]!.labels, lex, res);
  if (!opts.completeNames) return passes;
  const names = { ...lex, names: combineNameIndexes(lex.names, allNames(res)) };
  return passes.map((r, i) => ({ labels: completeNames(sentences[i]!, r.labels, names), scores: r.scores }));
}

function labelPasses(sentences: readonly (readonly string[])[], res: Resources, lex: NerLexicons): ScoredLabels[] {
  const model = nerModel(res);
  const doc = nerDocModel(res);
  const feats = sentences.map((words) => sentenceFeatures(words, lex));
  const first = feats.map((sf, i): ScoredLabels => {
    if (!sentences[i]!.length) return { labels: [], scores: new Float32Array(0) };
    // confidences only from the pass whose labels stand
    if (doc) return { labels: toIob2(Array.from(model.decode(sf), (y) => model.labels[y]!)), scores: new Float32Array(0) };
    const r = model.tag(sf);
    return { labels: toIob2(Array.from(r.labels, (y) => model.labels[y]!)), scores: r.scores };
  });
  if (!doc) return first;
  const docFeats = documentFeatures(sentences, first.map((f) => f.labels), feats, lex);
  return docFeats.map((sf, i): ScoredLabels => {
    if (!sentences[i]!.length) return first[i]!;
    const r = doc.tag(sf);
    return { labels: toIob2(Array.from(r.labels, (y) => doc.labels[y]!)), scores: r.scores };
  });
}

/** IOB2 labels for the sentences of one document. */
export function labelDocument(sentences: readonly (readonly string[])[], res: Resources, opts: LabelOptions = {}): string[][] {
  return labelDocumentScored(sentences, res, opts).map((s) => s.labels);
}

/** IOB2 labels of the tokens of one sentence. */
export function labelSentence(words: readonly string[], res: Resources, opts: LabelOptions = {}): string[] {
  return labelDocument([words], res, opts)[0]!;
}
