import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileResources } from '../../node/resources.js';
import { analyzeWithHandEntities } from './test-kit.js';

const res = fileResources();

test('a title, its country adjective and a title chain (remit, place after في) reach the person named after them', () => {
  const text = 'وقال المبعوث الأمريكي الخاص للمصالحة في أفغانستان زلماي خليل زاد في الدوحة إن "الاتفاق خطوة أولى نحو السلام".';
  const a = analyzeWithHandEntities(text, [
    { id: 'usa', type: 'LOC', name: 'الولايات المتحدة', forms: ['الأمريكي'] },
    { id: 'afghanistan', type: 'LOC', name: 'أفغانستان', forms: [] },
    { id: 'khalilzad', type: 'PER', name: 'زلماي خليل زاد', forms: [] },
    { id: 'doha', type: 'LOC', name: 'الدوحة', forms: [] },
  ], res, '2020-03-01');
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0]!.speaker, 'khalilzad');
  // the country adjective alone still gives the country where no person follows
  const bare = analyzeWithHandEntities('وقال المبعوث الأمريكي الخاص في الدوحة إن "الاتفاق خطوة أولى نحو السلام".', [{ id: 'usa', type: 'LOC', name: 'الولايات المتحدة', forms: ['الأمريكي'] }], res, '2020-03-01');
  assert.equal(bare.quotes[0]?.speaker, 'usa');
});
