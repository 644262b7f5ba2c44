/**
 * The entity labeller: tokens of sentences in, IOB2 labels out (ANERcorp names: PERS, LOC, ORG, MISC).
 * The model (data/models/ner.model) and the lexicons are loaded once per Resources.
 */
import { cached, required, type Resources } from '../../resources.js';
import { sentenceFeatures } from './ner-features.js';
import { nerLexicons, combineNameIndexes, type NameIndex, type NerLexicons } from './ner-lexicons.js';
import { decodeModel, type NerModel } from './ner-model.js';

export const MODEL_FILE = 'data/models/ner.model';

export function nerModel(res: Resources): NerModel {
  return cached(res, 'ner-model', (r) => decodeModel(required(r, MODEL_FILE)));
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
  return sentences.map((words) => {
    if (!words.length) return { labels: [], scores: new Float32Array(0) };
    const r = model.tag(sentenceFeatures(words, lex));
    return { labels: Array.from(r.labels, (y) => model.labels[y]!), scores: r.scores };
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
