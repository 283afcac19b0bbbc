import { defineConfig } from 'vitest/config';

// Packages are resolved to their TypeScript sources (the `source` export
// condition) so tests never run against a stale build. Vitest runs modules
// through Vite's server side, which has its own resolve settings.
const conditions = ['source', 'import', 'node', 'default'];

// The slow suites: differential runs over thousands of random streams,
// property tests, and the built binary. `pnpm test` runs everything;
// `pnpm test:quick` (the `unit` project) is for the edit-test loop.
const slow = ['test/differential/**/*.test.ts', 'test/e2e/**/*.test.ts', '**/*.property.test.ts', '**/*.slow.test.ts'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    globalSetup: ['test/support/temp-root.ts'],
    testTimeout: 60_000,
    projects: [
      // Unit test files share a worker's module cache (isolate: false): importing
      // the packages once per worker instead of once per file saves a third of
      // the run. A unit test must therefore leave no global state behind.
      { extends: true, test: { name: 'unit', include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'], exclude: slow, isolate: false } },
      // A slow suite's own run counts set its length; the limit only catches a hang,
      // with room for a machine busy with other work.
      { extends: true, test: { name: 'slow', include: slow, testTimeout: 240_000, hookTimeout: 240_000 } },
    ],
  },
});
