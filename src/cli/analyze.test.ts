/** End-to-end tests of `rasid analyze`: spawn bin/rasid (the build in dist/) on good and malformed input. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { Analysis, AnalysisError } from '../analysis.js';
import { packageRoot } from '../node/resources.js';
import { assertCleanFailure as assertCleanFailureShared, runRasid, type RunResult } from '../testing/cli.js';
import { tempDir } from '../testing/temp.js';

const dir = tempDir('rasid-analyze-');
const sample = readFileSync(join(packageRoot, 'samples', 'tripoli-ceasefire.txt'), 'utf8');

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (opts: object) => { compile(schema: object): Validator };
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(packageRoot, 'schema', 'analysis.schema.json'), 'utf8')) as object);

const rasid = (args: string[], input?: string | Buffer) => runRasid(args, { input, cwd: dir });

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** A user-facing failure (the exit code, one `rasid: …` message, no stack trace) that prints nothing on stdout. */
function assertCleanFailure(r: RunResult, code: number, message: RegExp): void {
  assertCleanFailureShared(r, code, message);
  assert.equal(r.out, '');
}

test('a plain-text article: --json prints one valid analysis; the text is the file content', () => {
  const p = file('tripoli.txt', sample);
  const r = rasid(['analyze', p, '--published', '2018-09-06', '--json']);
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out) as Analysis;
  assert.ok(validate(a), JSON.stringify(validate.errors));
  assert.equal(a.text, sample);
  assert.equal(a.id, 'tripoli');
  assert.equal(a.published, '2018-09-06');
  assert.equal(a.dateline?.place.text, 'طرابلس');
  assert.equal(a.dateline?.agency?.text, 'أ ف ب');
});

test('standard input, a BOM dropped, CRLF kept, --id echoed', () => {
  const crlf = sample.replace(/\n/g, '\r\n');
  const r = rasid(['analyze', '-', '--json', '--id', 'x1'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out) as Analysis;
  assert.equal(a.text, crlf);
  assert.equal(a.id, 'x1');
  assert.equal(a.headline?.text, sample.split('\n')[0]);
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
});

test('a .json record file', () => {
  const p = file('rec.json', JSON.stringify({ id: 'r-7', title: 'عنوان الخبر', text: 'القاهرة - قال الوزير إن المحادثات ستستأنف غدا.', published: '2018-02-18' }));
  const r = rasid(['analyze', p, '--json']);
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out) as Analysis;
  assert.equal(a.id, 'r-7');
  assert.equal(a.text, 'عنوان الخبر\n\nالقاهرة - قال الوزير إن المحادثات ستستأنف غدا.');
  assert.equal(a.published, '2018-02-18');
  assertCleanFailure(rasid(['analyze', file('arr.json', '[{"text":"x"}]')]), 1, /JSON array/);
  assertCleanFailure(rasid(['analyze', file('broken.json', '{"text": ')]), 1, /not valid JSON/);
  assertCleanFailure(rasid(['analyze', file('notext.json', '{"id": "a"}')]), 1, /no "text"/);
});

test('the readable report names the layout, entities, times, quotes and events', () => {
  const r = rasid(['analyze', file('tripoli2.txt', sample), '--published', '2018-09-06']);
  assert.equal(r.code, 0, r.err);
  for (const heading of ['Headline', 'Dateline', 'Entities', 'Times', 'Quotes', 'Events']) assert.ok(r.out.includes(heading), heading);
  assert.ok(r.out.includes('طرابلس'));
});

test('malformed input fails cleanly with exit 1', () => {
  assertCleanFailure(rasid(['analyze', file('bad.txt', Buffer.from([0xd8, 0xa7, 0x20, 0xc3, 0x28, 0x41]))]), 1, /not valid UTF-8 text \(bad byte 0xc3 at offset 3\)/);
  assertCleanFailure(rasid(['analyze', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))]), 1, /binary file/);
  assertCleanFailure(rasid(['analyze', file('utf16.txt', Buffer.from('\ufeffمرحبا', 'utf16le'))]), 1, /UTF-16|binary/);
  assertCleanFailure(rasid(['analyze', file('empty.txt', '')]), 1, /empty article/);
  assertCleanFailure(rasid(['analyze', file('blank.txt', ' \r\n\n\t')]), 1, /empty article/);
  assertCleanFailure(rasid(['analyze', '-'], ''), 1, /standard input: empty article/);
  assertCleanFailure(rasid(['analyze', join(dir, 'missing.txt')]), 1, /no such file/);
  assertCleanFailure(rasid(['analyze', dir]), 1, /is a directory/);
  assertCleanFailure(rasid(['analyze', file('long.txt', 'كلمة '.repeat(400)), '--max-chars', '1000']), 1, /too large for one article \(2,000 characters; the limit is 1,000/);
});

