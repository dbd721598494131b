import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests only. WxtVitest replaces `browser` with an in-memory fake, so the e2e suite (real Chromium) has its own
// runner in tests/e2e and must never be picked up here.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // One happy-dom environment per worker instead of per file: the suite runs in about a third of the time. Tests
    // reset what they share (the fake browser in setup.ts, the document body, fresh database names).
    isolate: false,
  },
});
