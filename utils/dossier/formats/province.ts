import type { DossierCodeFormat } from './types';

/**
 * Any province on the same generator, `H` + 2-digit QCVN 102 province number (FACTS §9 gives this regex as the general
 * form). Other provinces run other software, so only this shape is claimed; H56 is listed first under its own entry.
 */
export const provinceFormat: DossierCodeFormat = {
  id: 'province',
  label: 'Tỉnh khác (Hxx) / Other province',
  evidence: 'verified',
  source: 'FACTS.md §9 validation regex ^(?:\\d{3}\\.\\d{2}\\.\\d{2}\\.)?H\\d{2}(?:\\.\\d+)*-\\d{6}-\\d{4}$',
  enabled: true,
  pattern: /^(?<agency>(?:\d{3}\.\d{2}\.\d{2}\.)?H\d{2}(?:\.\d+)*)-(?<date>\d{6})-(?<seq>\d{4,5})$/,
  examples: {
    valid: ['000.00.01.H29-240115-0001', 'H40.21-230505-0042'],
    invalid: ['000.00.01.H2-240115-0001', '000.00.01.G12-240115-0001', '000.00.01.H29-241315-0001', '38.98.H29-210519-0003'],
  },
  notes: 'Constructed examples: no real code of another province was seen in the portal source.',
};
