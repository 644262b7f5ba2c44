/**
 * The layout of a plain-text article (CONTRACT.md): the headline on the first non-empty line, an
 * optional subheadline on the next short line, then paragraphs separated by blank lines; a
 * dateline opens the first paragraph. Texts with one paragraph per line (no blank lines) and
 * hard-wrapped paragraphs are recognised too. CRLF stays in the text; every offset is exact.
 *
 * Headline and subheadline are paragraphs of their own as well, so that every word of the
 * article lies in exactly one paragraph and one sentence (extractors refer to sentences by index).
 */
import type { Range, Span } from '../analysis.js';
import type { Resources } from '../resources.js';
import { splitSentences } from '../text/sentences.js';
import { span, type Article, type ArticleMeta } from './article.js';
import { datelineLexicon } from './agencies.js';
import { parseAgencyMark, parseDateline, type DatelineParse } from './dateline.js';

export interface LayoutOptions {
  /**
   * The first line is known to be the headline (a JSON record's `title`). Without it the first
   * line is the headline when it is short, not alone and does not open with a dateline.
   */
  titled?: boolean;
}

interface Line extends Range {
  /** index of the blank-line-separated block the line belongs to */
  block: number;
}

/** Longest headline or subheadline, in characters; a longer first line is already the story. */
const MAX_HEADLINE = 200;
const MAX_SUBHEADLINE = 200;

// Spaces and invisible marks (bidi, zero width, BOM) that do not make a line non-empty.
const BLANK = /[\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

export function parseArticle(text: string, meta: ArticleMeta = {}, res?: Resources | null, opts: LayoutOptions = {}): Article {
  const lex = datelineLexicon(res);
  const lines = nonEmptyLines(text);
  let k = 0;
  let headline: Span | null = null;
  let subheadline: Span | null = null;
  const paragraphs: Range[] = [];

  const first = lines[0];
  if (first && (opts.titled || isHeadline(text, first, lines, lex))) {
    headline = span(text, first.start, first.end);
    paragraphs.push({ start: first.start, end: first.end });
    k = 1;
    const second = lines[1];
    if (second && !opts.titled && isSubheadline(text, second, lines, lex)) {
      subheadline = span(text, second.start, second.end);
      paragraphs.push({ start: second.start, end: second.end });
      k = 2;
    }
  }

  // The body: blocks separated by blank lines; lines inside a block are paragraphs of their own
  // unless the block looks hard-wrapped (lines that do not end a sentence).
  const body = lines.slice(k);
  for (let b = 0; b < body.length; ) {
    let e = b + 1;
    while (e < body.length && body[e]!.block === body[b]!.block) e++;
    const block = body.slice(b, e);
    if (block.length > 1 && isWrapped(text, block, lex)) paragraphs.push({ start: block[0]!.start, end: block[block.length - 1]!.end });
    else for (const l of block) paragraphs.push({ start: l.start, end: l.end });
    b = e;
  }

  // The dateline opens the first body paragraph (on its first line).
  let dateline: DatelineParse | null = null;
  const firstBody = paragraphs[headline ? (subheadline ? 2 : 1) : 0];
  if (firstBody) dateline = parseDateline(text, firstBody.start, lineEnd(text, firstBody.start, firstBody.end), lex);
  // a story repeating its title or a photo caption before the dateline: `…الجيش البوروندي يقتل 31 مسلحا⏎بوجومبورا - د.ب.أ: ذكر`
  const secondBody = paragraphs[paragraphs.indexOf(firstBody!) + 1];
  if (!dateline && firstBody && secondBody && firstBody.end - firstBody.start <= MAX_HEADLINE && !/[.!?؟:]$/u.test(text.slice(firstBody.start, firstBody.end))) {
    const d = parseDateline(text, secondBody.start, lineEnd(text, secondBody.start, secondBody.end), lex);
    if (d && (d.agency || d.date || d.byline)) dateline = d;
  }
  // a credit line of its own taken for the headline (`الدوحة - الوطن⏎⏎وقع المبعوث …`): with no dateline in the body,
  // its place is the story's dateline
  if (!dateline && headline && !opts.titled) {
    const d = parseDateline(text, headline.start, headline.end, lex);
    if (d?.place && d.bodyStart >= headline.end && d.strength === 'strong') dateline = d;
  }
  const last = paragraphs[paragraphs.length - 1];
  // an agency mark closing the story: `… (أ ف ب)`
  const mark = last ? parseAgencyMark(text, last.start, last.end, lex) : null;

  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  const agency = dateline?.agency ?? mark?.agency ?? null;
  return {
    id: meta.id ?? null,
    text,
    published: meta.published ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    headline,
    subheadline,
    dateline: dateline?.place
      ? {
          place: dateline.place,
          entity: null,
          agency,
          byline: dateline.byline,
          date: dateline.date,
        }
      : null,
    paragraphs,
    sentences,
    credit: dateline || mark ? { span: dateline?.span ?? null, agency, agencyEn: dateline?.agency ? dateline.agencyEn : mark?.agencyEn ?? null, byline: dateline?.byline ?? null, bodyStart: dateline?.bodyStart ?? null } : null,
  };
}

/** Non-empty lines, trimmed, with the blank-line-separated block each belongs to. */
function nonEmptyLines(text: string): Line[] {
  const out: Line[] = [];
  let block = 0;
  let sawBlank = false;
  const re = /[^\r\n]*(?:\r\n|\n|\r|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text)) && m[0].length) {
    let s = m.index;
    let e = m.index + m[0].replace(/[\r\n]+$/, '').length;
    while (s < e && BLANK.test(text[s]!)) s++;
    while (e > s && BLANK.test(text[e - 1]!)) e--;
    if (e === s) {
      sawBlank = true;
      continue;
    }
    if (sawBlank && out.length) block++;
    sawBlank = false;
    out.push({ start: s, end: e, block });
  }
  return out;
}

