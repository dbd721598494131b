/**
 * The household's profiles, the active one marked. Each entry's buttons keep short names ("Sửa", "Xóa"…) and are
 * described by the person's name, so a screen reader says whose profile a button acts on.
 */
import type { Profile } from '../../utils/profile';
import { formatDisplayDate } from '../../utils/text';

export interface ProfileListItem {
  profile: Profile;
  /** A volunteer-mode profile kept only for this browser session. */
  session: boolean;
}

export interface ProfileListProps {
  items: readonly ProfileListItem[];
  activeId: string | undefined;
  onEdit: (id: string) => void;
  onDuplicate: (id: string) => void;
  onRemove: (id: string) => void;
  onActivate: (id: string) => void;
}

/** DOM ids of an entry's parts, so the page can put focus back on them after a change. */
export function profileDomId(id: string, part: 'entry' | 'name' | 'edit' | 'duplicate' | 'remove' | 'activate'): string {
  return `profile-${id.replace(/[^A-Za-z0-9_-]/g, '_')}-${part}`;
}

export function profileTitle(p: Profile): string {
  return p.label !== undefined && p.label !== p.fullName ? `${p.label}: ${p.fullName}` : p.fullName;
}

export function ProfileList({ items, activeId, onEdit, onDuplicate, onRemove, onActivate }: ProfileListProps) {
  return (
    <ul class="profile-list">
      {items.map(({ profile: p, session }) => {
        const active = p.id === activeId;
        const nameId = profileDomId(p.id, 'name');
        const birth = p.birthDate === undefined ? undefined : formatDisplayDate(p.birthDate);
        return (
          <li key={p.id} id={profileDomId(p.id, 'entry')} class={active ? 'profile active' : 'profile'}>
            <article aria-labelledby={nameId}>
              <h3 id={nameId} tabIndex={-1}>
                {profileTitle(p)}
              </h3>
              {active && (
                <p class="badge active-badge">
                  ✓ Đang dùng khi điền biểu mẫu <span lang="en">(active)</span>
                </p>
              )}
              {session && <p class="badge">Tạm thời: sẽ xóa khi đóng trình duyệt</p>}
              <dl class="facts">
                {birth !== undefined && (
                  <div>
                    <dt>Ngày sinh</dt>
                    <dd>{birth}</dd>
                  </div>
                )}
                {p.idNumber !== undefined && (
                  <div>
                    <dt>Số định danh</dt>
                    <dd>{p.idNumber}</dd>
                  </div>
                )}
                {p.phone !== undefined && (
                  <div>
                    <dt>Điện thoại</dt>
                    <dd>{p.phone}</dd>
                  </div>
                )}
              </dl>
              <div class="actions">
                <button type="button" id={profileDomId(p.id, 'edit')} aria-describedby={nameId} onClick={() => onEdit(p.id)}>
                  Sửa
                </button>
                {!active && (
                  <button type="button" id={profileDomId(p.id, 'activate')} aria-describedby={nameId} onClick={() => onActivate(p.id)}>
                    Dùng khi điền biểu mẫu
                  </button>
                )}
                <button type="button" id={profileDomId(p.id, 'duplicate')} aria-describedby={nameId} onClick={() => onDuplicate(p.id)}>
                  Nhân bản
                </button>
                <button type="button" class="danger" id={profileDomId(p.id, 'remove')} aria-describedby={nameId} onClick={() => onRemove(p.id)}>
                  Xóa
                </button>
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
