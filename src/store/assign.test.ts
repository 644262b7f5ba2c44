import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minhash, signatureToBytes } from '../cluster/minhash.js';
import { assign, withinWindow, type Candidate } from './assign.js';

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`);
const sig = (xs: string[]) => minhash(xs, 64);
const cand = (id: string, day: string | null, copy: string[], topic: string[], extra: Partial<Candidate> = {}): Candidate => ({
  id, day, duplicateOf: null, story: id, copySig: signatureToBytes(sig(copy)), topicSig: signatureToBytes(sig(topic)), ...extra,
});

test('a near-copy points at the original, even when it matched another copy', () => {
  const self = { id: 'n', day: '2015-07-21', copySig: sig(words(100)), topicSig: sig(words(50)) };
  const copyOfOriginal = cand('c', '2015-07-21', words(100), words(50), { duplicateOf: 'o', story: 'o' });
  assert.deepEqual(assign(self, [copyOfOriginal], []), { duplicateOf: 'o', story: 'o' });
  const unrelated = cand('u', '2015-07-21', words(100, 500), words(50, 500));
  assert.deepEqual(assign(self, [unrelated], [unrelated]), { duplicateOf: null, story: 'n' });
});

test('a story joins articles with shared content within the window of days only', () => {
  const topic = words(40);
  const self = { id: 'n', day: '2015-07-21', copySig: sig(words(100, 1000)), topicSig: sig(topic) };
  const near = cand('a', '2015-07-19', words(100, 2000), [...words(30), ...words(10, 900)], { story: 's1' });
  assert.deepEqual(assign(self, [], [near]), { duplicateOf: null, story: 's1' });
  const far = cand('b', '2015-07-10', words(100, 3000), topic, { story: 's2' });
  assert.deepEqual(assign(self, [], [far]), { duplicateOf: null, story: 'n' });
});

test('the window: within 3 days; undated articles only with undated ones', () => {
  assert.equal(withinWindow('2015-07-21', '2015-07-24T10:00'), true);
  assert.equal(withinWindow('2015-07-21', '2015-07-25'), false);
  assert.equal(withinWindow(null, '2015-07-21'), false);
  assert.equal(withinWindow(null, null), true);
});
