#!/usr/bin/env node
// Quotes and PLOVER events on Rasid's hand-annotated articles (eval/events/*.jsonl, written for Rasid):
//   quote speaker attribution P/R/F1 (a predicted quote covering the gold anchor, with the gold speaker),
//   event P/R/F1 on type + actor set (same sentence), a lenient variant (actor sets overlap),
//   ASSAULT and PROTEST sentence-level precision/recall.
// Two entity layers: "oracle" (the annotated entities, measuring quotes/events alone) and "pipeline"
// (Rasid's own entity recogniser and linker; predicted entities are mapped to gold ones by mention overlap).
//   npm run build && node scripts/eval-events.mjs [--errors] [--split dev|test] [--mode oracle|pipeline]
import { readFileSync, existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const opt = (k) => (args.includes(k) ? args[args.indexOf(k) + 1] : null);
const showErrors = args.includes('--errors');
const splits = opt('--split') ? [opt('--split')] : ['dev', 'test', 'test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'test9', 'test10', 'test11', 'test12', 'test13', 'test14', 'test15', 'test16', 'test17', 'test18', 'test19', 'test20', 'test21', 'test22', 'test23', 'test24', 'test25', 'test26', 'test27', 'test28'];
const modes = opt('--mode') ? [opt('--mode')] : ['oracle', 'pipeline'];

const { fileResources } = await import(new URL('../dist/node/resources.js', import.meta.url));
const { analyzeWithHandEntities } = await import(new URL('../dist/extract/discourse/test-kit.js', import.meta.url));
const { handEntities } = await import(new URL('../dist/extract/discourse/hand-entities.js', import.meta.url));
const { analyzeArticle } = await import(new URL('../dist/analyze.js', import.meta.url));
const { parseArticle } = await import(new URL('../dist/document/layout.js', import.meta.url));
const res = fileResources();

const prf = (tp, np, ng) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x) => (100 * x).toFixed(1).padStart(5);

/** predicted entity id → gold entity id, by overlapping mentions */
function entityMap(text, goldSpecs, predicted) {
  const gold = handEntities(text, goldSpecs);
  const map = new Map();
  for (const p of predicted) {
    let best = null;
    let bestN = 0;
    for (const g of gold) {
      let n = 0;
      for (const pm of p.mentions) for (const gm of g.mentions) if (pm.start < gm.end && gm.start < pm.end) n++;
      if (n > bestN) (best = g.id), (bestN = n);
    }
    if (best) map.set(p.id, best);
  }
  return map;
}

function sentenceOf(sentences, text, snippet) {
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`snippet not in text: ${snippet}`);
  return sentences.findIndex((s) => at >= s.start && at < s.end);
}

const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

