import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeyTable } from './keytable.js';

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
