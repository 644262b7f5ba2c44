import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { stripProclitics } from './proclitics.js';
import { matchKey } from '../../text/normalize.js';

test('proclitics: conjunction, preposition and article, on match keys', () => {
  const k = (w: string) => stripProclitics(matchKey(w));
  assert.deepEqual(k('وبالحلف'), { conj: 'و', prep: 'ب', art: 'ال', base: 'الحلف', stem: 'حلف' });
  assert.deepEqual(k('للمدينة'), { conj: '', prep: 'ل', art: 'ال', base: 'المدينه', stem: 'مدينه' });
  assert.deepEqual(k('والمانيا'), { conj: 'و', prep: '', art: 'ال', base: 'المانيا', stem: 'مانيا' });
  assert.deepEqual(k('ببروكسل'), { conj: '', prep: 'ب', art: '', base: 'بروكسل', stem: 'بروكسل' });
  assert.deepEqual(k('حلب'), { conj: '', prep: '', art: '', base: 'حلب', stem: 'حلب' });
  // short words keep their letters: ول and في are not conjunction + stem
  assert.equal(k('في').stem, 'في');
  assert.equal(k('ولد').conj, '');
});

test('proclitics: the parts always rebuild the word (the hidden alef of لل aside)', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...'وفبلكالحمدسرنت'), { minLength: 1, maxLength: 9 }), (letters) => {
      const w = letters.join('');
      const p = stripProclitics(w);
      assert.ok(p.stem.length >= 1 && w.endsWith(p.stem));
      assert.ok(p.base.endsWith(p.stem));
      const rebuilt = p.conj + p.prep + (p.art && p.prep === 'ل' && w.slice(p.conj.length).startsWith('لل') ? 'ل' : p.art) + p.stem;
      assert.equal(rebuilt, w);
    }),
  );
});
