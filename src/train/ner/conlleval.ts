/**
 * Entity-level scoring as conlleval does it: a chunk is a maximal run B-X I-X… (an I-X after O or after
 * another type also opens a chunk); a predicted chunk counts only when span and type both match a gold one.
 */

export interface Chunk {
  type: string;
  start: number;
  end: number;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScore extends TypeScore {
  byType: Record<string, TypeScore>;
  tokens: number;
  tokenAccuracy: number;
}

/** The chunks of an IOB2 (or IOB1) tag sequence. */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const type = tag === 'O' ? '' : tag.slice(2);
    const continues = cur !== null && prefix === 'I' && type === cur.type;
    if (cur && !continues) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (!cur && prefix !== 'O') cur = { type, start: i, end: i + 1 };
  }
  return out;
}

function finish(s: { tp: number; fp: number; fn: number }): TypeScore {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...s, precision, recall, f1 };
}

/** Micro-averaged and per-type scores over sentences of gold and predicted tags. */
export function conlleval(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): ConllScore {
  if (gold.length !== pred.length) throw new Error(`conlleval: ${gold.length} gold sentences but ${pred.length} predicted`);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => counts.get(t) ?? (counts.set(t, { tp: 0, fp: 0, fn: 0 }), counts.get(t)!);
  let tokens = 0;
  let correct = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = pred[s]!;
    if (g.length !== p.length) throw new Error(`conlleval: sentence ${s + 1} has ${g.length} gold tags but ${p.length} predicted`);
    for (let i = 0; i < g.length; i++) (tokens++, g[i] === p[i] && correct++);
    const gc = chunks(g);
    const pc = chunks(p);
    const key = (c: Chunk) => `${c.start}:${c.end}:${c.type}`;
    const goldSet = new Set(gc.map(key));
    const predSet = new Set(pc.map(key));
    for (const c of pc) goldSet.has(key(c)) ? get(c.type).tp++ : get(c.type).fp++;
    for (const c of gc) if (!predSet.has(key(c))) get(c.type).fn++;
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  const byType: Record<string, TypeScore> = {};
  for (const [t, c] of [...counts.entries()].sort()) {
    byType[t] = finish(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { ...finish(total), byType, tokens, tokenAccuracy: tokens ? correct / tokens : 0 };
}

/** A conlleval-like report. */
export function formatScore(s: ConllScore): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = [
    `tokens ${s.tokens}, token accuracy ${pct(s.tokenAccuracy)}%; entities: gold ${s.tp + s.fn}, found ${s.tp + s.fp}, correct ${s.tp}`,
    `${'ALL'.padEnd(5)} precision ${pct(s.precision)}%  recall ${pct(s.recall)}%  F1 ${pct(s.f1)}`,
  ];
  for (const [t, c] of Object.entries(s.byType)) lines.push(`${t.padEnd(5)} precision ${pct(c.precision)}%  recall ${pct(c.recall)}%  F1 ${pct(c.f1)}  (gold ${c.tp + c.fn}, found ${c.tp + c.fp})`);
  return lines.join('\n');
}
