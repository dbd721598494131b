/**
 * Lazy loading of the address data (about 650 KB raw, 135 KB gzip). Only options and popup call this; the content
 * script must not import `utils/address` (its bundle inlines dynamic imports and has a 30 KB budget).
 */
import { createAddressBook } from './book';
import type { AddressBook, RawLegacy, RawUnits } from './book';

let pending: Promise<AddressBook> | undefined;

/** Loads and indexes the data once per page; later calls share the same book. A failed load may be retried. */
export function loadAddressBook(): Promise<AddressBook> {
  pending ??= Promise.all([import('./data/units-2025.json'), import('./data/legacy.json')])
    .then(([units, legacy]) => createAddressBook(units.default as unknown as RawUnits, legacy.default as unknown as RawLegacy))
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
