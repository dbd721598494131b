/**
 * "Thông tin cá nhân": wires the profile list and editor to profile storage. A first-time user lands straight in the
 * editor; every change is announced, deletions can be undone, and focus goes where the person's next step is.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EmptyState } from '../../components/EmptyState';
import { StatusNotice } from '../../components/forms/StatusNotice';
import type { Notice } from '../../components/forms/StatusNotice';
import { ProfileForm } from '../../components/profile/ProfileForm';
import { profileDomId, ProfileList, profileTitle } from '../../components/profile/ProfileList';
import { loadAddressBook } from '../../utils/address';
import type { AddressBook } from '../../utils/address';
import {
  createProfileId, duplicateProfile, listProfiles, onProfilesChanged, removeProfile, restoreProfile, saveProfile,
  setActiveProfile,
} from '../../utils/profile';
import type { Profile, ProfileList as StoredList, RemovedProfile, SaveResult } from '../../utils/profile';
import { getSettings } from '../../utils/settings';

interface Editing {
  /** Undefined for a new profile. */
  profile: Profile | undefined;
  newId: string;
  /** Opened by a click (focus moves into it), not shown on page load. */
  focus: boolean;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ProfilesSection() {
  const [list, setList] = useState<StoredList>();
  const [failure, setFailure] = useState<string>();
  const [editing, setEditing] = useState<Editing>();
  // The first visit opens the editor by itself; "Hủy" there leaves the empty state with its button.
  const [firstRunDismissed, setFirstRunDismissed] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [book, setBook] = useState<AddressBook>();
  const [bookFailed, setBookFailed] = useState(false);
  const noticeAction = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<string | undefined>(undefined);
  const firstRunId = useRef(createProfileId());

  const reload = (): Promise<void> =>
    listProfiles().then(
      (l) => {
        setList(l);
        setFailure(undefined);
      },
      (e: unknown) => setFailure(`Không đọc được thông tin đã lưu: ${message(e)}`),
    );

  useEffect(() => {
    void reload();
    const stop = onProfilesChanged(() => void reload());
    loadAddressBook().then(setBook, () => setBookFailed(true));
    return stop;
  }, []);

  // Focus moves only after the change it follows has rendered.
  useEffect(() => {
    const id = focusNext.current;
    if (id === undefined) return;
    const el = id === 'notice-action' ? noticeAction.current : document.getElementById(id);
    if (el !== null) {
      focusNext.current = undefined;
      el.focus();
    }
  });

  /** Runs a storage change, shows its outcome, and reports a failure instead of throwing. */
  const act = async (task: () => Promise<void>): Promise<void> => {
    try {
      await task();
      await reload();
    } catch (e) {
      setFailure(`Không ghi được thay đổi: ${message(e)}`);
    }
  };

  const profiles = list?.profiles ?? [];
  const find = (id: string): Profile | undefined => profiles.find((p) => p.profile.id === id)?.profile;

  const startNew = (): void => setEditing({ profile: undefined, newId: createProfileId(), focus: true });

  const save = async (profile: Profile): Promise<SaveResult> => {
    let result: SaveResult;
    try {
      // On a volunteer's shared computer, a new person's profile lives for this session only ("Người tiếp theo" clears it).
      const { volunteerMode } = await getSettings();
      result = await saveProfile(profile, { ...(book === undefined ? {} : { addressBook: book }), session: volunteerMode });
    } catch (e) {
      return { ok: false, errors: [{ field: '', code: 'store.failed', message: `Không ghi được: ${message(e)}`, messageEn: 'Could not write.' }], warnings: [] };
    }
    if (result.ok) {
      const name = profileTitle(result.profile);
      const notes = result.warnings.length > 0 ? ` Có ${result.warnings.length} lưu ý; bấm "Sửa" để xem lại.` : '';
      setEditing(undefined);
      setNotice({ tone: 'ok', text: `Đã lưu thông tin: ${name}.${notes}`, textEn: 'Saved.' });
      focusNext.current = profileDomId(result.profile.id, 'name');
      await reload();
    }
    return result;
  };

  const undo = (removed: RemovedProfile): void =>
    void act(async () => {
      const ok = await restoreProfile(removed);
      setNotice(
        ok
          ? { tone: 'ok', text: `Đã khôi phục: ${profileTitle(removed.profile)}.`, textEn: 'Restored.' }
          : { tone: 'info', text: 'Không hoàn tác được: đã có hồ sơ cùng mã.', textEn: 'Cannot undo: a profile with that id exists.' },
      );
      if (ok) focusNext.current = profileDomId(removed.profile.id, 'name');
    });

  const remove = (id: string): void =>
    void act(async () => {
      const removed = await removeProfile(id);
      if (removed === undefined) return;
      if (editing?.profile?.id === id) setEditing(undefined);
      setNotice({
        tone: 'info',
        text: `Đã xóa: ${profileTitle(removed.profile)}.`,
        textEn: 'Deleted. You can undo.',
        action: { label: 'Hoàn tác', onClick: () => undo(removed) },
      });
      focusNext.current = 'notice-action';
    });

  const duplicate = (id: string): void =>
    void act(async () => {
      const copy = await duplicateProfile(id);
      if (copy === undefined) return;
      setNotice({ tone: 'ok', text: `Đã nhân bản thành “${profileTitle(copy.profile)}”. Bấm "Sửa" để đổi thông tin.`, textEn: 'Duplicated.' });
      focusNext.current = profileDomId(copy.profile.id, 'edit');
    });

  const activate = (id: string): void =>
    void act(async () => {
      if (!(await setActiveProfile(id))) return;
      const p = find(id);
      setNotice({ tone: 'ok', text: `Khi điền biểu mẫu, tiện ích sẽ dùng thông tin của ${p === undefined ? 'người này' : profileTitle(p)}.`, textEn: 'Now used for filling forms.' });
      focusNext.current = profileDomId(id, 'name');
    });

  const firstRun = list !== undefined && profiles.length === 0 && editing === undefined && !firstRunDismissed;
  const form = editing ?? (firstRun ? { profile: undefined, newId: firstRunId.current, focus: false } : undefined);
  const cancel = (): void => {
    const back = editing?.profile === undefined ? undefined : profileDomId(editing.profile.id, 'edit');
    setEditing(undefined);
    setFirstRunDismissed(true);
    focusNext.current = back ?? 'profiles-add';
  };

  return (
    <section class="page-section" aria-label="Thông tin cá nhân">
      <h2 id="profiles-title">
        Thông tin cá nhân
        <span class="en" lang="en">Profiles</span>
      </h2>
      {failure !== undefined && <p role="alert" class="msg-error">{failure}</p>}
      {list !== undefined && list.problems.length > 0 && (
        <div role="alert" class="store-problems">
          <p>Một số dữ liệu đã lưu bị hỏng nên được bỏ qua (chưa bị xóa):</p>
          <ul>
            {list.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <StatusNotice notice={notice} onDismiss={() => setNotice(undefined)} actionRef={noticeAction} id="profiles-status" />
      {list !== undefined && profiles.length === 0 && (
        <EmptyState title="Chưa có thông tin cá nhân nào" titleEn="No profiles saved yet">
          <p>
            Nhập thông tin của bạn một lần; tiện ích sẽ điền vào biểu mẫu trên Cổng Dịch vụ công khi bạn yêu cầu. Thông tin chỉ
            lưu trên máy này.
          </p>
          {form === undefined && (
            <button type="button" class="primary" id="profiles-add" onClick={startNew}>
              Thêm người
            </button>
          )}
        </EmptyState>
      )}
      {profiles.length > 0 && (
        <>
          {list?.activeProfileId === undefined && (
            <p class="hint">Chưa chọn người nào để điền biểu mẫu: bấm “Dùng khi điền biểu mẫu” ở người cần dùng.</p>
          )}
          <ProfileList
            items={profiles}
            activeId={list?.activeProfileId}
            onEdit={(id) => {
              const p = find(id);
              if (p !== undefined) setEditing({ profile: p, newId: createProfileId(), focus: true });
            }}
            onDuplicate={duplicate}
            onRemove={remove}
            onActivate={activate}
          />
          {form === undefined && (
            <button type="button" class="primary" id="profiles-add" onClick={startNew}>
              Thêm người
            </button>
          )}
        </>
      )}
      {bookFailed && <p class="hint">Không tải được danh sách tỉnh, xã; bạn vẫn có thể gõ địa chỉ.</p>}
      {form !== undefined && (
        <ProfileForm
          key={form.profile?.id ?? form.newId}
          initial={form.profile}
          newId={form.newId}
          defaults={profiles.length === 0 ? { label: 'Tôi', nationality: 'Việt Nam' } : { nationality: 'Việt Nam' }}
          book={book}
          onSave={save}
          onCancel={cancel}
          autoFocus={form.focus}
        />
      )}
    </section>
  );
}
