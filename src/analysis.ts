/**
 * The contract's analysis object (`rasid.analysis/1`, see CONTRACT.md and schema/analysis.schema.json).
 * Every span's offsets are UTF-16 indices into `text`: text.slice(start, end) === span.text.
 */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Range {
  start: number;
  end: number;
}

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface Entity {
  id: string;
  type: EntityType;
  /** canonical Arabic name */
  name: string;
  /** canonical English name, or a readable romanisation when not in the knowledge base */
  nameEn: string | null;
  kb: string | null;
  /** ISO 3166-1 alpha-3 */
  country: string | null;
  lat: number | null;
  lon: number | null;
  mentions: Span[];
  /** optional extras beyond the contract */
  role?: string | null;
  evidence?: string[];
}

export type TimeType = 'date' | 'time' | 'datetime' | 'duration' | 'set' | 'range';

export interface TimeExpression extends Span {
  type: TimeType;
  value: string | null;
  timex?: string;
}

export interface Quote extends Span {
  direct: boolean;
  speaker: string | null;
  speakerText: Span | null;
  cue: Span | null;
  via: string | null;
}

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface Event {
  id: string;
  type: PloverType;
  mode: string | null;
  actor: string[];
  recipient: string[];
  location: string | null;
  date: string | null;
  trigger: Span;
  sentence: number;
  negated: boolean;
  future: boolean;
  confidence: number;
}

export interface Dateline {
  place: Span;
  entity: string | null;
  agency: Span | null;
  /** extras: byline (`القاهرة - أحمد الريدي`) and a date written in the dateline (SPA style) */
  byline?: Span | null;
  date?: Span | null;
}

export interface Analysis {
  schema: 'rasid.analysis/1';
  id: string | null;
  text: string;
  published: string | null;
  headline: Span | null;
  subheadline: Span | null;
  dateline: Dateline | null;
  paragraphs: Range[];
  sentences: Range[];
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: Event[];
}

export interface AnalysisError {
  id: string | null;
  /** `line`: the input line of a --jsonl record (extra) */
  error: { code: string; message: string; line?: number };
}
