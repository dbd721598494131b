/**
 * The preview's data, derived from the read card and the person's choices: the profile that would be saved (new, or
 * an existing one updated), its checks, and what changes. Pure, so the panel only renders it.
 */
import type { AddressBook, Commune2025 } from '../../utils/address';
import { checkCardProfile, profileFromCard, profilesWithIdNumber, splitCardAddress, updateFromCard } from '../../utils/cccd';
import type { CardAddress, CccdCard } from '../../utils/cccd';
import type { Issue, Profile } from '../../utils/profile';
import { changedFields } from '../backup/describe';
import type { FieldChange } from '../backup/describe';
import type { ExistingProfile } from './types';

export interface PreviewInput {
  card: CccdCard;
  book: AddressBook | undefined;
  existing: readonly ExistingProfile[];
  /** Code of the new commune the person chose for an old address, if any. */
  chosenCommune: string | undefined;
  newId: string;
  today?: string | undefined;
}

export interface PreviewModel {
  address: CardAddress | undefined;
  /** The communes the person may choose from for an old address (one when the mapping is unambiguous). */
  choices: readonly Commune2025[];
  chosen: Commune2025 | undefined;
  /** The stored profile with the same ID number, which is updated instead of creating a duplicate. */
  target: ExistingProfile | undefined;
  /** How many stored profiles share the number (more than one: older duplicates exist). */
  sameNumber: number;
  /** What would be saved. */
  profile: Profile;
  /** For an update: the fields that change (empty: the stored profile already says exactly this). */
  changes: FieldChange[];
  errors: Issue[];
  warnings: Issue[];
}

export function buildPreview(input: PreviewInput): PreviewModel {
  const { card, book, existing } = input;
  const address = book === undefined || card.address === '' ? undefined : splitCardAddress(card.address, book, { issueDate: card.issueDate });
  const suggestion = address?.suggestion;
  const choices: readonly Commune2025[] = suggestion === undefined ? [] : suggestion.ok ? [suggestion.commune] : suggestion.candidates;
  const chosen = choices.find((c) => c.code === input.chosenCommune);
  const same = profilesWithIdNumber(existing, card.idNumber);
  const target = same[0];
  const fromCard = profileFromCard(card, { id: target?.profile.id ?? input.newId, address, chosenCommune: chosen });
  const profile = target === undefined ? fromCard : updateFromCard(target.profile, fromCard);
  const checked = checkCardProfile(card, profile, { today: input.today, addressBook: book });
  return {
    address,
    choices,
    chosen,
    target,
    sameNumber: same.length,
    profile,
    changes: target === undefined ? [] : changedFields('profile', target.profile, profile),
    errors: checked.errors,
    warnings: checked.warnings,
  };
}
