import type { TimeExpression } from '../../analysis.js';
import type { ExtractContext } from '../context.js';

/** Time expressions of an article, resolved against its publication date. */
export function extractTimes(_ctx: ExtractContext): TimeExpression[] {
  return [];
}
