/** Opening the extension's own pages the way a person would reach them. */
import type { Page } from 'puppeteer';
import type { Session } from './launch.mjs';

/** The options page, in a tab (the manifest opens it in a tab). */
export async function openOptions(session: Session): Promise<Page> {
  const page = await session.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

/**
 * The real toolbar popup, attached to the current window (so "this page" means the tab the person was on), opened
 * through chrome.action.openPopup() as the toolbar button does.
 */
export async function openPopup(session: Session, over?: Page): Promise<Page> {
  await over?.bringToFront();
  const worker = await session.serviceWorker();
  await worker.evaluate('chrome.action.openPopup()');
  const target = await session.browser.waitForTarget(
    (t) => t.type() === 'page' && t.url() === `chrome-extension://${session.extensionId}/popup.html`,
    { timeout: 10_000 },
  );
  const page = await target.asPage();
  session.errors.watchPage(page, 'popup');
  return page;
}

/** The popup's page opened in a tab: for tests of the popup alone, where no "current page" matters. */
export async function openPopupInTab(session: Session): Promise<Page> {
  const page = await session.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return page;
}
