/** Every pair of bench/variant-pairs.tsv: Rasid's search stem conflates the variants and keeps the look-alikes apart. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileResources, packageRoot } from '../node/resources.js';
import { tokenize } from './analyzer.js';

const res = fileResources();
/** The search key of a word as the analyser gives it (the stems of its tokens). */
const key = (w: string) => tokenize(w, res).map((t) => t.stem).join(' ');

const rows = readFileSync(join(packageRoot, 'bench', 'variant-pairs.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('a\t'))
  .map((l) => l.split('\t') as [string, string, string, string, string]);

test('the pairs file is well formed and large enough', () => {
  assert.ok(rows.length >= 60);
  for (const r of rows) assert.ok(r.length === 5 && (r[2] === 'same' || r[2] === 'apart') && r[4], r.join(' | '));
  assert.ok(rows.some((r) => r[2] === 'apart') && rows.some((r) => r[2] === 'same'));
});

for (const [a, b, expect, category, why] of rows) {
  test(`${category}: ${a} / ${b} ${expect} (${why})`, () => {
    const ka = key(a);
    const kb = key(b);
    if (expect === 'same') assert.equal(ka, kb, `${a}→${ka} and ${b}→${kb} must share a key`);
    else assert.notEqual(ka, kb, `${a} and ${b} must stay apart (both ${ka})`);
  });
}
