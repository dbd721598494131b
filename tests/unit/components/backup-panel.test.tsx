import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '../../../components/backup/BackupPanel';
import type { ImportPreview } from '../../../components/backup/types';
import { parseBackup, planImport } from '../../../utils/backup';
import type { Backup, ImportDecisions, ImportReport } from '../../../utils/backup';
import type { Profile } from '../../../utils/profile';
import { an, backupText, hoa, TODAY } from '../backup/fixtures';
import { button, byLabel, click, mount, settle, unmountAll } from './dom';

afterEach(unmountAll);

/** The preview the options page computes: the real parser and planner against `existing`. */
function previewer(existing: Profile[]) {
  return async (text: string): Promise<ImportPreview> => {
    const parsed = parseBackup(text, { today: TODAY });
    if (!parsed.ok) return parsed;
    return { ok: true, backup: parsed.backup, warnings: parsed.warnings, plan: planImport({ profiles: existing, dossiers: [] }, parsed.backup) };
  };
}

function reporter() {
  const calls: ImportDecisions[] = [];
  const onApply = vi.fn(async (backup: Backup, decisions: ImportDecisions): Promise<ImportReport> => {
    calls.push(decisions);
    const ids = backup.profiles.map((p) => p.id);
    const replaced = decisions.replaceProfileIds === undefined ? [] : [...decisions.replaceProfileIds].filter((id) => id !== 'all');
    const counts = { added: ids.filter((id) => id !== 'p-an'), replaced, kept: ids.filter((id) => id === 'p-an' && !replaced.includes(id)), unchanged: [] };
    const none = { added: [], replaced: [], kept: [], unchanged: [] };
    return { ok: true, profiles: counts, dossiers: none, summary: { vi: `Đã thêm ${counts.added.length} hồ sơ cá nhân, thay thế ${replaced.length}.`, en: '' } };
  });
  return { calls, onApply };
}

async function choose(root: HTMLElement, name: string, text: string): Promise<void> {
  const input = byLabel(root, 'Nhập dữ liệu');
  expect(input.type).toBe('file');
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

const noExport = async () => ({ vi: '', en: '' });

describe('the backup panel', () => {
  it('states the rule for existing records next to the file input', () => {
    const root = mount(<BackupPanel onExport={noExport} onPreview={previewer([])} onApply={reporter().onApply} />);
    const input = byLabel(root, 'Nhập dữ liệu');
    const rule = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(rule?.textContent).toContain('được giữ nguyên, trừ khi bạn đánh dấu "Thay thế" cho mục đó (hoặc "Thay thế tất cả")');
  });

  it('refuses a file with a bad profile, naming the entry, the person and the field, and writes nothing', async () => {
    const { onApply } = reporter();
    const root = mount(<BackupPanel onExport={noExport} onPreview={previewer([])} onApply={onApply} />);
    const bad = { ...hoa, id: 'p-bad', fullName: 'Lê Văn Dũng', idNumber: '001201012345' };
    await choose(root, 'gia-dinh.json', backupText({ profiles: [an, bad] }));
    const alert = root.querySelector('[role="alert"]');
    expect(document.getElementById(alert?.getAttribute('aria-labelledby') ?? '')?.textContent?.trim()).toBe('Không nhập được tệp “gia-dinh.json”. Chưa có gì bị thay đổi.');
    expect(alert?.textContent).toContain('Hồ sơ cá nhân thứ 2 (Lê Văn Dũng): Số định danh cá nhân: Chữ số thứ 4 (2) cho biết giới tính nam');
    expect(alert?.textContent).toContain('profiles[1] › idNumber');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('imports a file without conflicts at once and announces who was added in the status region', async () => {
    const { calls, onApply } = reporter();
    const root = mount(<BackupPanel onExport={noExport} onPreview={previewer([])} onApply={onApply} />);
    await choose(root, 'sao-luu.json', backupText({ profiles: [hoa], extra: true }));
    expect(calls).toEqual([{}]);
    const status = root.querySelector('[role="status"]');
    expect(status?.textContent).toContain('Đã nhập tệp “sao-luu.json”. Đã thêm 1 hồ sơ cá nhân');
    expect(status?.textContent).toContain('Đã thêm: Trần Thị Hoa.');
    expect(status?.textContent).toContain('Bỏ qua các mục không dùng tới: extra.');
  });

  it('shows what would change for an existing id and replaces it only when "Thay thế" is ticked', async () => {
    const { calls, onApply } = reporter();
    const root = mount(<BackupPanel onExport={noExport} onPreview={previewer([an])} onApply={onApply} />);
    const changed = { ...an, phone: '0987654321' };
    await choose(root, 'a.json', backupText({ profiles: [changed, hoa] }));
    expect(onApply).not.toHaveBeenCalled();
    const confirm = root.querySelector('section[aria-label="Xác nhận nhập dữ liệu"]');
    if (!(confirm instanceof HTMLElement)) throw new Error('no confirmation');
    const row = [...confirm.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(row).toEqual([['Số điện thoại', '0912345678', '0987654321']]);
    click(button(confirm, 'Hoàn tất nhập'));
    await settle();
    expect(calls[0]).toEqual({ replaceProfileIds: [], replaceDossierCodes: [] });

    await choose(root, 'a.json', backupText({ profiles: [changed, hoa] }));
    const again = root.querySelector<HTMLElement>('section[aria-label="Xác nhận nhập dữ liệu"]');
    if (again === null) throw new Error('no confirmation');
    click(byLabel(again, 'Thay thế'));
    expect(byLabel(again, 'Thay thế tất cả').checked).toBe(true);
    click(button(again, 'Hoàn tất nhập'));
    await settle();
    expect(calls[1]).toEqual({ replaceProfileIds: ['p-an'], replaceDossierCodes: [] });
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Đã thay thế: Bản thân: Nguyễn Văn An.');
  });

  it('cancelling the confirmation changes nothing', async () => {
    const { onApply } = reporter();
    const root = mount(<BackupPanel onExport={noExport} onPreview={previewer([an])} onApply={onApply} />);
    await choose(root, 'a.json', backupText({ profiles: [{ ...an, phone: '0987654321' }] }));
    click(button(root, 'Hủy'));
    await settle();
    expect(onApply).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Đã hủy nhập. Chưa có gì bị thay đổi.');
  });

  it('announces the export', async () => {
    const onExport = vi.fn(async () => ({ vi: 'Đã xuất 2 hồ sơ cá nhân và 0 mã hồ sơ.', en: 'Exported.' }));
    const root = mount(<BackupPanel onExport={onExport} onPreview={previewer([])} onApply={reporter().onApply} />);
    click(button(root, 'Xuất dữ liệu'));
    await settle();
    expect(onExport).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Đã xuất 2 hồ sơ cá nhân và 0 mã hồ sơ.');
  });
});
