/**
 * Search as you type, diacritics optional: "thanh hoa", "Thanh Hoá" and "Thanh Hóa" all find "Tỉnh Thanh Hóa".
 *
 * Every query word must start a word of the candidate once both are folded. Ranking, best first: the whole text
 * equals the query, the text starts with the query, every word matches in order, then anywhere. Ties go to the
 * candidate whose accented text contains the query as typed (so "Đồng Tiến" ranks "Xã Đồng Tiến" above
 * "Phường Đông Tiến"), then to the shorter text, then to the original order (stable).
 */
import { fold, tidy } from './fold';

export interface SearchOptions {
  /** At most this many results (default: all). */
  limit?: number;
}

export interface SearchHit<T> {
  item: T;
  /** Lower is better: 0 equal, 1 prefix, 2 words in order, 3 words anywhere. */
  rank: number;
  /** The text (one of the item's texts) that matched best. */
  text: string;
}

function words(folded: string): string[] {
  // Punctuation separates words too ("TP.Thanh Hóa", "Bru-Vân Kiều"), so searching "van" finds "Bru-Vân Kiều".
  return folded.split(/[\s.,;:()/'’-]+/u).filter((w) => w !== '');
}

/** Without spaces and punctuation, so "hmong" finds "H'Mông" and "bana" finds "Ba na". */
function squash(folded: string): string {
  return words(folded).join('');
}

/** Rank of one text for the folded query words, or undefined when some query word starts no word of the text. */
function rankText(text: string, queryFolded: string, queryWords: readonly string[]): number | undefined {
  const folded = fold(text);
  if (folded === queryFolded) return 0;
  if (folded.startsWith(queryFolded) || squash(folded).startsWith(squash(queryFolded))) return 1;
  const textWords = words(folded);
  // Greedy in-order match: each query word must start a later word than the previous one.
  let from = 0;
  let inOrder = true;
  for (const qw of queryWords) {
    const at = textWords.findIndex((w, i) => i >= from && w.startsWith(qw));
    if (at === -1) {
      inOrder = false;
      break;
    }
    from = at + 1;
  }
  if (inOrder) return 2;
  return queryWords.every((qw) => textWords.some((w) => w.startsWith(qw))) ? 3 : undefined;
}

/**
 * Filters and ranks `items` for `query`. `textsOf` gives the strings to match (e.g. the full name and the name
 * without its unit type). An empty query returns nothing: callers show their full list instead.
 */
export function searchFolded<T>(
  query: string,
  items: readonly T[],
  textsOf: (item: T) => string | readonly string[],
  options: SearchOptions = {},
): SearchHit<T>[] {
  const queryFolded = fold(query);
  const queryWords = words(queryFolded);
  if (queryWords.length === 0) return [];
  const queryExact = tidy(query).toLowerCase();

  const hits: (SearchHit<T> & { accented: boolean; index: number })[] = [];
  items.forEach((item, index) => {
    const texts = textsOf(item);
    let best: { rank: number; text: string } | undefined;
    for (const text of typeof texts === 'string' ? [texts] : texts) {
      const rank = rankText(text, queryFolded, queryWords);
      if (rank !== undefined && (best === undefined || rank < best.rank || (rank === best.rank && text.length < best.text.length))) {
        best = { rank, text };
      }
    }
    if (best === undefined) return;
    const accented = (typeof texts === 'string' ? [texts] : texts).some((t) => tidy(t).toLowerCase().includes(queryExact));
    hits.push({ item, rank: best.rank, text: best.text, accented, index });
  });

  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(b.accented) - Number(a.accented) ||
      a.text.length - b.text.length ||
      a.index - b.index,
  );
  const limited = options.limit === undefined ? hits : hits.slice(0, options.limit);
  return limited.map(({ item, rank, text }) => ({ item, rank, text }));
}
