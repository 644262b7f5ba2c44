/**
 * The entity models on ANERcorp's development part (the last 10 % of the training file's sentences).
 * The shipped models (data/models/ner*.model) are trained on every sentence of the training file, so the
 * held-out figure comes from the same recipe trained on the first 90 % only (data/models/dev/ner*.model),
 * labelled as `rasid tag --conll` labels. The floor sits a few points under the figure in
 * data/models/README.md.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DOC_BLOCK, DOC_MODEL_FILE, labelDocument, MODEL_FILE } from '../../extract/entities/labeller.js';
import { fileResources, packageRoot } from '../../node/resources.js';
import type { Resources } from '../../resources.js';
import { parseConll, splitDev } from './anercorp.js';
import { conlleval } from './conlleval.js';
import { devModelFile, devModelResources } from './dev-models.js';

const FLOOR = { all: 0.72, LOC: 0.84, PERS: 0.7, ORG: 0.6, MISC: 0.4 };

const header = (res: Resources, name: string) => {
  const text = res.read(name);
  assert.ok(text, `${name} missing`);
  return JSON.parse(text.slice(0, text.indexOf('\n'))) as { trainedOn: string; devF1: number | null; command: string };
};

test('the shipped models are trained on the whole training file, the development models on its first 90 %', () => {
  const res = fileResources();
  for (const f of [MODEL_FILE, DOC_MODEL_FILE]) {
    assert.match(header(res, f).trainedOn, /, all of \d+ sentences$/, f);
    assert.match(header(res, devModelFile(f)).trainedOn, /, first \d+ of \d+ sentences$/, devModelFile(f));
  }
});

test('development models: entity-level F1 on the ANERcorp development part, held out', (t) => {
  const file = join(packageRoot, '..', 'shared', 'data', 'anercorp', 'train.txt');
  if (!existsSync(file)) return t.skip(`${file} absent`);
  const { dev } = splitDev(parseConll(readFileSync(file, 'utf8')), 0.1);
  const res = devModelResources();
  const pred: string[][] = [];
  for (let i = 0; i < dev.length; i += DOC_BLOCK) pred.push(...labelDocument(dev.slice(i, i + DOC_BLOCK).map((s) => s.words), res));
  const s = conlleval(dev.map((x) => x.tags), pred);
  t.diagnostic(`dev F1 ${(100 * s.f1).toFixed(2)} (P ${(100 * s.precision).toFixed(2)}, R ${(100 * s.recall).toFixed(2)}); ` + Object.entries(s.byType).map(([k, v]) => `${k} ${(100 * v.f1).toFixed(2)}`).join(', '));
  assert.ok(s.f1 >= FLOOR.all, `F1 ${s.f1} under ${FLOOR.all}`);
  for (const type of ['LOC', 'PERS', 'ORG', 'MISC'] as const) assert.ok(s.byType[type]!.f1 >= FLOOR[type], `${type} F1 ${s.byType[type]!.f1} under ${FLOOR[type]}`);
});
