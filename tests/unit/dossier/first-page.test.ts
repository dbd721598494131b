import { describe, expect, it } from 'vitest';
import {
  firstPageOf,
  FIRST_PAGE_KEY,
  FIRST_PAGE_SIZE,
  openDossierStore,
  readFirstPage,
  writeFirstPage,
  type FirstPageArea,
} from '../../../utils/dossier';
import { freshName, syntheticRecord } from './store-helpers';

function memoryArea(initial: Record<string, unknown> = {}): FirstPageArea & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (next) => void Object.assign(items, next),
  };
}

describe('the popup\'s copy of the newest dossiers', () => {
  it('holds the newest rows, newest first, at most one screen of them, and the total', async () => {
    const store = await openDossierStore(freshName());
    const records = Array.from({ length: 20 }, (_, i) => syntheticRecord(i));
    expect((await store.importMany(records, { mode: 'replace' })).ok).toBe(true);
    const area = memoryArea();
    await writeFirstPage(store, area);
    const copy = await readFirstPage(area);
    expect(copy?.total).toBe(20);
    expect(copy?.records.map((r) => r.code)).toEqual(
      records.slice(-FIRST_PAGE_SIZE).reverse().map((r) => r.code),
    );
    store.close();
  });

  it('follows the store: rewritten after a write, it shows what the store now holds', async () => {
    const store = await openDossierStore(freshName());
    const area = memoryArea();
    await writeFirstPage(store, area);
    expect(await readFirstPage(area)).toEqual({ total: 0, records: [] });
    await store.addManual('000.00.22.H56-241121-0007');
    await writeFirstPage(store, area);
    const copy = await readFirstPage(area);
    expect(copy?.total).toBe(1);
    expect(copy?.records[0]?.code).toBe('000.00.22.H56-241121-0007');
    store.close();
  });

  it('made from every record (as the background does after a write), it is the same as read from the store', async () => {
    const store = await openDossierStore(freshName());
    const records = Array.from({ length: 20 }, (_, i) => syntheticRecord(i));
    expect((await store.importMany(records, { mode: 'replace' })).ok).toBe(true);
    const area = memoryArea();
    const fromStore = await writeFirstPage(store, area);
    expect(firstPageOf(await store.list())).toEqual(fromStore);
    expect(firstPageOf([...records].reverse())).toEqual(fromStore);
    store.close();
  });

  it('is ignored when missing, unreadable, or longer than a screen: the popup asks the store instead', async () => {
    expect(await readFirstPage(memoryArea())).toBeUndefined();
    expect(await readFirstPage(memoryArea({ [FIRST_PAGE_KEY]: 'garbage' }))).toBeUndefined();
    expect(await readFirstPage(memoryArea({ [FIRST_PAGE_KEY]: { total: -1, records: [] } }))).toBeUndefined();
    const tooMany = Array.from({ length: FIRST_PAGE_SIZE + 1 }, (_, i) => syntheticRecord(i));
    expect(await readFirstPage(memoryArea({ [FIRST_PAGE_KEY]: { total: 9, records: tooMany } }))).toBeUndefined();
    const failing: FirstPageArea = { get: () => Promise.reject(new Error('gone')), set: async () => undefined };
    expect(await readFirstPage(failing)).toBeUndefined();
  });
});
