import { defineConfig } from 'vitest/config';

// Packages are resolved to their TypeScript sources (the `source` export
// condition) so tests never run against a stale build. Vitest runs modules
// through Vite's server side, which has its own resolve settings.
const conditions = ['source', 'import', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
