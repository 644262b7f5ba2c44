import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../analysis.js';
import { link } from '../../testing/link.js';
import { analyzeArticle } from '../../analyze.js';
import { parseArticle } from '../../document/layout.js';
import { defaultResources } from '../../node/resources.js';

const named = (es: Entity[], name: string) => es.find((e) => e.mentions.some((m) => m.text === name));

test('a court named by its kind is an ORG: محكمة التمييز، محكمة أمن الدولة، محكمة جنايات القاهرة (its place in the name)', () => {
  const a = named(link('وكانت محكمة التمييز قد قضت بسجن المتهمين.'), 'محكمة التمييز');
  assert.equal(a?.type, 'ORG');
  assert.equal(a?.nameEn, 'Court of Cassation');
  assert.ok(named(link('أصدرت محكمة أمن الدولة، الاثنين، حكما بالسجن.'), 'محكمة أمن الدولة'));
  const c = named(link('قضت محكمة جنايات القاهرة، أمس، بمعاقبة الصحفيين.'), 'محكمة جنايات القاهرة');
  assert.equal(c?.nameEn, 'Criminal Court (Cairo)');
  assert.equal(c?.country, 'EGY');
  // clitics stay out of the span
  assert.ok(named(link('وأحيلت القضية إلى محكمة الاستئناف في الرباط.'), 'محكمة الاستئناف في الرباط'));
});

test('no court where «محكمة» is followed by no kind, or an indefinite kind without its place', () => {
  const es = link('وأحيل المتهمون إلى محكمة جنح، وقررت المحكمة تأجيل الجلسة أمام محكمة ميدانية.');
  assert.equal(es.filter((e) => e.type === 'ORG' && /محكمة|المحكمة/.test(e.name)).length, 0, JSON.stringify(es.map((e) => e.name)));
});

test('the place inside a court\'s name still tells the story\'s country (the prosecution named bare is that country\'s)', () => {
  const text = 'قضت محكمة جنايات القاهرة أمس بإعدام عشرة متهمين في قضية هزت الشارع في مصر. وكانت النيابة العامة قد كشفت أن المتهمين أداروا تنظيما إرهابيا.';
  const es = analyzeArticle(parseArticle(text, { published: '2015-08-10' }, defaultResources()), defaultResources()).entities;
  assert.equal(named(es, 'النيابة العامة')?.country, 'EGY');
});
