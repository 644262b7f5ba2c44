import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { allowedTransition, BILOU_LABELS, decodeModel, encodeModel, fromBase64, LABELS, toBase64, toBilou, toIob2, transitionMask, viterbi } from './ner-model.js';
import { featureHash } from './ner-features.js';

test('IOB2 constraint: I-X only after B-X or I-X, never at the start', () => {
  const ix = (l: string) => LABELS.indexOf(l as (typeof LABELS)[number]);
  assert.equal(allowedTransition(LABELS, ix('B-PERS'), ix('I-PERS')), true);
  assert.equal(allowedTransition(LABELS, ix('I-PERS'), ix('I-PERS')), true);
  assert.equal(allowedTransition(LABELS, ix('O'), ix('I-PERS')), false);
  assert.equal(allowedTransition(LABELS, ix('B-LOC'), ix('I-PERS')), false);
  assert.equal(allowedTransition(LABELS, -1, ix('I-ORG')), false);
  assert.equal(allowedTransition(LABELS, -1, ix('B-ORG')), true);
});

test('viterbi never outputs an invalid IOB2 sequence, even when emissions favour one', () => {
  const L = LABELS.length;
  const mask = transitionMask(LABELS);
  fc.assert(
    fc.property(fc.array(fc.float({ min: -5, max: 5, noNaN: true }), { minLength: L, maxLength: 8 * L }), (vals) => {
      const n = Math.floor(vals.length / L);
      const E = Float32Array.from(vals.slice(0, n * L));
      const out = viterbi(E, n, L, new Float32Array((L + 1) * L), mask);
      for (let t = 0; t < n; t++) assert.ok(allowedTransition(LABELS, t === 0 ? -1 : out[t - 1]!, out[t]!));
    }),
  );
});

test('viterbi follows the emissions where they are valid', () => {
  const L = LABELS.length;
  const E = new Float32Array(3 * L);
  E[0 * L + 1] = 5; // B-PERS
  E[1 * L + 2] = 5; // I-PERS
  E[2 * L + 0] = 5; // O
  assert.deepEqual(Array.from(viterbi(E, 3, L, new Float32Array((L + 1) * L), transitionMask(LABELS))), [1, 2, 0]);
});

test('base64 round trip', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      assert.deepEqual(fromBase64(toBase64(bytes)), bytes);
    }),
  );
  assert.equal(toBase64(new TextEncoder().encode('Man')), 'TWFu');
  assert.equal(toBase64(new TextEncoder().encode('Ma')), 'TWE=');
});

test('a model survives encoding: same rows, weights within quantisation, same decoding', () => {
  const L = LABELS.length;
  const keys = Uint32Array.from([featureHash('w', 'كيري'), featureHash('w', 'حلب'), featureHash('b', '')]);
  const W = new Float32Array(keys.length * L);
  W[0 * L + 1] = 2.5; // كيري → B-PERS
  W[1 * L + 3] = 1.75; // حلب → B-LOC
  W[2 * L + 0] = 0.5; // bias → O
  const trans = new Float32Array((L + 1) * L).map((_, i) => (i % 7) / 10);
  const m = decodeModel(encodeModel(LABELS, keys, W, trans, { note: 'test' }));
  assert.equal(m.header.note, 'test');
  for (let r = 0; r < keys.length; r++) {
    const row = m.row(keys[r]!);
    assert.ok(row >= 0);
    for (let y = 0; y < L; y++) assert.ok(Math.abs(m.W[row * L + y]! - W[r * L + y]!) < 1e-3);
  }
  assert.equal(m.row(featureHash('w', 'غير موجود')), -1);
  const sf = { feats: Uint32Array.from([keys[0]!, keys[2]!, keys[1]!, keys[2]!]), offsets: Int32Array.from([0, 2, 4]) };
  assert.deepEqual(Array.from(m.decode(sf), (y) => LABELS[y]), ['B-PERS', 'B-LOC']);
});

test('a damaged model file is a clear error', () => {
  assert.throws(() => decodeModel('nonsense'), /not a rasid-ner model/);
  assert.throws(() => decodeModel('{"format":"other/1"}\nAAAA'), /unknown format/);
});

test('BILOU: conversions both ways and its transition constraints', () => {
  const iob = ['B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O'];
  const bilou = toBilou(iob);
  assert.deepEqual(bilou, ['B-PERS', 'I-PERS', 'L-PERS', 'O', 'U-LOC', 'B-LOC', 'L-LOC', 'O']);
  assert.deepEqual(toIob2(bilou), iob);
  const ix = (l: string) => BILOU_LABELS.indexOf(l);
  assert.equal(allowedTransition(BILOU_LABELS, ix('B-ORG'), ix('L-ORG')), true);
  assert.equal(allowedTransition(BILOU_LABELS, ix('B-ORG'), ix('O')), false); // an open chunk must close
  assert.equal(allowedTransition(BILOU_LABELS, ix('I-ORG'), ix('B-LOC')), false);
  assert.equal(allowedTransition(BILOU_LABELS, ix('U-ORG'), ix('B-LOC')), true);
  assert.equal(allowedTransition(BILOU_LABELS, ix('L-ORG'), ix('I-ORG')), false);
  assert.equal(allowedTransition(BILOU_LABELS, -1, ix('L-PERS')), false);
  assert.equal(allowedTransition(BILOU_LABELS, -1, ix('U-PERS')), true);
});
