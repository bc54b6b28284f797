import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { formatHtml } from '@factledger/report';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { ARTICLES, sampleFindings } from './helpers.js';

// Debian's chromium, installed by .ci/run where apt works; never a downloaded browser build.
const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not installed (apt-get install chromium)`;
const SCREENSHOT = new URL('../../../docs/report-screenshot.png', import.meta.url);

/** The DOM functions used in the page; the workspace's TypeScript has no DOM lib. */
interface BrowserWindow {
  getComputedStyle(element: unknown): { borderBottomColor: string };
}
interface Box {
  getBoundingClientRect(): { left: number; right: number };
  querySelector(selector: string): Box;
}

let browser: Browser | undefined;
let dir = '';
let url = '';

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'factledger-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, formatHtml(sampleFindings(), { articles: ARTICLES, cwd: '/repo' }));
  url = pathToFileURL(file).href;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('browser: with scripts off, a click on a conflict shows its explanation, fact and sources', {
  skip,
  timeout: 60_000,
}, async () => {
  const context = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);

  // The style sheet applied: its hash in the CSP is right (a wrong one leaves the figures unstyled).
  const conflict = page.locator('a.fig.verdict-conflict').first();
  assert.equal(await conflict.textContent(), '14%');
  assert.equal(
    await conflict.evaluate((e) => (globalThis as unknown as BrowserWindow).getComputedStyle(e).borderBottomColor),
    'rgb(209, 36, 47)',
  );

  const panelId = (await conflict.getAttribute('href'))!.slice(1);
  const panel = page.locator(`[id="${panelId}"]`);
  assert.equal(await panel.isVisible(), false, 'closed until clicked');
  const message = sampleFindings().find((f) => f.rule === 'arithmetic')!.message;
  await conflict.click();
  assert.equal(await panel.isVisible(), true);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
  const shown = await panel.innerText();
  assert.ok(shown.includes(message), shown);
  assert.match(shown, /From\s+“€4\.0 billion” articles\/bridge\.md:4:24/);
  // The hint and every other panel of that article are hidden.
  assert.equal(await page.locator('#a0 .hint').isVisible(), false);
  assert.equal(await page.locator('#a0 .panel:visible').count(), 1);

  // A fact conflict in the other article shows the fact, the ledger place, both sources.
  await page.locator('#a1 a.fig.verdict-conflict').click();
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
  const other = await page.locator('#a1 .panel:visible').innerText();
  for (const want of [
    'budget-2023',
    'ledgers/city.yaml:7:5',
    'Lake Post, 2023-05-02',
    'articles/valley.md:4:29',
    '€4.7 billion',
    '(Lake Post, bridge.md:3:27)',
  ]) {
    assert.ok(other.includes(want), `${want} in ${other}`);
  }

  if (process.env['SCREENSHOT']) {
    await conflict.click();
    await page.screenshot({ path: SCREENSHOT.pathname, fullPage: true });
  }
  assert.deepEqual(problems, [], 'no CSP violation or other console error');
  assert.deepEqual(
    requests.filter((r) => r !== url),
    [],
    'the report loads nothing',
  );
  await context.close();
});

const borderOf = (e: unknown) => (globalThis as unknown as BrowserWindow).getComputedStyle(e).borderBottomColor;

test('browser: matched and unmatched figures are hidden until their box is ticked, with scripts off', {
  skip,
  timeout: 60_000,
}, async () => {
  const context = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  const match = page.locator('a.fig.verdict-match').first();
  const unmatched = page.locator('a.fig.verdict-unmatched').first();
  const conflict = page.locator('a.fig.verdict-conflict').first();
  const transparent = 'rgba(0, 0, 0, 0)';
  assert.equal(await match.evaluate(borderOf), transparent, 'a match is not underlined at first');
  assert.equal(await unmatched.evaluate(borderOf), transparent);
  assert.notEqual(await conflict.evaluate(borderOf), transparent, 'a conflict always is');
  await page.locator('#a0 details summary').click();
  const matchItem = page.locator('#a0 .list li.verdict-match');
  assert.equal(await matchItem.isVisible(), false, 'nor listed');
  assert.equal(await page.locator('#a0 .list li.verdict-conflict').first().isVisible(), true);

  await page.getByLabel('Show matched figures').check();
  assert.equal(await match.evaluate(borderOf), 'rgb(26, 127, 55)', 'now underlined in the match colour');
  assert.equal(await matchItem.isVisible(), true, 'and listed');
  assert.equal(await unmatched.evaluate(borderOf), transparent, 'the other box still unticked');
  await page.getByLabel('Show unmatched figures').check();
  assert.notEqual(await unmatched.evaluate(borderOf), transparent);
  await context.close();
});

test('browser: a list of ten or more findings shows every number whole', { skip, timeout: 60_000 }, async () => {
  const [f] = sampleFindings();
  const many = Array.from({ length: 12 }, (_, k) => ({ ...f!, id: `f${k}`, message: `finding ${k + 1}` }));
  const file = join(dir, 'many.html');
  writeFileSync(file, formatHtml(many, { articles: ARTICLES, cwd: '/repo' }));
  const context = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.locator('#a0 details summary').click();
  const gap = (n: number) =>
    page.locator(`#a0 .list li:nth-child(${n})`).evaluate((li) => {
      const box = li as Box;
      return box.querySelector('a').getBoundingClientRect().left - box.getBoundingClientRect().left;
    });
  const list = await page.locator('#a0 .list').evaluate((e) => (e as Box).getBoundingClientRect().left);
  const article = await page.locator('#a0').evaluate((e) => (e as Box).getBoundingClientRect().left);
  // The numbers sit inside each item, the items inside the article's box: "10." takes more room
  // than "1.", where a number hung outside a narrow margin would be cut to "0.".
  assert.ok((await gap(10)) > (await gap(1)), `${await gap(10)} > ${await gap(1)}`);
  assert.ok((await gap(1)) > 0);
  assert.ok(list >= article, 'the list starts inside the article');
  await context.close();
});
