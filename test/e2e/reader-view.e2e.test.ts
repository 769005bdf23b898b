// The reader's view end to end in headless Chromium, on the demo story with the discovery pipeline: the
// reader's click → the first-use consent → results streamed from the demo's news search (one host per
// invented outlet) → a card expanded → the seed-style variants as chips of the right kinds → "hide house
// style" hides them → the full comparison page with linked highlights → the in-page highlight switch
// marks and unmarks the article → a reopened popup shows which card's highlights the page still has, and
// switches them off. Also: the toolbar badge, keyboard use, 30% longer strings, axe, and the
// screenshots the README uses (docs/screenshots/).
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BING_PATH, DEMO_PAGES, outletUrl, startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { findChromium } from './lib/browsers';
import { extensionWithTestHosts, launchMapped } from './lib/discovery-world';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const SHOTS = resolve(ROOT, 'docs', 'screenshots');
const ARTIFACTS = resolve(ROOT, 'artifacts');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const found = findChromium();

async function axeViolations(page: Page) {
  // Extension pages forbid inline scripts (CSP script-src 'self'); CDP evaluation is not subject to it.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (n: Node, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const chipsOf = (scope: Locator) =>
  scope.locator('li.chip').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-kind')}: ${li.querySelector('.a')?.textContent} → ${li.querySelector('.b')?.textContent}`));

(found.ok ? describe : describe.skip)('the reader’s view with discovery, in headless Chromium', () => {
  let run: Awaited<ReturnType<typeof launchMapped>>;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let reader: Page;
  let readerTab: number;
  let popup: Page;
  let northgate: Locator;
  let port: number;

  const popupUrl = (extra = '') => run.extensionUrl(`popup.html?tabId=${readerTab}${extra}`);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startDemoServer();
    port = Number(new URL(server.origin).port);
    run = await launchMapped(extensionWithTestHosts(EXT_DIR), found.ok ? found.browser.path : '');
    // The demo's news search only, and first use (the privacy text not yet accepted).
    await run.worker.evaluate(
      (settings) => chrome.storage.local.set({ settings }),
      { bingBaseUrl: `${server.origin}${DEMO_BING_PATH}`, providers: { bing: true, 'google-news': false, gdelt: false, guardian: false, tabs: true, history: true } },
    );
    const url = outletUrl(port, DEMO_PAGES.wire);
    reader = await run.context.newPage();
    await reader.goto(url);
    readerTab = (await run.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url))!;
    popup = await run.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(popupUrl());
    northgate = popup.locator('[data-testid="card"]', { hasText: 'The Northgate Chronicle' });
  }, 60_000);

  afterAll(async () => {
    await run?.context.close();
    await server?.close();
  });

  it('asks first, then streams the versions found: verdicts, the wire named, a paywall said plainly', async () => {
    await popup.waitForSelector('[data-testid="search-privacy"]');
    await popup.click('[data-testid="search-start"]');
    await popup.waitForSelector('[data-discovery="done"]', { timeout: 45_000 });
    const cards = await popup.$$eval('[data-testid="card"]', (els) =>
      els.map((el) => ({
        outlet: el.querySelector('[data-testid="card-outlet"]')?.textContent ?? '',
        verdict: el.getAttribute('data-verdict'),
        wire: el.querySelector('[data-testid="wire-copies"]')?.textContent ?? null,
        text: el.textContent ?? '',
      })),
    );
    console.log(cards.map((c) => `${c.outlet}: ${c.verdict}${c.wire ? ` (${c.wire})` : ''}`).join('\n'));
    expect(cards.find((c) => c.outlet === 'The Northgate Chronicle')?.verdict).toBe('same-story');
    const wire = cards.filter((c) => c.wire);
    expect(wire).toHaveLength(1);
    expect(wire[0].wire).toMatch(/^Atlas Wire story, also run by 1 outlet: (The Lakeside Ledger|Riverbend Daily Post)$/);
    expect(cards.find((c) => c.outlet === 'The Meridian Times')?.text).toMatch(/paywall/i);
    expect(cards.some((c) => c.outlet === 'Atlas Wire' || c.outlet === 'Harbour Herald')).toBe(false);

    // The toolbar badge on the reader's tab: every outlet carrying the same story, wire copies included.
    const same = cards.filter((c) => c.verdict === 'same-story').length + wire.length;
    const badge = await run.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), readerTab);
    expect(badge).toBe(String(same));
    expect(await popup.textContent('[data-testid="coverage-summary"]')).toBe(`${same} outlets carry the same story.`);
  });

  it('"not the same story" takes a card out of the count and the badge, and comes back on undo', async () => {
    const badge = () => run.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), readerTab);
    const before = Number(await badge());
    await northgate.locator('[data-testid="dismiss"]').click();
    await expect.poll(badge).toBe(String(before - 1));
    expect(await northgate.getAttribute('class')).toContain('dismissed');
    expect(await popup.textContent('[data-testid="coverage-summary"]')).toBe(`${before - 1} outlets carry the same story.`);
    await northgate.locator('[data-testid="dismiss"]').click();
    await expect.poll(badge).toBe(String(before));
    expect(await northgate.getAttribute('class')).not.toContain('dismissed');
  });

  it('shows the top house-style pairs on the card, then all of them with the aligned diff on expanding', async () => {
    const onCard = await chipsOf(northgate.locator('[data-testid="card-chips"]'));
    expect(onCard.length).toBeGreaterThan(1);
    expect(onCard.every((c) => !c.startsWith('punctuation'))).toBe(true);
    await northgate.locator('[data-testid="expand"]').click();
    await northgate.locator('[data-testid="variants"]').waitFor({ timeout: 10_000 });
    const chips = await chipsOf(northgate.locator('[data-testid="variants"]'));
    expect(chips).toEqual(expect.arrayContaining(['case: NATO → Nato', 'abbreviation: U.K. → UK', 'spelling: defenses → defences', 'honorific: Whitcombe → Mr Whitcombe', 'number: Sept. 12 → 12 September']));
    expect(await northgate.locator('[data-testid="variants"] li[data-kind="case"] .rule').first().textContent()).toMatch(/Nato/);
    expect(await northgate.locator('mark.d-cosmetic').count()).toBeGreaterThan(5);
    // Cleaning keeps the British page's section label, standfirst and byline out of "only in".
    expect(await northgate.locator('[data-testid="only-b"]').textContent()).not.toMatch(/World news|Defence correspondent|Allies commit repair ships/);

    await popup.locator('[data-testid="coverage"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: resolve(SHOTS, 'popup-compared.png') });
    await popup.screenshot({ path: resolve(SHOTS, 'popup-light.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: resolve(SHOTS, 'popup-dark.png') });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 26, 32)');
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('has no axe violations, and works from the keyboard: Space on the switch, Escape folds, Enter opens', async () => {
    expect(await axeViolations(popup)).toEqual([]);
    await popup.focus('[data-testid="coverage"] [data-testid="hide-style"]');
    await popup.keyboard.press('Space');
    expect(await northgate.locator('[data-testid="variants"]').count()).toBe(0);
    expect(await northgate.locator('mark.d-cosmetic').count()).toBe(0);
    expect(await northgate.locator('mark[data-kind="substantive"]').count()).toBeGreaterThan(0);
    await popup.keyboard.press('Space');
    expect(await northgate.locator('[data-testid="variants"] li').count()).toBeGreaterThan(5);

    await northgate.locator('[data-testid="expand"]').focus();
    await popup.keyboard.press('Escape');
    expect(await northgate.locator('[data-testid="expand"]').getAttribute('aria-expanded')).toBe('false');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('expand');
    await popup.keyboard.press('Enter');
    await northgate.locator('[data-testid="variants"]').waitFor();
    // Tab reaches the card's switch and link in order, after its own expand button.
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await popup.keyboard.press('Tab');
      order.push((await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))) ?? '?');
    }
    expect(order).toEqual(['dismiss', 'highlight-toggle', 'open-full', expect.any(String)]);
  });

  it('opens the full comparison: the reader’s headline on top, clean columns, marks that light their twins', async () => {
    const [page] = await Promise.all([run.context.waitForEvent('page'), northgate.locator('[data-testid="open-full"]').click()]);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.waitForSelector('[data-testid="compare-page"][data-state="ready"]');
    const headline = 'NATO allies agree to pool defenses for undersea cables after Geneva talks';
    expect(await page.textContent('h1')).toBe(headline);
    expect(await page.textContent('[data-testid="column-a"] .column-title')).toBe(headline);
    expect(await page.textContent('[data-testid="column-b"] .column-title')).toBe('Nato and EU agree to pool cable defences after Geneva talks');
    expect(await page.textContent('[data-testid="column-b"] p[data-paragraph="0"]')).toMatch(/^Nato allies and the European Union/);
    // The wire's dateline is the story's furniture, not a fact only one outlet has.
    const aMarks = await page.locator('[data-testid="column-a"] mark').allTextContents();
    expect(aMarks.some((m) => /GENEVA|Atlas Wire/.test(m))).toBe(false);

    const nato = page.locator('[data-testid="column-a"] mark', { hasText: /^NATO$/ });
    const id = await nato.getAttribute('data-diff');
    const twin = page.locator(`[data-testid="column-b"] mark[data-diff="${id}"]`);
    expect(await twin.textContent()).toBe('Nato');
    await nato.hover();
    await expect.poll(() => twin.getAttribute('class')).toContain('lit');
    expect(await axeViolations(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: resolve(SHOTS, 'full-comparison.png') });
    await page.close();
  });

  it('marks the reader’s page from the card’s switch (Custom Highlight API), reachable by keyboard, and unmarks it', async () => {
    const before = await reader.evaluate(() => document.documentElement.outerHTML);
    await northgate.locator('[data-testid="highlight-toggle"]').check();
    await expect.poll(() => reader.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('parallax-shared')?.size ?? 0)).toBeGreaterThan(3);
    expect(await reader.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await popup.locator('[data-testid="highlight-note"]').count()).toBe(0);

    await reader.bringToFront();
    await reader.keyboard.press('Alt+Shift+H');
    await reader.waitForSelector('parallax-card', { state: 'attached' });
    const card = await reader.evaluate(() => document.querySelector('parallax-card')?.shadowRoot?.textContent);
    expect(card).toContain('The Northgate Chronicle writes:');
    await reader.screenshot({ path: resolve(SHOTS, 'in-page-highlights.png') });
    await reader.keyboard.press('Escape');
    expect(await reader.evaluate(() => document.querySelectorAll('parallax-card').length)).toBe(0);

    await popup.bringToFront();
    await northgate.locator('[data-testid="highlight-toggle"]').uncheck();
    await expect.poll(() => reader.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
    expect(await reader.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await reader.evaluate(() => document.querySelectorAll('parallax-card, mark[data-parallax]').length)).toBe(0);
  });

  // The content script remembers the painting and its card; a new popup asks once the article is shown.
  it('shows a reopened popup what the page still highlights, on the right card, and switches it off', async () => {
    const before = await reader.evaluate(() => document.documentElement.outerHTML);
    const painted = () => reader.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('parallax-shared')?.size ?? 0);
    await northgate.locator('[data-testid="highlight-toggle"]').check();
    await expect.poll(painted).toBeGreaterThan(3);

    await popup.close();
    popup = await run.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(popupUrl());
    northgate = popup.locator('[data-testid="card"]', { hasText: 'The Northgate Chronicle' });
    const lit = northgate.locator('[data-testid="highlight-toggle"]');
    await lit.waitFor({ timeout: 10_000 });
    await expect.poll(() => lit.isChecked()).toBe(true);
    // Only that card: every other card stays folded, no other switch is on.
    expect(await popup.locator('[data-testid="highlight-toggle"]:checked').count()).toBe(1);
    expect(await popup.locator('[data-testid="expand"][aria-expanded="true"]').count()).toBe(1);
    expect(await popup.locator('[data-testid="highlight-note"]').count()).toBe(0);
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-highlight-reopened-top.png') });
    await northgate.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-highlight-reopened.png') });

    await lit.uncheck();
    await expect.poll(() => reader.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
    expect(await reader.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await reader.evaluate(() => document.querySelectorAll('parallax-card, mark[data-parallax]').length)).toBe(0);
    expect(await reader.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await lit.isChecked()).toBe(false);
  });

  it('keeps its layout with every string 30% longer', async () => {
    const long = await run.context.newPage();
    await long.setViewportSize({ width: 420, height: 600 });
    await long.goto(popupUrl('&stretch=1.3'));
    await long.waitForSelector('[data-discovery="done"]', { timeout: 10_000 });
    await long.locator('[data-testid="card"]', { hasText: 'The Northgate Chronicle' }).locator('[data-testid="expand"]').click();
    await long.locator('[data-testid="variants"]').waitFor();
    const overflow = await long.evaluate(() => {
      const root = document.querySelector('.popup')!;
      const edge = root.getBoundingClientRect().right + 1;
      const out = [...root.querySelectorAll('*')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > edge && getComputedStyle(el).position !== 'absolute';
      });
      return { scroll: root.scrollWidth - root.clientWidth, out: out.slice(0, 5).map((el) => `${el.tagName}.${el.className}`) };
    });
    expect(await long.textContent('[data-testid="coverage-summary"]')).toMatch(/~{3,}/);
    expect(overflow).toEqual({ scroll: 0, out: [] });
    await long.close();
  });
});
