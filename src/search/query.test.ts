import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import pg from 'pg';
import { defaultResources } from '../node/resources.js';
import { compileQuery } from './compile.js';
import { parseQuery, QueryError } from './query.js';

const res = defaultResources();

test('words, phrases, operators and grouping parse into a tree', () => {
  assert.deepEqual(parseQuery('حلب دمشق').root, { kind: 'and', children: [{ kind: 'word', text: 'حلب', prefix: false }, { kind: 'word', text: 'دمشق', prefix: false }] });
  assert.deepEqual(parseQuery('حلب OR دمشق').root, { kind: 'or', children: [{ kind: 'word', text: 'حلب', prefix: false }, { kind: 'word', text: 'دمشق', prefix: false }] });
  assert.deepEqual(parseQuery('حلب -موسكو').root, { kind: 'and', children: [{ kind: 'word', text: 'حلب', prefix: false }, { kind: 'not', child: { kind: 'word', text: 'موسكو', prefix: false } }] });
  assert.deepEqual(parseQuery('"وزير الخارجية"').root, { kind: 'phrase', text: 'وزير الخارجية' });
  assert.deepEqual(parseQuery('فلسطين*').root, { kind: 'word', text: 'فلسطين', prefix: true });
  assert.equal(parseQuery('(حلب OR دمشق) NOT موسكو').root!.kind, 'and');
  // a hyphen inside a word is text, not NOT
  assert.deepEqual(parseQuery('أبو-ظبي').root, { kind: 'word', text: 'أبو-ظبي', prefix: false });
});

test('filters are taken out of the query', () => {
  const p = parseQuery('حلب source:aawsat entity:"بشار الأسد" type:assault country:syr from:2015-07 to:2015-07');
  assert.deepEqual(p.filters, { source: ['aawsat'], entity: ['بشار الأسد'], eventType: ['ASSAULT'], country: ['SYR'], from: '2015-07-01', to: '2015-07-31' });
  assert.deepEqual(p.root, { kind: 'word', text: 'حلب', prefix: false });
  assert.equal(parseQuery('source:x').root, null);
  // an unknown field is text (times, ratios)
  assert.deepEqual(parseQuery('10:30').root, { kind: 'word', text: '10:30', prefix: false });
});

test('invalid queries get a clear QueryError', () => {
  const bad: [string, RegExp][] = [
    ['"حلب', /unclosed quotation mark/],
    ['(حلب', /unclosed parenthesis/],
    ['حلب)', /unexpected "\)"/],
    ['حلب OR', /OR needs a word/],
    ['NOT', /NOT needs a word/],
    ['()', /empty parentheses/],
    ['from:yesterday', /from: expects a date/],
    ['source:', /needs a value/],
    ['x'.repeat(1001), /too long/],
  ];
  for (const [q, re] of bad) assert.throws(() => parseQuery(q), (e: unknown) => e instanceof QueryError && re.test(e.message), q);
  assert.throws(() => compileQuery('-موسكو', res), /at least one word/);
  assert.throws(() => compileQuery('حلب OR -موسكو', res), QueryError);
  assert.throws(() => compileQuery('،،', res), /no word/);
});

test('query words become the analyser\'s keys, quoted in the backend syntax', () => {
  const a = compileQuery('المدرسةِ', res);
  const b = compileQuery('مدرسه', res);
  assert.equal(a.fts5, b.fts5);
  assert.equal(a.tsquery, b.tsquery);
  const c = compileQuery('("وزير الخارجية" OR حلب*) NOT دمشق', res);
  assert.match(c.fts5, /^\(\(\(".+ .+" OR ".+" \*\)\) NOT ".+"\)$/);
  assert.match(c.tsquery, /^\(\(\('.+' <-> '.+'\) \| '.+':\*\) & !'.+'\)$/);
  // AND binds tighter than OR
  assert.match(compileQuery('دمشق OR حلب NOT بيروت', res).fts5, /^\(".+" OR \(\(".+"\) NOT ".+"\)\)$/);
});

// Random text — Arabic, Latin, syntax characters — either compiles to an expression the backend
// accepts or fails with a QueryError; nothing else is thrown and nothing reaches the backend unquoted.
const alphabet = fc.constantFrom(...'حلبدمشقأإآىةءؤئ ًٌٍَُِّ"\'()*-:|&\\ ANDORTabc123.,؟،؛«»\n\t'.split(''), 'AND', 'OR', 'NOT', 'source:', 'from:', 'NEAR', '^', '{', '}', '+', '$1', '--', ';', '/*', '%');
const queries = fc.oneof(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

test('property: random queries never throw anything but QueryError, and FTS5 accepts what compiles', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE f USING fts5(terms, tokenize='unicode61 remove_diacritics 0'); INSERT INTO f VALUES ('حلب دمشق abc')");
  const stmt = db.prepare('SELECT count(*) AS n FROM f WHERE f MATCH ?');
  fc.assert(
    fc.property(queries, (q) => {
      let c;
      try {
        c = compileQuery(q, res);
      } catch (e) {
        assert.ok(e instanceof QueryError, `${q}: ${(e as Error)?.stack}`);
        assert.ok((e as QueryError).message.length > 0);
        return;
      }
      if (c.tree) stmt.get(c.fts5); // throws on an FTS5 syntax error
    }),
    { numRuns: 3000 },
  );
  db.close();
});

test('property: PostgreSQL parses every compiled tsquery', { skip: process.env.RASID_TEST_PG ? false : 'PostgreSQL half skipped: set RASID_TEST_PG=postgres://…' }, async () => {
  const client = new pg.Client({ connectionString: process.env.RASID_TEST_PG });
  await client.connect();
  try {
    await fc.assert(
      fc.asyncProperty(queries, async (q) => {
        let c;
        try {
          c = compileQuery(q, res);
        } catch (e) {
          assert.ok(e instanceof QueryError);
          return;
        }
        if (c.tree) await client.query('SELECT to_tsvector(\'simple\', \'x\') @@ $1::tsquery', [c.tsquery]);
      }),
      { numRuns: 1000 },
    );
  } finally {
    await client.end();
  }
});
