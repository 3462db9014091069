import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/editor/**/*.test.ts', 'tests/editor/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // The CLI tests run the prebuilt bundle (dist/cli), built here when the sources are newer.
    globalSetup: ['tests/unit/support/buildCliBundle.ts'],
  },
});
