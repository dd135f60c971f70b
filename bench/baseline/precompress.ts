// The project’s own precompression step, so the baseline pays for it too. scripts/bench.ts points this
// re-export at the real file when it sets the baseline up outside the project.
export { precompress } from '../../src/integrations/precompress.ts';
