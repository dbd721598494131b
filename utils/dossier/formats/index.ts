/** The known dossier-code formats, most specific first: the first matching enabled entry names the format. */
import type { DossierCodeFormat } from './types';
import { thanhHoaFormat } from './thanh-hoa';
import { provinceFormat } from './province';
import { twoSegmentPrefixFormat } from './two-segment-prefix';
import { nationalFormat } from './national';

export type { DossierCodeFormat, FormatEvidence } from './types';

export const ALL_FORMATS: readonly DossierCodeFormat[] = [
  thanhHoaFormat,
  provinceFormat,
  twoSegmentPrefixFormat,
  nationalFormat,
];

/** What parse and scan use unless told otherwise. */
export const DEFAULT_FORMATS: readonly DossierCodeFormat[] = ALL_FORMATS.filter((f) => f.enabled && f.pattern);
