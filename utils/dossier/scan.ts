/**
 * Finding dossier codes in free text (page text, pasted messages) in one pass.
 *
 * A cheap prefilter regex finds the fixed middle of every code, `-yyMMdd-NNNN`; only around those hits do we walk
 * left over the agency identifier, right over the sequence, check the boundaries and run the full parser. Text
 * without such a hit costs one regex scan, so 1 MB of ordinary text is a few milliseconds.
 */
import { DEFAULT_FORMATS } from './formats';
import { DASH_CLASS } from './normalize';
import { latestCodeDate, matchNormalizedCode, type ParseOptions, type ParsedDossierCode } from './registry';
import type { DossierCodeFormat } from './formats';

export interface DossierCodeMatch {
  /** Offset of the first character of the code in the scanned text. */
  start: number;
  /** Offset just after the code. */
  end: number;
  /** The text as it appears (may contain en dashes or lower case). */
  raw: string;
  parsed: ParsedDossierCode;
}

const HIT_SOURCE = `[${DASH_CLASS}]\\d{6}[${DASH_CLASS}]\\d{4}`;
const HITS = new RegExp(HIT_SOURCE, 'g');
/** Length of a hit: dash + 6 digits + dash + 4 digits. */
const HIT_LENGTH = 12;
/** Longest agency identifier we accept; anything longer is part of another token. */
const MAX_AGENCY = 40;
const MAX_SEQUENCE = 5;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters an agency identifier is made of (letters for the H, digits, dots). */
function isAgencyChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/**
 * Characters that, touching a code on either side, make it the piece of a longer token: letters, digits, joiners
 * and dashes ("abc000.00...", "...-0361/QĐ-UBND", "...-0361-2").
 */
const JOINED = new RegExp(`[\\p{L}\\p{N}\\p{M}_/\\\\@#+${DASH_CLASS}]`, 'u');

function rejectsBefore(text: string, start: number): boolean {
  return start > 0 && JOINED.test(text[start - 1] as string);
}

function rejectsAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const ch = text[end] as string;
  if (JOINED.test(ch)) return true;
  // A sentence may end right after a code ("... 0361."), but "0361.5" or "0361,5" continue a number.
  if (ch === '.' || ch === ',') {
    const next = text[end + 1];
    return next !== undefined && /[\p{L}\p{N}]/u.test(next);
  }
  return false;
}

/**
 * All valid dossier codes in `text` with their offsets, in order. Near-misses embedded in longer tokens (procedure
 * codes like `1.001193.000.00.00.H56`, phone and ID numbers, decision numbers, plain dates) are not reported.
 */
export function findDossierCodes(text: string, options: ParseOptions = {}): DossierCodeMatch[] {
  const found: DossierCodeMatch[] = [];
  HITS.lastIndex = 0;
  let hit = HITS.exec(text);
  if (hit === null) return found; // the common case (most text nodes of a page): one regex scan, nothing else
  const scan: Scan = {
    formats: options.formats ?? DEFAULT_FORMATS,
    maxDate: latestCodeDate(options.now ?? new Date()),
  };
  // Scanning is synchronous, so the shared regex cannot be reset by another scan before this loop ends.
  for (; hit !== null; hit = HITS.exec(text)) {
    const dash = hit.index;
    const match = candidateAt(text, dash, scan);
    if (match) {
      found.push(match);
      HITS.lastIndex = match.end;
    } else {
      // A rejected hit may still overlap the start of a real one, so resume just after its first dash.
      HITS.lastIndex = dash + 1;
    }
  }
  return found;
}

interface Scan {
  formats: readonly DossierCodeFormat[];
  maxDate: string;
}

const DASHES = new RegExp(`[${DASH_CLASS}]`, 'g');

function candidateAt(text: string, dash: number, scan: Scan): DossierCodeMatch | undefined {
  let start = dash;
  const floor = Math.max(0, dash - MAX_AGENCY - 1);
  while (start > floor && isAgencyChar(text.charCodeAt(start - 1))) start--;
  if (start === floor && start > 0 && isAgencyChar(text.charCodeAt(start - 1))) return undefined;
  // A dot directly before the identifier is sentence punctuation ("xong.000.00..."), not part of the code.
  while (start < dash && text.charCodeAt(start) === 46) start++;
  if (start === dash) return undefined;

  let end = dash + HIT_LENGTH;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  if (end - (dash + HIT_LENGTH - 4) > MAX_SEQUENCE) return undefined;
  if (rejectsBefore(text, start) || rejectsAfter(text, end)) return undefined;

  const raw = text.slice(start, end);
  // The candidate is only ASCII letters, digits, dots and dashes, so normalising is just dashes and case.
  const result = matchNormalizedCode(raw.replace(DASHES, '-').toUpperCase(), scan.formats, scan.maxDate);
  return result.ok ? { start, end, raw, parsed: result.parsed } : undefined;
}
