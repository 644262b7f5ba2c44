/**
 * The web interface end to end, in Debian's headless Chromium: `rasid ingest` fills a temporary SQLite
 * store (two sample stories and a record of our own), `rasid serve --port 0` serves it, and the page
 * is Arabic and right to left, finds an article from a query spelled without its hamza and ta marbuta,
 * highlights the matched words in the article's own spelling, and shows the article with its entities
 * highlighted at their offsets. Screenshots go to the temporary folder (RASID_SCREENSHOTS names another).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../node/resources.js';
import { collectPageErrors, launchChromium } from '../browser/chromium.js';

const BIN = join(packageRoot, 'bin', 'rasid');
const SHOTS = process.env.RASID_SCREENSHOTS ?? tmpdir();

const RECORD = {
  id: 'e2e-aleppo',
  title: 'إجلاء المدنيين من الأحياء الشرقية لمدينة حلب',
  text:
    'بيروت - أعلنت الأمم المتحدة اليوم الأربعاء بدء إجلاء نحو ثلاثة آلاف مدني من الأحياء الشرقية لمدينة حلب السورية، ' +
    'بعد اتفاق بين روسيا وتركيا على وقف إطلاق النار.\n\n' +
    'وقال المتحدث باسم الأمم المتحدة إن "عمليات الإجلاء ستستمر خلال الأيام المقبلة"، فيما أكدت موسكو أن الممرات الآمنة ستبقى مفتوحة.',
  published: '2016-12-07',
  source: 'e2e',
};
/** The query as a hurried user types it: no hamza on the alif (اجلاء for إجلاء), ه for ة (الشرقيه). */
const QUERY = 'اجلاء الشرقيه';

/** Starts `rasid serve` and resolves with its URL once it listens. */
function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--quiet', '--db', db], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`rasid serve did not report its address in 15 s:\n${out}`)), 15_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /https?:\/\/[^\s/]+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`rasid serve exited with ${code}:\n${out}`));
    });
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

test('the web interface: Arabic right to left, search across spellings, highlighted words and entities', { timeout: 90_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-web-e2e-'));
  const db = join(dir, 'store.db');
  let server: ChildProcess | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> = null;
  try {
    browser = await launchChromium(t);
    if (!browser) return;

    writeFileSync(join(dir, 'aleppo.jsonl'), JSON.stringify(RECORD) + '\n');
    const ingest = spawnSync(process.execPath, [BIN, 'ingest', join(packageRoot, 'samples', 'tripoli-ceasefire.txt'), join(packageRoot, 'samples', 'riyadh-spa-talks.txt'), join(dir, 'aleppo.jsonl'), '--db', db], { cwd: packageRoot, encoding: 'utf8', timeout: 60_000 });
    assert.equal(ingest.status, 0, `rasid ingest failed:\n${ingest.stderr}`);
    const started = await serve(db);
    server = started.child;

    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'ar' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = collectPageErrors(page);
    await page.goto(started.url);

    // Arabic, right to left, and the layout really runs right to left
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.evaluate('getComputedStyle(document.body).direction'), 'rtl');
    await page.waitForFunction('/مقالة/.test(document.querySelector("#stats").textContent)');
    assert.match((await page.textContent('#stats')) ?? '', /(^|[^0-9٠-٩])(3|٣) مقالة/, 'the stats line counts the three stored articles');

    // the query written without hamza and with ه for ة finds the article; the marks show its spelling
    await page.locator('#q').pressSequentially(QUERY);
    await page.press('#q', 'Enter');
    const hit = page.locator('.hit', { has: page.locator(`a[data-article="${RECORD.id}"]`) });
    await hit.locator('mark').first().waitFor();
    const marks = await hit.locator('mark').allTextContents();
    assert.ok(marks.includes('إجلاء'), `the snippet marks «إجلاء» as written in the article (marks: ${marks.join('، ')})`);
    assert.ok(marks.includes('الشرقية'), `the snippet marks «الشرقية» as written in the article (marks: ${marks.join('، ')})`);
    for (const m of marks) assert.ok(RECORD.text.includes(m) || RECORD.title.includes(m), `mark «${m}» is not the article's own text`);
    assert.ok(!marks.includes('اجلاء') && !marks.includes('الشرقيه'), 'a mark shows the query spelling instead of the article');
    // the riyadh story has neither word: it must not be listed
    assert.equal(await page.locator('.hit').count(), 1, `only the Aleppo story matches both words: ${await page.locator('#results').innerText()}`);
    assert.match(new URL(page.url()).search, /q=/, 'the query is kept in the address');
    // right to left on screen: the brand sits right of the search box, the results right of the facets
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    const [brand, form, results, facets] = [await box('.brand'), await box('#q'), await box('#results'), await box('#facets')];
    assert.ok(brand.x > form.x + form.width - 1, 'the brand is not at the right of the search box');
    assert.ok(results.x > facets.x, 'the results column is not at the right of the facets');
    await page.screenshot({ path: join(SHOTS, 'rasid-web-results.png'), fullPage: true });

    // the article view: the text with its entities highlighted at their offsets
    await hit.locator(`a[data-article="${RECORD.id}"]`).click();
    await page.locator('#article .text span.ent-LOC').first().waitFor();
    assert.equal(await page.locator('#results').isHidden(), true);
    const text = await page.locator('#article .text').innerText();
    assert.ok(text.includes('أعلنت الأمم المتحدة'), 'the article text is shown');
    const locs = await page.locator('#article .text span.ent-LOC').allTextContents();
    const orgs = await page.locator('#article .text span.ent-ORG').allTextContents();
    assert.ok(locs.some((s) => s.includes('حلب')), `حلب is highlighted as a place (places: ${locs.join('، ')})`);
    assert.ok(orgs.some((s) => s.includes('الأمم المتحدة')), `الأمم المتحدة is highlighted as an organisation (organisations: ${orgs.join('، ')})`);
    const tip = await page.locator('#article .text span.ent-LOC', { hasText: 'حلب' }).first().getAttribute('title');
    assert.match(tip ?? '', /مكان: حلب/, 'the tooltip names the entity');
    // the entity table lists the linked entities with their English names
    const table = await page.locator('#article table.list').first().innerText();
    assert.match(table, /Aleppo/);
    await page.screenshot({ path: join(SHOTS, 'rasid-web-article.png'), fullPage: true });

    // back to the results
    await page.locator('#article a[data-back]').click();
    await hit.locator('mark').first().waitFor();
    // browsers ask for /favicon.ico on their own (the page names no icon): not the interface's error
    assert.deepEqual(errors.filter((e) => !/\/favicon\.ico$/.test(e)), [], 'errors in the page');
  } finally {
    await browser?.close();
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
