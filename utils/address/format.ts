/**
 * One-line addresses as forms and receipts print them: street, commune, (district,) province.
 * No address data needed, so any context may import this file directly (`utils/address/format`).
 */
import { tidy } from '../text/fold';
import type { Address } from '../profile/schema';

export interface FormatOptions {
  /** Use the pre-July-2025 three levels (street, old commune, old district, province). Default false. */
  legacy?: boolean;
}

/**
 * "Số 12, đường Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa". Empty parts are skipped; a part the street already ends
 * with is not repeated (people often type the commune into the street line).
 */
export function formatAddress(address: Address | undefined, options: FormatOptions = {}): string {
  if (address === undefined) return '';
  const units = options.legacy === true
    ? [address.legacy?.commune, address.legacy?.district, address.legacy?.province ?? address.province]
    : [address.commune, address.province];
  const parts: string[] = [];
  const street = tidy(address.street ?? '');
  if (street !== '') parts.push(street);
  for (const unit of units) {
    const clean = tidy(unit ?? '');
    if (clean === '') continue;
    if (parts.some((p) => p === clean || p.endsWith(`, ${clean}`))) continue;
    parts.push(clean);
  }
  return parts.join(', ');
}
