import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CountTable, hashUnits, KeyTable } from './keytable.js';

test('KeyTable: get, set, getJoined, growth, clear', () => {
  const t = new KeyTable<number>(2);
  t.set('الاجلاء', 3);
  t.set('اجلاء', 5);
  assert.equal(t.get('اجلاء'), 5);
  assert.equal(t.getJoined('ال', 'اجلاء'), 3);
  assert.equal(t.getJoined('ال', 'جلاء'), undefined);
  for (let i = 0; i < 1000; i++) t.set('w' + i, i);
  assert.equal(t.get('w999'), 999);
  assert.equal(t.size, 1002);
  t.set('اجلاء', 6);
  assert.equal(t.get('اجلاء'), 6);
  t.clear();
  assert.equal(t.get('اجلاء'), undefined);
  assert.equal(t.size, 0);
});

test('property: KeyTable agrees with Map', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer())), fc.array(fc.string({ maxLength: 6 })), (pairs, probes) => {
      const t = new KeyTable<number>(1);
      const m = new Map<string, number>();
      for (const [k, v] of pairs) {
        t.set(k, v);
        m.set(k, v);
      }
      for (const k of [...m.keys(), ...probes]) {
        assert.equal(t.get(k), m.get(k));
        assert.equal(t.getJoined(k.slice(0, 2), k.slice(2)), m.get(k));
      }
      assert.equal(t.size, m.size);
    }),
  );
});

test('CountTable: get, set, joined and ranged look-ups, long keys, growth, clear', () => {
  const t = new CountTable(2);
  t.set('الاجلاء', 3);
  t.set('اجلاء', 5);
  const long = 'والاستراتيجيات'; // longer than the units kept in a slot
  t.set(long, 7);
  assert.equal(t.get('اجلاء'), 5);
  assert.equal(t.getJoined('ال', 'اجلاء'), 3);
  assert.equal(t.getJoined('ال', 'جلاء'), 0);
  assert.equal(t.getAround('و', 'xالاستراتيجيy', 1, 12, 'ات'), 7);
  assert.equal(t.getRange('في الاجلاء', 3, 10, hashUnits('الاجلاء')), 3);
  for (let i = 1; i <= 1000; i++) t.set('w' + i, i);
  assert.equal(t.get('w999'), 999);
  assert.equal(t.size, 1003);
  t.set('اجلاء', 6);
  assert.equal(t.get('اجلاء'), 6);
  assert.equal(t.size, 1003);
  // a key added with the hash a scanner computed while reading it
  t.add('بالإجلاء', 8, hashUnits('بالإجلاء'));
  assert.equal(t.get('بالإجلاء'), 8);
  assert.equal(t.getRange('و بالإجلاء', 2, 10, hashUnits('بالإجلاء')), 8);
  assert.deepEqual(new Map(t.entries()).get(long), 7);
  t.clear();
  assert.equal(t.get('اجلاء'), 0);
  assert.equal(t.size, 0);
});

test('property: CountTable agrees with Map, for keys of any length, with and without its filter', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.string({ maxLength: 14 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }))), fc.array(fc.string({ maxLength: 14 })), fc.boolean(), (pairs, probes, filter) => {
      const t = new CountTable(1, filter);
      const m = new Map<string, number>();
      for (const [k, v] of pairs) {
        t.set(k, v);
        m.set(k, v);
      }
      for (const k of [...m.keys(), ...probes]) {
        const want = m.get(k) ?? 0;
        assert.equal(t.get(k), want);
        assert.equal(t.getJoined(k.slice(0, 2), k.slice(2)), want);
        if (k.length) assert.equal(t.getAround(k.slice(0, 1), '«' + k + '»', 2, k.length + 1, ''), want);
        assert.equal(t.getRange(' ' + k, 1, k.length + 1, hashUnits(k)), want);
      }
      assert.equal(t.size, m.size);
      assert.deepEqual(new Map(t.entries()), m);
    }),
  );
});
