/** `rasid demo` (npm start): reports of the samples, then the samples in the store, idempotently. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../../node/resources.js';
import { assertCleanFailure, runRasid } from '../../testing/cli.js';
import { tempDir } from '../../testing/temp.js';

const samples = readdirSync(join(packageRoot, 'samples')).filter((f) => f.endsWith('.txt'));

test('demo analyses every sample, stores them once, and finds a variant spelling', () => {
  const db = join(tempDir('rasid-demo-'), 'demo.db');
  const first = runRasid(['demo', '--db', db, '--serve']);
  assert.equal(first.code, 0, first.err);
  assert.equal(first.out.match(/^Article /gm)?.length, samples.length);
  assert.equal(first.out.match(/^  Headline /gm)?.length, samples.length);
  assert.match(first.out, new RegExp(`Corpus \\(sqlite [^)]*\\): ${samples.length} added, 0 already stored; ${samples.length} articles`));
  assert.match(first.out, /Search «والاجلاء»: [1-9]\d* article/);
  assert.match(first.out, /not serving: standard output is not a terminal/);
  const again = runRasid(['demo', '--db', db]);
  assert.equal(again.code, 0, again.err);
  assert.match(again.out, new RegExp(`0 added, ${samples.length} already stored; ${samples.length} articles`));
});

test('demo --json prints one analysis per sample and --no-store leaves no store', () => {
  const dir = tempDir('rasid-demo-');
  const r = runRasid(['demo', '--json', '--no-store'], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { schema: string });
  assert.equal(lines.length, samples.length);
  assert.ok(lines.every((a) => a.schema === 'rasid.analysis/1'));
  assert.deepEqual(readdirSync(dir), []);
});

test('demo rejects unknown options cleanly', () => {
  assertCleanFailure(runRasid(['demo', '--bogus']), 2, /demo: Unknown option '--bogus'/);
});
