import { describe, expect, it } from 'vitest';
import { backupFileName, BACKUP_FORMAT, exportBackup, parseBackup } from '../../../utils/backup';
import { an, backupText, dossier, hoa, TODAY, tenProfiles } from './fixtures';

const parse = (text: string) => parseBackup(text, { today: TODAY });

describe('exporting backup format v1', () => {
  it('writes the envelope with format tag, version, export time, profiles and dossiers', () => {
    const text = exportBackup([an, hoa], [dossier], new Date('2025-11-28T10:00:00.000Z'));
    expect(JSON.parse(text)).toEqual({
      format: 'tro-ly-dvc-backup', version: 1, exportedAt: '2025-11-28T10:00:00.000Z', profiles: [an, hoa], dossiers: [dossier],
    });
    expect(text.endsWith('\n')).toBe(true);
  });

  it('reads back what it wrote', () => {
    const result = parse(exportBackup([an, hoa], [dossier]));
    expect(result.ok).toBe(true);
    expect(result.ok && result.backup.profiles).toEqual([an, hoa]);
    expect(result.ok && result.backup.dossiers).toEqual([dossier]);
    expect(result.ok && result.backup.format).toBe(BACKUP_FORMAT);
  });

  it('accepts an export with no dossiers', () => {
    const result = parse(exportBackup([an], []));
    expect(result.ok && result.backup.dossiers).toEqual([]);
  });

  it('names the file with the local date', () => {
    expect(backupFileName(new Date(2025, 10, 28, 23, 30))).toBe('tro-ly-dvc-sao-luu-2025-11-28.json');
  });
});

describe('refusing files that are not a usable backup', () => {
  it('says the file is not JSON', () => {
    const result = parse('{"format": "tro-ly-dvc-backup", "version": 1, "profiles": [');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.entry).toBe('file');
    expect(!result.ok && result.errors[0]?.message).toMatch(/^Tệp không phải JSON hợp lệ/);
  });

  it.each([
    [JSON.stringify({ version: 1, profiles: [] })],
    [JSON.stringify({ format: 'other-app', version: 1, profiles: [] })],
    [JSON.stringify([an])],
    ['"just text"'],
  ])('says %s is not a backup of this extension', (text) => {
    const result = parse(text);
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
      'Tệp này không phải bản sao lưu của Trợ lý Dịch vụ công Thanh Hóa (thiếu hoặc sai trường "format").',
    ]);
  });

  it('refuses a file from a newer version, saying which, and changes nothing', () => {
    const result = parse(backupText({ version: 2, profiles: [an], somethingNew: true }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toContain('phiên bản mới hơn');
    expect(!result.ok && result.errors[0]?.message).toContain('v2');
  });

  it.each([[0], ['1'], [1.5], [null]])('refuses version %j', (version) => {
    const result = parse(backupText({ version }));
    expect(!result.ok && result.errors[0]?.message).toContain('Phiên bản định dạng');
  });

  it('needs the profile list', () => {
    const result = parse(JSON.stringify({ format: 'tro-ly-dvc-backup', version: 1, exportedAt: '2025-11-28T10:00:00Z' }));
    expect(!result.ok && result.errors).toEqual([expect.objectContaining({ entry: 'file', field: 'profiles' })]);
  });
});

