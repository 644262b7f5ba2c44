import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fileResources } from '../node/resources.js';
import { memoryResources } from '../resources.js';
import { analyzeToken, analyzeTokens, tokenize, type Token } from './analyzer.js';
import { rawTokens } from './tokenize.js';

const res = fileResources();

test('tokenize: keys and segments of real words', () => {
  const text = 'وللمدينة «إجلاء» ٢٠١٦ Kerry';
  const toks = tokenize(text, res);
  assert.deepEqual(toks.map((t) => [t.text, t.kind, t.norm, t.stem]), [
    ['وللمدينة', 'word', 'وللمدينه', 'مدينه'],
    ['«', 'punct', '«', '«'],
    ['إجلاء', 'word', 'اجلاء', 'اجلاء'],
    ['»', 'punct', '»', '»'],
    ['٢٠١٦', 'number', '2016', '2016'],
    ['Kerry', 'latin', 'kerry', 'kerry'],
  ]);
  const w = toks[0]!;
  assert.equal(w.segments.map((s) => s.text).join(''), w.text);
  assert.ok(w.segments.length >= 2);
  for (const s of w.segments) assert.equal(text.slice(s.start, s.end), s.text);
});

test('repeated words get their own offsets (the per-word memo is rebased)', () => {
  const text = 'وقال وقال وقال';
  const toks = tokenize(text, res);
  assert.deepEqual(toks.map((t) => t.segments[0]!.start), [0, 5, 10]);
  for (const t of toks) for (const s of t.segments) assert.equal(text.slice(s.start, s.end), s.text);
});

test('analyzeToken agrees with tokenize', () => {
  const text = 'بالإجلاء من حلب، info@x.com';
  const a = tokenize(text, res);
  const b = rawTokens(text).map((t) => analyzeToken(t, res));
  assert.deepEqual(b, a);
});

test('works without any data files (rules only)', () => {
  const toks = tokenize('الإجلاء', memoryResources({}));
  assert.equal(toks[0]!.stem, 'اجلاء');
});

const texty = fc.string({
  unit: fc.constantFrom(...'ابتجحدرسشصعفقكلمنهويءأإآةىؤئـَُِّ٠١٢٫،؛؟«»".: \nabcX019@#/'.split(''), 'وال', 'لل', 'https://', '😀'),
  maxLength: 50,
});

test('property: the stream (analyzeTokens) gives exactly what tokenize gives', () => {
  fc.assert(
    fc.property(texty, (s) => {
      const expected = tokenize(s, res);
      const got: Token[] = [];
      analyzeTokens(s, res, (v) => {
        const tok: Token = { text: s.slice(v.start, v.end), start: v.start, end: v.end, kind: v.kind, norm: v.norm, stem: v.stem, segments: v.segments.map((x) => ({ ...x, start: x.start + v.start, end: x.end + v.start })) };
        if (v.tag) tok.tag = v.tag;
        got.push(tok);
      });
      assert.deepEqual(got, expected);
    }),
    { numRuns: 500 },
  );
});

test('property: segments are contiguous substrings covering each word', () => {
  fc.assert(
    fc.property(texty, (s) => {
      for (const t of tokenize(s, res)) {
        assert.equal(s.slice(t.start, t.end), t.text);
        if (t.kind !== 'word') continue;
        let at = t.start;
        for (const g of t.segments) {
          assert.equal(g.start, at);
          assert.equal(s.slice(g.start, g.end), g.text);
          at = g.end;
        }
        assert.equal(at, t.end);
      }
    }),
    { numRuns: 500 },
  );
});

test('a long run (the analyser primed on its built-in sample along the way) gives the same analyses as a fresh analyser', () => {
  const words = ['وللمدينة', 'بالإجلاء', 'موافقتها', 'وزارة', 'حكومتها', 'والمسلمون', 'للجنة', 'وقال', 'سيذهب', 'ﻻسمه', 'كتاباً'];
  const sample = words.join(' ');
  const fresh = tokenize(sample, fileResources());
  const long = fileResources();
  // 2,500 made-up word forms: past the point where the analyser primes its code
  const filler = Array.from({ length: 2500 }, (_, i) => 'كلمة' + String.fromCharCode(0x0628 + (i % 20), 0x0628 + ((i / 20) | 0) % 20, 0x0628 + ((i / 400) | 0))).join(' ');
  tokenize(filler, long);
  assert.deepEqual(tokenize(sample, long), fresh);
  const viaStream: string[] = [];
  analyzeTokens(sample, long, (t) => viaStream.push(`${t.norm}|${t.stem}|${t.segments.map((s) => s.text).join('+')}`));
  assert.deepEqual(viaStream, fresh.map((t) => `${t.norm}|${t.stem}|${t.segments.map((s) => s.text).join('+')}`));
});
