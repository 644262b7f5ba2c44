#!/usr/bin/env node
// Precision and recall of the knowledge-base gazetteer as a mention finder, against ANERcorp's gold
// entities (../shared/data/anercorp/train.txt; skipped when absent). The linker runs with no recogniser
// mentions, so this measures what the KB alone finds: exact spans and types (PERS→PER), per type.
// A token of ANERcorp keeps its clitics (وألمانيا); a gazetteer span strips them, so a gold entity counts
// as found when the gazetteer span ends where it ends and starts inside its first token.
// Usage: npm run build && node scripts/eval-gazetteer.mjs [--limit SENTENCES] [--errors N]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const file = join(root, '..', 'shared', 'data', 'anercorp', 'train.txt');
if (!existsSync(file)) {
  console.log(`eval-gazetteer: skipped, ${file} absent`);
  process.exit(0);
}
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const limit = arg('--limit', Infinity);
const showErrors = arg('--errors', 0);
const { fileResources } = await import(join(root, 'dist/node/resources.js'));
const { parseArticle } = await import(join(root, 'dist/document/layout.js'));
const { tokenize } = await import(join(root, 'dist/text/analyzer.js'));
const { linkMentions } = await import(join(root, 'dist/extract/entities/link.js'));
const { loadKb } = await import(join(root, 'dist/kb/load.js'));
const { linkLexicon } = await import(join(root, 'dist/extract/entities/lexicon.js'));
const res = fileResources();
const kb = loadKb(res);
const lexicon = linkLexicon(res);

// sentences → text with gold spans (character offsets)
const sentences = [];
let cur = [];
for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
  if (!line.trim()) {
    if (cur.length) sentences.push(cur), (cur = []);
    continue;
  }
  const [w, tag] = line.split(/\s+/);
  cur.push([w, tag ?? 'O']);
}
if (cur.length) sentences.push(cur);
const TYPE = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };
const stats = {};
const st = (t) => (stats[t] ??= { tp: 0, fp: 0, fn: 0 });
const errors = { fp: [], fn: [] };
let n = 0;
const t0 = performance.now();
for (const sent of sentences.slice(0, limit)) {
  n++;
  let text = '';
  const gold = [];
  let open = null;
  for (const [w, tag] of sent) {
    if (text) text += ' ';
    const s = text.length;
    text += w;
    const [bio, type] = tag.split('-');
    if (bio === 'B' || (bio === 'I' && (!open || open.type !== TYPE[type]))) {
      if (open) gold.push(open);
      open = { start: s, end: text.length, firstEnd: text.length, type: TYPE[type] };
    } else if (bio === 'I') open.end = text.length;
    else if (open) gold.push(open), (open = null);
  }
  if (open) gold.push(open);
  const article = parseArticle(text, {}, res);
  if (article.text !== text) continue;
  const ents = linkMentions({ article, tokens: tokenize(text, res), mentions: [], kb, lexicon });
  const found = ents.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type, en: e.nameEn })));
  const used = new Set();
  for (const f of found) {
    const g = gold.find((g) => g.end === f.end && f.start >= g.start && f.start < g.firstEnd);
    if (g && g.type === f.type) {
      st(f.type).tp++;
      used.add(g);
    } else {
      st(f.type).fp++;
      if (errors.fp.length < 5000) errors.fp.push(`${f.text} → ${f.en} (${f.type}; gold ${g ? g.type : 'O'})`);
    }
  }
  for (const g of gold) if (!used.has(g)) {
    st(g.type).fn++;
    if (errors.fn.length < 5000) errors.fn.push(`${text.slice(g.start, g.end)} (${g.type})`);
  }
}
const pct = (x) => (100 * x).toFixed(1);
let all = { tp: 0, fp: 0, fn: 0 };
console.log(`eval-gazetteer: ${n} ANERcorp sentences, ${((performance.now() - t0) / n).toFixed(2)} ms/sentence`);
console.log('type   precision  recall   (tp/fp/fn)');
for (const [t, s] of Object.entries(stats).sort()) {
  all = { tp: all.tp + s.tp, fp: all.fp + s.fp, fn: all.fn + s.fn };
  console.log(`${t.padEnd(6)} ${pct(s.tp / (s.tp + s.fp || 1)).padStart(9)}  ${pct(s.tp / (s.tp + s.fn || 1)).padStart(6)}   (${s.tp}/${s.fp}/${s.fn})`);
}
console.log(`all    ${pct(all.tp / (all.tp + all.fp || 1)).padStart(9)}  ${pct(all.tp / (all.tp + all.fn || 1)).padStart(6)}   (${all.tp}/${all.fp}/${all.fn})`);
if (showErrors) {
  const top = (list) => {
    const c = new Map();
    for (const x of list) c.set(x, (c.get(x) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1]).slice(0, showErrors).map(([k, v]) => `  ${v} ${k}`).join('\n');
  };
  console.log('most frequent false positives:\n' + top(errors.fp));
  console.log('most frequent misses:\n' + top(errors.fn));
}
