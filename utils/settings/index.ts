/**
 * The extension's own settings, in `storage.local`, read through a schema (a corrupt value falls back to defaults).
 * Volunteer mode: the one-stop desk's shared computer — larger, higher-contrast overlays, guides to hand out, and
 * profiles created for this session only.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';

export const Settings = z.object({
  volunteerMode: z._default(z.boolean(), false),
});
export type Settings = z.output<typeof Settings>;

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { volunteerMode: false };

export function readSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function getSettings(): Promise<Settings> {
  const items = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(items[SETTINGS_KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
