/**
 * Time expressions of an article: every date, time, duration, set and range, with its exact span and its
 * value resolved against the publication date (`ctx.article.published`).
 *
 * Conventions of the output (CONTRACT.md `times`):
 * - `value` is ISO 8601: 2016, 2016-12, 2016-12-07, 2016-W49, 2016-12-07T18:00 (Z after a GMT time),
 *   P5D / PT1.5H for durations, `start/end` for ranges (named, inclusive ends: من 5 إلى 7 كانون الأول →
 *   2016-12-05/2016-12-07). A clock time with no day of its own is read on the publication day.
 *   Sets take an ISO 8601 repeating interval of their period (كل جمعة → R/P1W, يوميا → R/P1D, كل مساء →
 *   R/P1D) and keep the TIMEX3 set (XXXX-WXX-5, P1D, TEV) in `timex`. Seasons and country-specific national days
 *   have no ISO value (null). Without a publication date, relative expressions get value null.
 * - `timex` is the TIMEX3 value, which keeps what ISO cannot say: a part of the day (2016-12-07TEV),
 *   an unresolved weekday (XXXX-WXX-4), PRESENT_REF, a bare clock time (T17:00), a season (2017-SU).
 * - Where the test suites (Recognizers-Text, Duckling) and Arabic news disagree, the news reading wins:
 *   numeric dates are day first (08/12/2015 → 8 December; only the American «08/12, 2015» with a Latin
 *   comma is month first), الأحد المقبل is the coming Sunday (but الأربعاء المقبل said on a Tuesday is next
 *   week's: tomorrow would be غدا الأربعاء), a GMT time keeps its Z, 2014-2018 includes 2018. Where they
 *   agree and news does not contradict, the suites' reading is taken: plural decades are whole decades like
 *   the singular (العقدين الماضيين in 2016 → 1990/2009), قبل/حتى/بعد الساعة 8 is the day's range up to or
 *   from it, في 10 أيام after a request or alone counts from now. Parts of a month follow the word: أوائل/أواخر
 *   are its first or last ten days (as Duckling reads them), مطلع/بداية/نهاية its first or second half (as
 *   Recognizers does).
 * - Month names of every system, Hijri months and the Umm al-Qura calendar come from data files
 *   generated once from ICU/CLDR by scripts/gen-calendar-data.mjs (data/lexicons/months-cldr.json,
 *   umalqura.json); the core never calls Intl, so it runs the same in any browser. The rest of the
 *   vocabulary is hand-written: data/lexicons/times-ar.json and numbers-ar.json.
 * See tagger.ts for the walk and the rule modules, and tense.ts for how a bare weekday is put in the past or the future.
 */
import type { TimeExpression } from '../../analysis.js';
import type { Resources } from '../../resources.js';
import type { ExtractContext } from '../context.js';
import { parseAnchor } from './anchor.js';
import { timeLexicon } from './lexicon.js';
import { tagText } from './tagger.js';

export { parseAnchor } from './anchor.js';
export { parseNumberWords, numberLexicon } from './numbers.js';

/** Tags and resolves the time expressions of a text against a reference date (ISO 8601 or null). */
export function tagTimes(text: string, published: string | null, res: Resources): TimeExpression[] {
  return tagText(text, timeLexicon(res), parseAnchor(published));
}

export function extractTimes(ctx: ExtractContext): TimeExpression[] {
  return tagTimes(ctx.article.text, ctx.article.published, ctx.res);
}
