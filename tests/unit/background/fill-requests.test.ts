/**
 * Fills started from outside the page: the keyboard shortcut (Alt+Shift+F) and the context menu. Neither can be
 * driven from an end-to-end test (both live in the browser's own UI), so the wiring is proven here: the right
 * command or menu item on an official portal tab asks that tab's content script to fill, anything else asks nothing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CONTEXT_MENU_FILL, fillInTab, listenForFillRequests } from '../../../entrypoints/background/fill';
import { requestTab } from '../../../utils/messaging/tab';

vi.mock('../../../utils/messaging/tab', () => ({ requestTab: vi.fn(async () => ({ started: true })) }));

type Tab = { id?: number; url?: string };
let onCommand: (command: string, tab?: Tab) => void;
let onMenuClick: (info: { menuItemId: string | number }, tab?: Tab) => void;
let onInstalled: (details: { reason: string }) => void;
const created: unknown[] = [];

const PORTAL_TAB: Tab = { id: 7, url: 'https://dichvucong.thanhhoa.gov.vn/portaldvc/nop-truc-tuyen?id=1' };
const NATIONAL_TAB: Tab = { id: 8, url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html' };
const OTHER_TAB: Tab = { id: 9, url: 'https://dichvucong.thanhhoa.gov.vn.example.com/portaldvc/home' };

beforeEach(() => {
  vi.mocked(requestTab).mockClear();
  created.length = 0;
  // The fake browser has no commands or context menus: catch the listeners the background registers.
  const b = browser as unknown as Record<string, Record<string, unknown>>;
  b.commands = { onCommand: { addListener: (l: typeof onCommand) => (onCommand = l) } };
  b.contextMenus = {
    create: (props: unknown) => void created.push(props),
    onClicked: { addListener: (l: typeof onMenuClick) => (onMenuClick = l) },
  };
  vi.spyOn(browser.runtime.onInstalled, 'addListener').mockImplementation((l) => void (onInstalled = l as typeof onInstalled));
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => (name === 'contextMenuFill' ? 'Điền tự động biểu mẫu này' : ''));
  listenForFillRequests();
});

describe('the keyboard shortcut', () => {
  it('fills the form on an official portal tab, on either portal', () => {
    onCommand('fill-form', PORTAL_TAB);
    onCommand('fill-form', NATIONAL_TAB);
    expect(vi.mocked(requestTab).mock.calls).toEqual([
      [7, 'fill/start', {}],
      [8, 'fill/start', {}],
    ]);
  });

  it('does nothing on another site, even one that looks like the portal, or for another command', () => {
    onCommand('fill-form', OTHER_TAB);
    onCommand('fill-form', undefined);
    onCommand('_execute_action', PORTAL_TAB);
    expect(requestTab).not.toHaveBeenCalled();
  });
});

describe('the context menu', () => {
  it('is created on install for the two official portals only, on pages and in fields', () => {
    onInstalled({ reason: 'install' });
    expect(created).toEqual([
      {
        id: CONTEXT_MENU_FILL,
        title: 'Điền tự động biểu mẫu này',
        contexts: ['page', 'editable'],
        documentUrlPatterns: ['https://dichvucong.thanhhoa.gov.vn/*', 'https://dichvucong.gov.vn/*'],
      },
    ]);
  });

  it('"Điền tự động biểu mẫu này" fills the form of the tab it was chosen in', () => {
    onMenuClick({ menuItemId: CONTEXT_MENU_FILL }, PORTAL_TAB);
    onMenuClick({ menuItemId: 'something-else' }, PORTAL_TAB);
    onMenuClick({ menuItemId: CONTEXT_MENU_FILL }, OTHER_TAB);
    expect(vi.mocked(requestTab).mock.calls).toEqual([[7, 'fill/start', {}]]);
  });
});

describe('a fill asked for outside a portal page', () => {
  it('says in Vietnamese what to open, and when the page is not ready, to reload it', async () => {
    expect(await fillInTab(9, OTHER_TAB.url)).toEqual({
      started: false,
      message: 'Hãy mở trang biểu mẫu trên Cổng Dịch vụ công Thanh Hóa hoặc Cổng Dịch vụ công quốc gia.',
    });
    vi.mocked(requestTab).mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await fillInTab(7, PORTAL_TAB.url)).toEqual({
      started: false,
      message: 'Trang này chưa sẵn sàng. Hãy tải lại trang rồi thử lại.',
    });
  });
});