test('usage errors exit 2', () => {
  const p = file('ok.txt', sample);
  assertCleanFailure(rasid(['analyze', p, '--bogus']), 2, /Unknown option '--bogus'/);
  assertCleanFailure(rasid(['analyze']), 2, /name a FILE/);
  assertCleanFailure(rasid(['analyze', p, p]), 2, /one input at a time/);
  assertCleanFailure(rasid(['analyze', p, '--published', 'yesterday']), 2, /--published must be an ISO 8601 date/);
  assertCleanFailure(rasid(['analyze', p, '--max-chars', 'lots']), 2, /--max-chars/);
  assertCleanFailure(rasid(['analyze', 'x.jsonl']), 2, /use rasid analyze --jsonl/);
  assertCleanFailure(rasid(['analyze', '--jsonl', '--id', 'a']), 2, /--id/);
});

test('--jsonl: one line out per record, in order; bad records become error lines; exit 3', () => {
  const good = (id: string, text: string, extra: object = {}) => JSON.stringify({ id, text, ...extra });
  const lines = [
    Buffer.from(good('a', 'القاهرة - قال الوزير إن المحادثات ستستأنف غدا.', { title: 'عنوان الخبر', published: '2018-02-18' }) + '\n'),
    Buffer.from('{"id": "broken", "text": \n'),
    Buffer.from('\n'), // blank lines are skipped
    Buffer.concat([Buffer.from('{"id": "latin1", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]),
    Buffer.from(good('empty', '  ') + '\r\n'),
    Buffer.from(JSON.stringify({ id: 'date', text: 'نص', published: 'tomorrow' }) + '\n'),
    Buffer.from('[1, 2]\n'),
    Buffer.from(JSON.stringify({ id: 'long', text: 'كلمة '.repeat(300) }) + '\n'),
    Buffer.from(good('c', 'دعت الأمم المتحدة إلى وقف فوري لإطلاق النار.')), // no final newline
  ];
  const r = rasid(['analyze', '--jsonl', '-', '--published', '2016-12-07', '--max-chars', '1000'], Buffer.concat(lines));
  assert.equal(r.code, 3, r.err);
  assert.match(r.err, /^rasid: 6 of 8 record\(s\) failed/);
  const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Analysis | AnalysisError);
  assert.equal(out.length, 8);
  for (const o of out) assert.ok(validate(o), JSON.stringify(validate.errors));
  const codes = out.map((o) => ('error' in o ? o.error.code : 'ok'));
  assert.deepEqual(codes, ['ok', 'bad_json', 'bad_text', 'empty_text', 'bad_published', 'bad_record', 'too_large', 'ok']);
  assert.deepEqual(out.map((o) => o.id), ['a', 'broken', null, 'empty', 'date', null, 'long', 'c']);
  assert.deepEqual(out.map((o) => ('error' in o ? o.error.line : null)), [null, 2, 4, 5, 6, 7, 8, null]);
  const a = out[0] as Analysis;
  assert.ok(a.text.startsWith('عنوان الخبر\n\n'));
  assert.equal(a.published, '2018-02-18');
  assert.equal((out[7] as Analysis).published, '2016-12-07', '--published is the default for records without one');
});

test('--jsonl: all good exits 0; a file input; an empty input gives no lines', () => {
  const p = file('batch.jsonl', [1, 2, 3].map((i) => JSON.stringify({ id: `n${i}`, text: `قال الوزير ${i} إن المحادثات ستستأنف.` })).join('\n') + '\n');
  const r = rasid(['analyze', '--jsonl', p]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.out.trimEnd().split('\n').map((l) => (JSON.parse(l) as Analysis).id), ['n1', 'n2', 'n3']);
  const e = rasid(['analyze', '--jsonl', file('none.jsonl', '')]);
  assert.equal(e.code, 0);
  assert.equal(e.out, '');
  assertCleanFailure(rasid(['analyze', '--jsonl', join(dir, 'nope.jsonl')]), 1, /no such file/);
  assertCleanFailure(rasid(['analyze', '--jsonl', dir]), 1, /is a directory/);
});

test('--jsonl: a record line too long to hold is skipped with its id, and the batch goes on', () => {
  const huge = Buffer.alloc(17 * 1024 * 1024, 0x61);
  const input = Buffer.concat([Buffer.from('{"id": "huge", "text": "'), huge, Buffer.from('"}\n'), Buffer.from(JSON.stringify({ id: 'next', text: 'قال الوزير إن المحادثات ستستأنف.' }) + '\n')]);
  const r = rasid(['analyze', '--jsonl', '-'], input);
  assert.equal(r.code, 3, r.err);
  const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Analysis | AnalysisError);
  assert.equal(out.length, 2);
  assert.deepEqual(out[0], { id: 'huge', error: { code: 'too_large', message: 'line 1: record longer than 16 MB (17 MB); skipped', line: 1 } });
  assert.equal(out[1]!.id, 'next');
  assert.ok(!('error' in out[1]!));
});
