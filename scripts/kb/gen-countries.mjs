#!/usr/bin/env node
// Generates data/kb/countries.tsv and data/kb/capitals.tsv from
//  - scripts/kb/countries-base.tsv (ISO alpha-2/alpha-3/numeric codes, capitals with coordinates; hand-written),
//  - scripts/kb/countries-extra.tsv (Arabic variants, demonyms, name overrides; hand-written),
//  - Node's Intl.DisplayNames (CLDR) for the Arabic and English country names,
//  - Natural Earth shapes (world-atlas) for each country's representative point.
// Run after `npx tsc -p .`:  node scripts/kb/gen-countries.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { loadCountryShapes } = await import(join(root, 'dist/node/kb/shapes.js'));
const { pointInPolygon, ringCentroid } = await import(join(root, 'dist/kb/geo.js'));

const rows = (file) =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));

const arNames = new Intl.DisplayNames('ar', { type: 'region' });
const enNames = new Intl.DisplayNames('en', { type: 'region' });
const extra = new Map(rows('scripts/kb/countries-extra.tsv').map((r) => [r[0], r]));
const base = rows('scripts/kb/countries-base.tsv');
const numToA3 = new Map(base.filter((r) => r[2] !== '-1').map((r) => [r[2], r[1]]));
const shapes = loadCountryShapes(numToA3, '10m');

const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’ʻ.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const r4 = (x) => Math.round(x * 10000) / 10000;

const countries = [['id', 'ar', 'aliases', 'en', 'country', 'role', 'lat', 'lon', 'demonyms', 'plurals', 'alpha2', 'numeric']];
const capitals = [['id', 'ar', 'aliases', 'en', 'country', 'role', 'lat', 'lon']];
for (const [a2, a3, num, capEn, capAr, capLat, capLon] of base) {
  const ex = extra.get(a2) ?? [];
  const ar = ex[1] || arNames.of(a2).replace(/ - /g, ' ');
  const en = ex[2] || enNames.of(a2).replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ');
  const cldrAr = arNames.of(a2);
  const aliases = new Set((ex[3] || '').split('|').filter(Boolean));
  if (cldrAr !== ar.replace(/^~/, '') && !/[()\-]/.test(cldrAr)) aliases.add(cldrAr);
  aliases.delete(ar);
  // representative point: the centroid of the largest polygon when it lies inside it, else the capital
  let lat = capLat ? Number(capLat) : null, lon = capLon ? Number(capLon) : null;
  const polys = shapes.get(a3);
  if (polys && polys.length) {
    let best = null;
    for (const p of polys) {
      const c = ringCentroid(p[0]);
      if (!best || c.area > best.c.area) best = { c, p };
    }
    if (best && pointInPolygon(best.c.lon, best.c.lat, best.p)) ({ lat, lon } = { lat: best.c.lat, lon: best.c.lon });
  }
  countries.push([a3, ar, [...aliases].join('|'), en, a3, 'country', lat == null ? '' : r4(lat), lon == null ? '' : r4(lon), ex[4] || '', ex[5] || '', a2, num === '-1' ? '' : num]);
  if (capEn) capitals.push([`${slug(capEn)}-${a3.toLowerCase()}`, capAr, '', capEn, a3, 'capital', capLat, capLon]);
}
const tsv = (rs) => rs.map((r) => r.join('\t')).join('\n') + '\n';
writeFileSync(join(root, 'data/kb/countries.tsv'), tsv(countries));
writeFileSync(join(root, 'data/kb/capitals.tsv'), tsv(capitals));
console.log(`countries: ${countries.length - 1}, capitals: ${capitals.length - 1}`);
