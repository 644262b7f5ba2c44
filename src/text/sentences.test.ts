import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitSentences } from './sentences.js';
import { parseConllu, prf } from './ud-eval.js';
import { packageRoot } from '../node/resources.js';

const split = (t: string) => splitSentences(t).map((r) => t.slice(r.start, r.end));

test('. ! ? ؟ end sentences; the closing quote goes with its sentence', () => {
  assert.deepEqual(split('قال الوزير إن الوضع صعب. وأضاف أن المحادثات مستمرة؟ نعم!'), [
    'قال الوزير إن الوضع صعب.',
    'وأضاف أن المحادثات مستمرة؟',
    'نعم!',
  ]);
  assert.deepEqual(split('هل انتهت الحرب؟! لا أحد يعرف.'), ['هل انتهت الحرب؟!', 'لا أحد يعرف.']);
});

test('a quotation stays whole with its reporting clause, even with sentence ends inside', () => {
  const t = 'وقال كيري "تحدثنا بوضوح عن الوضع. ونحن عازمون على اللقاء مجددا صباحا (الخميس) لنرى أين وصلنا". وجاء اللقاء بين الوزيرين.';
  assert.deepEqual(split(t), [
    'وقال كيري "تحدثنا بوضوح عن الوضع. ونحن عازمون على اللقاء مجددا صباحا (الخميس) لنرى أين وصلنا".',
    'وجاء اللقاء بين الوزيرين.',
  ]);
  assert.deepEqual(split('قال: «لن نتراجع. أبدا.» ثم غادر القاعة.'), ['قال: «لن نتراجع. أبدا.»', 'ثم غادر القاعة.']);
  // a sentence that ends inside the quotation, right before the closing mark, ends after the mark
  assert.deepEqual(split('وقال "انتهى الأمر." وغادر.'), ['وقال "انتهى الأمر."', 'وغادر.']);
  // an unpaired quote mark is ignored
  assert.deepEqual(split('وقال "انتهى الأمر. وغادر القاعة.'), ['وقال "انتهى الأمر.', 'وغادر القاعة.']);
});

test('a quotation longer than a paragraph is split inside', () => {
  const body = 'وأكد أن الحكومة ماضية في خطتها رغم الصعوبات الكبيرة. '.repeat(14);
  const t = `وقال الوزير "${body.trim()}" ثم غادر.`;
  assert.ok(split(t).length > 10);
});

test('agency marks and brackets', () => {
  assert.deepEqual(split('بيروت (أ ف ب) - قتل عشرة أشخاص. وأصيب آخرون.'), ['بيروت (أ ف ب) - قتل عشرة أشخاص.', 'وأصيب آخرون.']);
  // a credit closing the paragraph stays with the last sentence
  assert.deepEqual(split('وأصيب آخرون في الهجوم. (رويترز)'), ['وأصيب آخرون في الهجوم. (رويترز)']);
  assert.deepEqual(split('وصل الوفد (ثلاثة وزراء. ومستشارون) أمس. ثم بدأ الاجتماع.'), ['وصل الوفد (ثلاثة وزراء. ومستشارون) أمس.', 'ثم بدأ الاجتماع.']);
});

test('abbreviations, numbers and names with dots do not end sentences', () => {
  assert.deepEqual(split('قال د. محمد العلي إن النمو بلغ 2.5 في المئة. وتوقع المزيد.'), [
    'قال د. محمد العلي إن النمو بلغ 2.5 في المئة.',
    'وتوقع المزيد.',
  ]);
  assert.deepEqual(split('بني المعبد عام 300 ق.م. في مصر. ونقلت دبي ـ العربية.نت الخبر.'), ['بني المعبد عام 300 ق.م. في مصر.', 'ونقلت دبي ـ العربية.نت الخبر.']);
  assert.deepEqual(split('وصل Dr. Smith إلى U.S. Embassy أمس. وغادر.'), ['وصل Dr. Smith إلى U.S. Embassy أمس.', 'وغادر.']);
  assert.deepEqual(split('بقلم أ. خالد.'), ['بقلم أ. خالد.']);
  // the era letters after a year are not an abbreviation of a name
  assert.deepEqual(split('وذلك في عام 1436 هـ. وقال المتحدث.'), ['وذلك في عام 1436 هـ.', 'وقال المتحدث.']);
  assert.deepEqual(split('قال م. أحمد إن المشروع انتهى.'), ['قال م. أحمد إن المشروع انتهى.']);
});

