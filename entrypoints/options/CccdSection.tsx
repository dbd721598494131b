/**
 * "Tạo từ mã QR trên CCCD": wires the QR panel to profile storage, the unit data and the volunteer setting (in
 * volunteer mode new profiles are kept for this browser session only). The profile list above updates by itself
 * through the storage change events.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/cccd/cccd.css';
import { CccdPanel } from '../../components/cccd';
import type { CameraAccess, ExistingProfile } from '../../components/cccd';
import { loadAddressBook } from '../../utils/address';
import type { AddressBook } from '../../utils/address';
import { listProfiles, onProfilesChanged, saveProfile } from '../../utils/profile';
import type { Profile, SaveResult } from '../../utils/profile';
import { getSettings, readSettings, SETTINGS_KEY } from '../../utils/settings';

export interface CccdSectionProps {
  /** The camera, when this page can ask for it (an action popup cannot show Chrome's permission prompt). */
  camera?: CameraAccess;
}

export function CccdSection({ camera }: CccdSectionProps = {}) {
  const [book, setBook] = useState<AddressBook>();
  const [bookFailed, setBookFailed] = useState(false);
  const [existing, setExisting] = useState<readonly ExistingProfile[]>([]);
  const [volunteer, setVolunteer] = useState(false);

  useEffect(() => {
    const reload = (): void => void listProfiles().then((l) => setExisting(l.profiles), () => undefined);
    reload();
    const stop = onProfilesChanged(reload);
    loadAddressBook().then(setBook, () => setBookFailed(true));
    getSettings().then((s) => setVolunteer(s.volunteerMode), () => undefined);
    const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      const change = changes[SETTINGS_KEY];
      if (area === 'local' && change !== undefined) setVolunteer(readSettings(change.newValue).volunteerMode);
    };
    browser.storage.onChanged.addListener(onSettings);
    return () => {
      stop();
      browser.storage.onChanged.removeListener(onSettings);
    };
  }, []);

  const save = (profile: Profile, options: { session: boolean }): Promise<SaveResult> =>
    saveProfile(profile, { session: options.session, ...(book === undefined ? {} : { addressBook: book }) });

  return (
    <section class="page-section" aria-label="Tạo từ mã QR trên CCCD">
      <h2 id="cccd-title">
        Tạo từ mã QR trên CCCD
        <span class="en" lang="en">Create a profile from the ID card's QR code</span>
      </h2>
      <CccdPanel
        book={book}
        bookFailed={bookFailed}
        existing={existing}
        sessionOnly={volunteer}
        onSave={save}
        {...(camera ? { camera } : {})}
      />
    </section>
  );
}
