/**
 * Runs the Astro CLI with its telemetry off, on every operating system
 * (`ASTRO_TELEMETRY_DISABLED=1 astro …` works only in POSIX shells).
 *
 * Usage: node scripts/astro.ts dev|preview|… [options]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const astro = path.join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exitCode = result.status ?? 1;
