import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { bandKeys, minhash, shingles, signatureFromBytes, signatureToBytes, similarity } from './minhash.js';

test('similarity estimates the Jaccard index of the sets', () => {
  const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
  const a = new Set(words.slice(0, 150));
  const b = new Set(words.slice(50, 200)); // Jaccard 100/200 = 0.5
  const s = similarity(minhash(a, 256), minhash(b, 256));
  assert.ok(Math.abs(s - 0.5) < 0.12, `estimate ${s}`);
  assert.equal(similarity(minhash(a, 64), minhash(a, 64)), 1);
  assert.equal(similarity(minhash(new Set(['x']), 64), minhash(new Set(['y']), 64)) < 0.1, true);
});

test('identical sets share every LSH band; disjoint ones (almost) none', () => {
  const a = minhash(shingles('قال وزير الخارجية الروسي إن المحادثات ستستأنف في جنيف'.split(' '), 3), 64);
  const b = minhash(shingles('افتتح أمير منطقة الرياض المدرسة الجديدة للبنات في الحي'.split(' '), 3), 64);
  assert.deepEqual(bandKeys(a, 16), bandKeys(a, 16));
  assert.ok(bandKeys(a, 16).filter((k, i) => bandKeys(b, 16)[i] === k).length <= 1);
});

test('shingles of a short list is the whole list', () => {
  assert.deepEqual([...shingles(['a', 'b'], 4)], ['a b']);
  assert.deepEqual([...shingles(['a', 'b', 'c'], 2)], ['a b', 'b c']);
  assert.equal(shingles([], 3).size, 0);
});

test('property: signatures survive the bytes round trip', () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { maxLength: 30 }), (xs) => {
      const s = minhash(xs, 32);
      assert.deepEqual(signatureFromBytes(signatureToBytes(s)), s);
    }),
  );
});
