/**
 * Where a tab's tour state lives. The runner only sees `GuideStateStore`; which storage backs it is the caller's choice:
 * the background keeps one entry per tab in `storage.session` (content scripts cannot read that area unless
 * `setAccessLevel` opens it, and they do not know their tab id), and the content script talks to it through
 * `remoteGuideStore`. Every read passes the state schema.
 */
import { readState, type GuideState } from './state';

export interface GuideStateStore {
  load(): Promise<GuideState | undefined>;
  save(state: GuideState): Promise<void>;
  clear(): Promise<void>;
}

/** The storage key of a tab's tour. */
export function guideStateKey(tabId: number): string {
  return `guide:${tabId}`;
}

/** The part of `browser.storage.session` (or any storage area) this module uses. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A store over one key of a storage area, e.g. `storageGuideStore(browser.storage.session, guideStateKey(tabId))`. */
export function storageGuideStore(area: StorageAreaLike, key: string): GuideStateStore {
  return {
    async load() {
      const items = await area.get(key);
      return readState(items[key]);
    },
    async save(state) {
      await area.set({ [key]: state });
    },
    async clear() {
      await area.remove(key);
    },
  };
}

/** A store in memory: tests, and a fallback when no session storage is reachable (the tour then ends on reload). */
export function memoryGuideStore(initial?: unknown): GuideStateStore & { readonly raw: unknown } {
  let raw: unknown = initial;
  return {
    get raw() {
      return raw;
    },
    async load() {
      return readState(raw);
    },
    async save(state) {
      raw = JSON.parse(JSON.stringify(state)) as unknown;
    },
    async clear() {
      raw = undefined;
    },
  };
}

/** One store operation as a plain object, so it can travel in a message from the content script to the background. */
export type GuideStoreOp = { op: 'load' } | { op: 'save'; state: GuideState } | { op: 'clear' };

/** The content-script side: each operation is sent through `call` (the lead's typed message to the background). */
export function remoteGuideStore(call: (op: GuideStoreOp) => Promise<unknown>): GuideStateStore {
  return {
    async load() {
      return readState(await call({ op: 'load' }));
    },
    async save(state) {
      await call({ op: 'save', state });
    },
    async clear() {
      await call({ op: 'clear' });
    },
  };
}

/** The background side: carries out an operation on the sender tab's store; `load` answers the state or undefined. */
export async function serveGuideStoreOp(op: GuideStoreOp, store: GuideStateStore): Promise<GuideState | undefined> {
  switch (op.op) {
    case 'load':
      return store.load();
    case 'save': {
      const state = readState(op.state);
      if (state) await store.save(state);
      return undefined;
    }
    case 'clear':
      await store.clear();
      return undefined;
  }
}
