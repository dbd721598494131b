import { describe, expect, it } from 'vitest';
import { draftFromProfile, emptyDraft, fieldDomId, profileFromDraft } from '../../../components/profile/draft';
import type { Profile } from '../../../utils/profile';
import { an } from '../profile/fixtures';

describe('editor drafts', () => {
  it('turn a full profile into typed text and back without any change', () => {
    const full: Profile = {
      ...an,
      currentAddress: structuredClone(an.permanentAddress),
      mother: { fullName: 'Lê Thị Hồng', birthDate: '1965-09-02' },
      spouse: { fullName: 'Trần Thị Lan' },
    };
    const draft = draftFromProfile(full);
    expect(draft.birthDate).toBe('15/03/1990');
    expect(draft.father.birthDate).toBe('01/08/1962');
    expect(draft.currentSameAsPermanent).toBe(true);
    const back = profileFromDraft(draft, full.id, full);
    expect(back.issues).toEqual([]);
    expect(back.profile).toEqual(full);
  });

  it('leave out empty fields, and the old province when it is the new one', () => {
    const draft = emptyDraft({ label: 'Tôi' });
    draft.fullName = ' Nguyễn Văn An ';
    draft.currentSameAsPermanent = false;
    draft.permanentAddress = {
      province: 'Tỉnh Thanh Hóa', commune: '', street: '', legacyProvince: 'Tỉnh Thanh Hóa', legacyDistrict: 'Huyện Hoằng Hóa', legacyCommune: '',
    };
    expect(profileFromDraft(draft, 'x').profile).toEqual({
      id: 'x', label: 'Tôi', fullName: 'Nguyễn Văn An',
      permanentAddress: { province: 'Tỉnh Thanh Hóa', legacy: { district: 'Huyện Hoằng Hóa' } },
    });
    draft.permanentAddress.legacyProvince = 'Tỉnh Hà Giang';
    expect(profileFromDraft(draft, 'x').profile.permanentAddress?.legacy).toEqual({ province: 'Tỉnh Hà Giang', district: 'Huyện Hoằng Hóa' });
  });

  it('read dates as people type them and report the ones that are no real day', () => {
    const draft = emptyDraft();
    draft.fullName = 'A';
    draft.birthDate = '5-3-1990';
    draft.idIssueDate = '30/02/2021';
    draft.father.birthDate = '1962';
    const built = profileFromDraft(draft, 'x');
    expect(built.profile.birthDate).toBe('1990-03-05');
    expect(built.profile.idIssueDate).toBeUndefined();
    expect(built.issues.map((i) => [i.field, i.code])).toEqual([['idIssueDate', 'date.unreadable'], ['father.birthDate', 'date.unreadable']]);
    expect(built.issues[1]?.message).toBe('Ngày sinh của cha "1962" sai dạng hoặc không có thật. Nhập ngày/tháng/năm, ví dụ 17/05/1990.');
  });

  it('name field elements after their path', () => {
    expect(fieldDomId('permanentAddress.legacy.commune')).toBe('pf-permanentAddress-legacy-commune');
  });
});
