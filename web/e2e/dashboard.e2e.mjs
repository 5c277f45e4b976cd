// End-to-end test of the dashboard: a database built with `dyad ingest` from the samples
// (and the reference story when $DYAD_SHARED_DIR has it, story date 2026-01-16), served by
// `dyad serve` on a free port, driven by Playwright in Debian's Chromium. Loads the page,
// checks every view, filters, opens an event, codes a pasted story, and writes screenshots
// into --out. Exit 0: passed; 1: failed; 77: skipped (no Chromium).
//
//   node e2e/dashboard.e2e.mjs --dyad BUILD/dyad --web BUILD/web --node-modules DIR
//                              --samples samples --out BUILD/e2e
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['dyad', 'web', 'node-modules', 'samples', 'out'])
  if (!args[k]) { console.error(`dashboard.e2e: give --${k}`); process.exit(2); }

const CHROMIUM = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`SKIP: ${CHROMIUM} is missing (Debian package chromium; scripts/install-deps.sh installs it)`);
  process.exit(77);
}
const { chromium } = createRequire(join(resolve(args['node-modules']), 'noop.js'))('playwright-core');

const shared = process.env.DYAD_SHARED_DIR;
const reference = shared ? join(shared, 'seed/000_68bf5a11f06e9c8b.txt') : '';
const hasReference = reference && existsSync(reference);
const out = resolve(args.out);
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
const db = join(work, 'e2e.db');

let passed = 0;
function check(cond, what) {
  if (!cond) throw new Error(`FAILED: ${what}`);
  ++passed;
  console.log(`ok ${passed} - ${what}`);
}

function ingest(files, date, source) {
  const r = spawnSync(args.dyad, ['ingest', ...files, '--db', db, '--date', date, '--source', source], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dyad ingest failed (${r.status}): ${r.stderr}`);
}

// Starts dyad serve on a free port; resolves with {proc, url} once it listens.
function serve() {
  return new Promise((done, fail) => {
    const proc = spawn(args.dyad, ['serve', '--db', db, '--port', '0', '--web', resolve(args.web), '--quiet'],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => fail(new Error(`dyad serve did not start: ${err}`)), 120000);
    proc.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); done({ proc, url: `http://127.0.0.1:${m[1]}/` }); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); fail(new Error(`dyad serve exited (${code}): ${err}`)); });
  });
}

