import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseArticle } from '../../document/layout.js';
import { fileResources, packageRoot } from '../../node/resources.js';
import { tokenize } from '../../text/analyzer.js';
import type { ExtractContext } from '../context.js';
import { labelDocument, labelSentence } from './labeller.js';
import type { Mention } from './mention.js';
import { recognize, sentenceGroups } from './recognize.js';

const res = fileResources();

function mentionsOf(text: string): Mention[] {
  const article = parseArticle(text, {}, res);
  const ctx: ExtractContext = { article, tokens: tokenize(article.text, res), res };
  const ms = recognize(ctx);
  for (const m of ms) assert.equal(article.text.slice(m.start, m.end), m.text);
  return ms;
}
const has = (ms: Mention[], text: string, type: Mention['type']) => ms.some((m) => m.text === text && m.type === type);

test('recognize: people, places and organisations in a news sentence, with exact offsets', () => {
  const ms = mentionsOf('أجرى وزير الخارجية الأميركي جون كيري مساء الاربعاء محادثات في ألمانيا مع نظيره الروسي سيرغي لافروف لبحث خطة لوقف المعارك في حلب.');
  assert.ok(has(ms, 'جون كيري', 'PER'), JSON.stringify(ms));
  assert.ok(has(ms, 'سيرغي لافروف', 'PER'), JSON.stringify(ms));
  assert.ok(has(ms, 'ألمانيا', 'LOC'), JSON.stringify(ms));
  assert.ok(has(ms, 'حلب', 'LOC'), JSON.stringify(ms));
  // demonyms are not entities (ANERcorp's convention)
  assert.ok(!ms.some((m) => m.text === 'الأميركي' || m.text === 'الروسي'), JSON.stringify(ms));
  for (const m of ms) assert.ok(m.score !== undefined && m.score >= 0 && m.score <= 1);
});

test('recognize: a multi-word organisation and a clitic-prefixed place', () => {
  const ms = mentionsOf('وجاء اللقاء على هامش الاجتماع السنوي لمنظمة الأمن والتعاون في أوروبا ببروكسل.');
  // the name completed to the gazetteer's full form, the proclitic ل left out of the span
  assert.ok(ms.some((m) => m.type === 'ORG' && m.text === 'منظمة الأمن والتعاون في أوروبا'), JSON.stringify(ms));
  assert.ok(ms.some((m) => m.type === 'LOC' && m.text === 'بروكسل'), JSON.stringify(ms));
});

test('recognize: a given name whose first letter reads as a preposition keeps it (بريان = Brian, not ب + ريان)', () => {
  const ms = mentionsOf('وقال وكيل وزارة الخزانة لشؤون الإرهاب بريان نيلسون إن الحوثيين يواصلون تهديد الملاحة.');
  assert.ok(ms.some((m) => m.text === 'بريان نيلسون' && m.type === 'PER'), JSON.stringify(ms));
  // a preposition before a name the lexicons do not list as a given name is still left out: «وكيري» → «كيري»
  const text = 'وأجرى لافروف محادثات مع نظيره الأميركي وكيري في جنيف. وقال كيري إن المحادثات جيدة.';
  const kerry = mentionsOf(text).filter((m) => m.type === 'PER' && m.text === 'كيري');
  assert.equal(kerry[0]?.start, text.indexOf('وكيري') + 1, JSON.stringify(kerry));
});

test('recognize: nothing in a sentence without names; empty text', () => {
  assert.deepEqual(
    mentionsOf('وقال إن الوضع الإنساني صعب جدا ويحتاج إلى حلول عاجلة.').filter((m) => m.type !== 'MISC'),
    [],
  );
  assert.deepEqual(mentionsOf(''), []);
});

test('labeller: IOB2 output, one label per token, valid sequences', () => {
  const words = ['وقال', 'الرئيس', 'السوري', 'بشار', 'الأسد', 'في', 'دمشق', '.'];
  const labels = labelSentence(words, res);
  assert.equal(labels.length, words.length);
  assert.deepEqual(labels.slice(3, 5), ['B-PERS', 'I-PERS']);
  assert.equal(labels[6], 'B-LOC');
  assert.deepEqual(labelDocument([[], ['حلب']], res)[0], []);
});

test('recognize: mentions are ordered, disjoint, inside the text, whatever the text (property)', () => {
  const pieces = ['كيري', ' ', 'في', 'حلب', '،', '\n', 'وزير', 'الخارجية', '"', 'منظمة', 'abc', '12', '.', 'الأمم المتحدة', 'ـ'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join(' ');
      const ms = mentionsOf(text);
      let prev = 0;
      for (const m of ms) {
        assert.ok(m.start >= prev && m.end > m.start);
        prev = m.end;
      }
    }),
    { numRuns: 60 },
  );
});

test('sentenceGroups: tokens outside every sentence form their own group', () => {
  const tok = (start: number) => ({ text: 'x', start, end: start + 1, kind: 'word' as const, norm: 'x', stem: 'x', segments: [] });
  const groups = sentenceGroups([tok(0), tok(2), tok(5), tok(8), tok(9)], [{ start: 0, end: 4 }, { start: 8, end: 10 }]);
  assert.deepEqual(groups.map((g) => g.map((t) => t.start)), [[0, 2], [5], [8, 9]]);
});

test('recognize: the seed story names its people, places and organisations', (t) => {
  const file = join(packageRoot, '..', 'shared', 'corpus', 'seed', 'aleppo.txt');
  if (!existsSync(file)) return t.skip(`${file} absent`);
  const ms = mentionsOf(readFileSync(file, 'utf8'));
  const found = (re: RegExp, type: Mention['type']) => ms.some((m) => m.type === type && re.test(m.text));
  for (const name of ['كيري', 'لافروف', 'الاسد|الأسد']) assert.ok(found(new RegExp(name), 'PER'), `PER ${name}`);
  for (const name of ['حلب', 'هامبورغ', 'المانيا|ألمانيا', 'روما', 'جنيف', 'بروكسل', 'باريس']) assert.ok(found(new RegExp(`^(${name})$`), 'LOC'), `LOC ${name}`);
  assert.ok(found(/^منظمة الأمن والتعاون في أوروبا$/, 'ORG'));
  // Known gap (data/models/README.md): «لبوتين» (ل + name, rare in ANERcorp) is missed by the labeller, and
  // «الخارجية الأميركية» is O by ANERcorp's conventions; the knowledge-base linker finds both.
});

test('recognize: after لل the name starts at the article\'s ل, the preposition left out (as the gazetteer spans)', () => {
  const text = 'وقال إن الوضع صعب، ووفقا للأمم المتحدة فإن آلاف الأسر نزحت من بروكسل.';
  const un = mentionsOf(text).find((m) => m.type === 'ORG');
  assert.equal(un?.text, 'لأمم المتحدة', JSON.stringify(un));
  assert.equal(un?.start, text.indexOf('للأمم') + 1);
});
