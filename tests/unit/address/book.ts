// The real generated data, shared by the address tests (built once per test file).
import { createAddressBook } from '../../../utils/address';
import type { AddressBook, RawLegacy, RawUnits } from '../../../utils/address';
import units from '../../../utils/address/data/units-2025.json';
import legacy from '../../../utils/address/data/legacy.json';

export const rawUnits = units as unknown as RawUnits;
export const rawLegacy = legacy as unknown as RawLegacy;

let book: AddressBook | undefined;
export function realBook(): AddressBook {
  book ??= createAddressBook(rawUnits, rawLegacy);
  return book;
}

export const THANH_HOA = '38';
export const THANH_HOA_LEGACY = 'Tỉnh Thanh Hóa';
