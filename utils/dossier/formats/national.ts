import type { DossierCodeFormat } from './types';

/**
 * The national portal (dichvucong.gov.vn) has its own dossier numbers (`nationCode` in iGate data), but no real one
 * was seen and its shape is unknown (FACTS §9 [U]). This slot documents that, carries no pattern, and so never
 * matches; fill it in (pattern + examples) once real codes are evidenced. Codes that national-portal pages show in the
 * provincial format are already recognised by the other entries.
 */
export const nationalFormat: DossierCodeFormat = {
  id: 'national',
  label: 'Cổng Dịch vụ công quốc gia (chưa rõ định dạng) / National portal (format unknown)',
  evidence: 'unknown',
  source: 'FACTS.md §3 and §9: nationCode exists in iGate data; format not seen',
  enabled: false,
  examples: { valid: [], invalid: [] },
};
