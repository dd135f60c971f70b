import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.unit.test.ts', 'tests/build/**/*.build.test.ts'],
    // Fixture tests run `astro sync` in temporary copies of the project; a few seconds each.
    testTimeout: 60_000,
  },
});
