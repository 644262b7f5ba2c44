/**
 * Auto-names: how a trained first pass labels each word across unlabelled text (SaudiNewsNet), aggregated
 * over all its occurrences — a lexicon that a tagger induces for itself (a word the first pass labels PERS in
 * 80 % of its 300 occurrences is a personal name even where the sentence around it says little). The
 * labeller reads the result (data/models/auto-names.tsv, `parseAuto` in ner-lexicons.ts) as features.
 *
 * Training has to build it without leaking: a training sentence's auto-name features come from a first pass
 * that did not see that sentence (jackknife, as for the second pass), else the evidence would look more
 * reliable in training than it is on new text (train-cli.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { rawTokens } from '../../text/tokenize.js';
import { wordKey } from '../../extract/entities/ner-lexicons.js';

const SENTENCE_END = new Set(['.', '؟', '?', '!', '،.']);
const MAX_SENTENCE = 60;
const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/u;

/**
 * Sentences (token strings) of SaudiNewsNet's articles, in file order, until `maxTokens` tokens: the
 * tokenizer's tokens, cut at sentence-final punctuation and after 60 tokens.
 */
export function loadUnlabelled(dir: string, maxTokens: number): string[][] {
  const out: string[][] = [];
  let tokens = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.zip')).sort()) {
    const zip = unzipSync(readFileSync(join(dir, f)));
    for (const name of Object.keys(zip).sort()) {
      for (const a of JSON.parse(strFromU8(zip[name]!)) as Array<{ content?: string }>) {
        let cur: string[] = [];
        for (const t of rawTokens(a.content ?? '')) {
          cur.push(t.text);
          if (SENTENCE_END.has(t.text) || cur.length >= MAX_SENTENCE) (out.push(cur), (tokens += cur.length), (cur = []));
        }
        if (cur.length) out.push(cur), (tokens += cur.length);
        if (tokens >= maxTokens) return out;
      }
    }
  }
  return out;
}

/** Per word (match key): occurrences, and how many of them the tagger put inside a name of each type. */
export class AutoCounts {
  private readonly total = new Map<string, number>();
  private readonly typed = new Map<string, Map<string, number>>();

  add(words: readonly string[], labels: readonly string[]): void {
    words.forEach((w, i) => {
      const key = wordKey(w);
      if (!ARABIC_WORD.test(key)) return;
      this.total.set(key, (this.total.get(key) ?? 0) + 1);
      const lab = labels[i]!;
      if (lab === 'O') return;
      const m = this.typed.get(key) ?? new Map<string, number>();
      m.set(lab.slice(2), (m.get(lab.slice(2)) ?? 0) + 1);
      this.typed.set(key, m);
    });
  }

  /**
   * auto-names.tsv: `word<TAB>occurrences<TAB>TYPE:share,…` for the words labelled inside a name of a type
   * at least `minNamed` times and in ≥ 3 % of their occurrences, and (no types) the other words seen at
   * least `minPlain` times.
   */
  toTsv(minNamed = 3, minPlain = 10): string {
    const lines = ['# auto-names: word<TAB>occurrences<TAB>TYPE:share of them labelled inside a name of that type — the first pass on SaudiNewsNet (src/train/ner/auto-names.ts; data/models/README.md)'];
    for (const [w, n] of [...this.total].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const m = this.typed.get(w);
      const types = m ? [...m].filter(([, c]) => c >= minNamed && c / n >= 0.03).sort((a, b) => b[1] - a[1]) : [];
      if (types.length) lines.push(`${w}\t${n}\t${types.map(([t, c]) => `${t}:${(c / n).toFixed(3)}`).join(',')}`);
      else if (n >= minPlain) lines.push(`${w}\t${n}\t`);
    }
    return lines.join('\n') + '\n';
  }
}
