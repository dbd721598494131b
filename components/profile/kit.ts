/** What each group of the profile editor receives: the draft, setters, and the messages to show per field. */
import type { AddressBook } from '../../utils/address';
import type { AddressDraft, AddressKey, ProfileDraft, RelativeDraft, RelativeKey, TextKey } from './draft';
import { fieldDomId } from './draft';
import { fieldText } from './fields';

export interface FormKit {
  draft: ProfileDraft;
  setText: (key: TextKey, value: string) => void;
  setGender: (value: 'male' | 'female') => void;
  setAddress: (which: AddressKey, change: Partial<AddressDraft>) => void;
  setSameAddress: (same: boolean) => void;
  setRelative: (which: RelativeKey, key: keyof RelativeDraft, value: string) => void;
  /** Messages for a field path, shown once the field was left or a save was tried. */
  messages: (path: string) => { errors: string[]; warnings: string[] };
  touch: (path: string) => void;
  book: AddressBook | undefined;
}

/** The props every field of a path shares: id, label (vi/en), hint, messages and the blur that reveals them. */
export function fieldProps(kit: FormKit, path: string, labelKey: string = path) {
  const text = fieldText(labelKey);
  const { errors, warnings } = kit.messages(path);
  return {
    id: fieldDomId(path),
    label: text.vi,
    labelEn: text.en,
    ...(text.hint === undefined ? {} : { hint: text.hint }),
    errors,
    warnings,
    onBlur: () => kit.touch(path),
  };
}
