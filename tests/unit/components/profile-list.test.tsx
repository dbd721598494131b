import { afterEach, describe, expect, it } from 'vitest';
import { profileDomId, ProfileList } from '../../../components/profile/ProfileList';
import { an, hoa } from '../profile/fixtures';
import { button, click, description, mount, unmountAll } from './dom';

afterEach(unmountAll);

describe('the profile list', () => {
  it('marks the active profile and offers "Dùng khi điền biểu mẫu" only on the others', () => {
    const root = mount(
      <ProfileList
        items={[{ profile: an, session: false }, { profile: hoa, session: true }]}
        activeId="p-hoa"
        onEdit={() => undefined}
        onDuplicate={() => undefined}
        onRemove={() => undefined}
        onActivate={() => undefined}
      />,
    );
    const [first, second] = [...root.querySelectorAll('article')];
    if (first === undefined || second === undefined) throw new Error('two entries expected');
    expect(document.getElementById(first.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Bản thân: Nguyễn Văn An');
    expect(first.textContent).not.toContain('Đang dùng');
    expect(first.textContent).toContain('15/03/1990');
    expect(second.textContent).toContain('Đang dùng khi điền biểu mẫu');
    expect(second.textContent).toContain('Tạm thời');
    expect(() => button(first, 'Dùng khi điền biểu mẫu')).not.toThrow();
    expect(() => button(second, 'Dùng khi điền biểu mẫu')).toThrow();
    // Short button names, described by whose entry they are in.
    expect(description(button(first, 'Xóa'))).toBe('Bản thân: Nguyễn Văn An');
  });

  it('reports each action with the profile id', () => {
    const events: string[] = [];
    const root = mount(
      <ProfileList
        items={[{ profile: an, session: false }]}
        activeId={undefined}
        onEdit={(id) => events.push(`edit ${id}`)}
        onDuplicate={(id) => events.push(`duplicate ${id}`)}
        onRemove={(id) => events.push(`remove ${id}`)}
        onActivate={(id) => events.push(`activate ${id}`)}
      />,
    );
    for (const name of ['Sửa', 'Nhân bản', 'Xóa', 'Dùng khi điền biểu mẫu']) click(button(root, name));
    expect(events).toEqual(['edit p-an', 'duplicate p-an', 'remove p-an', 'activate p-an']);
    expect(root.querySelector(`#${profileDomId('p-an', 'edit')}`)?.textContent).toBe('Sửa');
  });
});