let server = null, browser = null;
async function main() {
  const samples = readdirSync(args.samples).filter((f) => f.endsWith('.txt')).map((f) => join(args.samples, f));
  check(samples.length > 0, `samples found in ${args.samples}`);
  ingest(samples, '2026-03-06', 'dyad sample');
  if (hasReference) ingest([reference], '2026-01-16', 'Le Monde');
  else console.log(`# the reference story is absent (${reference || 'DYAD_SHARED_DIR unset'}): its checks are skipped`);

  server = await serve();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.url)) external.push(r.url()); });
  const ready = () => page.waitForSelector('body[data-state="ready"]', { timeout: 60000 });

  // 1. The page loads and every view draws.
  await page.goto(server.url);
  await ready();
  const stats = await page.textContent('#stats');
  check(/\d+ events/.test(stats) && !/^0 events/.test(stats), `stats shown: "${stats}"`);
  const rows = await page.$$eval('#events tbody tr', (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, ' ')));
  check(rows.length > 3, `events table has ${rows.length} rows`);
  check(await page.$$eval('#timeline rect.bar', (r) => r.length) > 0, 'timeline draws bars');
  check(await page.$$eval('#network .node', (n) => n.length) >= 3, 'network draws nodes');
  check(await page.$$eval('#network path.edge', (n) => n.length) >= 2, 'network draws edges');
  const shaded = await page.$$eval('#map path.has-events', (p) => p.map((x) => x.dataset.iso3));
  check(shaded.includes('UKR') && shaded.includes('RUS'), `map shades countries with events (${shaded.join(' ')})`);
  check(await page.$$eval('#detail-body mark.trigger', (m) => m.length) > 0, 'evidence of the first event shows its verb');

  if (hasReference) {
    // The reference story's events: the calls Putin made, the accusations, the strikes.
    check(shaded.includes('IRN') && shaded.includes('ISR'), 'reference: Iran and Israel shaded on the map');
    const nodes = await page.$$eval('#network .node text', (t) => t.map((x) => x.textContent));
    check(nodes.some((n) => n.startsWith('RUS')) && nodes.some((n) => n.startsWith('IRN')), `reference: network has Russia and Iran (${nodes.join(' ')})`);
  }
  await page.screenshot({ path: join(out, '1-dashboard.png'), fullPage: true });

  if (hasReference) {
    // The calls Putin made, found through the dyad filter (the first page of the table
    // holds only the latest events).
    for (const target of ['ISR', 'IRN']) {
      await page.fill('input[name="dyad_a"]', 'RUS');
      await page.fill('input[name="dyad_b"]', target);
      await page.click('#apply');
      await ready();
      const codes = await page.$$eval('#events tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1, 4).map((td) => td.querySelector('.code')?.textContent || '')));
      check(codes.some(([a, b, c]) => a.startsWith('RUS') && b.startsWith(target) && c.startsWith('04')),
            `reference: Russia -> ${target} consultation (04x) among ${codes.length} dyad rows`);
      await page.click('#reset-filters');
      await ready();
    }
    // The reference story alone (its events are dated June 2025 to January 2026; the
    // samples are March 2026): table, timeline, network and map in one screenshot.
    await page.fill('input[name="from"]', '2025-06-01');
    await page.fill('input[name="to"]', '2026-01-31');
    await page.click('#apply');
    await ready();
    const rows = await page.$$eval('#events tbody tr', (trs) => trs.map((tr) => tr.textContent));
    check(rows.length >= 10, `reference: the story's events fill the table (${rows.length} rows)`);
    check(rows.some((r) => r.includes('RUSGOV') && r.includes('ISRGOV')) && rows.some((r) => r.includes('RUSGOV') && r.includes('IRNGOV')),
          'reference: Putin\'s calls to Israel and Iran are listed');
    await page.screenshot({ path: join(out, '5-reference-story.png'), fullPage: true });
    await page.click('#reset-filters');
    await ready();
  }

  // 2. Filters: an actor, then a quad class; a half dyad is refused on the page.
  await page.fill('input[name="actor"]', 'RUS');
  await page.click('#apply');
  await ready();
  const rus = await page.$$eval('#events tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td .code')].slice(0, 2).map((c) => c.textContent)));
  check(rus.length > 0 && rus.every(([s, t]) => s.startsWith('RUS') || (t || '').startsWith('RUS')), `actor filter: ${rus.length} rows, each with RUS`);
  await page.selectOption('select[name="quad"]', '3');
  await page.click('#apply');
  await ready();
  const quads = await page.$$eval('#events tbody .badge', (b) => b.map((x) => x.textContent));
  check(quads.every((q) => q === 'Q3'), `quad filter: ${quads.length} rows of Q3`);
  await page.screenshot({ path: join(out, '2-filtered.png'), fullPage: true });
  await page.click('#reset-filters');
  await ready();
  await page.fill('input[name="dyad_a"]', 'RUS');
  await page.click('#apply');
  await page.waitForSelector('body[data-state="error"]');
  check((await page.textContent('#filter-error')).includes('both sides'), 'half a dyad is refused with a message');
  await page.click('#reset-filters');
  await ready();

  // 3. Open an event: its evidence with source, target, verb and date highlighted.
  const wanted = hasReference ? 'thanked Putin' : 'accused Ukraine';
  const row = page.locator('#events tbody tr', { hasText: wanted }).first();
  check(await row.count() > 0, `an event whose evidence mentions "${wanted}"`);
  await row.click();
  await page.waitForFunction((w) => document.querySelector('#detail-body .sentence')?.textContent.includes(w), wanted);
  const marks = await page.$$eval('#detail-body .sentence mark', (m) => m.map((x) => `${x.className}:${x.textContent}`));
  check(marks.some((m) => m.startsWith('trigger:')), `evidence highlights the verb (${marks.join(' | ')})`);
  check(marks.some((m) => m.startsWith('source:')) && marks.some((m) => m.startsWith('target:')), 'evidence highlights source and target');
  if (hasReference) {
    await page.locator('#events tbody tr', { hasText: 'on Friday, January 16' }).first().click();
    await page.waitForFunction(() => document.querySelector('#detail-body .sentence')?.textContent.includes('January 16'));
    const dated = await page.$$eval('#detail-body .sentence mark.date', (m) => m.map((x) => x.textContent));
    check(dated.some((d) => d.includes('January 16')), `reference: evidence highlights the date (${dated.join(' | ')})`);
  }
  await page.locator('#detail').screenshot({ path: join(out, '3-event.png') });

  // 4. Paste a story and see it coded live.
  const story = 'Russian President Vladimir Putin spoke by telephone on Friday with the leaders of Israel and Iran, his office said. Iran accused the United States of stirring up the riots.';
  await page.fill('#live-text', story);
  await page.fill('#live-date', '2026-01-16');
  await page.click('#live-code');
  await page.waitForSelector('#live-out .live-event', { timeout: 60000 });
  const live = await page.$$eval('#live-out .live-event .triple', (t) => t.map((x) => x.textContent.replace(/\s+/g, ' ')));
  check(live.some((t) => t.includes('RUSGOV') && t.includes('ISRGOV')), `live coding: ${live.join(' | ')}`);
  check(live.some((t) => t.includes('IRN') && t.includes('USA')), 'live coding: Iran accuses the United States');
  await page.locator('.live-card').screenshot({ path: join(out, '4-live.png') });
  await page.fill('#live-text', '');
  await page.click('#live-code');
  check((await page.textContent('#live-error')).length > 0, 'an empty story is refused');

  check(external.length === 0, `no request leaves the server (${external.join(' ')})`);
  check(consoleErrors.length === 0, `no errors in the console (${consoleErrors.join(' | ')})`);
}

let status = 0;
try {
  await main();
  console.log(`${passed} passed, 0 failed`);
  console.log(`screenshots in ${out}`);
} catch (e) {
  console.error(e.message || e);
  console.log(`${passed} passed, 1 failed`);
  status = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) server.proc.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.exit(status);
