/**
 * The knowledge base as the core uses it, built once per Resources (`cached`): the prebuilt index
 * data/kb/index.json (falling back to compiling the source files when no build has written it), plus a
 * user's own entries served as data/kb/user.jsonl (see src/node/kb/user-files.ts for the Node side).
 */
import { cached, type Resources } from '../resources.js';
import { compileBuiltin, compileKb, nameForms } from './compile.js';
import { parseUserEntries } from './source.js';
import type { KbEntry, KbIndexFile } from './types.js';

/** A name form prepared for longest-match lookup: its match-key tokens. */
export interface NameForm {
  key: string;
  tokens: string[];
}

export interface Kb {
  entries: KbEntry[];
  byId: Map<string, KbEntry>;
  /** name key → entries in priority order */
  names: Map<string, KbEntry[]>;
  /** name key → entries for which this form is weak (needs support in the text) */
  weak: Map<string, Set<KbEntry>>;
  /** demonym key → country */
  demonyms: Map<string, KbEntry>;
  /** first token's key → name forms (names and demonyms) starting with it, longest first */
  byFirst: Map<string, NameForm[]>;
}

export const KB_INDEX = 'data/kb/index.json';
export const KB_USER = 'data/kb/user.jsonl';

export function loadKb(res: Resources): Kb {
  return cached(res, 'kb', buildKb);
}

function readIndex(res: Resources): KbIndexFile {
  const text = res.read(KB_INDEX);
  if (text != null) {
    const idx = JSON.parse(text) as KbIndexFile;
    if (idx.version === 1) return idx;
  }
  return compileBuiltin(res);
}

function buildKb(res: Resources): Kb {
  let idx = readIndex(res);
  const userText = res.read(KB_USER);
  if (userText != null && userText.trim()) {
    // user entries come first (they win shared name forms) and replace built-in entries with the same id
    const user = parseUserEntries(userText, KB_USER);
    const userIds = new Set(user.map((e) => e.id));
    const builtin = idx.entries.filter((e) => !userIds.has(e.id));
    idx = compileKb([...user, ...builtin]);
  }
  return fromIndex(idx);
}

export function fromIndex(idx: KbIndexFile): Kb {
  const entries = idx.entries;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const names = new Map<string, KbEntry[]>();
  for (const key in idx.names) names.set(key, idx.names[key]!.map((i) => entries[i]!));
  const weak = new Map<string, Set<KbEntry>>();
  for (const key in idx.weak) weak.set(key, new Set(idx.weak[key]!.map((i) => entries[i]!)));
  const demonyms = new Map<string, KbEntry>();
  for (const key in idx.demonyms) demonyms.set(key, entries[idx.demonyms[key]!]!);
  const byFirst = new Map<string, NameForm[]>();
  if (idx.first) {
    for (const k in idx.first) byFirst.set(k, idx.first[k]!.map((key) => ({ key, tokens: key.split(' ') })));
  } else {
    const add = (key: string) => {
      const tokens = key.split(' ');
      const list = byFirst.get(tokens[0]!);
      if (list) list.push({ key, tokens });
      else byFirst.set(tokens[0]!, [{ key, tokens }]);
    };
    for (const key of names.keys()) add(key);
    for (const key of demonyms.keys()) if (!names.has(key)) add(key);
    for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }
  return { entries, byId, names, weak, demonyms, byFirst };
}

/** Entries whose name forms include `name` (match key), in priority order. */
export function lookupName(kb: Kb, key: string): KbEntry[] {
  return kb.names.get(key) ?? [];
}

export { nameForms };
