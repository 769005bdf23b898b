/// <reference types="chrome" />
// THE seam over the browser: the only file that touches `browser` (webextension-polyfill) or `chrome`.
// Everything else receives an `ExtensionApi` — narrow on purpose, so a test fake is a plain object and the
// list of browser powers Parallax uses is readable in one screen.
import browser from 'webextension-polyfill';

export interface TabInfo {
  id: number;
  /** Missing when the extension has no host permission for the tab (and no `tabs` permission). */
  url?: string;
  title?: string;
  active: boolean;
}

export type MessageHandler = (message: unknown, sender: { tabId?: number; url?: string }) => Promise<unknown> | undefined;

export interface ExtensionApi {
  tabs: {
    active(): Promise<TabInfo | null>;
    all(): Promise<TabInfo[]>;
    get(tabId: number): Promise<TabInfo>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: {
    /** Injects a classic script file into the tab's top frame. */
    executeFile(tabId: number, file: string): Promise<void>;
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage(handler: MessageHandler): void;
    getURL(path: string): string;
    openOptionsPage(): Promise<void>;
  };
  storage: {
    get(key: string): Promise<unknown>;
    set(key: string, value: unknown): Promise<void>;
  };
  permissions: {
    contains(origins: string[]): Promise<boolean>;
    /** Must run inside a user gesture (a click handler in the popup), or the browser refuses. */
    request(origins: string[]): Promise<boolean>;
  };
  /** Chrome only: a hidden page with a DOM for parsing fetched HTML. Null where the background has a DOM. */
  offscreen: {
    ensure(path: string, justification: string): Promise<void>;
    count(path: string): Promise<number>;
  } | null;
}

function toTab(tab: browser.Tabs.Tab): TabInfo {
  return { id: tab.id ?? -1, url: tab.url, title: tab.title, active: tab.active };
}

function chromeOffscreen(): ExtensionApi['offscreen'] {
  // Firefox has neither API (its event page has a DOM); Chrome's polyfill does not wrap them.
  if (typeof chrome === 'undefined' || !chrome.offscreen || !chrome.runtime?.getContexts) return null;
  const count = async (path: string) =>
    (
      await chrome.runtime.getContexts({
        contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
        documentUrls: [chrome.runtime.getURL(path)],
      })
    ).length;
  return {
    count,
    async ensure(path, justification) {
      if ((await count(path)) > 0) return;
      await chrome.offscreen.createDocument({ url: path, reasons: [chrome.offscreen.Reason.DOM_PARSER], justification });
    },
  };
}

export function createBrowserApi(): ExtensionApi {
  return {
    tabs: {
      async active() {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return tab ? toTab(tab) : null;
      },
      async all() {
        return (await browser.tabs.query({})).map(toTab);
      },
      async get(tabId) {
        return toTab(await browser.tabs.get(tabId));
      },
      sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    },
    scripting: {
      async executeFile(tabId, file) {
        await browser.scripting.executeScript({ target: { tabId }, files: [file] });
      },
    },
    runtime: {
      sendMessage: (message) => browser.runtime.sendMessage(message),
      onMessage(handler) {
        browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
          handler(message, { tabId: sender.tab?.id, url: sender.url }),
        );
      },
      getURL: (path) => browser.runtime.getURL(path),
      openOptionsPage: () => browser.runtime.openOptionsPage(),
    },
    storage: {
      async get(key) {
        return (await browser.storage.local.get(key))[key];
      },
      async set(key, value) {
        await browser.storage.local.set({ [key]: value });
      },
    },
    permissions: {
      contains: (origins) => browser.permissions.contains({ origins }),
      request: (origins) => browser.permissions.request({ origins }),
    },
    offscreen: chromeOffscreen(),
  };
}
