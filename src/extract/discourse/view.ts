/**
 * A view of an analysed article for the extractors that read grammar off the surface: its word tokens
 * per sentence, which tokens belong to entity mentions and time expressions, and which lie inside
 * quotation marks. Built once per article; everything is token indices and UTF-16 offsets.
 */
import type { Entity, Range, TimeExpression } from '../../analysis.js';
import type { Token } from '../../text/analyzer.js';
import { matchKey } from '../../text/normalize.js';

export interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
  /** index of the mention's first token */
  first: number;
  /** index after the mention's last token */
  last: number;
}

export interface QuoteMarks {
  open: number;
  close: number;
  /** offsets just inside the marks */
  innerStart: number;
  innerEnd: number;
}

export class DocView {
  readonly tokens: Token[];
  /** match key of each token (latin lower-cased) */
  readonly keys: string[];
  readonly sentences: Range[];
  readonly paragraphs: Range[];
  /** sentence index of each token */
  readonly tokSentence: Int32Array;
  /** mention covering each token (the longest where mentions nest) */
  readonly tokMention: Array<MentionRef | null>;
  /** time expression covering each token */
  readonly tokTime: Array<TimeExpression | null>;
  readonly mentions: MentionRef[];
  readonly entityById = new Map<string, Entity>();
  /** first token index of each sentence, and one past the last */
  readonly sentFirst: Int32Array;
  readonly sentEnd: Int32Array;

  /** offset where the article body starts after a dateline (هامبورغ - …), 0 without one */
  bodyStart = 0;

  /** demonym match key → knowledge-base id of its country, also for countries the article does not name */
  readonly demonymOf: (key: string) => string | null;

  constructor(
    readonly text: string,
    tokens: Token[],
    sentences: Range[],
    paragraphs: Range[],
    entities: Entity[],
    readonly times: TimeExpression[] = [],
    /** demonym match key → knowledge-base id of its country (الأميركي → country:USA) */
    demonyms: ((key: string) => string | null) | null = null,
  ) {
    this.tokens = tokens;
    this.demonymOf = demonyms ?? (() => null);
    this.keys = tokens.map((t) => (t.kind === 'word' ? t.norm : t.norm.toLowerCase()));
    this.sentences = sentences.length ? sentences : [{ start: 0, end: text.length }];
    this.paragraphs = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
    const n = tokens.length;
    this.tokSentence = new Int32Array(n);
    this.sentFirst = new Int32Array(this.sentences.length).fill(-1);
    this.sentEnd = new Int32Array(this.sentences.length);
    let s = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      while (s < this.sentences.length - 1 && t.start >= this.sentences[s]!.end) s++;
      this.tokSentence[i] = s;
      if (this.sentFirst[s] === -1) this.sentFirst[s] = i;
      this.sentEnd[s] = i + 1;
    }
    for (let k = 0; k < this.sentences.length; k++) if (this.sentFirst[k] === -1) this.sentFirst[k] = this.sentEnd[k] = k > 0 ? this.sentEnd[k - 1]! : 0;

