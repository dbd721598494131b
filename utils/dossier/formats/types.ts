/**
 * A dossier-code format as data. New provinces or the national portal are added as new entries, never as code.
 */

/**
 * How sure we are that the format exists (tags as in FACTS.md):
 * - `verified`: seen in the portal's own source or real documents;
 * - `weak`: seen once in third-party public code, repository unknown;
 * - `unknown`: we know codes exist but not their shape.
 */
export type FormatEvidence = 'verified' | 'weak' | 'unknown';

export interface DossierCodeFormat {
  /** Stable id, stored with nothing; used in parse results and tests. */
  readonly id: string;
  /** Vietnamese first, English after. */
  readonly label: string;
  readonly evidence: FormatEvidence;
  /** Where the format and the examples come from. */
  readonly source: string;
  /** Whether parse/scan use the format by default. Weakly evidenced formats stay off until evidence improves. */
  readonly enabled: boolean;
  /**
   * Anchored pattern over a normalised code, with named groups `agency`, `date` (yyMMdd) and `seq`.
   * Absent when the shape is unknown: an invented pattern would match junk.
   */
  readonly pattern?: RegExp;
  /** Codes the format must accept and near-misses it must reject; the unit tests run both lists. */
  readonly examples: { readonly valid: readonly string[]; readonly invalid: readonly string[] };
  readonly notes?: string;
}
