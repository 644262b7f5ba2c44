import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../index.js';
import { packageRoot } from '../node/resources.js';
import { renderReport } from './report.js';

const dir = join(packageRoot, 'samples');
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const meta = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.meta.json')), 'utf8')) as { id: string; published: string };
    return { f, a: analyze(readFileSync(join(dir, f), 'utf8'), { id: meta.id, published: meta.published }) };
  });

test('the report shows each part of the analysis', () => {
  for (const { f, a } of reports) {
    const r = renderReport(a);
    assert.ok(r.includes(a.headline!.text), `${f}: headline`);
    assert.ok(r.includes(`place   `) && r.includes(a.dateline!.place.text), `${f}: dateline`);
    assert.ok(r.includes(`Entities (${a.entities.length})`) && r.includes(`Times (${a.times.length})`) && r.includes(`Quotes (${a.quotes.length})`) && r.includes(`Events (${a.events.length})`), f);
    for (const t of a.times) assert.ok(r.includes(t.value ?? '?'), `${f}: time ${t.text}`);
    for (const ev of a.events) assert.ok(r.includes(ev.type), `${f}: event ${ev.type}`);
  }
});

test('no Latin text follows Arabic on a report line (readable with or without terminal bidi)', () => {
  for (const { f, a } of reports) {
    for (const line of renderReport(a).split('\n')) assert.doesNotMatch(line, /[\u0600-\u06FF][^\n]*[A-Za-z]/, `${f}: ${line}`);
  }
});

test('an empty analysis renders with dashes, not errors', () => {
  const a = analyze('.');
  const r = renderReport(a);
  assert.match(r, /Headline +—/);
  assert.match(r, /Entities \(0\)\n  —/);
});
