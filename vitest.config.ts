import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.unit.test.ts', 'tests/build/**/*.build.test.ts'],
    // Fixture tests run `astro sync` in temporary copies of the project; a few seconds each.
    testTimeout: 120_000,
    // Build tests start Astro in temporary copies; more than two at once only queue on a 2-core machine.
    maxConcurrency: 2,
  },
});
