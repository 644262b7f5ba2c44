/**
 * The entity labeller: tokens of sentences in, IOB2 labels out (ANERcorp names: PERS, LOC, ORG, MISC).
 * The model (data/models/ner.model) and the lexicons are loaded once per Resources.
 */
import { cached, required, type Resources } from '../../resources.js';
import { documentFeatures, sentenceFeatures } from './ner-features.js';
import { nerLexicons, combineNameIndexes, type NameIndex, type NerLexicons } from './ner-lexicons.js';
import { decodeModel, type NerModel } from './ner-model.js';

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

/** IOB2 labels with confidences for the sentences of one document. */
export function labelDocumentScored(sentences: readonly (readonly string[])[], res: Resources, opts: LabelOptions = {}): ScoredLabels[] {
  const model = nerModel(res);
  const lex = lexiconsFor(res, opts);
  const feats = sentences.map((words) => sentenceFeatures(words, lex));
  const first = feats.map((sf, i): ScoredLabels => {
    if (!sentences[i]!.length) return { labels: [], scores: new Float32Array(0) };
    const r = model.tag(sf);
    return { labels: Array.from(r.labels, (y) => model.labels[y]!), scores: r.scores };
  });
  const doc = nerDocModel(res);
  if (!doc) return first;
  const docFeats = documentFeatures(sentences, first.map((f) => f.labels), feats, lex);
  return docFeats.map((sf, i): ScoredLabels => {
    if (!sentences[i]!.length) return first[i]!;
    const r = doc.tag(sf);
    return { labels: Array.from(r.labels, (y) => doc.labels[y]!), scores: r.scores };
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
