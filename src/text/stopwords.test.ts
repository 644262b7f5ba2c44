import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileResources } from '../node/resources.js';
import { memoryResources } from '../resources.js';
import { isStopword, parseWordList, stopwords } from './stopwords.js';

const res = fileResources();

test('function words are stop words, in any spelling', () => {
  for (const w of ['في', 'من', 'إلى', 'الى', 'إلي', 'عن', 'هذا', 'هذه', 'الذي', 'التي', 'كان', 'كانت', 'قد', 'لم', 'لن', 'أن', 'ان', 'إن', 'هو', 'هي', 'هم', 'ذلك', 'تلك', 'بين', 'حيث', 'لكن', 'أيضا', 'ماذا']) {
    assert.ok(isStopword(w, res), w);
  }
  assert.ok(isStopword('هذِهِ', res)); // harakat do not matter
});

test('content words and names are not stop words', () => {
  for (const w of ['قال', 'رئيس', 'وزير', 'حلب', 'اليوم', 'سوريا', 'علي', 'على', 'ولي', 'الله', 'مجلس']) {
    assert.ok(!isStopword(w, res), w);
  }
});

test('the list holds clitic-free forms and is keyed by match key', () => {
  const set = stopwords(res);
  assert.ok(set.size > 150);
  for (const w of set) {
    assert.ok(!/[أإآىة]/.test(w), `${w} is not a match key`);
    assert.ok(!/^(وال|بال|فال|كال)/.test(w), `${w} carries a clitic`);
  }
});

test('parseWordList: comments and white space', () => {
  assert.deepEqual([...parseWordList('# a comment\nفي  من # trailing\n\nإلى\n')], ['في', 'من', 'الي']);
  assert.equal(stopwords(memoryResources({})).size, 0);
});
