/**
 * Importing GeoNames dumps into a user knowledge-base file (Node side, streamed: alternateNames.txt is
 * several hundred MB). Input: a cities file (cities500/1000/5000/15000.txt, allCountries.txt or a country
 * file: 19 tab-separated columns) and alternateNames.txt / alternateNamesV2.txt (the names in every
 * language). Output: one JSON line per city that has an Arabic name, in the user-KB format
 * (src/node/kb/user-files.ts): Arabic canonical name and variants, English name, alpha-3 country, role from
 * the feature code, coordinates. Cities the built-in knowledge base already has (same Arabic name, same
 * country, within 30 km) are skipped, so imports add coverage without duplicating referents.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { nameKey } from '../../kb/compile.js';
import { haversineKm } from '../../kb/geo.js';
import type { Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';

export interface GeonamesCity {
  id: string;
  name: string;
  asciiName: string;
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  population: number;
}

export interface ImportOptions {
  /** cities below this population are left out (default 0: all) */
  minPopulation?: number;
  /** the built-in knowledge base, for alpha-2 → alpha-3 and for skipping known cities */
  kb: Kb;
}

export interface ImportResult {
  entries: KbEntry[];
  cities: number;
  withArabic: number;
  skippedKnown: number;
  badLines: number;
}

export class GeonamesError extends Error {}

/** GeoNames feature codes → KB roles. */
function roleOf(code: string): string {
  if (code === 'PPLC') return 'capital';
  if (code === 'PPLA' || code === 'PPLG') return 'regional-capital';
  if (code.startsWith('PPLA')) return 'district-capital';
  if (code === 'PPLX') return 'district';
  if (code === 'PPLL') return 'village';
  return 'city';
}

async function* lines(file: string): AsyncGenerator<string> {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GeonamesError(`${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (st.isDirectory()) throw new GeonamesError(`${file}: is a directory, not a file`);
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

/** Parses one line of a GeoNames geoname table; null when it is not one. */
export function parseCityLine(line: string): GeonamesCity | null {
  const c = line.split('\t');
  if (c.length < 15) return null;
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  if (!/^\d+$/.test(c[0]!) || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { id: c[0]!, name: c[1]!, asciiName: c[2]!, lat, lon, featureClass: c[6]!, featureCode: c[7]!, countryCode: c[8]!, population: Number(c[14]) || 0 };
}

export async function importGeonames(citiesFile: string, altNamesFile: string, opts: ImportOptions): Promise<ImportResult> {
  const minPop = opts.minPopulation ?? 0;
  const alpha3 = new Map<string, string>();
  for (const e of opts.kb.entries) if (e.type === 'country' && e.alpha2 && e.country) alpha3.set(e.alpha2, e.country);
  const cities = new Map<string, GeonamesCity>();
  let badLines = 0;
  let total = 0;
  for await (const line of lines(citiesFile)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const city = parseCityLine(line);
    if (!city) {
      badLines++;
      if (badLines > 10 && total === 0) throw new GeonamesError(`${citiesFile}: not a GeoNames cities file (expected 19 tab-separated columns: geonameid, name, asciiname, alternatenames, latitude, longitude, …)`);
      continue;
    }
    total++;
    if (city.featureClass !== 'P' || city.population < minPop) continue;
    cities.set(city.id, city);
  }
  if (total === 0) throw new GeonamesError(`${citiesFile}: no GeoNames city lines found`);
  // Arabic names: alternateNameId, geonameid, isolanguage, name, isPreferredName, isShortName, isColloquial, isHistoric[, from, to]
  const arabic = new Map<string, Array<{ name: string; preferred: boolean; short: boolean }>>();
  let altLines = 0;
  for await (const line of lines(altNamesFile)) {
    if (!line) continue;
    altLines++;
    const c = line.split('\t');
    if (c.length < 4) {
      if (altLines <= 10) throw new GeonamesError(`${altNamesFile}: not a GeoNames alternateNames file (expected tab-separated alternateNameId, geonameid, isolanguage, alternate name, …)`);
      continue;
    }
    if (c[2] !== 'ar' || !cities.has(c[1]!)) continue;
    if (c[7] === '1' || c[6] === '1') continue; // historic and colloquial names are not how the press names a city
    const name = c[3]!.trim();
    if (!/[\u0621-\u064A]/.test(name)) continue;
    const list = arabic.get(c[1]!) ?? [];
    if (!list.some((x) => x.name === name)) list.push({ name, preferred: c[4] === '1', short: c[5] === '1' });
    arabic.set(c[1]!, list);
  }
  const entries: KbEntry[] = [];
  let skippedKnown = 0;
  for (const [id, names] of arabic) {
    const city = cities.get(id)!;
    const country = alpha3.get(city.countryCode) ?? null;
    names.sort((a, b) => Number(b.preferred) - Number(a.preferred) || Number(a.short) - Number(b.short));
    const known = names.some((n) =>
      (opts.kb.names.get(nameKey(n.name)) ?? []).some((e) => e.lat != null && e.country === country && haversineKm(e.lat!, e.lon!, city.lat, city.lon) < 30),
    );
    if (known) {
      skippedKnown++;
      continue;
    }
    entries.push({
      id: `place:geonames-${id}`,
      type: 'place',
      entityType: 'LOC',
      ar: names[0]!.name,
      aliases: names.slice(1).map((n) => n.name),
      en: city.name || city.asciiName,
      country,
      role: roleOf(city.featureCode),
      lat: Math.round(city.lat * 10000) / 10000,
      lon: Math.round(city.lon * 10000) / 10000,
      source: `geonames:${id}`,
    });
  }
  entries.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return { entries, cities: cities.size, withArabic: arabic.size, skippedKnown, badLines };
}
