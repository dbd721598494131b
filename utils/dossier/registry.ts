/**
 * Recognising one dossier code: normalise, match a registered format, then check what a regex cannot
 * (a real calendar date not after tomorrow in Việt Nam, a sequence that is not all zeros).
 */
import { DEFAULT_FORMATS, type DossierCodeFormat } from './formats';
import { addDays, isCalendarDate, vnDateOf } from './dates';
import { normalizeDossierCode } from './normalize';

export interface ParsedDossierCode {
  /** The normalised code, as stored and as typed into the portal's lookup. */
  code: string;
  /** Id of the format that matched. */
  format: string;
  /** Agency identifier (mã định danh đơn vị, QCVN 102), e.g. `000.00.06.H56`. */
  agency: string;
  /** The code's yyMMdd as ISO `YYYY-MM-DD` (the day the dossier was registered, FACTS §9). */
  receivedDate: string;
  /** Daily sequence number, 1-based. */
  sequence: number;
}

export interface ParseOptions {
  /** The current instant; dates after tomorrow (Việt Nam time) are rejected. Defaults to the clock. */
  now?: Date;
  /** Formats to try, in order. Defaults to the enabled entries of the registry. */
  formats?: readonly DossierCodeFormat[];
}

export type CodeProblem = 'empty' | 'shape' | 'date' | 'future' | 'sequence';

export type CodeCheck = { ok: true; parsed: ParsedDossierCode } | { ok: false; problem: CodeProblem; input: string };

/** Messages for a hand-typed code, Vietnamese with English alongside. */
export const CODE_PROBLEM_MESSAGES: Readonly<Record<CodeProblem, { vi: string; en: string }>> = {
  empty: { vi: 'Vui lòng nhập mã hồ sơ.', en: 'Please enter a dossier code.' },
  shape: {
    vi: 'Mã hồ sơ không đúng dạng. Ví dụ đúng: 000.00.06.H56-231027-0361.',
    en: 'This is not a dossier code. Example: 000.00.06.H56-231027-0361.',
  },
  date: {
    vi: 'Phần ngày trong mã hồ sơ (yyMMdd) không phải ngày có thật.',
    en: 'The date part of the code (yyMMdd) is not a real date.',
  },
  future: {
    vi: 'Phần ngày trong mã hồ sơ nằm trong tương lai.',
    en: 'The date part of the code is in the future.',
  },
  sequence: { vi: 'Số thứ tự cuối mã hồ sơ không thể là 0000.', en: 'The sequence at the end cannot be 0000.' },
};

/** The latest code date accepted at `now`: tomorrow in Việt Nam (codes carry the local UTC+7 date; one spare day
 * absorbs a device clock a little behind). */
export function latestCodeDate(now: Date): string {
  return addDays(vnDateOf(now), 1);
}

/**
 * Match an already normalised code against the formats. Exported for the scanner, which normalises cheaply and
 * computes `maxDate` once per scan instead of once per hit.
 */
export function matchNormalizedCode(
  input: string,
  formats: readonly DossierCodeFormat[],
  maxDate: string,
): CodeCheck {
  // A later, more general format may accept what a specific one refused, so remember the most telling problem.
  let problem: CodeProblem = 'shape';
  for (const format of formats) {
    const groups = format.pattern?.exec(input)?.groups;
    if (!groups) continue;
    const { agency, date, seq } = groups as { agency: string; date: string; seq: string };
    const year = 2000 + Number(date.slice(0, 2));
    const month = Number(date.slice(2, 4));
    const day = Number(date.slice(4, 6));
    if (!isCalendarDate(year, month, day)) {
      problem = 'date';
      continue;
    }
    const receivedDate = `20${date.slice(0, 2)}-${date.slice(2, 4)}-${date.slice(4, 6)}`;
    if (receivedDate > maxDate) {
      problem = 'future';
      continue;
    }
    const sequence = Number(seq);
    if (sequence === 0) {
      problem = 'sequence';
      continue;
    }
    return { ok: true, parsed: { code: input, format: format.id, agency, receivedDate, sequence } };
  }
  return { ok: false, problem, input };
}

/** Check a code and say what is wrong with it; the manual-entry form shows the message. */
export function checkDossierCode(text: string, options: ParseOptions = {}): CodeCheck {
  const input = normalizeDossierCode(text);
  if (input === '') return { ok: false, problem: 'empty', input };
  return matchNormalizedCode(input, options.formats ?? DEFAULT_FORMATS, latestCodeDate(options.now ?? new Date()));
}

/** The parsed code, or undefined when the text is not exactly one valid dossier code. */
export function parseDossierCode(text: string, options: ParseOptions = {}): ParsedDossierCode | undefined {
  const result = checkDossierCode(text, options);
  return result.ok ? result.parsed : undefined;
}

export function isDossierCode(text: string, options: ParseOptions = {}): boolean {
  return checkDossierCode(text, options).ok;
}
