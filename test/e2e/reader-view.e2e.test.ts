// The reader's view in real headless Chromium on the demo story: compare → chips by kind → hide house
// style → full comparison page with linked marks → in-page highlights on and off. Saves the screenshots
// the README uses (docs/screenshots/) and runs axe on the popup and the full page.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHighlightPlan } from '../../extension/content/highlight-plan';
import type { CompareResult, PageArticle } from '../../extension/messages';
import { DEMO_PAGES, startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { findBrowser } from '../../scripts/lib/find-browser.mjs';
import { launchWithExtension } from '../../scripts/lib/launch.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const SHOTS = resolve(ROOT, 'docs', 'screenshots');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

function browserOrNull() {
  try {
    return findBrowser();
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    return null;
  }
}
const browser = browserOrNull();

async function axeViolations(page: Page) {
  // Extension pages forbid inline scripts (CSP script-src 'self'); CDP evaluation is not subject to it.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (n: Node, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

(browser ? describe : describe.skip)('the reader’s view in headless Chromium', () => {
  let run: Awaited<ReturnType<typeof launchWithExtension>>;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let wire: { page: Page; id: number };
  let british: { page: Page; id: number };
  let popup: Page;

  const open = async (path: string) => {
    const page = await run.context.newPage();
    const url = server.url(path);
    await page.goto(url);
    return { page, id: await run.tabIdOf(url) };
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startDemoServer();
    run = await launchWithExtension({ extDir: EXT_DIR, headless: true, browser: browser! });
    wire = await open(DEMO_PAGES.wire);
    british = await open(DEMO_PAGES.british);
    popup = await run.context.newPage();
    await popup.setViewportSize({ width: 560, height: 600 });
    await popup.goto(run.extensionUrl(`popup.html?tabId=${wire.id}`));
    await popup.click(`[data-testid="tab-choice"][data-tab-id="${british.id}"]`);
    await popup.waitForSelector('[data-state="compared"]', { timeout: 20_000 });
  }, 60_000);

  afterAll(async () => {
    await run?.context.close();
    await server?.close();
  });

  it('shows the seed-style variants as chips of the right kinds, with their rules', async () => {
    const chips = await popup.$$eval('[data-testid="variants"] li', (items) =>
      items.map((li) => `${li.getAttribute('data-kind')}: ${li.querySelector('.a')?.textContent} → ${li.querySelector('.b')?.textContent}`),
    );
    expect(chips).toEqual(expect.arrayContaining(['case: NATO → Nato', 'abbreviation: U.K. → UK', 'spelling: defenses → defences', 'honorific: Whitcombe → Mr Whitcombe']));
    expect(await popup.textContent('[data-testid="variants"] li[data-kind="case"] .rule')).toMatch(/Nato/);
    expect(await popup.locator('mark.d-cosmetic').count()).toBeGreaterThan(5);
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: resolve(SHOTS, 'popup-light.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: resolve(SHOTS, 'popup-dark.png') });
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 26, 32)');
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('has no axe violations in the popup, and is usable with the keyboard', async () => {
    const violations = await axeViolations(popup);
    console.log('axe popup:', violations);
    expect(violations).toEqual([]);
    await popup.focus('[data-testid="hide-style"]');
    await popup.keyboard.press('Space');
    expect(await popup.isChecked('[data-testid="hide-style"]')).toBe(true);
  });

  it('"hide house style" hides the chips and the cosmetic marks', async () => {
    expect(await popup.locator('[data-testid="variants"]').count()).toBe(0);
    expect(await popup.locator('mark.d-cosmetic').count()).toBe(0);
    expect(await popup.locator('mark[data-kind="substantive"]').count()).toBeGreaterThan(0);
    await popup.click('[data-testid="hide-style"]');
    expect(await popup.locator('[data-testid="variants"] li').count()).toBeGreaterThan(5);
  });

  it('opens the full comparison page, whose marks light their twins', async () => {
    const [page] = await Promise.all([run.context.waitForEvent('page'), popup.click('[data-testid="open-full"]')]);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.waitForSelector('[data-testid="compare-page"][data-state="ready"]');
    const nato = page.locator('[data-testid="column-a"] mark', { hasText: /^NATO$/ });
    const id = await nato.getAttribute('data-diff');
    const twin = page.locator(`[data-testid="column-b"] mark[data-diff="${id}"]`);
    expect(await twin.textContent()).toBe('Nato');
    await nato.hover();
    await expect.poll(() => twin.getAttribute('class')).toContain('lit');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'full-comparison.png') });
    await page.close();
  });

  it('marks the live page with the Custom Highlight API and leaves no trace when off', async () => {
    const { article, result } = await popup.evaluate(
      async ({ a, b }) => {
        const article = (await chrome.runtime.sendMessage({ type: 'extract-tab', tabId: a })).article;
        const result = await chrome.runtime.sendMessage({ type: 'compare', article, target: { kind: 'tab', tabId: b } });
        return { article, result };
      },
      { a: wire.id, b: british.id },
    );
    const plan = buildHighlightPlan((article as PageArticle).paragraphs, (result as CompareResult).comparison, { writes: 'The Northgate Chronicle writes:', onlyHere: 'Only this outlet has this sentence' });
    const before = await wire.page.evaluate(() => document.documentElement.outerHTML);
    const send = (p: typeof plan | null) => popup.evaluate(async ({ tabId, p }) => chrome.tabs.sendMessage(tabId, { type: 'parallax-highlight', plan: p }), { tabId: wire.id, p });
    const on = await send(plan);
    expect(on).toMatchObject({ ok: true, mode: 'highlight-api', painted: plan.marks.length, missed: 0 });
    const painted = await wire.page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('parallax-shared');
      return [...(h ?? [])].map((r) => r.toString());
    });
    expect(painted[0]).toBe(plan.paragraphs[0].slice(plan.marks[0].start, plan.marks[0].end));
    expect(await wire.page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await send(null)).toMatchObject({ mode: 'off' });
    expect(await wire.page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    // With a click in between, Chrome's own autofill may touch the page's form (style=""), so from here on
    // the check is that nothing of ours remains rather than byte identity.
    await send(plan);
    await wire.page.bringToFront();
    const last = wire.page.locator('p', { hasText: 'Defense ministers will review' });
    await last.scrollIntoViewIfNeeded();
    const box = await last.boundingBox();
    await wire.page.mouse.click(box!.x + 40, box!.y + box!.height / 2);
    await wire.page.waitForSelector('parallax-card', { state: 'attached' }); // a zero-size fixed host; the card is in its shadow root
    const card = await wire.page.evaluate(() => document.querySelector('parallax-card')?.shadowRoot?.textContent);
    expect(card).toContain('12 September');
    await wire.page.screenshot({ path: resolve(SHOTS, 'in-page-highlights.png') });

    expect(await send(null)).toMatchObject({ mode: 'off' });
    expect(await wire.page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
    expect(await wire.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await wire.page.evaluate(() => document.querySelectorAll('parallax-card, mark[data-parallax]').length)).toBe(0);
  });
});
