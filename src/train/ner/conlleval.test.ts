import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunks, conlleval } from './conlleval.js';
import { parseConll, splitDev } from './anercorp.js';

test('chunks: B/I runs, an I- after O or after another type opens a chunk (conlleval)', () => {
  assert.deepEqual(chunks(['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'I-ORG', 'B-MISC']), [
    { type: 'PERS', start: 0, end: 2 },
    { type: 'LOC', start: 3, end: 4 },
    { type: 'LOC', start: 4, end: 5 },
    { type: 'ORG', start: 5, end: 7 },
    { type: 'MISC', start: 7, end: 8 },
  ]);
});

test('conlleval: a hand-made example scored by hand', () => {
  // gold: [جون كيري]PERS في [هامبورغ]LOC / [منظمة الأمن والتعاون في أوروبا]ORG
  const gold = [
    ['B-PERS', 'I-PERS', 'O', 'B-LOC'],
    ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG'],
  ];
  // predicted: PERS right; LOC typed as ORG (wrong); the organisation cut short (wrong) and its tail a LOC (wrong)
  const pred = [
    ['B-PERS', 'I-PERS', 'O', 'B-ORG'],
    ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC'],
  ];
  const s = conlleval(gold, pred);
  assert.equal(s.tp, 1);
  assert.equal(s.fp, 3);
  assert.equal(s.fn, 2);
  assert.equal(s.precision, 1 / 4);
  assert.equal(s.recall, 1 / 3);
  assert.ok(Math.abs(s.f1 - (2 * (1 / 4) * (1 / 3)) / (1 / 4 + 1 / 3)) < 1e-12);
  assert.deepEqual({ tp: s.byType.PERS!.tp, fp: s.byType.PERS!.fp, fn: s.byType.PERS!.fn }, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual({ tp: s.byType.ORG!.tp, fp: s.byType.ORG!.fp, fn: s.byType.ORG!.fn }, { tp: 0, fp: 2, fn: 1 });
  assert.deepEqual({ tp: s.byType.LOC!.tp, fp: s.byType.LOC!.fp, fn: s.byType.LOC!.fn }, { tp: 0, fp: 1, fn: 1 });
  assert.equal(s.tokens, 9);
  assert.equal(s.tokenAccuracy, 6 / 9);
});

test('conlleval: perfect prediction scores 1, mismatched lengths are an error', () => {
  const gold = [['B-LOC', 'O', 'B-PERS', 'I-PERS']];
  assert.equal(conlleval(gold, gold).f1, 1);
  assert.throws(() => conlleval(gold, [['O']]), /1 predicted/);
});

test('parseConll: WORD TAG lines, blank lines between sentences, a stray field or bad tag read as O', () => {
  const s = parseConll('فرانكفورت B-LOC\n(د O\n\n\nجون B-PERS\nكيري I-PERS\n. Ox O\nكلمة Q-FOO\n');
  assert.deepEqual(s, [
    { words: ['فرانكفورت', '(د'], tags: ['B-LOC', 'O'] },
    { words: ['جون', 'كيري', '.', 'كلمة'], tags: ['B-PERS', 'I-PERS', 'O', 'O'] },
  ]);
  const { train, dev } = splitDev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1);
  assert.deepEqual(dev, [10]);
  assert.equal(train.length, 9);
});
