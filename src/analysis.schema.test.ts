/**
 * schema/analysis.schema.json (draft 2020-12) against real analyses: the seed story, the built-in
 * samples and JSON records; and the schema's strictness on broken objects.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { Analysis, Span } from './analysis.js';
import { analyze, analyzeRecord } from './index.js';
import { packageRoot } from './node/resources.js';

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (opts: object) => { compile(schema: object): Validator };
const schema = JSON.parse(readFileSync(join(packageRoot, 'schema', 'analysis.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function assertValid(doc: unknown, what: string): void {
  const ok = validate(doc);
  assert.ok(ok, `${what}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

/** What JSON Schema cannot say: every span is the slice of the text it names. */
function assertSpansLineUp(a: Analysis): void {
  const spans: (Span | null | undefined)[] = [a.headline, a.subheadline, a.dateline?.place, a.dateline?.agency, a.dateline?.byline, a.dateline?.date];
  for (const e of a.entities) spans.push(...e.mentions);
  for (const t of a.times) spans.push(t);
  for (const q of a.quotes) spans.push(q, q.speakerText, q.cue);
  for (const ev of a.events) spans.push(ev.trigger);
  for (const s of spans) if (s) assert.equal(a.text.slice(s.start, s.end), s.text);
  for (const ev of a.events) assert.ok(ev.sentence < a.sentences.length, `event ${ev.id} points at sentence ${ev.sentence}`);
}

const json = (a: Analysis) => JSON.parse(JSON.stringify(a)) as Analysis;

test('the seed story analysis is valid', (t) => {
  const dir = join(packageRoot, '..', 'shared', 'corpus', 'seed');
  if (!existsSync(join(dir, 'aleppo.txt'))) return t.skip('../shared/corpus/seed absent');
  const a = json(analyze(readFileSync(join(dir, 'aleppo.txt'), 'utf8'), { id: 'seed-aleppo', published: '2016-12-07' }));
  assertValid(a, 'seed');
  assertSpansLineUp(a);
  assert.equal(a.dateline?.place.text, 'هامبورغ');
});

test('every built-in sample analysis is valid', () => {
  const dir = join(packageRoot, 'samples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 4, 'samples/ holds the built-in articles');
  for (const f of files) {
    const meta = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.meta.json')), 'utf8')) as { id: string; published: string };
    const a = json(analyze(readFileSync(join(dir, f), 'utf8'), { id: meta.id, published: meta.published }));
    assertValid(a, f);
    assertSpansLineUp(a);
    assert.ok(a.dateline, `${f} has a dateline`);
  }
});

test('records, empty-ish texts and CRLF texts give valid analyses', () => {
  for (const a of [
    analyzeRecord({ id: 'r1', title: 'عنوان الخبر', text: 'القاهرة - قال الوزير إن المحادثات ستستأنف غدا.', published: '2018-02-18' }),
    analyzeRecord({ id: 'r2', text: 'دعت الأمم المتحدة إلى وقف فوري لإطلاق النار.' }),
    analyze('عنوان\r\n\r\nبيروت (رويترز) - قال مسؤول إن الهدنة صامدة.\r\n', { published: '2019-12-15T18:00:00Z' }),
    analyze('.'),
  ]) {
    const j = json(a);
    assertValid(j, a.id ?? a.text);
    assertSpansLineUp(j);
  }
});

test('the --jsonl error record shape is valid', () => {
  assertValid({ id: null, error: { code: 'bad_json', message: 'line 2: not valid JSON', line: 2 } }, 'error record');
  assertValid({ id: 'x', error: { code: 'missing_text', message: 'record has no "text" string' } }, 'error record without line');
  assert.equal(validate({ id: 'x', error: { code: 'oops', message: 'm' } }), false, 'unknown error code');
  assert.equal(validate({ id: 'x', error: { message: 'm' } }), false, 'error without code');
});

test('the schema rejects broken analyses', () => {
  const base = json(analyze('عنوان\n\nهامبورغ - أجرى وزير الخارجية محادثات مع نظيره.', { published: '2016-12-07' }));
  assertValid(base, 'base');
  const broken: [string, (a: any) => void][] = [
    ['wrong schema tag', (a) => (a.schema = 'rasid.analysis/2')],
    ['missing field', (a) => delete a.events],
    ['unknown top-level field', (a) => (a.extra = 1)],
    ['span without end', (a) => delete a.headline.end],
    ['span with a string offset', (a) => (a.headline.start = '0')],
    ['negative offset', (a) => (a.paragraphs[0].start = -1)],
    ['range with text', (a) => (a.sentences[0].text = 'x')],
    ['dateline without place', (a) => delete a.dateline.place],
    ['dateline with unknown field', (a) => (a.dateline.city = 'x')],
    ['bad published', (a) => (a.published = '7 December 2016')],
    ['bad entity type', (a) => a.entities.push({ id: 'x', type: 'PERSON', name: 'س', nameEn: null, kb: null, country: null, lat: null, lon: null, mentions: [{ text: 'ه', start: 7, end: 8 }] })],
    ['entity without mentions', (a) => a.entities.push({ id: 'x', type: 'PER', name: 'س', nameEn: null, kb: null, country: null, lat: null, lon: null, mentions: [] })],
    ['bad country code', (a) => a.entities.push({ id: 'x', type: 'LOC', name: 'س', nameEn: null, kb: null, country: 'DE', lat: null, lon: null, mentions: [{ text: 'ه', start: 7, end: 8 }] })],
    ['latitude out of range', (a) => a.entities.push({ id: 'x', type: 'LOC', name: 'س', nameEn: null, kb: null, country: null, lat: 91, lon: 0, mentions: [{ text: 'ه', start: 7, end: 8 }] })],
    ['bad time type', (a) => a.times.push({ text: 'ه', start: 7, end: 8, type: 'moment', value: null })],
    ['bad time value', (a) => a.times.push({ text: 'ه', start: 7, end: 8, type: 'date', value: 'next week' })],
    ['quote without direct', (a) => a.quotes.push({ text: 'ه', start: 7, end: 8, speaker: null, speakerText: null, cue: null, via: null })],
    ['bad PLOVER type', (a) => a.events.push({ id: 'v', type: 'MEET', mode: null, actor: [], recipient: [], location: null, date: null, trigger: { text: 'ه', start: 7, end: 8 }, sentence: 0, negated: false, future: false, confidence: 0.5 })],
    ['confidence above 1', (a) => a.events.push({ id: 'v', type: 'CONSULT', mode: null, actor: [], recipient: [], location: null, date: null, trigger: { text: 'ه', start: 7, end: 8 }, sentence: 0, negated: false, future: false, confidence: 1.5 })],
  ];
  for (const [what, breakIt] of broken) {
    const a = structuredClone(base);
    breakIt(a);
    assert.equal(validate(a), false, what);
  }
  // the documented ISO forms are accepted
  for (const value of ['2016', '2016-12', '2016-12-07', '2016-12-07T18:00', 'P5D', 'PT2H', '2016-W49', '2016-12-01/2016-12-07']) {
    const a = structuredClone(base);
    a.times.push({ text: 'ه', start: 7, end: 8, type: 'date', value });
    assertValid(a, value);
  }
});
