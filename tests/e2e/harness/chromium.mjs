// @ts-check
/** Where Chromium is: CHROME_PATH, else Debian's /usr/bin/chromium, else a message saying how to get one. */
import { existsSync } from 'node:fs';

/** @returns {string} */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    /** @returns {p is string} */ (p) => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) ' +
        'or set CHROME_PATH to a Chromium or Chrome for Testing binary. Tried: ' + candidates.join(', '),
    );
  }
  return found;
}
