// @ts-check
/**
 * Collects errors thrown by extension code (content script, pages, service worker) so a test can fail on them.
 * Errors from the demo portal's own code are recorded separately and do not fail extension tests.
 */

/** @typedef {{source: string, text: string}} CollectedError */

export class ErrorCollector {
  /** @param {string} extensionId */
  constructor(extensionId) {
    this.extensionId = extensionId;
    /** @type {CollectedError[]} */
    this.extensionErrors = [];
    /** @type {CollectedError[]} */
    this.pageErrors = [];
  }

  /** @param {string | undefined} url */
  isExtension(url) {
    return Boolean(url?.startsWith(`chrome-extension://${this.extensionId}/`));
  }

  /** @param {import('puppeteer').Page} page @param {string} [label] */
  watchPage(page, label = 'page') {
    page.on('console', (message) => this.onConsole(message, label));
    page.on('pageerror', (error) => {
      const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      const fromExtension = this.isExtension(page.url()) || text.includes(`chrome-extension://${this.extensionId}/`);
      (fromExtension ? this.extensionErrors : this.pageErrors).push({ source: label, text });
    });
  }

  /** @param {import('puppeteer').WebWorker} worker @param {string} [label] */
  watchWorker(worker, label = 'service worker') {
    worker.on('console', (message) => this.onConsole(message, label, true));
  }

  /** @param {import('puppeteer').ConsoleMessage} message @param {string} label @param {boolean} [alwaysExtension] */
  onConsole(message, label, alwaysExtension = false) {
    if (message.type() !== 'error') return;
    const location = message.location()?.url;
    const entry = { source: `${label} ${location ?? ''}`.trim(), text: message.text() };
    if (alwaysExtension || this.isExtension(location) || message.text().includes('[Trợ lý DVC]')) {
      this.extensionErrors.push(entry);
    } else {
      this.pageErrors.push(entry);
    }
  }

  /** Throws if extension code reported an error; call in afterEach. */
  assertNoExtensionErrors() {
    if (this.extensionErrors.length === 0) return;
    const list = this.extensionErrors.map((e) => `- [${e.source}] ${e.text}`).join('\n');
    this.extensionErrors.length = 0;
    throw new Error(`Extension code reported errors:\n${list}`);
  }
}
