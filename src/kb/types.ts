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
  /** demonyms (countries): masculine, feminine, plural forms */
  demonyms?: string[];
}
