/** For the time-expression tests: tags a text (published 2016-12-07 by default), checking every span's offsets. */
import assert from 'node:assert/strict';
import type { TimeExpression } from '../analysis.js';
import { tagTimes } from '../extract/times/index.js';
import { fileResources } from '../node/resources.js';

export const timesRes = fileResources();
/** the default publication date, a Wednesday */
export const PUB = '2016-12-07';

/** the expressions of a text */
export function tags(text: string, published: string | null = PUB): TimeExpression[] {
  const out = tagTimes(text, published, timesRes);
  for (const t of out) assert.equal(text.slice(t.start, t.end), t.text, 'span offsets point at the original text');
  return out;
}

/** the one expression of a text (fails when there is not exactly one) */
export function one(text: string, published: string | null = PUB): TimeExpression {
  const out = tags(text, published);
  assert.equal(out.length, 1, `one expression in «${text}», got ${JSON.stringify(out)}`);
  return out[0]!;
}

/** the one expression of a text as [span, value, type] */
export function value(text: string, published: string | null = PUB): [string, string | null, string] {
  const t = one(text, published);
  return [t.text, t.value, t.type];
}
