/**
 * One call sets up a test file: the demo portal on a free port, Chromium with the production build, and a check after
 * each test that extension code reported no errors.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, type LaunchOptions, type Session } from './launch.mjs';
import { startDemoPortal, type Portal } from './portal';

export interface E2E {
  readonly portal: Portal;
  readonly session: Session;
}

export function setupE2E(options: Omit<LaunchOptions, 'portalPort'> = {}): E2E {
  let portal: Portal | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    portal = await startDemoPortal();
    session = await launch({ ...options, portalPort: portal.port });
  });
  afterEach(async (context) => {
    // A failed test leaves a screenshot of every open tab, to see what the person would have seen.
    if (context.task.result?.state === 'fail' && session) {
      const dir = path.resolve(import.meta.dirname, '../../artifacts/e2e');
      await mkdir(dir, { recursive: true });
      const pages = await session.browser.pages();
      const name = context.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
      // One at a time, each brought to the front: a background tab does not paint, and its screenshot would hang.
      for (const [i, page] of pages.entries()) {
        const shot = page
          .bringToFront()
          .then(() => page.screenshot({ path: path.join(dir, `${name}-${i}.png`), fullPage: true }))
          .catch(() => undefined);
        await Promise.race([shot, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      }
    }
    session?.errors.assertNoExtensionErrors();
  });
  afterAll(async () => {
    await session?.close();
    await portal?.close();
  });
  return {
    get portal() {
      if (!portal) throw new Error('The demo portal is not started (use inside tests).');
      return portal;
    },
    get session() {
      if (!session) throw new Error('Chromium is not launched (use inside tests).');
      return session;
    },
  };
}

export { launch } from './launch.mjs';
export { openOptions, openPopup, openPopupInTab } from './pages';
export { byRole, hasRole, isFocused, waitForText, textOf } from './find';
export { TH, NATIONAL, LOOKALIKE } from './hosts.mjs';
export { clearStoredDossiers, storedDossiers, waitForStoredDossier } from './store';
export { signIn, submissionUrl } from './portal-actions.mjs';
export { restoreProfiles, AN, HOA, importInput, type ProfileData } from './profiles.mjs';
