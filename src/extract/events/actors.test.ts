// Actors of events whose trigger is found: unnamed bodies, possessive and agentive phrases, actors named before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResources } from '../../node/resources.js';
import { analyzeArticle } from '../../analyze.js';
import { parseArticle } from '../../document/layout.js';
import type { Analysis } from '../../analysis.js';

const res = defaultResources();
const analyze = (text: string): Analysis => analyzeArticle(parseArticle(text, { published: '2019-04-08' }, res), res);
/** the events of a type as [trigger, actor names, recipient names] */
const coded = (a: Analysis, type: string) =>
  a.events.filter((e) => e.type === type).map((e) => [e.trigger.text, e.actor.map((id) => a.entities.find((x) => x.id === id)?.name ?? id), e.recipient.map((id) => a.entities.find((x) => x.id === id)?.name ?? id)]);

test('pipeline: a court named by its kind (محكمة التمييز، محكمة جنايات القاهرة) is the actor of its sentence; a count of defendants is no accusation', () => {
  const a = analyze('وكانت محكمة التمييز قد قضت الشهر الماضي بسجن 21 متهما في القضية.');
  assert.deepEqual(coded(a, 'COERCE').map((x) => x[1]), [['محكمة التمييز']]);
  assert.deepEqual(coded(a, 'ACCUSE'), [], '21 متهما are defendants');
  const b = analyze('قضت محكمة جنايات القاهرة، أمس، بمعاقبة ثلاثة صحفيين بالسجن المشدد سبع سنوات.');
  assert.deepEqual(coded(b, 'COERCE').map((x) => x[1]), [['محكمة جنايات القاهرة']]);
});

test('pipeline: a strike by a drone named with its country\'s adjective (غارة شنتها مسيرة إسرائيلية) is that country\'s', () => {
  const a = analyze('استشهد مصوران، ظهر اليوم الثلاثاء، في غارة شنتها مسيرة إسرائيلية على بلدة طير حرفا الحدودية.');
  assert.deepEqual(coded(a, 'ASSAULT').map((x) => x[1]), [['إسرائيل']]);
});

test('pipeline: an office held at a named court speaks for the court (الوكيل العام للملك لدى محكمة الاستئناف); an ambassador to a body does not', () => {
  const a = analyze('وكان الوكيل العام للملك لدى محكمة الاستئناف بالدار البيضاء قد أعلن أن الزفزافي يتابع بتهم "المس بالسلامة الداخلية للدولة".');
  assert.equal(a.entities.find((e) => e.id === a.quotes[0]?.speaker)?.name, 'محكمة الاستئناف بالدار البيضاء');
  const b = analyze('وقال السفير لدى الأمم المتحدة إن المملكة ترفض الاتهامات.');
  assert.equal(b.quotes[0]?.speaker, null);
});
