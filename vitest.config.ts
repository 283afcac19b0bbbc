import { defineConfig } from 'vitest/config';

// Packages are resolved to their TypeScript sources (the `source` export
// condition) so tests never run against a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
