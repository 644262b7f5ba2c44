/** End to end: `rasid tag --conll` as outside programs run it (bin/rasid spawned). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { BLOCK, MAX_LINES } from './tag.js';
import { runRasid } from '../../testing/cli.js';

const rasid = (args: string[], input?: string | Buffer) => runRasid(args, { input });
const dir = mkdtempSync(join(tmpdir(), 'rasid-tag-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const CONLL = ['وقال O', 'وزير O', 'الخارجية O', 'جون B-PERS', 'كيري I-PERS', 'في O', 'هامبورغ B-LOC', '. O', '', '', 'ودعا', 'لافروف', 'إلى', 'وقف', 'المعارك', 'في', 'حلب', '.', ''].join('\n');

test('tag --conll: same lines, token<TAB>tag, blank lines kept, extra fields ignored, IOB2 tags', () => {
  const file = join(dir, 'in.conll');
  writeFileSync(file, CONLL);
  const r = rasid(['tag', '--conll', file]);
  assert.equal(r.code, 0, r.err);
  const inLines = CONLL.split('\n').slice(0, -1); // the final newline ends the last line
  const outLines = r.out.split('\n').slice(0, -1);
  assert.equal(outLines.length, inLines.length);
  inLines.forEach((l, i) => {
    if (!l.trim()) return assert.equal(outLines[i], '');
    const [tok, tag] = outLines[i]!.split('\t');
    assert.equal(tok, l.split(/\s+/)[0]);
    assert.match(tag!, /^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
  });
  const tags = outLines.map((l) => l.split('\t')[1] ?? '');
  assert.deepEqual(tags.slice(3, 5), ['B-PERS', 'I-PERS']);
  assert.equal(tags[6], 'B-LOC');
  assert.equal(tags[11], 'B-PERS');
  assert.equal(tags[16], 'B-LOC');
  // standard input gives the same answer
  assert.equal(rasid(['tag', '--conll', '-'], CONLL).out, r.out);
});

test('tag --conll: a long input is streamed in blocks and keeps every line; CRLF and a BOM are accepted', () => {
  const sentence = ['وصل', 'الرئيس', 'إلى', 'باريس', 'أمس', '.'];
  const lines: string[] = [];
  for (let s = 0; s < BLOCK * 3 + 7; s++) lines.push(...sentence, '');
  const r = rasid(['tag', '--conll', '-'], '\uFEFF' + lines.join('\r\n') + '\r\n');
  assert.equal(r.code, 0, r.err);
  const out = r.out.split('\n');
  assert.equal(out[out.length - 1], '');
  assert.equal(out.length - 1, lines.length);
  assert.equal(out.filter((l) => l === 'باريس\tB-LOC').length, BLOCK * 3 + 7);
});

test('tag: clear errors and exit codes', () => {
  let r = rasid(['tag', join(dir, 'x')]);
  assert.equal(r.code, 2);
  assert.match(r.err, /^rasid: tag: say --conll/);
  r = rasid(['tag', '--conll']);
  assert.equal(r.code, 2);
  r = rasid(['tag', '--conll', join(dir, 'missing.conll')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /^rasid: .*missing\.conll: no such file\n$/);
  r = rasid(['tag', '--conll', dir]);
  assert.equal(r.code, 1);
  assert.match(r.err, /is a directory/);
  const bin = join(dir, 'bin.conll');
  writeFileSync(bin, Buffer.from([0x41, 0x00, 0x42, 0x0a]));
  r = rasid(['tag', '--conll', bin]);
  assert.equal(r.code, 1);
  assert.match(r.err, /binary file/);
  const bad = join(dir, 'bad.conll');
  writeFileSync(bad, Buffer.from([0xd8, 0xad, 0x0a, 0xff, 0xfe, 0x0a]));
  r = rasid(['tag', '--conll', bad]);
  assert.equal(r.code, 1);
  assert.match(r.err, /not valid UTF-8/);
  assert.doesNotMatch(r.err, /at .*\.js:\d+/);
});

test('tag --conll: empty input gives empty output', () => {
  const r = rasid(['tag', '--conll', '-'], '');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
});

test('tag --conll: an input without blank lines is labelled in bounded slices, every line kept', () => {
  const n = MAX_LINES + 123;
  const words = ['في', 'باريس', 'و', 'لندن'];
  const input = Array.from({ length: n }, (_, i) => words[i % 4]).join('\n') + '\n';
  const r = rasid(['tag', '--conll', '-'], input);
  assert.equal(r.code, 0, r.err);
  const out = r.out.split('\n').slice(0, -1);
  assert.equal(out.length, n);
  assert.ok(out.every((l, i) => l.split('\t')[0] === words[i % 4] && /^(O|[BI]-(PERS|LOC|ORG|MISC))$/.test(l.split('\t')[1]!)));
});
