/** End-to-end tests of `rasid events`: spawn bin/rasid on the repository's sample stories (and the seed story when ../shared is there). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../../node/resources.js';
import { CSV_COLUMNS } from '../../extract/events/plover.js';
import { runRasid } from '../../testing/cli.js';
import { tempDir } from '../../testing/temp.js';

const bin = join(packageRoot, 'bin', 'rasid');
const samples = ['tripoli-ceasefire.txt', 'washington-sanctions.txt', 'beirut-protests.txt', 'cairo-gaza-truce.txt', 'riyadh-spa-talks.txt'].map((f) => join(packageRoot, 'samples', f));

const rasid = (args: string[]) => runRasid(['events', ...args]);

test('JSON Lines in PLOVER field names, one record per event, offsets into the article', () => {
  const r = rasid(samples);
  assert.equal(r.code, 0, r.err);
  const recs = r.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(recs.length >= 5, `only ${recs.length} events`);
  for (const rec of recs) {
    for (const k of ['id', 'date', 'event', 'mode', 'actor', 'recipient', 'event_loc', 'event_text', 'text_start', 'text_end', 'article_id', 'confidence']) assert.ok(k in rec, k);
    assert.equal(rec.negated, false, 'negated events are left out by default');
    assert.ok(rec.sentence_text.includes(rec.event_text));
  }
  const ids = recs.map((x) => x.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
});

test('filters: --type, --country, --since/--until', () => {
  const all = rasid(samples).out.trim().split('\n').map((l) => JSON.parse(l));
  const types = [...new Set(all.map((x) => x.event))];
  const t0 = types[0]!;
  const only = rasid([...samples, '--type', t0.toLowerCase()]).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(only.length > 0 && only.every((x) => x.event === t0));
  const withCountry = all.find((x) => x.actor_country.length);
  if (withCountry) {
    const c = withCountry.actor_country[0];
    const got = rasid([...samples, '--country', c]).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.ok(got.length > 0 && got.every((x) => [...x.actor_country, ...x.recipient_country, x.event_loc?.country].includes(c)));
  }
  const dated = all.filter((x) => x.date).map((x) => x.date.slice(0, 10)).sort();
  const mid = dated[Math.floor(dated.length / 2)]!;
  const after = rasid([...samples, '--since', mid]).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(after.every((x) => x.date && x.date.slice(0, 10) >= mid));
  const before = rasid([...samples, '--until', mid]).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(before.every((x) => x.date && x.date.slice(0, 10) <= mid));
});

test('CSV with a header and the same number of rows as JSON Lines records', () => {
  const j = rasid(samples).out.trim().split('\n').filter(Boolean);
  const c = rasid([...samples, '--format', 'csv']);
  assert.equal(c.code, 0, c.err);
  const lines = c.out.split('\n');
  assert.equal(lines[0], CSV_COLUMNS.join(','));
  // rows may hold quoted newlines in sentence_text; count records by their id prefix instead
  const rows = c.out.split('\n').filter((l) => /^[^",]+:ev\d+,/.test(l));
  assert.equal(rows.length, j.length);
});

test('bad input: usage errors exit 2, a missing file exits 1, never a stack trace', () => {
  for (const args of [['--type', 'NOPE', samples[0]!], ['--since', 'yesterday', samples[0]!], ['--format', 'xml', samples[0]!], ['--country', 'Syria', samples[0]!]]) {
    const r = rasid(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^rasid: events:/);
  }
  const m = rasid(['no-such-file.txt']);
  assert.equal(m.code, 1);
  assert.match(m.err, /^rasid: no-such-file.txt: no such file/);
  assert.doesNotMatch(m.err, /\n\s+at /);
});

test('the seed story: its meta file gives the id and date; the Kerry–Lavrov talks come out with Hamburg', (t) => {
  const seed = join(packageRoot, '..', 'shared', 'corpus', 'seed', 'aleppo.txt');
  if (!existsSync(seed)) return t.skip('../shared/corpus/seed/aleppo.txt absent');
  const r = rasid([seed, '--type', 'CONSULT']);
  assert.equal(r.code, 0, r.err);
  const recs = r.out.trim().split('\n').map((l) => JSON.parse(l));
  const talks = recs.find((x) => x.actor.some((a: { kb: string }) => a.kb === 'person:john-kerry') && x.recipient.some((a: { kb: string }) => a.kb === 'person:sergey-lavrov') && x.date === '2016-12-07');
  assert.ok(talks, JSON.stringify(recs.map((x) => x.event_text)));
  assert.equal(talks.article_id, 'seed-aleppo');
  assert.equal(talks.event_loc?.name_en, 'Hamburg');
  assert.equal(typeof talks.event_loc?.lat, 'number');
});

test('--db: the events of an ingested corpus are the events of its files', () => {
  // the same texts without their .meta.json files on both sides (ingest reads a file's text only)
  const dir = tempDir('rasid-events-');
  const copies = samples.map((f, k) => {
    const p = join(dir, `story-${k}.txt`);
    writeFileSync(p, readFileSync(f));
    return p;
  });
  const db = join(dir, 'corpus.db');
  const ing = spawnSync(process.execPath, [bin, 'ingest', ...copies, '--db', db], { cwd: packageRoot, encoding: 'utf8' });
  assert.equal(ing.status, 0, ing.stderr);
  const fromDb = rasid(['--db', db]).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const fromFiles = rasid(copies).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.equal(fromDb.length, fromFiles.length);
  assert.deepEqual(fromDb.map((x) => x.event).sort(), fromFiles.map((x) => x.event).sort());
  const both = rasid(['--db', db, samples[0]!]);
  assert.equal(both.code, 2);
});
