/**
 * The background's side of filling: the profile choices the in-page bar shows, the chosen profile once the person
 * pressed "Điền tự động", and fills started from outside the page (popup, keyboard shortcut, context menu).
 */
import { browser } from 'wxt/browser';
import { MessageError } from '../../utils/messaging';
import type { Handlers } from '../../utils/messaging/server';
import { requestTab } from '../../utils/messaging/tab';
import { isOfficialUrl, OFFICIAL_MATCH_PATTERNS } from '../../utils/portal/origins';
import { getProfile, listProfiles } from '../../utils/profile';

export const CONTEXT_MENU_FILL = 'tro-ly-dvc-fill';

/** Asks the content script of a tab to run the fill as if its "Điền tự động" button had been pressed. */
export async function fillInTab(tabId: number | undefined, url: string | undefined): Promise<{ started: boolean; message?: string }> {
  if (tabId === undefined || !url || !isOfficialUrl(url)) {
    return { started: false, message: 'Hãy mở trang biểu mẫu trên Cổng Dịch vụ công Thanh Hóa hoặc Cổng Dịch vụ công quốc gia.' };
  }
  try {
    return await requestTab(tabId, 'fill/start', {});
  } catch {
    return { started: false, message: 'Trang này chưa sẵn sàng. Hãy tải lại trang rồi thử lại.' };
  }
}

export const fillHandlers: Pick<Handlers, 'fill/choices' | 'fill/profile' | 'fill/active-tab' | 'app/open-options'> = {
  async 'fill/choices'() {
    const { profiles, activeProfileId } = await listProfiles();
    return {
      profiles: profiles.map(({ profile }) => ({ id: profile.id, label: profile.label ?? '', fullName: profile.fullName })),
      activeId: activeProfileId,
    };
  },

  async 'fill/profile'({ id }) {
    const stored = await getProfile(id);
    if (!stored) throw new MessageError('no-profile', 'Không tìm thấy thông tin cá nhân này. Hãy mở trang Cài đặt để kiểm tra.');
    return { profile: stored.profile };
  },

  async 'fill/active-tab'() {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return fillInTab(tab?.id, tab?.url);
  },

  async 'app/open-options'() {
    await browser.runtime.openOptionsPage();
    return {};
  },
};

/** The keyboard shortcut and the context menu, both on the official portals only. */
export function listenForFillRequests(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'fill-form') void fillInTab(tab?.id, tab?.url);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CONTEXT_MENU_FILL,
      title: browser.i18n.getMessage('contextMenuFill'),
      contexts: ['page', 'editable'],
      documentUrlPatterns: [...OFFICIAL_MATCH_PATTERNS],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_FILL) void fillInTab(tab?.id, tab?.url);
  });
}
