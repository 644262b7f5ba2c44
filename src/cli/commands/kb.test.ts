/** End-to-end tests of `rasid kb` and `rasid analyze --kb`: spawn bin/rasid on the GeoNames sample in src/kb/testdata. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../../node/resources.js';
import { assertCleanFailure, runRasid } from '../../testing/cli.js';
import { tempDir } from '../../testing/temp.js';

const dir = tempDir('rasid-kb-');
const cities = join(packageRoot, 'src', 'kb', 'testdata', 'geonames-cities.txt');
const alternates = join(packageRoot, 'src', 'kb', 'testdata', 'geonames-alternateNames.txt');

const rasid = (args: string[], env: Record<string, string> = {}) => runRasid(args, { cwd: dir, env });
const cleanFailure = assertCleanFailure;

test('kb lookup: variants, clitics and shared forms', () => {
  const r = rasid(['kb', 'lookup', 'طرابلس', '--json']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out) as { entries: Array<{ id: string; country: string }> };
  assert.deepEqual(j.entries.map((e) => e.id), ['place:tripoli-lby', 'place:tripoli-lbn']);
  const b = JSON.parse(rasid(['kb', 'lookup', 'وبروكسل', '--json']).out) as { entries: Array<{ en: string }> };
  assert.equal(b.entries[0]!.en, 'Brussels');
  const d = JSON.parse(rasid(['kb', 'lookup', 'الأمريكيين', '--json']).out) as { demonymOf: string };
  assert.equal(d.demonymOf, 'country:USA');
  assert.match(rasid(['kb', 'lookup', 'سيرجي لافروف']).out, /Sergey Lavrov/);
  cleanFailure(rasid(['kb', 'lookup', 'لاشيءهنا']), 1, /no entry is named/);
  cleanFailure(rasid(['kb', 'lookup']), 2, /name an Arabic name form/);
});

test('kb stats counts the entries by type', () => {
  const r = rasid(['kb', 'stats', '--json']);
  assert.equal(r.code, 0, r.err);
  const s = JSON.parse(r.out) as { entries: number; byType: Record<string, number> };
  assert.ok(s.entries >= 3000);
  assert.ok(s.byType.country! >= 249 && s.byType.place! > 1000 && s.byType.person! > 300 && s.byType.org! > 300);
  cleanFailure(rasid(['kb', 'frobnicate']), 2, /unknown subcommand/);
});

test('kb import-geonames: Arabic-named cities become user entries; known cities, colloquial and historic names are left out', () => {
  const out = join(dir, 'geo.jsonl');
  const r = rasid(['kb', 'import-geonames', cities, alternates, '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /4 entries written/);
  const entries = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; ar: string; aliases: string[]; en: string; country: string; lat: number });
  assert.deepEqual(entries.map((e) => e.en), ['Salqin', 'Kafr Takharim', 'Bhamdoun', 'Kafr Saqr']);
  const kt = entries.find((e) => e.en === 'Kafr Takharim')!;
  assert.equal(kt.ar, 'كفر تخاريم');
  assert.deepEqual(kt.aliases, ['كفرتخاريم']);
  assert.equal(kt.country, 'SYR');
  assert.equal(entries.find((e) => e.en === 'Bhamdoun')!.country, 'LBN');
  // Aleppo is in the built-in KB; Villeurbanne has no Arabic name; the governorate is not a populated place;
  // كفرصقر is colloquial and قرية صقر القديمة historic
  assert.ok(!entries.some((e) => e.en === 'Aleppo' || e.en === 'Villeurbanne' || e.en === 'Idlib Governorate'));
  assert.deepEqual(entries.find((e) => e.en === 'Kafr Saqr')!.aliases, []);
  // the population filter
  const big = rasid(['kb', 'import-geonames', cities, alternates, '--min-population', '20000']);
  assert.deepEqual(big.out.trim().split('\n').map((l) => (JSON.parse(l) as { en: string }).en), ['Salqin', 'Kafr Saqr']);
  // and the analyser links to the imported entries, through --kb or RASID_KB
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'سقطت قذائف على سلقين وكفر تخاريم في ريف إدلب الشمالي.\n');
  for (const run of [rasid(['analyze', article, '--json', '--kb', out]), rasid(['analyze', article, '--json'], { RASID_KB: out })]) {
    assert.equal(run.code, 0, run.err);
    const a = JSON.parse(run.out) as { entities: Array<{ kb: string | null; nameEn: string; lat: number }> };
    assert.ok(a.entities.some((e) => e.kb === 'place:geonames-9000001' && e.nameEn === 'Salqin' && e.lat === 36.138), JSON.stringify(a.entities));
    assert.ok(a.entities.some((e) => e.kb === 'place:geonames-9000002'));
  }
});

test('kb import-geonames and --kb: bad input fails cleanly', () => {
  cleanFailure(rasid(['kb', 'import-geonames', join(dir, 'missing.txt'), alternates]), 1, /missing\.txt: no such file/);
  cleanFailure(rasid(['kb', 'import-geonames', cities]), 2, /CITIES_FILE and ALTERNATE_NAMES_FILE/);
  cleanFailure(rasid(['kb', 'import-geonames', alternates, alternates]), 1, /not a GeoNames cities file|no GeoNames city lines/);
  cleanFailure(rasid(['kb', 'import-geonames', cities, alternates, '--min-population', 'lots']), 2, /--min-population/);
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'id,ar,en,country\nx,بلدة,Town,SYRIA\n');
  const article = join(dir, 'b.txt');
  writeFileSync(article, 'وصل الوفد إلى حلب.\n');
  cleanFailure(rasid(['analyze', article, '--kb', bad]), 1, /bad\.csv:2: country "SYRIA" is not an ISO 3166-1 alpha-3 code/);
  cleanFailure(rasid(['analyze', article, '--kb', join(dir, 'none.json')]), 1, /none\.json: no such file/);
});
