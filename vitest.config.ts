/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config, as Starlight's tests do, so tests can import modules that use
// Astro's virtual modules (astro:i18n, astro:content — mocked per test) and render components
// with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.unit.test.ts', 'tests/build/**/*.build.test.ts'],
    // Fixture tests run the check or a build in temporary copies of the project; a few seconds each.
    testTimeout: 120_000,
    // Build tests start Astro in temporary copies; more than two at once only queue on a 2-core machine.
    maxConcurrency: 2,
  },
});
