/**
 * The popup's first rows without waiting for IndexedDB. Opening a large database costs the popup 50-200 ms before
 * it can read a single row; `storage.session` answers in a few. The background (the only writer of the store)
 * rewrites this small copy of the newest rows and the total after every write, and the popup shows it while its own
 * read of the store is on the way, then the store's answer replaces it. The copy lives in memory only (cleared when
 * the browser closes) and never holds more than the popup's first screen.
 */
import * as z from 'zod/mini';
import { DossierRecord } from './record';
import { newestFirst } from './search';
import type { DossierReader } from './store';

/** Rows the popup shows before anything else: what fills its first screen. */
export const FIRST_PAGE_SIZE = 8;
export const FIRST_PAGE_KEY = 'dossiers:first-page';

export const FirstPage = z.object({
  total: z.number().check(z.int(), z.nonnegative()),
  records: z.array(DossierRecord).check(z.maxLength(FIRST_PAGE_SIZE)),
});
export type FirstPage = z.infer<typeof FirstPage>;

/** The part of a storage area (`browser.storage.session`) this module uses. */
export interface FirstPageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The first page of `records` (in any order): the newest, newest first, and how many there are. */
export function firstPageOf(records: readonly DossierRecord[]): FirstPage {
  return { total: records.length, records: [...records].sort(newestFirst).slice(0, FIRST_PAGE_SIZE) };
}

export async function keepFirstPage(page: FirstPage, area: FirstPageArea): Promise<void> {
  await area.set({ [FIRST_PAGE_KEY]: page });
}

/** Reads the newest rows and the total from the store (without reading every record) and keeps them. */
export async function writeFirstPage(store: Pick<DossierReader, 'list' | 'count'>, area: FirstPageArea): Promise<FirstPage> {
  const [records, total] = await Promise.all([store.list({ limit: FIRST_PAGE_SIZE }), store.count()]);
  const page: FirstPage = { total, records };
  await keepFirstPage(page, area);
  return page;
}

/** The kept first page, or undefined when there is none or it does not read as one (the store is asked instead). */
export async function readFirstPage(area: FirstPageArea): Promise<FirstPage | undefined> {
  try {
    const parsed = FirstPage.safeParse((await area.get(FIRST_PAGE_KEY))[FIRST_PAGE_KEY]);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
