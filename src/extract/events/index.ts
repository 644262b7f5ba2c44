import type { Event } from '../../analysis.js';
import type { EarlierResults, ExtractContext } from '../context.js';

/** PLOVER-coded events with actors, recipients, location and date. */
export function extractEvents(_ctx: ExtractContext, _earlier: EarlierResults): Event[] {
  return [];
}
