import type { DossierCodeFormat } from './types';

/**
 * A Hà Nội-style code with two 2-digit segments before the province identifier, e.g. `38.98.H29-210519-0003`.
 * Seen once, in a payment-gateway test file found by public code search (repository not identified); that is too
 * little to let it match page text, so it is off by default and kept as a clearly-marked data entry.
 */
export const twoSegmentPrefixFormat: DossierCodeFormat = {
  id: 'two-segment-prefix',
  label: 'Mã dạng NN.NN.Hxx (chưa kiểm chứng) / NN.NN.Hxx form (unconfirmed)',
  evidence: 'weak',
  source: 'Public code search: a VNPay test string "Thanh toán cho hồ sơ biên nhận số: 38.98.H29-210519-0003" (repository unknown)',
  enabled: false,
  pattern: /^(?<agency>\d{2}\.\d{2}\.H\d{2})-(?<date>\d{6})-(?<seq>\d{4,5})$/,
  examples: {
    valid: ['38.98.H29-210519-0003', '38.98.H29-210519-0013'],
    invalid: ['38.98.H29-210519-013', '3.98.H29-210519-0013', '38.98.H29-211319-0013'],
  },
};
