import type { ExtensionApi, MessageHandler, PortLike, StorageArea, TabInfo } from '../../extension/api';

/** Two connected in-memory ports, delivering asynchronously and as structured clones (as the browser does). */
export function portPair(name: string): [PortLike, PortLike] {
  const make = () => ({ message: [] as ((m: unknown) => void)[], disconnect: [] as (() => void)[], open: true });
  const ends = [make(), make()];
  const port = (self: number): PortLike => ({
    name,
    postMessage(message) {
      if (!ends[self].open) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(message);
      setTimeout(() => ends[1 - self].message.forEach((h) => h(copy)), 0);
    },
    onMessage: (h) => void ends[self].message.push(h),
    onDisconnect: (h) => void ends[self].disconnect.push(h),
    disconnect() {
      if (!ends[self].open) return;
      ends[0].open = ends[1].open = false;
      setTimeout(() => ends[1 - self].disconnect.forEach((h) => h()), 0);
    },
  });
  return [port(0), port(1)];
}

/** One storage area over a Map, copying values in and out as the browser's structured clone does. */
function storageArea(map: Map<string, unknown>): StorageArea {
  return {
    get: async (key) => structuredClone(map.get(key)),
    async set(key, value) {
      map.set(key, structuredClone(value));
    },
    async remove(key) {
      map.delete(key);
    },
  };
}

/** A fake browser behind the seam: tabs, an injectable content script, storage and permissions. */
export interface FakeBrowser {
  api: ExtensionApi;
  tabs: TabInfo[];
  /** What the content script in each tab answers once injected. */
  pages: Map<number, unknown>;
  injected: Set<number>;
  injections: number[];
  /** Error message executeFiles throws per tab (a restricted page, a missing permission). */
  injectErrors: Map<number, string>;
  storage: Map<string, unknown>;
  session: Map<string, unknown>;
  connectHandlers: ((port: PortLike) => void)[];
  granted: Set<string>;
  offscreenDocs: number;
  ensureCalls: number;
  offscreenCloses: number;
  runtimeHandlers: MessageHandler[];
}

export function createFakeBrowser(options: { offscreen?: boolean } = {}): FakeBrowser {
  const fake: FakeBrowser = {
    api: undefined as unknown as ExtensionApi,
    tabs: [],
    pages: new Map(),
    injected: new Set(),
    injections: [],
    injectErrors: new Map(),
    storage: new Map(),
    session: new Map(),
    connectHandlers: [],
    granted: new Set(),
    offscreenDocs: 0,
    ensureCalls: 0,
    offscreenCloses: 0,
    runtimeHandlers: [],
  };
  const tick = () => new Promise((done) => setTimeout(done, 1));
  fake.api = {
    tabs: {
      active: async () => fake.tabs.find((t) => t.active) ?? null,
      all: async () => fake.tabs.map((t) => ({ ...t })),
      async get(tabId) {
        const tab = fake.tabs.find((t) => t.id === tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return { ...tab };
      },
      async sendMessage(tabId) {
        if (!fake.injected.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        return structuredClone(fake.pages.get(tabId));
      },
    },
    scripting: {
      // The injection's value is the content script's answer (extension/content/answer.js).
      async executeFiles(tabId) {
        fake.injections.push(tabId);
        const error = fake.injectErrors.get(tabId);
        if (error) throw new Error(error);
        fake.injected.add(tabId);
        return structuredClone(fake.pages.get(tabId));
      },
    },
    runtime: {
      async sendMessage(message) {
        for (const handler of fake.runtimeHandlers) {
          const answer = handler(message, {});
          if (answer !== undefined) return answer;
        }
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      onMessage(handler) {
        fake.runtimeHandlers.push(handler);
      },
      getURL: (path) => `chrome-extension://fake/${path}`,
      openOptionsPage: async () => {},
      connect(name) {
        const [popupEnd, backgroundEnd] = portPair(name);
        setTimeout(() => fake.connectHandlers.forEach((h) => h(backgroundEnd)), 0);
        return popupEnd;
      },
      onConnect(handler) {
        fake.connectHandlers.push(handler);
      },
    },
    storage: { ...storageArea(fake.storage), session: storageArea(fake.session) },
    permissions: {
      contains: async (origins) => origins.every((o) => fake.granted.has(o)),
      async request(origins) {
        origins.forEach((o) => fake.granted.add(o));
        return true;
      },
    },
    offscreen: options.offscreen === false
      ? null
      : {
          async ensure() {
            fake.ensureCalls++;
            await tick(); // the real check-then-create is async: a race window a shared promise must close
            if (fake.offscreenDocs > 0) return;
            await tick();
            fake.offscreenDocs++;
            if (fake.offscreenDocs > 1) throw new Error('Only a single offscreen document may be created.');
          },
          count: async () => fake.offscreenDocs,
          async close() {
            fake.offscreenDocs = 0;
            fake.offscreenCloses++;
          },
        },
  };
  return fake;
}
