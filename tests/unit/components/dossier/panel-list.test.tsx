import { afterEach, describe, expect, it, vi } from 'vitest';
import { STATE_INFO, type DossierRecord } from '../../../../utils/dossier';
import { A, B, C } from './fixtures';
import { fakeBackground, field, mountPanel, row, rowCodes, type, unmountPanel, until, button } from './harness';

afterEach(unmountPanel);

async function withSaved(records: DossierRecord[]) {
  const background = await fakeBackground();
  const imported = await background.store.importMany(records, { mode: 'replace' });
  expect(imported.ok).toBe(true);
  return background;
}

describe('dossier panel: empty', () => {
  it('teaches what a dossier code is and where to find it, and offers to add one', async () => {
    const background = await fakeBackground();
    mountPanel(background);
    await until(() => document.querySelector('section.empty') !== null, 'empty state');
    const empty = document.querySelector('section.empty') as HTMLElement;
    expect(empty.getAttribute('aria-label')).toBe('Chưa lưu mã hồ sơ nào');
    const text = empty.textContent ?? '';
    expect(text).toContain('000.00.22.H56-241121-0007');
    expect(text).toContain('Gửi hồ sơ');
    expect(text).toContain('Phiếu tiếp nhận');
    expect(text).toContain('SMS hoặc Zalo');
    expect(text).toContain('Trợ lý tự lưu mã');
    expect(document.querySelector('input[type="search"]')).toBeNull();
    const add = button('Thêm mã hồ sơ');
    expect(add.getAttribute('aria-expanded')).toBe('false');
    add.click();
    await until(() => document.querySelector('form.add-form') !== null, 'add form');
    expect(field('Mã hồ sơ')).toBe(document.activeElement);
  });
});

