// Chromium with the unpacked test build (scripts/lib/launch.mjs), plus the moves every e2e suite makes:
// open an article in a tab and open the popup page against that tab.
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../../../scripts/lib/launch.mjs';

export type ChromiumRun = Awaited<ReturnType<typeof launchWithExtension>>;

export const POPUP_VIEWPORT = { width: 400, height: 600 };

export { launchWithExtension };

/** A new tab showing `url`, and the tab id the extension knows it by. */
export async function openTab(run: ChromiumRun, url: string): Promise<{ page: Page; id: number; url: string }> {
  const page = await run.context.newPage();
  await page.goto(url);
  return { page, url, id: await run.tabIdOf(url) };
}

/** popup.html opened as a tab against `tabId`: the real toolbar popup cannot be driven (recipe §9). */
export async function openPopup(run: ChromiumRun, tabId: number): Promise<Page> {
  const popup = await run.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(run.extensionUrl(`popup.html?tabId=${tabId}`));
  return popup;
}