    this.tokMention = new Array(n).fill(null);
    const refs: MentionRef[] = [];
    for (const e of entities) {
      this.entityById.set(e.id, e);
      for (const m of e.mentions) {
        const first = this.tokenAt(m.start);
        if (first < 0) continue;
        let last = first;
        while (last < n && tokens[last]!.start < m.end) last++;
        refs.push({ entity: e, start: m.start, end: m.end, first, last });
      }
    }
    refs.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const r of refs) {
      for (let i = r.first; i < r.last; i++) {
        const cur = this.tokMention[i];
        if (!cur || cur.end - cur.start < r.end - r.start) this.tokMention[i] = r;
      }
    }
    // a relative adjective of a country named in the article stands for it (الجانب الأميركي → the USA entity)
    if (demonyms) {
      const byKb = new Map<string, Entity>();
      for (const e of entities) if (e.kb && !byKb.has(e.kb)) byKb.set(e.kb, e);
      for (let i = 0; i < n; i++) {
        if (this.tokMention[i] || tokens[i]!.kind !== 'word') continue;
        const key = this.keys[i]!;
        const bare = key.replace(/^[وف]/, '');
        const cands = [key, bare, bare.replace(/^(ب|ل|ك)/, ''), bare.startsWith('لل') ? 'ال' + bare.slice(2) : ''];
        let kb: string | null = null;
        let used = -1;
        for (let c = 0; c < cands.length && !kb; c++) if (cands[c] && cands[c]!.length > 3 && (kb = demonyms(cands[c]!))) used = c;
        const e = kb ? byKb.get(kb) : undefined;
        if (!e) continue;
        // the clitics outside the adjective: و (والبريطانية), ب/ل (بالرئيس … is not an adjective, للروسي is)
        const prefix = (key !== bare ? 1 : 0) + (used === 2 ? 1 : used === 3 ? 1 : 0);
        const r: MentionRef = { entity: e, start: Math.min(tokens[i]!.end - 1, tokens[i]!.start + prefix), end: tokens[i]!.end, first: i, last: i + 1 };
        this.tokMention[i] = r;
        refs.push(r);
      }
      refs.sort((a, b) => a.start - b.start || b.end - a.end);
    }
    this.mentions = refs;
    this.tokTime = new Array(n).fill(null);
    this.setTimes(times);
  }

  /**
   * وأوضح شرفي … after «محمد شرفي»: a person's last name alone, after the person was named in full, refers back
   * to that person when the entity layer left it unlinked (names shared by two persons, short names and words of
   * the closed classes `skip` says are excluded). The view gains the mentions; the entities are not changed.
   */
  addSurnameMentions(skip: (key: string) => boolean): void {
    const byLast = new Map<string, { entity: Entity; from: number } | null>();
    for (const e of this.entityById.values()) {
      if (e.type !== 'PER' || !e.mentions.length) continue;
      const words = matchKey(e.name).split(/\s+/);
      const last = words[words.length - 1]!;
      if (words.length < 2 || last.length < 4 || skip(last)) continue;
      const from = Math.min(...e.mentions.map((m) => m.start));
      byLast.set(last, byLast.has(last) && byLast.get(last)?.entity !== e ? null : { entity: e, from });
    }
    if (!byLast.size) return;
    let added = false;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (this.tokMention[i] || t.kind !== 'word') continue;
      const key = this.keys[i]!;
      const bare = key.replace(/^[وف]/, '');
      const hit = byLast.get(key) ?? (bare !== key ? byLast.get(bare) : undefined);
      if (!hit || t.start < hit.from) continue;
      const start = byLast.get(key) ? t.start : t.start + 1;
      const r: MentionRef = { entity: hit.entity, start, end: t.end, first: i, last: i + 1 };
      this.tokMention[i] = r;
      this.mentions.push(r);
      added = true;
    }
    if (added) this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Marks the tokens of the time expressions (replacing earlier ones). */
  setTimes(times: TimeExpression[]): void {
    if (times === this.times && this.tokTime.some((t) => t)) return;
    (this as { times: TimeExpression[] }).times = times;
    this.tokTime.fill(null);
    const n = this.tokens.length;
    for (const t of times) {
      for (let i = Math.max(0, this.tokenAt(t.start)); i < n && this.tokens[i]!.start < t.end; i++) {
        if (this.tokens[i]!.end > t.start) this.tokTime[i] = t;
      }
    }
  }

  /** Index of the token containing or following offset (binary search), -1 past the end. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.tokens.length ? lo : -1;
  }

  sentenceOf(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  paragraphOf(offset: number): number {
    for (let p = 0; p < this.paragraphs.length; p++) if (offset < this.paragraphs[p]!.end) return p;
    return this.paragraphs.length - 1;
  }

  isWord(i: number): boolean {
    const k = this.tokens[i]?.kind;
    return k === 'word' || k === 'latin';
  }

  /**
   * The proclitic letters of token i that lie outside its entity mention (ببروكسل with mention بروكسل → ب),
   * or, where the mention covers the whole token, the clitics its key has beyond the entity's own name.
   */
  mentionPrefix(i: number): string {
    const m = this.tokMention[i];
    const t = this.tokens[i]!;
    if (!m) return '';
    if (m.start > t.start && i === m.first) return matchKey(this.text.slice(t.start, m.start));
    if (i !== m.first) return '';
    const key = this.keys[i]!;
    for (const w of matchKey(m.entity.name).split(/\s+/)) {
      if (!w) continue;
      if (key === w) return '';
      // (the article is no clitic: the form الجماعة of جماعة الحوثي has none)
      if (key.endsWith(w)) return key.slice(0, key.length - w.length).replace(/ال$/, '');
      // للأسد = ل + الأسد
      if (w.startsWith('ال') && key.endsWith('ل' + w.slice(1)) && key.length >= w.length) return key.slice(0, key.length - w.length) + 'ل';
    }
    return '';
  }
}