describe('dossier panel: the list', () => {
  it('shows saved dossiers newest first with the portal wording, state, due date, overdue and news marks', async () => {
    mountPanel(await withSaved([A, B, C]));
    await until(() => rowCodes().length === 3, 'three rows');
    expect(rowCodes()).toEqual([C.code, B.code, A.code]);

    const a = row(A.code);
    expect(a.querySelector('.code')?.textContent).toBe(A.code);
    expect(a.querySelector('.status-text')?.textContent).toBe('Đang xử lý');
    expect(a.querySelector('.badge')?.getAttribute('data-state')).toBe('processing');
    expect(a.querySelector('.badge')?.className).toContain(`tone-${STATE_INFO.processing.tone}`);
    expect(a.textContent).toContain('Hẹn trả 08/03/2025');
    expect(a.querySelector('.mark-overdue')?.textContent).toBe('Quá hạn');
    expect(a.querySelector('.mark-new')?.textContent).toBe('Mới');
    expect(a.textContent).toContain('Trước đó: Mới đăng ký');
    expect(a.textContent).toContain('Nguyễn Văn An');

    const b = row(B.code);
    expect(b.querySelector('.status-text')?.textContent).toBe('Đã trả kết quả');
    expect(b.querySelector('.badge')?.getAttribute('data-state')).toBe('done');
    expect(b.querySelector('.mark-overdue')).toBeNull(); // done: the due date no longer binds
    expect(b.querySelector('.mark-new')).toBeNull();
    expect(b.querySelector('.label-chip')?.textContent).toBe('Của mẹ');

    const c = row(C.code);
    expect(c.querySelector('.status-text')?.textContent).toBe(STATE_INFO.unchecked.vi);
    expect(c.querySelector('.badge')?.getAttribute('data-state')).toBe('unchecked');

    for (const code of [A.code, B.code, C.code]) {
      for (const name of [`Tra cứu hồ sơ ${code}`, `Sao chép mã ${code}`, `Chi tiết hồ sơ ${code}`, `Xóa hồ sơ ${code}`]) {
        expect(button(name)).toBeTruthy();
      }
    }
    expect(document.querySelector('.toolbar .count')?.textContent).toBe('3 hồ sơ đã lưu, mới nhất ở trên');
  });

  it('explains a status in plain words when the portal’s wording is official jargon', async () => {
    const fee: DossierRecord = { ...C, history: [{ checkedAt: '2025-03-04T00:00:00.000Z', statusText: 'Yêu cầu thực hiện nghĩa vụ tài chính' }] };
    mountPanel(await withSaved([fee]));
    await until(() => rowCodes().length === 1, 'row');
    expect(row(C.code).querySelector('.status-text')?.textContent).toBe('Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(row(C.code).querySelector('.status-meaning')?.textContent).toBe(STATE_INFO['payment-required'].vi);
  });

  it('searches as you type over code, procedure, owner, note and label, with or without diacritics', async () => {
    mountPanel(await withSaved([A, B, C]));
    const search = () => field('Tìm hồ sơ') as HTMLInputElement;
    await until(() => rowCodes().length === 3 && !button('Tra cứu tất cả').disabled, 'index ready');
    const cases: [string, string[]][] = [
      ['ly lich tu phap', [A.code]],
      ['LÝ LỊCH', [A.code]],
      ['le thi hoa', [B.code]],
      ['buu dien', [B.code]],
      ['cua me', [B.code]],
      ['250303', [C.code]],
      ['h56 000.00', [C.code, B.code, A.code]],
      ['', [C.code, B.code, A.code]],
    ];
    for (const [query, expected] of cases) {
      type(search(), query);
      // The index answers synchronously: the rows are right after the input event's render.
      expect(rowCodes(), query).toEqual(expected);
    }
    type(search(), 'khong co');
    expect(rowCodes()).toEqual([]);
    expect(document.querySelector('.no-match')?.textContent).toBe('Không tìm thấy hồ sơ nào khớp với “khong co”.');
  });

  it('renders the newest page without waiting for every record, and searches the store until the index is ready', async () => {
    const background = await withSaved([A, B, C]);
    let releaseAll: (() => void) | undefined;
    const list = vi.fn((options?: { query?: string; limit?: number }) => {
      if (options?.limit !== undefined) return background.reader.list(options);
      // The full load (for the search index) hangs until released.
      return new Promise<DossierRecord[]>((resolve) => {
        releaseAll = () => void background.reader.list(options).then(resolve);
      });
    });
    mountPanel(background, { ...background.reader, list });
    await until(() => rowCodes().length === 3, 'first page');
    expect(list).toHaveBeenCalledWith({ limit: 8 }); // what fills the popup, before anything else
    expect(button('Tra cứu tất cả').disabled).toBe(true);

    for (const prefix of ['h', 'ho', 'hoa']) type(field('Tìm hồ sơ') as HTMLInputElement, prefix);
    expect(document.querySelector('.search-loading')?.textContent).toBe('Đang tải…');
    await until(() => rowCodes().join() === B.code, 'store search result');
    // A store search is a full scan: one for the pause after typing, not one per keystroke.
    expect(list.mock.calls.filter(([options]) => options?.query !== undefined)).toEqual([[{ query: 'hoa', limit: 30 }]]);
    expect(document.querySelector('.search-loading')).toBeNull();

    releaseAll?.();
    await until(() => !button('Tra cứu tất cả').disabled, 'index ready');
    expect(rowCodes()).toEqual([B.code]);
  });

  it('shows the background\'s copy of the newest rows while the store is still opening, then the store\'s answer', async () => {
    const background = await withSaved([A, B, C]);
    let openStore: (() => void) | undefined;
    const storeOpen = new Promise<void>((resolve) => (openStore = resolve));
    const slow = <T,>(read: () => Promise<T>) => storeOpen.then(read);
    const source = {
      list: (options?: { query?: string; limit?: number }) => slow(() => background.reader.list(options)),
      get: (code: string) => slow(() => background.reader.get(code)),
      count: () => slow(() => background.reader.count()),
      // A copy made before C was saved: the store's answer must win once it comes.
      firstPage: async () => ({ total: 2, records: [B, A] }),
    };
    mountPanel(background, source);
    await until(() => rowCodes().length === 2, 'rows from the copy');
    expect(rowCodes()).toEqual([B.code, A.code]);
    openStore?.();
    await until(() => rowCodes().length === 3, 'rows from the store');
    expect(rowCodes()).toEqual((await background.reader.list({ limit: 8 })).map((r) => r.code));
  });

  it('never lets a late copy replace what the store already answered', async () => {
    const background = await withSaved([A, B, C]);
    let giveCopy: (() => void) | undefined;
    const copyReady = new Promise<void>((resolve) => (giveCopy = resolve));
    let releaseAll: (() => void) | undefined;
    const allRead = new Promise<void>((resolve) => (releaseAll = resolve));
    const list = (options?: { query?: string; limit?: number }) =>
      options?.limit !== undefined ? background.reader.list(options) : allRead.then(() => background.reader.list(options));
    mountPanel(background, { ...background.reader, list, firstPage: () => copyReady.then(() => ({ total: 1, records: [A] })) });
    await until(() => rowCodes().length === 3, 'rows from the store');
    giveCopy?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await until(() => true);
    expect(rowCodes()).toHaveLength(3); // still the store's first page, the full read not done yet
    releaseAll?.();
    await until(() => !button('Tra cứu tất cả').disabled, 'index ready');
    expect(rowCodes()).toHaveLength(3);
  });

  it('shows 30 rows at a time out of many, and more on request', async () => {
    const many: DossierRecord[] = Array.from({ length: 75 }, (_, i) => ({
      code: `000.00.22.H56-250201-${String(i + 1).padStart(4, '0')}`,
      savedAt: new Date(Date.UTC(2025, 1, 1) + i * 60_000).toISOString(),
      history: [],
    }));
    mountPanel(await withSaved(many));
    await until(() => rowCodes().length === 30 && !button('Tra cứu tất cả').disabled, 'first page and index');
    expect(rowCodes()[0]).toBe('000.00.22.H56-250201-0075');
    button('Hiện thêm (45 hồ sơ nữa)').click();
    await until(() => rowCodes().length === 60, 'second page');
    button('Hiện thêm (15 hồ sơ nữa)').click();
    await until(() => rowCodes().length === 75, 'all');
    expect(document.querySelector('button.more')).toBeNull();
  });
});