test('؛ and a mid-line ellipsis do not end sentences; a line break always does', () => {
  assert.deepEqual(split('تقدم الجيش؛ وانسحب المعارضون. ثم هدأت الجبهة'), ['تقدم الجيش؛ وانسحب المعارضون.', 'ثم هدأت الجبهة']);
  assert.deepEqual(split('انتظرنا... ثم وصل القطار.'), ['انتظرنا... ثم وصل القطار.']);
  assert.deepEqual(split('الدبلوماسية تهدأ لصالح الحسم العسكري\n\nهامبورغ - أجرى كيري محادثات'), [
    'الدبلوماسية تهدأ لصالح الحسم العسكري',
    'هامبورغ - أجرى كيري محادثات',
  ]);
  // a quote left open at the end of a line does not run into the next line
  assert.deepEqual(split('قال «لن نتراجع\nوغادر.'), ['قال «لن نتراجع', 'وغادر.']);
  // a dot glued between two Arabic words (a scraping artefact)
  assert.deepEqual(split('انتهت الحرب.وقال الوزير كلمته.'), ['انتهت الحرب.', 'وقال الوزير كلمته.']);
  assert.deepEqual(split('لماذا؟قال الوزير.'), ['لماذا؟', 'قال الوزير.']);
});

test('ranges stay within [start, end)', () => {
  const t = 'أولا. ثانيا. ثالثا.';
  const r = splitSentences(t, 6, 12);
  assert.deepEqual(r.map((x) => t.slice(x.start, x.end)), ['ثانيا.']);
});

test('property: ranges are ordered, disjoint, trimmed, inside the slice, and cover every non-space character', () => {
  const chars = 'ابتقلمنوي .!?؟؛…«»"()\n،-د0123456789';
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 80 }).map((a) => a.join('')), fc.nat(10), fc.nat(10), (text, a, b) => {
      const start = Math.min(a, text.length);
      const end = Math.max(start, text.length - b);
      const ranges = splitSentences(text, start, end);
      let at = start;
      const covered = new Set<number>();
      for (const r of ranges) {
        assert.ok(r.start >= at && r.end > r.start && r.end <= end);
        assert.ok(!/\s/u.test(text[r.start]!) && !/\s/u.test(text[r.end - 1]!));
        for (let i = r.start; i < r.end; i++) covered.add(i);
        at = r.end;
      }
      for (let i = start; i < end; i++) if (!/\s/u.test(text[i]!)) assert.ok(covered.has(i), `char ${i} covered`);
    }),
    { numRuns: 2000 },
  );
});

test('seed story: the quotation of Kerry is one sentence with its reporting clause', (t) => {
  const file = join(packageRoot, '..', 'shared', 'corpus', 'seed', 'aleppo.txt');
  if (!existsSync(file)) {
    t.skip(`${file} absent`);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const sentences = split(text);
  const kerry = sentences.find((s) => s.includes('مجددا صباحا (الخميس) لنرى أين وصلنا".'));
  assert.ok(kerry, 'the quotation ends a sentence');
  assert.ok(kerry!.startsWith('وقال كيري بعد ساعة من المفاوضات'), kerry);
  assert.ok(kerry!.endsWith('لنرى أين وصلنا".'));
  assert.equal(sentences[0], 'الدبلوماسية تهدأ لصالح الحسم العسكري في حلب');
  assert.equal(sentences[1], 'التقدم عسكري لا دبلوماسي');
  assert.ok(sentences.includes('وهذا البيان وقعه ايضا قادة فرنسا والمانيا وكندا وايطاليا وبريطانيا.'));
  // no sentence is cut inside a bracket
  for (const s of sentences) assert.equal((s.match(/\(/gu) ?? []).length, (s.match(/\)/gu) ?? []).length, s);
});

test('UD Arabic-PUD paragraphs: sentence boundary F1 ≥ 0.97', (t) => {
  const file = join(packageRoot, '..', 'shared', 'data', 'ud-arabic-pud', 'ar_pud-ud-test.conllu');
  if (!existsSync(file)) {
    t.skip(`${file} absent`);
    return;
  }
  const docs = new Map<string, string[]>();
  for (const s of parseConllu(readFileSync(file, 'utf8'))) {
    if (!docs.has(s.doc)) docs.set(s.doc, []);
    docs.get(s.doc)!.push(s.text);
  }
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const texts of docs.values()) {
    const g = new Set<number>();
    let at = 0;
    for (const x of texts) {
      at += x.length;
      g.add(at);
      at += 1;
    }
    g.delete(at - 1);
    const p = splitSentences(texts.join(' ')).slice(0, -1).map((r) => r.end);
    gold += g.size;
    predicted += p.length;
    correct += p.filter((x) => g.has(x)).length;
  }
  const r = prf(gold, predicted, correct);
  assert.ok(r.f1 >= 0.97, `F1 ${r.f1.toFixed(4)}`);
});
