// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.stylistic,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,mts}'],
    rules: {
      // Types are derived from schemas with z.infer; a type alias reads better there than an interface.
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },
  {
    // Code in another folder of src/ is imported as #src/…, never by climbing out of the file's folder, so src/
    // can never reach the command-line entry points in scripts/ (they use src/, not the other way round).
    files: ['src/**/*.{ts,mts,astro}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./', message: 'Import another folder of src/ as #src/…; src/ never imports scripts/.' },
          ],
        },
      ],
    },
  },
);
