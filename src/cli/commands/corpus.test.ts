/** End to end: `rasid ingest`, `search`, `stats`, `reanalyze` as a user runs them (bin/rasid spawned). */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { packageRoot } from '../../node/resources.js';
import { testBackends } from '../../store/test-backends.js';
import { runRasid } from '../../testing/cli.js';

const FIX = join(packageRoot, 'src', 'ingest', 'fixtures');
const rasid = (args: string[], env: Record<string, string> = {}) => runRasid(args, { env: { RASID_DB: '', ...env } });

for (const backend of testBackends()) {
  describe(`rasid corpus commands (${backend.name})`, { skip: backend.skip ?? false }, () => {
    let db: string;
    let cleanup: () => Promise<void>;
    before(async () => ({ db, cleanup } = await backend.location()));
    after(async () => cleanup?.());

    test('ingest of a folder: exit 3 with an account of every rejected input', () => {
      const r = rasid(['ingest', FIX, '--db', db, '--workers', '1']);
      assert.equal(r.code, 3, r.err);
      assert.match(r.err, /ingest: \d+ inputs in [\d.]+ s: 8 added .*1 skipped as already stored, 8 rejected/);
      assert.match(r.err, /records\.jsonl:3: malformed JSON/);
      assert.match(r.err, /records\.jsonl:5 \(id j4\): record has no "text" string/);
      assert.match(r.err, /records\.jsonl:6 \(id j5\): "published" is not an ISO 8601 date: yesterday/);
      assert.match(r.err, /feed\.rss#3: the item has no description or content/);
      assert.doesNotMatch(r.err, /at .*\.js:\d+/); // no stack trace
    });

    test('search --json follows the contract', () => {
      const r = rasid(['search', 'النفط', '--json', '--db', db]);
      assert.equal(r.code, 0, r.err);
      const j = JSON.parse(r.out);
      assert.equal(j.total, 1);
      const h = j.hits[0];
      assert.deepEqual(Object.keys(h).slice(0, 6), ['id', 'title', 'score', 'snippet', 'published', 'source']);
      assert.equal(h.id, 'j1');
      assert.equal(h.source, 'fixture');
      assert.match(h.snippet, /<mark>النفط<\/mark>/);
      assert.ok(h.score > 0);
    });

    test('a variant spelling finds the same article; readable output marks the words', () => {
      const r = rasid(['search', 'المستشفي', '--db', db]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^1 article\n/);
      assert.match(r.out, /\[مستشفى\]/);
    });

    test('bad queries and options: a clear message, exit 2', () => {
      const r = rasid(['search', '"حلب', '--db', db]);
      assert.equal(r.code, 2);
      assert.equal(r.err, 'rasid: search: unclosed quotation mark at position 1\n');
      assert.equal(rasid(['search', 'x', '--limit', 'ten', '--db', db]).code, 2);
      assert.equal(rasid(['ingest', '--db', db]).code, 2);
      const missing = rasid(['ingest', '/nonexistent/file.jsonl', '--db', db]);
      assert.equal(missing.code, 1);
      assert.equal(missing.err, 'rasid: ingest: /nonexistent/file.jsonl: no such file or folder\n');
    });

    test('stats --json counts per the contract', () => {
      const r = rasid(['stats', '--json', '--db', db]);
      assert.equal(r.code, 0, r.err);
      const s = JSON.parse(r.out);
      for (const k of ['articles', 'duplicates', 'entities', 'events', 'quotes']) assert.equal(typeof s[k], 'number', k);
      assert.equal(s.articles, 8);
    });

    test('the store can be named by RASID_DB; reanalyze re-runs the analysis of every article', () => {
      const r = rasid(['reanalyze', '--json', '--workers', '1'], { RASID_DB: db });
      assert.equal(r.code, 0, r.err);
      assert.equal(JSON.parse(r.out).articles, 8);
      assert.equal(JSON.parse(rasid(['stats', '--json'], { RASID_DB: db }).out).articles, 8);
      assert.equal(JSON.parse(rasid(['search', 'النفط', '--json'], { RASID_DB: db }).out).total, 1);
    });
  });
}

test('a store that cannot be opened: a clear message, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-bad-'));
  try {
    writeFileSync(join(dir, 'file'), 'not a folder');
    const r = rasid(['ingest', join(FIX, 'story.txt'), '--db', join(dir, 'file', 'rasid.db')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /^rasid: cannot open the SQLite store .*file\/rasid\.db: /);
    // reading commands do not create an empty store
    const none = rasid(['search', 'حلب', '--db', join(dir, 'none.db')]);
    assert.equal(none.code, 1);
    assert.match(none.err, /^rasid: no store at .*none\.db: add articles with rasid ingest first/);
    assert.equal(existsSync(join(dir, 'none.db')), false);
    const p = rasid(['stats', '--db', 'postgres://nobody:x@127.0.0.1:1/none']);
    assert.equal(p.code, 1);
    assert.match(p.err, /^rasid: cannot open the PostgreSQL store postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('watch --once ingests a feed and reports the rejected item; a second round finds nothing new', async () => {
  const { parseDuration } = await import('./watch.js');
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration('45s'), 45_000);
  assert.equal(parseDuration('soon'), null);
  const dir = mkdtempSync(join(tmpdir(), 'rasid-watch-'));
  try {
    const db = join(dir, 'w.db');
    const first = rasid(['watch', join(FIX, 'feed.rss'), '--once', '--db', db]);
    assert.equal(first.code, 3, first.err);
    assert.match(first.err, /round 1: 2 new, 0 seen before, 1 rejected/);
    assert.match(first.err, /feed\.rss#3: the item has no description or content/);
    const second = rasid(['watch', join(FIX, 'feed.rss'), '--once', '--db', db]);
    assert.match(second.err, /round 1: 0 new, 2 seen before, 1 rejected/);
    assert.equal(rasid(['watch', join(FIX, 'feed.rss'), '--every', '1s', '--db', db]).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
