/**
 * When each phase of `astro build` ends, written as JSON to the file named by
 * BUILD_PHASES_FILE, for `npm run bench`'s table of phases. Without that
 * variable it does nothing. Hooks run in the integrations' order, so the
 * markers are placed between the build-done steps they measure.
 */
import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

const file = process.env['BUILD_PHASES_FILE'];

/**
 * One line per event: the phase that has just ended, and when (the clock's ms, so that events of the several
 * processes of one build compare: the baseline indexes its pages after Astro has exited).
 */
export const recordPhase = (phase: string) => {
  if (file) appendFileSync(file, `${JSON.stringify({ phase, at: Date.now() })}\n`);
};

/**
 * The phases Astro's own hooks bound: the start, the content check (the
 * integrations' setup), content sync, bundling and rendering. Listed first.
 */
export function buildPhases(): AstroIntegration {
  return {
    name: 'build-phases',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') recordPhase('start');
      },
      'astro:config:done': () => recordPhase('checks'),
      'astro:build:start': () => recordPhase('content sync'),
      'astro:build:ssr': () => recordPhase('bundling'),
      'astro:build:generated': () => recordPhase('rendering'),
    },
  };
}

/** A marker among the build-done steps: the phase `name` has ended when its hook runs. */
export function phaseEnd(name: string): AstroIntegration {
  return { name: `build-phases:${name}`, hooks: { 'astro:build:done': () => recordPhase(name) } };
}
