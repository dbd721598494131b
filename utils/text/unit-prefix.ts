/**
 * Administrative unit names and their type prefixes ("Tỉnh", "Phường", "TP." …), per level.
 *
 * Prefixes are stripped only within one level's list (FACTS §14): "Thành phố Thanh Hóa" is an old district, not the
 * province "Tỉnh Thanh Hóa", and "Thị xã Nghi Sơn" (old district) is not "Phường Nghi Sơn" (commune). Abbreviations map
 * to the full type so "TP Thanh Hoá" and "Thành phố Thanh Hóa" compare equal once folded.
 */
import { fold, tidy } from './fold';

export type UnitLevel = 'province' | 'district' | 'commune';

/** The full, official spelling of each unit type. */
export type UnitType =
  | 'Tỉnh' | 'Thành phố' | 'Quận' | 'Huyện' | 'Thị xã' | 'Xã' | 'Phường' | 'Thị trấn' | 'Đặc khu';

/** Written forms of each type, longest first inside a level so "Thị xã" wins over a shorter prefix. */
const PREFIXES: Record<UnitLevel, readonly (readonly [written: string, type: UnitType])[]> = {
  province: [['Thành phố', 'Thành phố'], ['Tỉnh', 'Tỉnh'], ['TP.', 'Thành phố'], ['TP', 'Thành phố']],
  district: [
    ['Thành phố', 'Thành phố'], ['Thị xã', 'Thị xã'], ['Quận', 'Quận'], ['Huyện', 'Huyện'],
    ['TP.', 'Thành phố'], ['TP', 'Thành phố'], ['TX.', 'Thị xã'], ['TX', 'Thị xã'],
  ],
  commune: [
    ['Thị trấn', 'Thị trấn'], ['Đặc khu', 'Đặc khu'], ['Phường', 'Phường'], ['Xã', 'Xã'], ['TT.', 'Thị trấn'],
    ['TT', 'Thị trấn'],
  ],
};

/** Folded prefix → type, precomputed once per level. */
const FOLDED_PREFIXES: Record<UnitLevel, readonly (readonly [folded: string, type: UnitType])[]> = {
  province: PREFIXES.province.map(([w, t]) => [fold(w), t] as const),
  district: PREFIXES.district.map(([w, t]) => [fold(w), t] as const),
  commune: PREFIXES.commune.map(([w, t]) => [fold(w), t] as const),
};

export interface UnitName {
  /** The unit type when the name starts with one of this level's prefixes. */
  type: UnitType | undefined;
  /** The proper name without the type, tidied (NFC, spaces collapsed): "Thanh Hóa". */
  rest: string;
}

/**
 * Splits "TP. Thanh Hóa" into {type: 'Thành phố', rest: 'Thanh Hóa'} using only `level`'s prefixes.
 * A prefix counts only as a whole word followed by a name: "TP" in "TPHCM" is left alone, while an abbreviation with its
 * dot may touch the name ("TP.Thanh Hóa"). A bare type with nothing after it ("Phường") is not split.
 */
export function splitUnitName(name: string, level: UnitLevel): UnitName {
  const clean = tidy(name);
  const folded = fold(clean);
  for (const [prefix, type] of FOLDED_PREFIXES[level]) {
    if (!folded.startsWith(prefix)) continue;
    const next = folded.charAt(prefix.length);
    const endsWithDot = prefix.endsWith('.');
    if (!endsWithDot && next !== ' ') continue;
    const rest = sliceAfterFoldedPrefix(clean, prefix.length).replace(/^[\s.]+/, '');
    if (rest === '') continue;
    return { type, rest: tidy(rest) };
  }
  return { type: undefined, rest: clean };
}

/** Drops from `text` the characters that fold to the first `foldedLength` characters (marks fold to nothing). */
function sliceAfterFoldedPrefix(text: string, foldedLength: number): string {
  const chars = Array.from(text);
  let seen = 0;
  let i = 0;
  while (i < chars.length && seen < foldedLength) {
    seen += (chars[i] ?? '').normalize('NFD').replace(/\p{M}+/gu, '').length;
    i += 1;
  }
  return chars.slice(i).join('');
}

/** The proper name without its type: "Phường Hạc Thành" → "Hạc Thành" (commune level). */
export function stripUnitPrefix(name: string, level: UnitLevel): string {
  return splitUnitName(name, level).rest;
}

/** How a name matched: exact NFC, folded with the type kept, or folded with the type ignored. */
export type UnitMatchKind = 'exact' | 'folded' | 'folded-untyped';

export interface UnitMatch<T> {
  matches: T[];
  /** Undefined when nothing matched. */
  by: UnitMatchKind | undefined;
  /**
   * True when the matches were found only by ignoring a conflicting type (step 3): "TP Thanh Hoa" looked up among
   * provinces finds "Tỉnh Thanh Hóa", which is worth telling the user before using it.
   */
  typeMismatch: boolean;
}

/**
 * Finds `query` among `candidates` at one level, in the order FACTS §14 prescribes, stopping at the first step that
 * finds anything: (1) exact NFC name, (2) folded with the type kept, (3) folded without the type. Types are compared
 * only when both sides name one. "Đồng Tiến" finds only "Xã Đồng Tiến" (step 1), "phuong dong tien" only "Phường Đông
 * Tiến" (step 2), and "dong tien" both (step 2), leaving the choice to the caller. Step 3 is reached only when the
 * types conflict, and says so with `typeMismatch`.
 */
export function matchUnitName<T>(
  query: string,
  candidates: readonly T[],
  level: UnitLevel,
  nameOf: (candidate: T) => string,
): UnitMatch<T> {
  const q = splitUnitName(query, level);
  if (q.rest === '') return { matches: [], by: undefined, typeMismatch: false };
  const qFolded = fold(q.rest);
  const split = candidates.map((c) => ({ c, name: splitUnitName(nameOf(c), level) }));

  // A type on only one side (an option list that writes "Thanh Hóa") is no conflict; two different types are.
  const compatible = (type: UnitType | undefined): boolean => q.type === undefined || type === undefined || type === q.type;

  const exact = split.filter(({ name }) => name.rest === q.rest && compatible(name.type));
  if (exact.length > 0) return { matches: exact.map((s) => s.c), by: 'exact', typeMismatch: false };

  const sameFold = split.filter(({ name }) => fold(name.rest) === qFolded);
  const typed = sameFold.filter(({ name }) => compatible(name.type));
  if (typed.length > 0) return { matches: typed.map((s) => s.c), by: 'folded', typeMismatch: false };
  if (sameFold.length > 0) return { matches: sameFold.map((s) => s.c), by: 'folded-untyped', typeMismatch: true };
  return { matches: [], by: undefined, typeMismatch: false };
}
