// @ts-check
/**
 * Serves generated pages at official URLs the demo portal does not have, by request interception in one tab: the
 * content script injects by URL, so it treats them as portal pages. Every other request goes on to the demo portal.
 */

/**
 * @param {import('puppeteer').Page} page
 * @param {Record<string, string>} pages HTML by exact URL
 */
export async function servePages(page, pages) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const body = pages[request.url()];
    if (body === undefined) void request.continue();
    else void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}