function lineEnd(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return end;
}

const SENTENCE_END = /[.!?؟…:»"”)\]]$/u;

function isHeadline(text: string, line: Line, lines: Line[], lex: ReturnType<typeof datelineLexicon>): boolean {
  if (lines.length < 2) return false;
  if (line.end - line.start > MAX_HEADLINE) return false;
  // a long first line closed by a full stop is the story's first sentence (headlines carry no stop)
  if (/[.؟?!]$/u.test(text.slice(line.start, line.end)) && line.end - line.start > 80) return false;
  const d = parseDateline(text, line.start, line.end, lex);
  // a credit line or a dateline running into the story; a bare `place - name` line may be a title
  if (d && (d.agency || d.date || d.bodyStart < line.end)) return false;
  // a first line that is a whole sentence inside a wrapped block is the story, not a headline
  const block = lines.filter((l) => l.block === line.block);
  if (block.length >= 3 && isWrapped(text, block, lex)) return false;
  return true;
}

function isSubheadline(text: string, line: Line, lines: Line[], lex: ReturnType<typeof datelineLexicon>): boolean {
  if (lines.length < 3) return false;
  const len = line.end - line.start;
  if (len > MAX_SUBHEADLINE) return false;
  const s = text.slice(line.start, line.end);
  if (s.trim().split(/\s+/).length < 2) return false;
  // a subheadline is a phrase, not a sentence of the story
  if (/[.!?؟]$/u.test(s) && len > 80) return false;
  if (parseDateline(text, line.start, line.end, lex)) return false;
  return true;
}

/** A block whose long lines (but the last) mostly stop mid-sentence is one hard-wrapped paragraph. */
function isWrapped(text: string, block: Line[], lex: ReturnType<typeof datelineLexicon>): boolean {
  // a line opening with a credit starts a story of its own (a digest: `…البلاد⏎بوجومبورا - د.ب.أ: ذكر …`)
  for (const l of block.slice(1)) {
    const d = parseDateline(text, l.start, l.end, lex);
    if (d && (d.agency || d.date)) return false;
  }
  let open = 0;
  for (const l of block.slice(0, -1)) if (!SENTENCE_END.test(text.slice(l.start, l.end))) open++;
  return open * 2 > block.length - 1 && block.slice(0, -1).every((l) => l.end - l.start >= 50);
}
