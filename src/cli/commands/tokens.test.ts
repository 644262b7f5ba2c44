/** End-to-end tests of `rasid tokens`: spawn bin/rasid (the build in dist/). */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runRasid } from '../../testing/cli.js';
import { tempDir } from '../../testing/temp.js';

const dir = tempDir('rasid-tokens-');

const rasid = (args: string[], input?: string | Buffer) => runRasid(args, { input, cwd: dir });
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

interface Tok {
  text: string;
  start: number;
  end: number;
  kind: string;
  norm: string;
  stem: string;
  segments: { text: string; start: number; end: number; role: string }[];
}

test('tokens --json: the contract fields, exact offsets, segments covering each word', () => {
  const text = 'وللمدينة «إجلاء» ٢٠١٦، راجع https://spa.gov.sa و Kerry';
  const r = rasid(['tokens', text, '--json']);
  assert.equal(r.code, 0, r.err);
  const toks = JSON.parse(r.out) as Tok[];
  assert.ok(Array.isArray(toks));
  for (const t of toks) {
    assert.deepEqual(Object.keys(t).slice(0, 7), ['text', 'start', 'end', 'kind', 'norm', 'stem', 'segments']);
    assert.equal(text.slice(t.start, t.end), t.text);
    if (t.kind === 'word') {
      assert.equal(t.segments.map((s) => s.text).join(''), t.text);
      assert.equal(t.segments[0]!.start, t.start);
      assert.equal(t.segments.at(-1)!.end, t.end);
      for (const s of t.segments) assert.equal(text.slice(s.start, s.end), s.text);
    }
  }
  const kinds = Object.fromEntries(toks.map((t) => [t.text, t.kind]));
  assert.equal(kinds['«'], 'punct');
  assert.equal(kinds['٢٠١٦'], 'number');
  assert.equal(kinds['https://spa.gov.sa'], 'url');
  assert.equal(kinds['Kerry'], 'latin');
  assert.equal(toks.find((t) => t.text === '٢٠١٦')!.norm, '2016');
  assert.equal(toks.find((t) => t.text === 'Kerry')!.norm, 'kerry');
  assert.equal(toks.find((t) => t.text === 'وللمدينة')!.stem, 'مدينه');
});

test('tokens: إجلاء / اجلاء share a norm, إجلاء / الإجلاء a stem (the contract check)', () => {
  const toks = JSON.parse(rasid(['tokens', 'إجلاء اجلاء الإجلاء', '--json']).out) as Tok[];
  assert.equal(toks.length, 3);
  assert.equal(toks[0]!.norm, toks[1]!.norm);
  assert.equal(toks[0]!.stem, toks[2]!.stem);
});

test('tokens: several arguments are joined with a space; - reads standard input; a table without --json', () => {
  const a = JSON.parse(rasid(['tokens', 'قال', 'كيري', '--json']).out) as Tok[];
  assert.deepEqual(a.map((t) => [t.text, t.start]), [['قال', 0], ['كيري', 4]]);
  const b = JSON.parse(rasid(['tokens', '-', '--json'], '\ufeffقال كيري\n').out) as Tok[];
  assert.deepEqual(b.map((t) => [t.text, t.start]), [['قال', 0], ['كيري', 4]]);
  const table = rasid(['tokens', 'قال كيري']);
  assert.equal(table.code, 0);
  assert.match(table.out, /^span\s+kind\s+text\s+norm\s+stem/);
  assert.match(table.out, /4-8\s+word\s+كيري/);
});

test('tokens --stats: counts on a file and on standard input', () => {
  const text = 'قال كيري في هامبورغ: «إجلاء» 2016.\n'.repeat(1000);
  const f = file('a.txt', text);
  const r = rasid(['tokens', '--stats', f]);
  assert.equal(r.code, 0, r.err);
  const s = JSON.parse(r.out) as { chars: number; tokens: number; words: number; seconds: number };
  assert.deepEqual(Object.keys(s), ['chars', 'tokens', 'words', 'seconds']);
  assert.equal(s.chars, text.length);
  assert.equal(s.words, 5000);
  assert.equal(s.tokens, 10000);
  assert.ok(s.seconds >= 0);
  const p = JSON.parse(rasid(['tokens', '--stats', '-'], text).out);
  assert.equal(p.tokens, 10000);
});

test('tokens --stats: a long single line with no white space is analysed in bounded pieces', () => {
  // 1.8 M UTF-16 units without any space: more than one pending megabyte, many analyser pieces
  const unit = 'وللمدينة،';
  const f = file('long.txt', unit.repeat(200_000));
  const r = rasid(['tokens', '--stats', f]);
  assert.equal(r.code, 0, r.err);
  const s = JSON.parse(r.out);
  assert.equal(s.chars, unit.length * 200_000);
  assert.equal(s.words, 200_000);
  assert.equal(s.tokens, 400_000);
});

test('tokens: clear errors and exit codes for bad input', () => {
  const missing = rasid(['tokens', '--stats', join(dir, 'nope.txt')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /^rasid: .*nope\.txt: no such file/);
  const bad = rasid(['tokens', '--stats', file('bad.txt', Buffer.from([0x61, 0x20, 0xff, 0xfe, 0x62]))]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /not valid UTF-8/);
  const binary = rasid(['tokens', '--stats', file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]))]);
  assert.equal(binary.code, 1);
  assert.match(binary.err, /binary/);
  const badStdin = rasid(['tokens', '-'], Buffer.from([0xc3, 0x28]));
  assert.equal(badStdin.code, 1);
  assert.match(badStdin.err, /not valid UTF-8/);
  const dirErr = rasid(['tokens', '--stats', dir]);
  assert.equal(dirErr.code, 1);
  assert.match(dirErr.err, /directory/);
  const empty = rasid(['tokens', '--stats', file('empty.txt', '')]);
  assert.equal(empty.code, 0);
  assert.deepEqual({ ...JSON.parse(empty.out), seconds: 0 }, { chars: 0, tokens: 0, words: 0, seconds: 0 });
  for (const args of [['tokens'], ['tokens', '--nope', 'x'], ['tokens', '--stats'], ['tokens', '--stats', 'a', 'b']]) {
    const u = rasid(args);
    assert.equal(u.code, 2, args.join(' '));
    assert.match(u.err, /^rasid: tokens/);
    assert.doesNotMatch(u.err, /at .*\.js:\d+/); // no stack trace
  }
});
