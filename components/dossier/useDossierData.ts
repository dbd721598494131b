/**
 * The panel's view of the store. First render never waits for every record: the newest page comes from the store's
 * savedAt index, then all records load when the page is idle into an in-memory index that answers each keystroke
 * synchronously. Until the index is there, a search asks the store (and the panel says "Đang tải…").
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  createDossierIndex,
  FIRST_PAGE_SIZE,
  newestFirst,
  normalizeDossierCode,
  type DossierIndex,
  type DossierRecord,
} from '../../utils/dossier';
import type { DossierSource } from './types';

/** Rows per page of the list (and per "Hiện thêm"). */
export const PAGE_SIZE = 30;
/** Rows in the very first render: what fills the popup (two or three rows are visible), read before anything else. */
export const FIRST_PAGE = FIRST_PAGE_SIZE;
/** Pause in typing before the store is searched (only while the index is loading). */
const STORE_SEARCH_DELAY_MS = 250;

export interface DossierData {
  /** Saved dossiers in total; undefined until the store answered. */
  total: number | undefined;
  /** Dossiers matching the query, newest first (all of them once the index is ready; a first page before). */
  matches: readonly DossierRecord[] | undefined;
  /** The search index has every record (matches is complete and "Tra cứu tất cả" may start). */
  ready: boolean;
  /** A query is being answered by the store because the index is not ready yet. */
  searching: boolean;
  /** Last error reading the store, in Vietnamese. */
  error: string | undefined;
  /** The current record for a code, from memory. */
  find(code: string): DossierRecord | undefined;
  /** Re-read after a write: one code (cheap) or everything. */
  refresh(code?: string): Promise<void>;
}

type Idle = (run: () => void) => void;

const whenIdle: Idle = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
  else setTimeout(run, 0);
};

function messageOf(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Không đọc được danh sách hồ sơ đã lưu (${detail}). Hãy đóng rồi mở lại Trợ lý.`;
}

interface Loaded {
  records: DossierRecord[];
  index: DossierIndex;
}

function indexOf(records: DossierRecord[]): Loaded {
  return { records, index: createDossierIndex(records) };
}

export function useDossierData(source: DossierSource, query: string, idle: Idle = whenIdle): DossierData {
  const [firstPage, setFirstPage] = useState<DossierRecord[]>();
  const [total, setTotal] = useState<number>();
  const [loaded, setLoaded] = useState<Loaded>();
  const [fallback, setFallback] = useState<{ query: string; records: DossierRecord[] }>();
  const [error, setError] = useState<string>();
  // The ref is what async work reads: it changes the moment a load lands, not at the next render.
  const loadedRef = useRef<Loaded>();
  const commit = (next: Loaded) => {
    loadedRef.current = next;
    setLoaded(next);
    setTotal(next.records.length);
  };
  /** Bumped by every write; a full load that started before a write is redone. */
  const generation = useRef(0);

  const loadAll = useCallback(() => {
    const started = generation.current;
    source.list().then(
      (records) => {
        if (started !== generation.current) return loadAll();
        commit(indexOf(records));
      },
      (e: unknown) => setError(messageOf(e)),
    );
  }, [source]);

  /** The store has answered for the first page: a late copy must not replace its answer. */
  const storeAnswered = useRef(false);
  const loadFirst = useCallback(
    async (pending?: Promise<[DossierRecord[], number]>) => {
      const [page, count] = await (pending ?? Promise.all([source.list({ limit: FIRST_PAGE }), source.count()]));
      storeAnswered.current = true;
      setFirstPage(page);
      setTotal(count);
    },
    [source],
  );

  // The first page is asked for during the first render, not after its paint: the popup's first rows wait on nothing else.
  const firstQuery = useMemo(() => {
    const query = Promise.all([source.list({ limit: FIRST_PAGE }), source.count()]);
    query.catch(() => undefined); // handled in the effect below; this only keeps it from counting as unhandled meanwhile
    return query;
  }, [source]);
  useEffect(() => {
    source.firstPage?.().then(
      (copy) => {
        if (!copy || storeAnswered.current) return;
        setFirstPage(copy.records);
        setTotal(copy.total);
      },
      () => undefined, // no copy: the store's answer is on its way anyway
    );
    loadFirst(firstQuery).then(
      () => idle(loadAll),
      (e: unknown) => setError(messageOf(e)),
    );
  }, [firstQuery]);

  // Without the index, a search is the store's job: correct but a full scan, so it waits for a pause in typing, and
  // stale answers are dropped.
  useEffect(() => {
    if (loaded || query.trim() === '') return;
    let current = true;
    const timer = setTimeout(() => {
      source.list({ query, limit: PAGE_SIZE }).then(
        (records) => current && setFallback({ query, records }),
        (e: unknown) => current && setError(messageOf(e)),
      );
    }, STORE_SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, loaded, source]);

  const refresh = useCallback(
    async (code?: string) => {
      generation.current++;
      if (!loadedRef.current || code === undefined) {
        // The full load in flight (if any) sees the new generation and starts over.
        await loadFirst();
        if (loadedRef.current) loadAll();
        return;
      }
      const key = normalizeDossierCode(code);
      const record = await source.get(key);
      // Read the records after the await: another refresh may have landed meanwhile.
      const base = loadedRef.current;
      const records = base.records.filter((r) => r.code !== key);
      if (record) records.push(record);
      // The index sorts newest first; keep the array sorted too so find() and the first page agree.
      records.sort(newestFirst);
      commit(indexOf(records));
    },
    [source, loadFirst, loadAll],
  );

  const matches = useMemo(() => {
    if (loaded) return loaded.index.search(query);
    if (query.trim() === '') return firstPage;
    return fallback?.query === query ? fallback.records : undefined;
  }, [loaded, query, firstPage, fallback]);

  const find = useCallback(
    (code: string) => {
      const key = normalizeDossierCode(code);
      return (loadedRef.current?.records ?? firstPage ?? []).find((r) => r.code === key) ?? matches?.find((r) => r.code === key);
    },
    [firstPage, matches],
  );

  return {
    total,
    matches,
    ready: loaded !== undefined,
    searching: !loaded && query.trim() !== '' && fallback?.query !== query,
    error,
    find,
    refresh,
  };
}