for (const split of splits) {
  const file = `${root}eval/events/${split}.jsonl`;
  if (!existsSync(file)) continue;
  const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const mode of modes) {
    const c = { qtp: 0, qp: 0, qg: 0, etp: 0, elen: 0, ep: 0, eg: 0, sent: { ASSAULT: { tp: 0, p: 0, g: 0 }, PROTEST: { tp: 0, p: 0, g: 0 } }, ms: 0, words: 0, entitiesFound: 0 };
    const errors = [];
    for (const d of docs) {
      let a;
      let idMap;
      const t0 = performance.now();
      if (mode === 'oracle') {
        a = analyzeWithHandEntities(d.text, d.entities, res, d.published);
        idMap = new Map(a.entities.map((e) => [e.id, e.id]));
        a.sentences = a.article.sentences;
      } else {
        a = analyzeArticle(parseArticle(d.text, { id: d.id, published: d.published }, res), res);
        idMap = entityMap(d.text, d.entities, a.entities);
        c.entitiesFound += a.entities.length;
      }
      c.ms += performance.now() - t0;
      c.words += d.text.split(/\s+/).length;
      const m = (id) => (id == null ? null : idMap.get(id) ?? `?${id}`);
      const sentences = a.sentences;
      // quotes
      const used = new Set();
      c.qp += a.quotes.length;
      c.qg += d.quotes.length;
      for (const g of d.quotes) {
        const at = d.text.indexOf(g.anchor);
        const q = a.quotes.find((q, k) => !used.has(k) && q.start <= at && at < q.end);
        if (q) used.add(a.quotes.indexOf(q));
        if (q && m(q.speaker) === g.speaker) c.qtp++;
        else errors.push(`QUOTE ${d.id} "${g.anchor}" gold ${g.speaker} got ${q ? `${m(q.speaker)} (${q.text.slice(0, 30)})` : 'none'}`);
      }
      a.quotes.forEach((q, k) => { if (!used.has(k)) errors.push(`QUOTE+ ${d.id} extra "${q.text.slice(0, 40)}" speaker ${m(q.speaker)}`); });
      // events
      const pred = a.events.filter((e) => !e.negated).map((e) => ({ type: e.type, sentence: e.sentence, actor: [...new Set(e.actor.map(m))], trigger: e.trigger.text, recipient: e.recipient.map(m) }));
      const gold = d.events.map((g) => ({ ...g, sentence: sentenceOf(sentences, d.text, g.in) }));
      c.ep += pred.length;
      c.eg += gold.length;
      const usedP = new Set();
      const usedL = new Set();
      for (const g of gold) {
        const k = pred.findIndex((p, i) => !usedP.has(i) && p.type === g.type && p.sentence === g.sentence && sameSet(p.actor, g.actor));
        if (k >= 0) {
          usedP.add(k);
          c.etp++;
        } else errors.push(`EVENT ${d.id} s${g.sentence} ${g.type} actor [${g.actor}] → got ${JSON.stringify(pred.filter((p) => p.sentence === g.sentence).map((p) => [p.type, p.trigger, p.actor.join('+'), p.recipient.join('+')]))}`);
        const l = pred.findIndex((p, i) => !usedL.has(i) && p.type === g.type && p.sentence === g.sentence && (p.actor.some((x) => g.actor.includes(x)) || (!p.actor.length && !g.actor.length)));
        if (l >= 0) {
          usedL.add(l);
          c.elen++;
        }
      }
      pred.forEach((p, i) => { if (!usedP.has(i)) errors.push(`EVENT+ ${d.id} s${p.sentence} ${p.type} "${p.trigger}" actor [${p.actor}] rec [${p.recipient}]`); });
      // sentence-level ASSAULT / PROTEST
      for (const type of ['ASSAULT', 'PROTEST']) {
        const gs = new Set((type === 'ASSAULT' ? d.assault : d.protest).map((s) => sentenceOf(sentences, d.text, s)));
        const ps = new Set(pred.filter((p) => p.type === type).map((p) => p.sentence));
        const s = c.sent[type];
        s.g += gs.size;
        s.p += ps.size;
        for (const x of ps) if (gs.has(x)) s.tp++;
        for (const x of ps) if (!gs.has(x)) errors.push(`${type}-SENT+ ${d.id} s${x}`);
        for (const x of gs) if (!ps.has(x)) errors.push(`${type}-SENT- ${d.id} s${x}`);
      }
    }
    const q = prf(c.qtp, c.qp, c.qg);
    const e = prf(c.etp, c.ep, c.eg);
    const el = prf(c.elen, c.ep, c.eg);
    const sa = prf(c.sent.ASSAULT.tp, c.sent.ASSAULT.p, c.sent.ASSAULT.g);
    const sp = prf(c.sent.PROTEST.tp, c.sent.PROTEST.p, c.sent.PROTEST.g);
    console.log(`\n${split} (${docs.length} articles, ${c.words} words), ${mode} entities${mode === 'pipeline' ? ` (${c.entitiesFound} predicted)` : ''}:`);
    console.log(`  quote speaker attribution   P ${pct(q.p)}  R ${pct(q.r)}  F1 ${pct(q.f)}   (${c.qtp}/${c.qp} predicted, ${c.qg} gold)`);
    console.log(`  events, type + actor set    P ${pct(e.p)}  R ${pct(e.r)}  F1 ${pct(e.f)}   (${c.etp}/${c.ep} predicted, ${c.eg} gold)`);
    console.log(`  events, actors overlapping  P ${pct(el.p)}  R ${pct(el.r)}  F1 ${pct(el.f)}`);
    console.log(`  ASSAULT sentences           P ${pct(sa.p)}  R ${pct(sa.r)}              (${c.sent.ASSAULT.tp}/${c.sent.ASSAULT.p} predicted, ${c.sent.ASSAULT.g} gold)`);
    console.log(`  PROTEST sentences           P ${pct(sp.p)}  R ${pct(sp.r)}              (${c.sent.PROTEST.tp}/${c.sent.PROTEST.p} predicted, ${c.sent.PROTEST.g} gold)`);
    console.log(`  ${(c.ms / docs.length).toFixed(1)} ms per article (${mode === 'oracle' ? 'tokens, times, quotes, events' : 'whole pipeline'})`);
    if (showErrors) for (const x of errors) console.log('   ', x);
  }
}

// Speed of quotes + events alone on a ~700-word article (the seed story and a sample), CPU time per call.
{
  const { join } = await import('node:path');
  const seedPath = join(root, '..', 'shared', 'corpus', 'seed', 'aleppo.txt');
  if (!existsSync(seedPath)) console.log('\nspeed: skipped (../shared/corpus/seed/aleppo.txt absent)');
  else {
    const { tokenize } = await import(new URL('../dist/text/analyzer.js', import.meta.url));
    const { extractEntities } = await import(new URL('../dist/extract/entities/index.js', import.meta.url));
    const { extractTimes } = await import(new URL('../dist/extract/times/index.js', import.meta.url));
    const { extractQuotes } = await import(new URL('../dist/extract/quotes/index.js', import.meta.url));
    const { extractEvents } = await import(new URL('../dist/extract/events/index.js', import.meta.url));
    const extra = readFileSync(join(root, 'samples', 'beirut-protests.txt'), 'utf8').split('\n').slice(2).join('\n');
    const text = readFileSync(seedPath, 'utf8') + '\n\n' + extra;
    const article = parseArticle(text, { published: '2016-12-07' }, res);
    const runs = 40;
    let cq = 0;
    let ce = 0;
    let nq = 0;
    let ne = 0;
    for (let k = 0; k < runs + 3; k++) {
      const ctx = { article, tokens: tokenize(text, res), res }; // a fresh context: nothing shared between runs
      const entities = extractEntities(ctx);
      const times = extractTimes(ctx);
      let c0 = process.cpuUsage();
      const quotes = extractQuotes(ctx, entities);
      const c1 = process.cpuUsage(c0);
      c0 = process.cpuUsage();
      const events = extractEvents(ctx, { entities, times, quotes });
      const c2 = process.cpuUsage(c0);
      if (k < 3) continue; // warm-up (lexicons parsed once per process)
      cq += c1.user + c1.system;
      ce += c2.user + c2.system;
      nq = quotes.length;
      ne = events.length;
    }
    console.log(`\nspeed on a ${text.split(/\s+/).length}-word article: quotes ${(cq / runs / 1000).toFixed(2)} ms, events ${(ce / runs / 1000).toFixed(2)} ms CPU per article (${nq} quotes, ${ne} events)`);
  }
}
