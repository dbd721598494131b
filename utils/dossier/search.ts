/**
 * Search as you type over saved dossiers: code, procedure, owner (name and ID), agency, note and label, folded so
 * "thanh hoa" finds "Thanh Hóa". Every record keeps its folded search text (computed once, on write or when the
 * index is built), so a keystroke over 10,000 dossiers is a few thousand substring tests, well under a frame.
 */
import { fold } from '../text/fold';
import type { DossierRecord } from './record';

/** Printable ASCII needs no Unicode folding, only lower case (codes, ID numbers). */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** Procedures, agencies and names repeat across dossiers; folding each distinct value once keeps index builds fast. */
const folded = new Map<string, string>();
const MAX_MEMO = 20_000;

function foldField(value: string): string {
  if (PLAIN_ASCII.test(value)) return value.toLowerCase().replace(/\s+/g, ' ').trim();
  let result = folded.get(value);
  if (result === undefined) {
    if (folded.size >= MAX_MEMO) folded.clear();
    result = fold(value);
    folded.set(value, result);
  }
  return result;
}

export function searchTextOf(record: DossierRecord): string {
  let text = '';
  for (const part of [record.code, record.procedure, record.ownerName, record.ownerIdNumber, record.agency, record.label, record.note]) {
    // A separator no query can contain keeps words of different fields from running together.
    if (part) text += (text ? ' \u0001 ' : '') + foldField(part);
  }
  return text;
}

/** Folded query words; a record matches when it contains every word. */
export function queryTokens(query: string): string[] {
  return fold(query).split(' ').filter((t) => t !== '');
}

export function matchesTokens(searchText: string, tokens: readonly string[]): boolean {
  for (const token of tokens) if (!searchText.includes(token)) return false;
  return true;
}

/**
 * Newest saved first; for the same instant, code descending, which is also the order in which the store's savedAt
 * index walks backwards, so the popup's index and the store agree.
 */
export function newestFirst(a: DossierRecord, b: DossierRecord): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return a.code < b.code ? 1 : a.code > b.code ? -1 : 0;
}

export interface DossierIndex {
  readonly size: number;
  /** Records matching the query, newest first; an empty query lists all. */
  search(query: string, limit?: number): DossierRecord[];
}

/** An in-memory index the popup builds once from `list()` and queries on every keystroke. */
export function createDossierIndex(records: readonly DossierRecord[]): DossierIndex {
  const entries = [...records].sort(newestFirst).map((record) => ({ record, text: searchTextOf(record) }));
  return {
    size: entries.length,
    search(query: string, limit = Infinity): DossierRecord[] {
      const tokens = queryTokens(query);
      const out: DossierRecord[] = [];
      for (const entry of entries) {
        if (out.length >= limit) break;
        if (matchesTokens(entry.text, tokens)) out.push(entry.record);
      }
      return out;
    },
  };
}
