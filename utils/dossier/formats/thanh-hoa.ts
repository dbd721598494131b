import type { DossierCodeFormat } from './types';

/**
 * Thanh Hóa (QCVN 102 province identifier H56). FACTS §9: `{agency}-{yyMMdd}-{NNNN}`, the agency read right to left as
 * H56, level 2, level 3, a 3-digit level 4; or the short form `H56.14`. The sequence is zero-padded to 4 digits and
 * would grow to 5 past 9999 in a day.
 */
export const thanhHoaFormat: DossierCodeFormat = {
  id: 'thanh-hoa',
  label: 'Thanh Hóa (H56) / Thanh Hoa province',
  evidence: 'verified',
  source:
    'FACTS.md §9; github.com/HuanVu201/DichVuCong_KhoaLuan_PASETO DichVuCongApi/src/Infrastructure/Common/GenerateMaHoSo.cs ' +
    'and receipt templates (see tests/unit/dossier/fixtures/dossier-code-examples.json)',
  enabled: true,
  pattern: /^(?<agency>(?:\d{3}\.\d{2}\.\d{2}\.)?H56(?:\.\d+)*)-(?<date>\d{6})-(?<seq>\d{4,5})$/,
  examples: {
    valid: [
      '000.00.06.H56-231027-0361',
      '000.17.22.H56-210531-0001',
      'H56.14-240823-0001',
      '000.00.14.H56-200203-0118',
      // Constructed: the theoretical 5-digit sequence and the bare identifier the regex allows.
      '000.00.06.H56-231027-10000',
      'H56-240101-0007',
    ],
    invalid: [
      '000.00.06.H56-231027-361',
      '000.00.06.H56-231027-000361',
      '000.00.06.H56231027-0361',
      '000.00.06.H56-2310270361',
      '000.00.06.H56_231027_0361',
      '000.00.06.H56 231027 0361',
      '000.00.06.H56-231027',
      '000.00.06.H56-20231027-0361',
      '000.00.06.H56-231327-0361',
      '000.00.06.H56-230230-0361',
      '000.00.06.H56-232710-0361',
      '000.00.06.H56-231027-0000',
      '000.00.06.H56-231027-00000',
      '000.00.6.H56-231027-0361',
      '00.00.06.H56-231027-0361',
      '000.00.06-H56-231027-0361',
      '000.00.06.56-231027-0361',
      '000.00.06.H5-231027-0361',
      '000.00.06.H56.-231027-0361',
      '1.001193.000.00.00.H56-231027-0361',
      'H56.14-240823-001',
      '038123456789',
    ],
  },
  notes: 'Codes of the commune agencies created on 1/7/2025 were not seen [U]; their identifiers may differ.',
};
