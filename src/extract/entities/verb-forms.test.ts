import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileResources, packageRoot } from '../../node/resources.js';
import { parseArticle } from '../../document/layout.js';
import { tokenize } from '../../text/analyzer.js';
import { matchKey } from '../../text/normalize.js';
import { stemLexicon } from '../../text/stem.js';
import { dropVerbChunks } from './labeller.js';
import { nerLexicons } from './ner-lexicons.js';
import { recognize } from './recognize.js';
import { isConjugatedVerb, isFutureVerb } from './verb-forms.js';

const res = fileResources();
const freq = stemLexicon(res).freq;
const verb = (w: string) => isConjugatedVerb(matchKey(w), freq);

test('a word SaudiNewsNet writes with both imperfect prefixes is a verb; names are not', () => {
  for (const w of ['تتناقص', 'وتتناقص', 'يستمر', 'تستضيف']) assert.ok(verb(w), w);
  // names: no sibling form, or too short to tell (تونس / يونس, تدمر / يدمر)
  for (const w of ['تونس', 'تدمر', 'يوسف', 'يعقوب', 'تركيا', 'يونيسيف']) assert.ok(!verb(w), w);
});

test('the labeller drops a one-word chunk that is a verb, keeps names and longer chunks', () => {
  const lex = nerLexicons(res);
  assert.deepEqual(dropVerbChunks(['منطقة', 'تتناقص', 'مساحتها'], ['O', 'B-LOC', 'O'], lex, res), ['O', 'O', 'O']);
  assert.deepEqual(dropVerbChunks(['منطقة', 'تدمر', 'الأثرية'], ['O', 'B-LOC', 'O'], lex, res), ['O', 'B-LOC', 'O']);
  assert.deepEqual(dropVerbChunks(['تستضيف', 'قطر'], ['B-ORG', 'I-ORG'], lex, res), ['B-ORG', 'I-ORG']);
});

test('seed story: no place «تتناقص» («منطقة تتناقص مساحتها»: an area whose size shrinks)', (t) => {
  const file = join(packageRoot, '..', 'shared', 'corpus', 'seed', 'aleppo.txt');
  if (!existsSync(file)) return t.skip(`${file} absent`);
  const article = parseArticle(readFileSync(file, 'utf8'), { published: '2016-12-07' }, res);
  const ms = recognize({ article, tokens: tokenize(article.text, res), res });
  assert.ok(!ms.some((m) => m.text.includes('تتناقص')), JSON.stringify(ms.filter((m) => m.type === 'LOC')));
  assert.ok(ms.some((m) => m.text === 'حلب' && m.type === 'LOC'));
});

test('a future-tense verb (سنحاسب، سيقوم، وستتخذ) starts no name; names with س do not pass', () => {
  for (const w of ['سنحاسب', 'سيقوم', 'وستتخذ', 'سنواصل']) assert.ok(isFutureVerb(matchKey(w), freq), w);
  for (const w of ['سيناء', 'ستيفن', 'سنغافورة', 'سيول', 'سامر', 'ستوكهولم']) assert.ok(!isFutureVerb(matchKey(w), freq), w);
  const text = 'وقال الرئيس السوري أحمد الشرع في كلمة مصورة: "سنحاسب بحزم ودون تهاون كل من تورط في دماء المدنيين".';
  const article = parseArticle(text, {}, res);
  const ms = recognize({ article, tokens: tokenize(article.text, res), res });
  assert.ok(!ms.some((m) => m.text.includes('سنحاسب')), JSON.stringify(ms));
});
