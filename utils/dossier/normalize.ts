/**
 * Normalising what people paste or type as a dossier code (FACTS §9: "trim, upper-case, turn en dashes into -").
 */

/** Hyphen lookalikes that copy/paste from Word, PDF receipts and chat apps produce. */
export const DASH_CLASS = '\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D';
const DASHES = new RegExp(`[${DASH_CLASS}]`, 'g');
/** Invisible characters that ride along with copied text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Trim, NFKC (full-width digits and letters, NBSP → space), drop invisible characters, map dash lookalikes to "-"
 * and upper-case. Inner spaces are kept on purpose: "H56 231027 0361" must stay invalid, not be silently repaired.
 */
export function normalizeDossierCode(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}
