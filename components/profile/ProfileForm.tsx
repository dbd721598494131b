/**
 * The profile editor. Validation runs as the person types (the same rules the store applies), but a field's messages
 * appear only once it was left or a save was tried. Errors block saving; warnings only inform.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AddressBook } from '../../utils/address';
import { validateProfile } from '../../utils/profile';
import type { Issue, Profile, SaveResult } from '../../utils/profile';
import { AddressFields } from './AddressFields';
import { ContactGroup, FamilyGroup } from './ContactFamilyGroup';
import { draftFromProfile, emptyDraft, fieldDomId, profileFromDraft } from './draft';
import type { ProfileDraft, TextKey } from './draft';
import { ErrorSummary } from './ErrorSummary';
import { IdentityGroup } from './IdentityGroup';
import type { FormKit } from './kit';
import { Group } from '../forms/Group';
import { TextField } from '../forms/TextField';
import { fieldProps } from './kit';

export interface ProfileFormProps {
  /** The profile being edited; undefined for a new one. */
  initial?: Profile | undefined;
  /** The id a new profile gets. */
  newId: string;
  /** Prefilled text for a new profile ("Tôi", "Việt Nam"). */
  defaults?: Partial<Record<TextKey, string>>;
  book?: AddressBook | undefined;
  /** Today as ISO, for tests. */
  today?: string;
  onSave: (profile: Profile) => Promise<SaveResult>;
  onCancel: () => void;
  /** Move focus into the form when it opens (not on page load). */
  autoFocus?: boolean;
}

/** Messages of the current-address fields are those of the permanent ones while "same" is ticked. */
function visible(issues: readonly Issue[], same: boolean): Issue[] {
  return same ? issues.filter((i) => !i.field.startsWith('currentAddress')) : [...issues];
}

export function ProfileForm({ initial, newId, defaults, book, today, onSave, onCancel, autoFocus }: ProfileFormProps) {
  const [draft, setDraft] = useState<ProfileDraft>(() => (initial === undefined ? emptyDraft(defaults) : draftFromProfile(initial)));
  // An existing profile shows its messages at once; a new one only field by field.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(initial !== undefined);
  const [storeErrors, setStoreErrors] = useState<Issue[]>([]);
  const [showSummary, setShowSummary] = useState(false);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const id = initial?.id ?? newId;

  useEffect(() => {
    if (autoFocus === true) firstRef.current?.focus();
  }, []);

  const checked = useMemo(() => {
    const built = profileFromDraft(draft, id, initial);
    const result = validateProfile(built.profile, { ...(book === undefined ? {} : { addressBook: book }), ...(today === undefined ? {} : { today }) });
    return {
      profile: built.profile,
      errors: visible([...built.issues, ...result.errors], draft.currentSameAsPermanent),
      warnings: visible(result.warnings, draft.currentSameAsPermanent),
    };
  }, [draft, id, initial, book, today]);

  const allErrors = [...checked.errors, ...storeErrors];

  const touch = (path: string): void => setTouched((t) => (t.has(path) ? t : new Set([...t, path])));
  const change = (next: (d: ProfileDraft) => ProfileDraft): void => {
    setDraft(next);
    setStoreErrors([]);
  };

  const kit: FormKit = {
    draft,
    book,
    setText: (key, value) => change((d) => ({ ...d, [key]: value })),
    setGender: (gender) => change((d) => ({ ...d, gender })),
    setAddress: (which, part) => change((d) => ({ ...d, [which]: { ...d[which], ...part } })),
    setSameAddress: (same) => change((d) => ({ ...d, currentSameAsPermanent: same })),
    setRelative: (which, key, value) => change((d) => ({ ...d, [which]: { ...d[which], [key]: value } })),
    touch,
    messages: (path) => {
      if (!submitted && !touched.has(path)) return { errors: [], warnings: [] };
      return {
        errors: allErrors.filter((i) => i.field === path).map((i) => i.message),
        warnings: checked.warnings.filter((i) => i.field === path).map((i) => i.message),
      };
    },
  };

  const focusSummary = (): void => {
    // After the summary renders.
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (saving) return;
    setSubmitted(true);
    if (checked.errors.length > 0) {
      setShowSummary(true);
      focusSummary();
      return;
    }
    setSaving(true);
    try {
      const result = await onSave(checked.profile);
      if (!result.ok) {
        // Errors the editor could not know about (e.g. stored data from a newer version) or did not show.
        const known = new Set(checked.errors.map((i) => `${i.field}|${i.code}`));
        setStoreErrors(result.errors.filter((i) => !known.has(`${i.field}|${i.code}`)));
        setShowSummary(true);
        focusSummary();
      }
    } finally {
      setSaving(false);
    }
  };

  const isNew = initial === undefined;
  const title = initial === undefined ? 'Thêm người' : `Sửa thông tin: ${initial.label ?? initial.fullName}`;
  return (
    <form class="profile-form" noValidate aria-label={title} onSubmit={(e) => void submit(e)}>
      <h3 id="pf-title">
        {title}
        <span class="en" lang="en">{isNew ? 'Add a person' : 'Edit profile'}</span>
      </h3>
      <p class="hint">
        Chỉ <strong>Họ, chữ đệm và tên</strong> là bắt buộc; các ô khác điền nếu có. Ngày nhập theo dạng dd/mm/yyyy.
        Thông tin chỉ lưu trên máy này.
      </p>
      {showSummary && allErrors.length > 0 && <ErrorSummary errors={allErrors} summaryRef={summaryRef} />}
      <div class="grid">
        <TextField {...fieldProps(kit, 'label')} value={draft.label} onInput={(v) => kit.setText('label', v)} inputRef={firstRef} />
      </div>
      <IdentityGroup kit={kit} />
      <Group id={fieldDomId('permanentAddress')} class="group" legend="Nơi thường trú" legendEn="Permanent address">
        <AddressFields kit={kit} which="permanentAddress" />
      </Group>
      <Group id={fieldDomId('currentAddress')} class="group" legend="Nơi ở hiện tại" legendEn="Current address">
        <label class="choice">
          <input type="checkbox" checked={draft.currentSameAsPermanent} onChange={(e) => kit.setSameAddress(e.currentTarget.checked)} />
          {' Giống địa chỉ thường trú'}
        </label>
        {!draft.currentSameAsPermanent && <AddressFields kit={kit} which="currentAddress" />}
      </Group>
      <ContactGroup kit={kit} />
      <FamilyGroup kit={kit} />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          Lưu
        </button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
