import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Range, Span } from '../analysis.js';
import { fileResources, packageRoot } from '../node/resources.js';
import type { Article } from './article.js';
import { parseArticle } from './layout.js';
import { articleFromRecord, RecordError } from './record.js';

const res = fileResources();
const slice = (t: string, r: Range) => t.slice(r.start, r.end);

/** Every span's text is its slice; paragraphs and sentences are ordered, trimmed, disjoint and inside the text. */
function assertConsistent(a: Article): void {
  const t = a.text;
  const spans: Span[] = [a.headline, a.subheadline, a.dateline?.place, a.dateline?.agency, a.dateline?.byline, a.dateline?.date, a.credit?.span, a.credit?.agency].filter((s): s is Span => !!s);
  for (const s of spans) assert.equal(t.slice(s.start, s.end), s.text);
  for (const list of [a.paragraphs, a.sentences]) {
    let prev = 0;
    for (const r of list) {
      assert.ok(r.start >= prev && r.start < r.end && r.end <= t.length, `range ${r.start}-${r.end} out of order`);
      assert.ok(!/^\s|\s$/u.test(slice(t, r)), `range ${r.start}-${r.end} not trimmed`);
      prev = r.end;
    }
  }
  // every sentence lies in a paragraph
  for (const s of a.sentences) assert.ok(a.paragraphs.some((p) => p.start <= s.start && s.end <= p.end));
}

const WIRE = [
  'محادثات جديدة حول الهدنة في اليمن',
  'الأمم المتحدة تدعو الأطراف إلى ضبط النفس',
  '',
  'جنيف (رويترز) - بدأت في جنيف اليوم الاثنين جولة جديدة من المحادثات بين الأطراف اليمنية برعاية الأمم المتحدة.',
  '',
  'وقال المبعوث الأممي إن "الفرصة ما زالت قائمة" للتوصل إلى اتفاق. وأضاف أن الجولة ستستمر ثلاثة أيام.',
  '',
  'ولم يصدر تعليق فوري عن الحكومة.',
].join('\n');

test('wire story: headline, subheadline, dateline, paragraphs, sentences', () => {
  const a = parseArticle(WIRE, { id: 'x', published: '2016-12-05' }, res);
  assertConsistent(a);
  assert.equal(a.headline!.text, 'محادثات جديدة حول الهدنة في اليمن');
  assert.equal(a.subheadline!.text, 'الأمم المتحدة تدعو الأطراف إلى ضبط النفس');
  assert.equal(a.dateline!.place.text, 'جنيف');
  assert.equal(a.dateline!.agency!.text, 'رويترز');
  assert.equal(a.dateline!.entity, null);
  assert.equal(a.paragraphs.length, 5);
  assert.ok(a.sentences.length >= 5);
  assert.equal(a.id, 'x');
  assert.equal(a.published, '2016-12-05');
});

test('CRLF is kept and offsets stay exact', () => {
  const crlf = WIRE.replace(/\n/g, '\r\n');
  const a = parseArticle(crlf, {}, res);
  const b = parseArticle(WIRE, {}, res);
  assertConsistent(a);
  assert.equal(a.text, crlf);
  assert.deepEqual(a.paragraphs.map((p) => slice(crlf, p)), b.paragraphs.map((p) => slice(WIRE, p)));
  assert.equal(a.dateline!.place.text, 'جنيف');
  assert.ok(!a.paragraphs.some((p) => slice(crlf, p).includes('\r')));
});

test('one paragraph per line (no blank lines)', () => {
  const t = 'عنوان قصير للخبر\nالرياض - واس أعلنت الوزارة اليوم عن خطة جديدة.\nوقال الوزير إن الخطة تبدأ الشهر المقبل.\nوأضاف أن التمويل متوفر.';
  const a = parseArticle(t, {}, res);
  assertConsistent(a);
  assert.equal(a.headline!.text, 'عنوان قصير للخبر');
  assert.equal(a.subheadline, null); // the next line opens with a dateline
  assert.equal(a.paragraphs.length, 4);
  assert.equal(a.dateline!.place.text, 'الرياض');
  assert.equal(a.dateline!.agency!.text, 'واس');
});

test('a text that opens with its dateline has no headline', () => {
  const t = 'هامبورغ - أجرى وزير الخارجية الأميركي محادثات مع نظيره الروسي.\n\nوقال إن المحادثات كانت صريحة.';
  const a = parseArticle(t, {}, res);
  assertConsistent(a);
  assert.equal(a.headline, null);
  assert.equal(a.dateline!.place.text, 'هامبورغ');
  assert.equal(a.paragraphs.length, 2);
});

test('a credit line of its own (place - outlet) read as the headline still gives the story its dateline', () => {
  const t = 'نواكشوط - صحراء ميديا\n\nأعلنت اللجنة المستقلة للانتخابات النتائج المؤقتة.\n\nوقال المرشح إنه لن يعترف بالنتائج.';
  const a = parseArticle(t, {}, res);
  assertConsistent(a);
  assert.equal(a.dateline?.place.text, 'نواكشوط');
  // a headline that is no credit gives none
  const h = parseArticle('الحكومة تعلن خطة جديدة للإنعاش\n\nأعلنت الحكومة اليوم خطة للإنعاش الاقتصادي.\n\nوقال الوزير إنها تبدأ غدا.', {}, res);
  assert.equal(h.dateline, null);
});

