/**
 * Volunteer mode's sessions on a shared computer: when the session began, what it holds, and "Người tiếp theo", which
 * forgets the resident who was helped (session-only profiles and choice, guide tours, codes saved during the session).
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { Handlers } from '../../utils/messaging/server';
import { requestTab } from '../../utils/messaging/tab';
import { OFFICIAL_MATCH_PATTERNS } from '../../utils/portal/origins';
import { clearSessionProfiles, listProfiles } from '../../utils/profile';
import { getSettings, readSettings, SETTINGS_KEY } from '../../utils/settings';
import { afterDossierWrite, dossierStore } from './dossiers';

const SESSION_KEY = 'volunteerSession';
const VolunteerSession = z.object({ startedAt: z.string() });

async function sessionStart(): Promise<string | undefined> {
  const parsed = VolunteerSession.safeParse((await browser.storage.session.get(SESSION_KEY))[SESSION_KEY]);
  return parsed.success ? parsed.data.startedAt : undefined;
}

async function beginSession(): Promise<void> {
  await browser.storage.session.set({ [SESSION_KEY]: { startedAt: new Date().toISOString() } });
}

/** Codes saved during this volunteer session: they belong to the resident being helped, not to the desk. */
async function sessionDossierCodes(): Promise<string[]> {
  const since = await sessionStart();
  if (!since || !(await getSettings()).volunteerMode) return [];
  const store = await dossierStore();
  return (await store.list()).filter((record) => record.savedAt >= since).map((record) => record.code);
}

/** A session begins when volunteer mode is switched on (and again after each "Người tiếp theo"). */
export function watchVolunteerMode(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    if (readSettings(change.newValue).volunteerMode && !readSettings(change.oldValue).volunteerMode) void beginSession();
  });
}

export const sessionHandlers: Pick<Handlers, 'session/summary' | 'session/next-person'> = {
  async 'session/summary'() {
    const { profiles } = await listProfiles();
    const since = await sessionStart();
    return {
      sessionProfiles: profiles.filter((p) => p.session).length,
      sessionDossiers: (await sessionDossierCodes()).length,
      ...(since ? { since } : {}),
    };
  },

  async 'session/next-person'() {
    const profiles = await clearSessionProfiles();
    const codes = await sessionDossierCodes();
    const store = await dossierStore();
    for (const code of codes) await store.remove(code);
    if (codes.length > 0) await afterDossierWrite();

    const all = await browser.storage.session.get(null);
    const tourKeys = Object.keys(all).filter((key) => key.startsWith('guide:'));
    await browser.storage.session.remove(tourKeys);
    const tabs = await browser.tabs.query({ url: [...OFFICIAL_MATCH_PATTERNS] });
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : requestTab(tab.id, 'session/reset', {}).catch(() => undefined))));
    await beginSession();
    return { profiles, dossiers: codes.length, tours: tourKeys.length };
  },
};
