// The extraction rules compare words by their match keys (src/text/normalize.ts), in which أ إ آ → ا, ى → ي, ة → ه and
// ؤ ئ → ء. A word written with those letters in a rule that tests keys can never match: «هؤلاء» in a regex over keys
// is dead (the key is هءلاء), and so was «مؤتمر» in a set of naming nouns. This test reads the rule sources and lists
// such literals: in a regular expression tested on a key, or in a Set literal not built through matchKey.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../node/resources.js';

const NEVER_IN_KEYS = /[أإآٱؤئىة]/;

function ruleSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...ruleSources(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** Words of a regex source outside its character classes ([اأإ] is a class that also admits the key's letter). */
const regexWords = (source: string): string => source.replace(/\[(?:\\.|[^\]\\])*\]/g, '');

/** Findings on one source line: dead key literals, as `file:line: literal`. */
function deadLiterals(file: string, line: string, n: number): string[] {
  const found: string[] = [];
  // /…/.test(view.keys[k]) · /…/.test(key) · /…/.test(sc.k(j)) — a regex tested on a key
  for (const m of line.matchAll(/\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n])+)\/[a-z]*\.test\(\s*(?:view\.keys\[|keys\[|key\b|k\b|sc\.k\()/g)) {
    if (NEVER_IN_KEYS.test(regexWords(m[1]!))) found.push(`${file}:${n}: /${m[1]}/`);
  }
  // new Set(['…', …]) not passed through .map(matchKey) / nameKey — a set of keys
  for (const m of line.matchAll(/new Set\(\[([^\]]*)\]\)/g)) {
    const words = [...m[1]!.matchAll(/'([^']*)'/g)].map((w) => w[1]!);
    const bad = words.filter((w) => NEVER_IN_KEYS.test(w));
    if (bad.length) found.push(`${file}:${n}: Set with ${bad.join(' ')}`);
  }
  return found;
}

test('rules compare keys with literals written as keys (no أ إ آ ى ة ؤ ئ where a match key is tested)', () => {
  const root = join(packageRoot, 'src', 'extract');
  const findings: string[] = [];
  for (const file of ruleSources(root)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      findings.push(...deadLiterals(file.slice(root.length + 1), line, i + 1));
    });
  }
  assert.deepEqual(findings, []);
});

test('the check finds a dead literal and passes a live one', () => {
  assert.equal(deadLiterals('x.ts', "if (/^(هذا|هؤلاء)$/.test(view.keys[k - 1] ?? '')) continue;", 1).length, 1);
  assert.equal(deadLiterals('x.ts', "if (/^(هذا|هءلاء)$/.test(view.keys[k - 1] ?? '')) continue;", 1).length, 0);
  assert.equal(deadLiterals('x.ts', "if (/^(ب)?[اإأ]?ن(ه|ها)$/.test(view.keys[b]!)) {", 1).length, 0);
  assert.equal(deadLiterals('x.ts', "const S = new Set(['مؤتمر', 'حزب']);", 1).length, 1);
  assert.equal(deadLiterals('x.ts', "const S = new Set(['مؤتمر', 'حزب'].map(matchKey));", 1).length, 0);
});
