/** Per-tab wiring: on-demand content-script parts and the tab's guide tour. */
import { browser } from 'wxt/browser';
import { guideStateKey, readState, storageGuideStore } from '../../utils/guide';
import { MessageError } from '../../utils/messaging';
import type { Handlers, Sender } from '../../utils/messaging/server';

/** The built files of the on-demand parts (WXT unlisted scripts). */
const MODULE_FILES = { capture: '/dossier-capture.js', guide: '/guide-runner.js', fill: '/fill-engine.js' } as const;

function senderTab(sender: Sender): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new MessageError('no-tab', 'Không xác định được thẻ trình duyệt.');
  return id;
}

export const tabHandlers: Pick<Handlers, 'module/load' | 'guide/state'> = {
  async 'module/load'({ name }, sender) {
    await browser.scripting.executeScript({
      target: { tabId: senderTab(sender), frameIds: [sender.frameId ?? 0] },
      files: [MODULE_FILES[name]],
    });
    return { loaded: true };
  },

  async 'guide/state'(op, sender) {
    const store = storageGuideStore(browser.storage.session, guideStateKey(senderTab(sender)));
    if (op.op === 'load') return { state: await store.load() };
    if (op.op === 'clear') {
      await store.clear();
      return {};
    }
    const state = readState(op.state);
    if (!state) throw new MessageError('bad-state', 'Trạng thái hướng dẫn không hợp lệ.');
    await store.save(state);
    return {};
  },
};

/** A closed tab's tour is over. */
export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(guideStateKey(tabId)));
}
