import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AutoCounts } from './auto-names.js';
import { parseAuto, PhraseIndex, type NerLexicons } from '../../extract/entities/ner-lexicons.js';
import { autoFeatureHashes, sentenceFeatures, withExtraFeatures } from '../../extract/entities/ner-features.js';

test('auto-name counts: the types of a word with their shares, frequent plain words, rare words left out', () => {
  const c = new AutoCounts();
  for (let i = 0; i < 8; i++) c.add(['قال', 'كيري', 'في', 'جنيف'], ['O', 'B-PERS', 'O', 'B-LOC']);
  c.add(['وصل', 'كيري', 'إلى', 'روما'], ['O', 'B-LOC', 'O', 'B-LOC']);
  c.add(['كيري', 'وزير'], ['O', 'O']);
  const tsv = c.toTsv(3, 10);
  const rows = new Map(tsv.trim().split('\n').filter((l) => !l.startsWith('#')).map((l) => [l.split('\t')[0], l]));
  // كيري: 10 occurrences, 8 PERS (0.8), 1 LOC (fewer than 3 labelled: left out)
  assert.equal(rows.get('كيري'), 'كيري\t10\tPERS:0.800');
  assert.equal(rows.get('جنيف'), 'جنيف\t8\tLOC:1.000');
  assert.equal(rows.get('قال'), undefined, 'eight plain occurrences: under the ten needed');
  const auto = parseAuto(tsv);
  assert.deepEqual(auto.get('كيري'), ['PERS:h']);
  assert.equal(auto.get('روما'), undefined);
});

test('auto-name lexicon: type share buckets, and a word it lists without types is O', () => {
  const auto = parseAuto('# comment\nكيري\t10\tPERS:0.800,LOC:0.200,ORG:0.010\nقال\t500\t\n');
  assert.deepEqual(auto.get('كيري'), ['PERS:h', 'LOC:m']);
  assert.deepEqual(auto.get('قال'), ['O']);
});

test('auto-name features appended to features computed without them equal those computed with them', () => {
  const empty: NerLexicons = { triggers: new Map(), triggerFirsts: new Set(), triggerMaxWords: 0, names: new PhraseIndex(), clusters: new Map(), clusterSizes: [], induced: new Map() };
  const auto = parseAuto('كيري\t10\tPERS:0.800\nقال\t500\t\n');
  const words = ['وقال', 'كيري', 'في', 'جنيف', '2016', '.'];
  const direct = sentenceFeatures(words, { ...empty, auto });
  const appended = withExtraFeatures(sentenceFeatures(words, empty), autoFeatureHashes(words, auto));
  assert.deepEqual(Array.from(direct.offsets), Array.from(appended.offsets));
  for (let t = 0; t < words.length; t++) {
    const bag = (sf: typeof direct) => Array.from(sf.feats.slice(sf.offsets[t]!, sf.offsets[t + 1]!)).sort();
    assert.deepEqual(bag(direct), bag(appended), `token ${t}`);
  }
  // and they differ from the features without an auto-name lexicon
  assert.notDeepEqual(Array.from(direct.feats), Array.from(sentenceFeatures(words, empty).feats));
});
