// The project's own precompression step, so the baseline pays for it too. scripts/bench.ts copies the
// real file over this one when it sets the baseline up outside the project.
export { precompress } from '../../src/integrations/precompress.ts';
