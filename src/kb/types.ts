/** Knowledge-base entries (schema documented in data/kb/README.md). */
export type KbType = 'country' | 'place' | 'person' | 'org';

export interface KbEntry {
  /** stable id, e.g. `country:SYR`, `place:aleppo`, `person:john-kerry`, `org:osce` */
  id: string;
  type: KbType;
  /** the contract's entity type for mentions of this entry */
  entityType: 'PER' | 'LOC' | 'ORG' | 'MISC';
  /** canonical Arabic name */
  ar: string;
  /** spelling variants and other name forms (Arabic) */
  aliases: string[];
  /** canonical English name */
  en: string;
  /** ISO 3166-1 alpha-3 */
  country: string | null;
  /** sector or role: `capital`, `city`, `governorate`, `head-of-state`, `foreign-minister`, `ministry`, `armed-group`, … */
  role?: string | null;
  lat?: number | null;
  lon?: number | null;
  /** demonyms (countries): masculine singular bases; feminine, plural and definite forms are derived */
  demonyms?: string[];
  /** irregular plural demonyms (countries): روس، أتراك */
  plurals?: string[];
  /**
   * name forms that are also common words (الباب "the door", صور "pictures", المدينة "the city"):
   * matched only with support — a trigger word before them (مدينة، بلدة، محافظة …), the recogniser
   * marking the span, or the dateline
   */
  weak?: string[];
  /** ISO 3166-1 alpha-2 and numeric codes (countries) */
  alpha2?: string;
  numeric?: string;
  /** where the entry came from: `builtin` or the user file's name */
  source?: string;
}

/** The compiled knowledge base (data/kb/index.json, written by scripts/build-kb.mjs). */
export interface KbIndexFile {
  version: 1;
  entries: KbEntry[];
  /** match key of a name form → indexes into `entries`, in priority order */
  names: Record<string, number[]>;
  /** match keys of weak name forms (see KbEntry.weak), per entry index */
  weak: Record<string, number[]>;
  /** match key of a demonym form (السوري، الأميركية، الروس) → index of its country */
  demonyms: Record<string, number>;
  /** first token's match key → the name and demonym keys starting with it, longest first (saves sorting at load) */
  first?: Record<string, string[]>;
}
