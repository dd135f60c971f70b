// The same phase markers as the project's build (npm run bench rewrites this address in its copy, as for precompress.ts).
export { buildPhases, phaseEnd, recordPhase } from '../../src/integrations/buildPhases.ts';
