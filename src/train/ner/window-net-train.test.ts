import assert from 'node:assert/strict';
import { test } from 'node:test';
import { netProbabilities, windowInput, WINDOW, type WordVectors } from '../../extract/entities/window-net.js';
import { matchKey } from '../../text/normalize.js';
import { trainWindowNet } from './window-net-train.js';

const LABELS = ['O', 'B-LOC', 'I-LOC', 'B-PERS', 'I-PERS'];

/** Toy vectors: city names point one way, personal names another, function words a third. */
function toyVectors(): WordVectors {
  const groups: Array<[string[], number[]]> = [
    [['حلب', 'دمشق', 'بيروت', 'عمان', 'حمص'], [1, 0, 0, 0]],
    [['كيري', 'لافروف', 'بوتين', 'اوباما'], [0, 1, 0, 0]],
    [['في', 'قال', 'زار', 'من', 'الى'], [0, 0, 1, 0]],
  ];
  const words: string[] = [];
  const rows: number[] = [];
  groups.forEach(([ws, v], g) => ws.forEach((w, i) => (words.push(matchKey(w)), rows.push(...v.map((x, d) => x + 0.05 * ((i + g + d) % 3))))));
  return { dim: 4, index: new Map(words.map((w, i) => [w, i])), data: Float32Array.from(rows) };
}

test('window input: the neighbours\' vectors, an unknown-word flag and padding flags', () => {
  const vec = toyVectors();
  const x = new Float32Array((2 * WINDOW + 1) * (vec.dim + 2));
  windowInput(Int32Array.from([0, -1]), 0, vec, x);
  const S = vec.dim + 2;
  assert.equal(x[0 * S + vec.dim + 1], 1, 'position −2 is padding');
  assert.equal(x[2 * S], vec.data[0], 'the token\'s own vector');
  assert.equal(x[3 * S + vec.dim], 1, 'the next word is unknown');
});

test('a trained window network tags unseen names by their vectors and context, with probabilities that sum to 1', () => {
  const vec = toyVectors();
  const sents = [
    { words: ['زار', 'كيري', 'حلب'], tags: ['O', 'B-PERS', 'B-LOC'] },
    { words: ['قال', 'لافروف', 'في', 'دمشق'], tags: ['O', 'B-PERS', 'O', 'B-LOC'] },
    { words: ['من', 'بيروت', 'الى', 'عمان'], tags: ['O', 'B-LOC', 'O', 'B-LOC'] },
    { words: ['قال', 'بوتين'], tags: ['O', 'B-PERS'] },
  ];
  const net = trainWindowNet(sents, vec, LABELS, { hidden: 16, epochs: 60, lr: 0.1, batch: 4 });
  // حمص and اوباما never occur in training
  const p = netProbabilities(net, vec, ['زار', 'اوباما', 'حمص']);
  const L = LABELS.length;
  for (let t = 0; t < 3; t++) assert.ok(Math.abs(p.subarray(t * L, t * L + L).reduce((a, b) => a + b, 0) - 1) < 1e-4);
  const best = (t: number) => LABELS[p.subarray(t * L, t * L + L).indexOf(Math.max(...p.subarray(t * L, t * L + L)))];
  assert.deepEqual([best(0), best(1), best(2)], ['O', 'B-PERS', 'B-LOC']);
});