test('a first line that is a long sentence with a full stop is not a headline', () => {
  const t = 'قال وزير الخارجية الأردني اليوم إن المباحثات مع نظيره السعودي كانت مثمرة وصريحة وتناولت قضايا المنطقة.\n\nوأضاف أن اللجنة المشتركة ستجتمع قريبا.';
  const a = parseArticle(t, {}, res);
  assert.equal(a.headline, null);
  assert.equal(a.paragraphs.length, 2);
});

test('a single line is a paragraph, not a headline', () => {
  const a = parseArticle('وقال الوزير إن المحادثات ستستأنف.', {}, res);
  assert.equal(a.headline, null);
  assert.equal(a.paragraphs.length, 1);
  assert.equal(a.sentences.length, 1);
});

test('hard-wrapped paragraphs are joined', () => {
  const t = [
    'عنوان الخبر',
    '',
    'القاهرة - أعلنت وزارة الخارجية المصرية اليوم أنها استدعت السفير',
    'لدى القاهرة لإبلاغه احتجاجها على التصريحات الأخيرة التي أدلى بها',
    'مسؤولون في بلاده.',
    '',
    'ولم يصدر تعليق عن السفارة.',
  ].join('\n');
  const a = parseArticle(t, {}, res);
  assertConsistent(a);
  assert.equal(a.paragraphs.length, 3);
  assert.match(slice(t, a.paragraphs[1]!), /^القاهرة.*بلاده\.$/s);
});

test('empty and blank texts give an empty layout', () => {
  for (const t of ['', '   ', '\r\n\r\n', '\u200f\n']) {
    const a = parseArticle(t, {}, res);
    assert.equal(a.headline, null);
    assert.deepEqual(a.paragraphs, []);
    assert.deepEqual(a.sentences, []);
  }
});

test('an agency mark at the end gives the agency when the dateline names none', () => {
  const t = 'عنوان\n\nدمشق - قال مصدر عسكري إن الاشتباكات توقفت.\n\nوأضاف أن الهدنة صامدة. (أ ف ب)';
  const a = parseArticle(t, {}, res);
  assert.equal(a.dateline!.place.text, 'دمشق');
  assert.equal(a.dateline!.agency!.text, 'أ ف ب');
  assert.equal(a.credit!.agencyEn, 'Agence France-Presse');
});

test('JSON records: title + blank line + text, the title is the headline', () => {
  const a = articleFromRecord({ id: 7, title: 'عنوان', text: 'الرياض - واس أعلنت الوزارة اليوم عن خطة.', published: '2015-08-10', source: 'was', url: 'http://x' }, null, res);
  assertConsistent(a);
  assert.equal(a.text, 'عنوان\n\nالرياض - واس أعلنت الوزارة اليوم عن خطة.');
  assert.equal(a.id, '7');
  assert.equal(a.headline!.text, 'عنوان');
  assert.equal(a.dateline!.agency!.text, 'واس');
  const b = articleFromRecord({ text: 'خبر بلا عنوان.' }, 'fallback', res);
  assert.equal(b.text, 'خبر بلا عنوان.');
  assert.equal(b.id, 'fallback');
  assert.equal(b.headline, null);
});

test('JSON records: bad records are RecordErrors with a code', () => {
  const code = (rec: unknown) => {
    try {
      articleFromRecord(rec as object, null, res);
      return 'ok';
    } catch (e) {
      assert.ok(e instanceof RecordError);
      return e.code;
    }
  };
  assert.equal(code(null), 'bad_record');
  assert.equal(code([1]), 'bad_record');
  assert.equal(code({ title: 'x' }), 'missing_text');
  assert.equal(code({ text: 'x', published: 'yesterday' }), 'bad_published');
  assert.equal(code({ text: 'x', published: 20161207 }), 'bad_published');
  assert.equal(code({ text: 'x', title: 5 }), 'bad_title');
  assert.equal(code({ text: 'x', id: { a: 1 } }), 'bad_id');
  assert.equal(code({ text: 'x', published: '2016-12-07T18:00:00Z' }), 'ok');
});

test('the seed story', (t) => {
  const p = join(packageRoot, '..', 'shared', 'corpus', 'seed', 'aleppo.txt');
  if (!existsSync(p)) return t.skip('../shared/corpus/seed absent');
  const text = readFileSync(p, 'utf8');
  const a = parseArticle(text, { published: '2016-12-07' }, res);
  assertConsistent(a);
  assert.equal(a.headline!.text, 'الدبلوماسية تهدأ لصالح الحسم العسكري في حلب');
  assert.equal(a.subheadline!.text, 'التقدم عسكري لا دبلوماسي');
  assert.deepEqual(a.dateline!.place, { text: 'هامبورغ', start: a.dateline!.place.start, end: a.dateline!.place.start + 7 });
  assert.equal(a.dateline!.agency, null);
  assert.equal(a.paragraphs.length, text.split(/\n\s*\n/).filter((s) => s.trim()).length);
});

// Property: whatever the text (Arabic words, dashes, colons, brackets, CRLF, blank lines), the layout is consistent.
const piece = fc.constantFrom('هامبورغ', ' - ', ' ـ ', ': ', '(أ ف ب)', '«الشرق الأوسط»', 'واس', 'قال', 'الوزير', 'أ.ف.ب', ' ', '\n', '\r\n', '\n\n', '\r\n\r\n', '.', '؟', '25', 'شوال', '1436', 'هـ', 'الموافق', '\u200f', 'ـ', '"', 'جدة', 'سبق');
test('property: spans are exact slices, paragraphs and sentences ordered and inside the text', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assertConsistent(parseArticle(text, {}, res));
    }),
    { numRuns: 400 },
  );
});
