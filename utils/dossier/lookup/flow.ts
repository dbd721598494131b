/**
 * The lookup, orchestrated by the background: open the official lookup page in a background tab, wait for the
 * extension's content script there, ask it to search, close the tab. Every way this can end becomes a LookupOutcome
 * with a clear message; the caller stores only 'found'.
 */
import { lookupUrl } from '../links';
import { lookupFailure, type LookupOutcome } from '../capture/outcome';

export interface LookupTabs {
  open(url: string): Promise<number>;
  /** Resolves when the content script in the tab answers (it retries until the deadline), false if it never does. */
  whenReady(tabId: number, deadline: number): Promise<boolean>;
  run(tabId: number, request: { code: string; idNumber: string; timeoutMs: number }): Promise<LookupOutcome>;
  close(tabId: number): Promise<void>;
}

export interface LookupTimeouts {
  /** For the page to load and the content script to answer. */
  loadMs: number;
  /** For the search itself, after pressing "Tra cứu". */
  searchMs: number;
}

export const DEFAULT_LOOKUP_TIMEOUTS: LookupTimeouts = { loadMs: 20_000, searchMs: 25_000 };

export async function lookUpDossier(
  tabs: LookupTabs,
  request: { code: string; idNumber: string },
  timeouts: LookupTimeouts = DEFAULT_LOOKUP_TIMEOUTS,
): Promise<LookupOutcome> {
  let tabId: number | undefined;
  try {
    tabId = await tabs.open(lookupUrl(request.code, request.idNumber));
    if (!(await tabs.whenReady(tabId, Date.now() + timeouts.loadMs))) return lookupFailure('portal-down');
    return await tabs.run(tabId, { ...request, timeoutMs: timeouts.searchMs });
  } catch {
    return lookupFailure(tabId === undefined ? 'portal-down' : 'unreadable');
  } finally {
    if (tabId !== undefined) await tabs.close(tabId).catch(() => undefined);
  }
}
