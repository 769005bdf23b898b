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

/** A long-lived channel between the popup and the background (runtime.connect): streaming results. */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  onMessage(handler: (message: unknown) => void): void;
  onDisconnect(handler: () => void): void;
  disconnect(): void;
}

/** One storage area: `local` survives restarts; `session` lives in memory until the browser closes. */
export interface StorageArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ExtensionApi {
  tabs: {
    active(): Promise<TabInfo | null>;
    all(): Promise<TabInfo[]>;
    get(tabId: number): Promise<TabInfo>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: {
    /**
     * Injects classic script files, in order, into the tab's top frame; resolves to the value of the last
     * one (its final expression), which is how the content script's answer comes back with the injection.
     */
    executeFiles(tabId: number, files: string[]): Promise<unknown>;
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage(handler: MessageHandler): void;
    getURL(path: string): string;
    openOptionsPage(): Promise<void>;
    /** Opens a port to the background (from the popup). */
    connect(name: string): PortLike;
    /** Ports opened by other contexts (in the background). */
    onConnect(handler: (port: PortLike) => void): void;
  };
  /** storage.local (the reader's settings, acknowledgements, "not the same story" marks). */
  storage: StorageArea & {
    /** storage.session: survives a stopped service worker, not a browser restart (the coverage cache). */
    session: StorageArea;
  };
  permissions: {
    contains(origins: string[]): Promise<boolean>;
    /** Must run inside a user gesture (a click handler in the popup), or the browser refuses. */
    request(origins: string[]): Promise<boolean>;
  };
  /**
   * The browser's message catalogue (_locales/), in the reader's language: '' for an unknown key.
   * Optional so test fakes need not carry it; the popup falls back to the bundled English catalogue.
   */
  i18n?: {
    getMessage(key: string, substitutions: string[]): string;
  };
  /** The toolbar button: the number of same-story outlets once discovery knows it (per tab). */
  action?: {
    setBadgeText(tabId: number, text: string): Promise<void>;
    setBadgeBackgroundColor(tabId: number, color: string): Promise<void>;
    setTitle(tabId: number, title: string): Promise<void>;
  };
  /** Chrome only: a hidden page with a DOM for parsing fetched HTML. Null where the background has a DOM. */
  offscreen: {
    ensure(path: string, justification: string): Promise<void>;
    count(path: string): Promise<number>;
    /** Closes the document: the only way to stop a parse that runs away. */
    close(): Promise<void>;
  } | null;
}

function wrapPort(port: browser.Runtime.Port): PortLike {
  return {
    name: port.name,
    postMessage: (message) => port.postMessage(message),
    onMessage: (handler) => port.onMessage.addListener((message: unknown) => handler(message)),
    onDisconnect: (handler) => port.onDisconnect.addListener(() => handler()),
    disconnect: () => port.disconnect(),
  };
}

// Resolved on each call, not at creation: the offscreen document has only `runtime`, and building the
// seam there must not touch `browser.storage`.
function area(pick: () => browser.Storage.StorageArea): StorageArea {
  return {
    async get(key) {
      return (await pick().get(key))[key];
    },
    async set(key, value) {
      await pick().set({ [key]: value });
    },
    async remove(key) {
      await pick().remove(key);
    },
  };
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
    async close() {
      await chrome.offscreen.closeDocument().catch(() => undefined);
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
      async executeFiles(tabId, files) {
        const [top] = await browser.scripting.executeScript({ target: { tabId }, files });
        return top?.result;
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
      connect: (name) => wrapPort(browser.runtime.connect({ name })),
      onConnect(handler) {
        browser.runtime.onConnect.addListener((port: browser.Runtime.Port) => handler(wrapPort(port)));
      },
    },
    // storage.session exists in Chrome 102+ and Firefox 115+; the manifest's minimums are above both.
    storage: { ...area(() => browser.storage.local), session: area(() => browser.storage.session) },
    permissions: {
      contains: (origins) => browser.permissions.contains({ origins }),
      request: (origins) => browser.permissions.request({ origins }),
    },
    offscreen: chromeOffscreen(),
    i18n: {
      getMessage: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    },
    // MV3's `action` (Chrome, Firefox 109+); the offscreen document has no such namespace.
    action: {
      async setBadgeText(tabId, text) {
        await browser.action?.setBadgeText({ tabId, text });
      },
      async setBadgeBackgroundColor(tabId, color) {
        await browser.action?.setBadgeBackgroundColor({ tabId, color });
      },
      async setTitle(tabId, title) {
        await browser.action?.setTitle({ tabId, title });
      },
    },
  };
}
