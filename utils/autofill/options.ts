/**
 * Choosing an option the way a person reads the list: whole labels only (never substrings: "Quận 1" is not
 * "Quận 10"), accents and spelling variants absorbed, and two equally good options mean "ask the user", not "pick one".
 */
import { fold, matchUnitName, stripUnitPrefix, tidy } from '../text';
import { cleanText } from './text';
import type { OptionWant } from './types';

/** No match. */
export const NONE = -1;
/** Several options match equally well. */
export const AMBIGUOUS = -2;

/**
 * The ethnic-group rule of shared/data/ethnic-groups-religions.json, used for every catalogue: drop parenthesised
 * parts, hyphens, apostrophes and spaces ("Kinh (Việt)" = "Kinh", "Khơ-me" = "Khơ me", "H'Mông" = "H'mông (Mèo)").
 */
function loose(text: string): string {
  return fold(text).replace(/\([^)]*\)/g, '').replace(/[\s'’.-]+/g, '');
}

/** Religions are listed with and without "Đạo " ("Đạo Tin Lành" = "Tin Lành"). */
function withoutDao(text: string): string {
  return text.replace(/^dao(?=.)/, '');
}

function unique(indexes: number[]): number {
  if (indexes.length === 0) return NONE;
  return indexes.length === 1 ? (indexes[0] ?? NONE) : AMBIGUOUS;
}

function indexesWhere(options: readonly string[], test: (option: string) => boolean): number[] {
  const out: number[] = [];
  options.forEach((o, i) => {
    if (test(o)) out.push(i);
  });
  return out;
}

function pickText(options: readonly string[], label: string): number {
  const exact = indexesWhere(options, (o) => tidy(o) === tidy(label));
  if (exact.length > 0) return exact[0] ?? NONE; // the same label twice is the same choice
  for (const norm of [fold, loose, (t: string) => withoutDao(loose(t))]) {
    const want = norm(label);
    if (want === '') continue;
    const hits = indexesWhere(options, (o) => norm(o) === want);
    if (hits.length > 0) return unique(hits);
  }
  return NONE;
}

function pickNumber(options: readonly string[], label: string): number {
  const want = Number(label);
  return unique(indexesWhere(options, (o) => {
    const digits = /\d+/.exec(o);
    return digits !== null && Number(digits[0]) === want;
  }));
}

/** Index of the option to choose among `options` (their visible texts), NONE, or AMBIGUOUS. */
export function pickOption(options: readonly string[], want: OptionWant): number {
  for (const label of want.labels) {
    let index: number;
    if (want.mode === 'number') index = pickNumber(options, label);
    else if (want.mode === 'place') {
      const found = matchUnitName(label, options.map((text, i) => ({ text, i })), want.level ?? 'commune', (o) => o.text);
      index = found.matches.length === 1 ? (found.matches[0]?.i ?? NONE) : found.matches.length > 1 ? AMBIGUOUS : NONE;
    } else index = pickText(options, label);
    if (index !== NONE) return index;
  }
  if (want.contains && want.contains.length > 0) {
    const words = want.contains;
    return unique(indexesWhere(options, (o) => words.some((w) => ` ${cleanText(o)} `.includes(` ${w} `))));
  }
  return NONE;
}

/** Whether a value already in a field is the option we want (so it is kept without comment). */
export function sameOption(existing: string, want: OptionWant): boolean {
  return existing !== '' && pickOption([existing], want) === 0;
}

/** Text we type into a searchable list to narrow it: the name without its unit type for places. */
export function searchTextFor(want: OptionWant): string {
  const first = tidy(want.labels[0] ?? '');
  return want.mode === 'place' ? stripUnitPrefix(first, want.level ?? 'commune') : first;
}