describe('locating every problem by entry and field', () => {
  it('reports a profile that fails the ID number rules, with the rule’s own message', () => {
    const profiles = tenProfiles();
    profiles[3] = { ...profiles[3]!, idNumber: '038263001003' }; // digit 4 says 2000s, born 1963
    const result = parse(backupText({ profiles }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.entry, e.field])).toEqual([['profiles[3]', 'idNumber']]);
    expect(!result.ok && result.errors[0]?.message).toMatch(/^Số định danh cá nhân: Chữ số thứ 4 \(2\)/);
  });

  it('reports structural problems: missing name, wrong date format, wrong gender, nested address', () => {
    const result = parse(backupText({
      profiles: [
        { id: 'a' },
        { id: 'b', fullName: 'Lê Văn B', birthDate: '15/03/1990' },
        { id: 'c', fullName: 'Lê Thị C', gender: 'nu' },
        { id: 'd', fullName: 'Lê Văn D', permanentAddress: { commune: 14797 } },
      ],
    }));
    expect(!result.ok && result.errors.map((e) => [e.entry, e.field, e.message])).toEqual([
      ['profiles[0]', 'fullName', 'Họ và tên: thiếu (bắt buộc).'],
      ['profiles[1]', 'birthDate', 'Ngày sinh: phải là ngày dạng YYYY-MM-DD (ví dụ 1990-03-15).'],
      ['profiles[2]', 'gender', 'Giới tính: giá trị "nu" không hợp lệ (cho phép: male, female).'],
      ['profiles[3]', 'permanentAddress.commune', 'Nơi thường trú › Xã/phường: phải là chuỗi ký tự.'],
    ]);
  });

  it('reports calendar-invalid and future dates as the editor does', () => {
    const result = parse(backupText({ profiles: [{ ...an, birthDate: '2023-02-29' }, { ...hoa, idIssueDate: '2030-01-01' }] }));
    expect(!result.ok && result.errors.map((e) => [e.entry, e.field])).toEqual([
      ['profiles[0]', 'birthDate'],
      ['profiles[1]', 'idIssueDate'],
    ]);
  });

  it('reports a repeated profile id and a repeated dossier code', () => {
    const result = parse(backupText({ profiles: [an, { ...an, label: 'Khác' }], dossiers: [dossier, dossier] }));
    expect(!result.ok && result.errors.map((e) => [e.entry, e.field, e.message])).toEqual([
      ['profiles[1]', 'id', 'Trùng mã "p-an" với profiles[0].'],
      ['dossiers[1]', 'code', 'Trùng mã hồ sơ "000.00.06.H56-231027-0361" với dossiers[0].'],
    ]);
  });

  it('reports a damaged dossier by its field, in Vietnamese', () => {
    const result = parse(backupText({ dossiers: [{ code: 'H56.14-240823-0001', history: [{ checkedAt: '2024-08-23T01:00:00Z' }] }] }));
    expect(!result.ok && result.errors.map((e) => [e.entry, e.field, e.message])).toEqual([
      ['dossiers[0]', 'savedAt', 'Thời điểm lưu: thiếu (bắt buộc).'],
      ['dossiers[0]', 'history.0.statusText', 'Lịch sử tra cứu › #1 › Trạng thái: thiếu (bắt buộc).'],
    ]);
  });

  it('passes warnings on without blocking (unknown ID prefix, unknown ethnic group)', () => {
    const result = parse(backupText({ profiles: [{ ...an, idNumber: '003090001234', ethnicity: 'Kinhh' }] }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.entry, w.field])).toEqual([['profiles[0]', 'idNumber'], ['profiles[0]', 'ethnicity']]);
  });
});

describe('unknown keys and normalisation', () => {
  it('keeps unknown keys inside profiles and dossiers, and ignores unknown top-level keys with a note', () => {
    const result = parse(backupText({
      profiles: [{ ...an, bloodType: 'O', permanentAddress: { ...an.permanentAddress, hamlet: 'Thôn 3' } }],
      dossiers: [{ ...dossier, paymentNote: 'đã nộp phí' }],
      settings: { theme: 'dark' },
    }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.profiles[0]).toMatchObject({ bloodType: 'O', permanentAddress: { hamlet: 'Thôn 3' } });
    expect(result.backup.dossiers[0]).toMatchObject({ paymentNote: 'đã nộp phí' });
    expect(result.warnings.map((w) => w.message)).toEqual(['Bỏ qua các mục không dùng tới: settings.']);
    expect('settings' in result.backup).toBe(false);
  });

  it('normalises profiles as the editor does (NFD names, +84 phones)', () => {
    const result = parse(backupText({ profiles: [{ ...an, fullName: 'Nguyễn Văn An'.normalize('NFD'), phone: '+84912345678' }] }));
    expect(result.ok && result.backup.profiles[0]).toEqual(an);
  });

  it('accepts a file saved with a byte-order mark and one with no dossiers key', () => {
    const text = JSON.stringify({ format: 'tro-ly-dvc-backup', version: 1, exportedAt: '2025-11-28T10:00:00Z', profiles: [an] });
    const result = parse(`\uFEFF${text}`);
    expect(result.ok && result.backup.dossiers).toEqual([]);
  });

  it('only warns when the export time is missing', () => {
    const result = parse(JSON.stringify({ format: 'tro-ly-dvc-backup', version: 1, profiles: [] }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.field)).toEqual(['exportedAt']);
  });
});
