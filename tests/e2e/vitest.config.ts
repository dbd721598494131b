import { defineConfig } from 'vitest/config';

// The end-to-end suite: real Chromium, the production build, the demo portal. Kept apart from the unit config,
// whose WxtVitest plugin fakes `browser`.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Each file launches its own Chromium and portal; two cores run two files at a time at most.
    maxWorkers: 2,
    fileParallelism: true,
    retry: 0,
  },
});
