/**
 * The seam between recognition and linking: the recogniser (recognize.ts, a learned sequence labeller)
 * finds mention spans with types; linking (link.ts) merges them into entities and links them to the KB.
 */
import type { EntityType } from '../../analysis.js';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** the labeller's confidence, 0..1, where it has one */
  score?: number;
}
