/**
 * From a read card to a profile: a new one, or the update of a profile that already has this ID number (so the same
 * person is never saved twice). Only what the card says is written; everything else of an existing profile stays.
 */
import type { Commune2025 } from '../address';
import { compactNumber } from '../profile/rules/id-number';
import type { Address, Profile } from '../profile/schema';
import { fold } from '../text';
import { addressForProfile } from './address';
import type { CardAddress } from './address';
import type { CccdCard } from './types';

/** The citizenship the card proves: CCCD and thẻ căn cước are issued to Vietnamese citizens only. */
export const CARD_NATIONALITY = 'Việt Nam';

export interface CardProfileOptions {
  id: string;
  /** The split address (undefined while the unit data loads, or when the card has no address). */
  address?: CardAddress | undefined;
  /** The new commune the person confirmed for an old address. */
  chosenCommune?: Commune2025 | undefined;
}

function cardAddress(card: CccdCard, options: CardProfileOptions): Address | undefined {
  if (options.address !== undefined) return addressForProfile(options.address, options.chosenCommune);
  return card.address === '' ? undefined : { street: card.address };
}

/** A new profile holding exactly the card's data (and the nationality it implies). */
export function profileFromCard(card: CccdCard, options: CardProfileOptions): Profile {
  const profile: Profile = { id: options.id, fullName: card.fullName, gender: card.gender, idNumber: card.idNumber };
  if (card.birthDate !== undefined) profile.birthDate = card.birthDate;
  if (card.oldIdNumber !== undefined) profile.oldIdNumber = card.oldIdNumber;
  profile.idIssueDate = card.issueDate;
  profile.nationality = CARD_NATIONALITY;
  const address = cardAddress(card, options);
  if (address !== undefined) profile.permanentAddress = address;
  return profile;
}

function sameLegacy(a: Address | undefined, b: Address | undefined): boolean {
  const key = (x: Address | undefined): string =>
    [x?.legacy?.province, x?.legacy?.district, x?.legacy?.commune].map((v) => fold(v ?? '')).join('|');
  return a?.legacy !== undefined && b?.legacy !== undefined && key(a) === key(b);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `existing` with the card's data written over it. Kept: its id, label, contact, family and other fields; the old CMND
 * number when the card leaves it empty; the new commune already chosen for the same old address; a current address
 * that was a copy of the permanent one stays a copy.
 */
export function updateFromCard(existing: Profile, fromCard: Profile): Profile {
  const out: Profile = { ...existing, fullName: fromCard.fullName };
  for (const key of ['birthDate', 'gender', 'idNumber', 'oldIdNumber', 'idIssueDate'] as const) {
    const value = fromCard[key];
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  out.nationality = existing.nationality ?? fromCard.nationality;
  let address = fromCard.permanentAddress;
  const before = existing.permanentAddress;
  if (address !== undefined && address.commune === undefined && before?.commune !== undefined && sameLegacy(address, before)) {
    address = { ...address, commune: before.commune, ...(before.province === undefined ? {} : { province: before.province }) };
  }
  if (address !== undefined) {
    out.permanentAddress = address;
    if (existing.currentAddress !== undefined && sameJson(existing.currentAddress, before)) out.currentAddress = structuredClone(address);
  }
  return out;
}

/** Profiles that already carry this ID number (spaces ignored), in list order. */
export function profilesWithIdNumber<T extends { profile: Profile }>(items: readonly T[], idNumber: string): T[] {
  const wanted = compactNumber(idNumber);
  return items.filter((item) => item.profile.idNumber !== undefined && compactNumber(item.profile.idNumber) === wanted);
}
