/**
 * Country shapes from Natural Earth (the `world-atlas` package, TopoJSON), keyed by ISO 3166-1 alpha-3.
 * world-atlas keys countries by ISO numeric code; the numeric → alpha-3 mapping is the knowledge
 * base's own (data/kb/countries.tsv, column `numeric`). A few shapes carry no ISO code in Natural
 * Earth; they are assigned here to the state whose territory the KB treats them as (documented in
 * data/kb/README.md). Node only (reads the package's files): used by tests and build scripts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Polygon, Position } from '../../kb/geo.js';

/** Natural Earth shapes without an ISO numeric id, by their `name` property. */
export const UNCODED_SHAPES: Record<string, string> = {
  Somaliland: 'SOM',
  Kosovo: 'XKX',
  'N. Cyprus': 'CYP',
  'Cyprus U.N. Buffer Zone': 'CYP',
  Dhekelia: 'CYP',
  Akrotiri: 'CYP',
  Baikonur: 'KAZ',
  'USNB Guantanamo Bay': 'CUB',
  'Siachen Glacier': 'IND',
};

export function loadCountryShapes(numericToAlpha3: Map<string, string>, resolution: '10m' | '50m' = '10m'): Map<string, Polygon[]> {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`world-atlas/countries-${resolution}.json`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const topo = JSON.parse(readFileSync(file, 'utf8')) as any;
  const fc = feature(topo, topo.objects.countries) as unknown as {
    features: Array<{ id?: string; properties: { name: string }; geometry: { type: string; coordinates: unknown } | null }>;
  };
  const out = new Map<string, Polygon[]>();
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const a3 = (f.id != null ? numericToAlpha3.get(String(f.id).padStart(3, '0')) : undefined) ?? UNCODED_SHAPES[f.properties.name];
    if (!a3) continue;
    const polys: Polygon[] =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Position[][]] : f.geometry.type === 'MultiPolygon' ? (f.geometry.coordinates as Position[][][]) : [];
    const list = out.get(a3) ?? [];
    list.push(...polys);
    out.set(a3, list);
  }
  return out;
}
