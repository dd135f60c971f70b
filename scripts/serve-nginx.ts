/**
 * `npm run serve:nginx`: serves the built site through a real nginx with the
 * shipped configuration, at http://localhost:8080 under the site's base path,
 * as production would. Check it with `npm run verify -- <the printed address>`.
 *
 * Usage: node scripts/serve-nginx.ts [--dir dist] [--port 8080]
 * The base path is the one the build it serves was made for, as its
 * `_nginx.conf` records it (SITE_URL at serve time changes nothing).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nginxConfigBase } from '#src/lib/server/nginxConfig.ts';
import { nginxUnavailable, startNginx } from './nginx.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '8080' } },
});
const reason = nginxUnavailable();
if (reason) {
  console.error(`serve:nginx: ${reason}.`);
  process.exit(1);
}
const config = path.join(values.dir, '_nginx.conf');
if (!existsSync(config)) {
  console.error(`serve:nginx: ${config} is missing: build the site first (npm run build).`);
  process.exit(1);
}
const base = nginxConfigBase(readFileSync(config, 'utf8'));
if (!base) {
  console.error(`serve:nginx: ${config} does not say which base path it was built for: build the site again.`);
  process.exit(1);
}
const server = startNginx({ siteDir: values.dir, base, port: Number(values.port) });
console.log(`serve:nginx: ${values.dir}/ (built for ${base}) at ${server.url} (Ctrl+C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server.stop();
    process.exit(0);
  });
server.process.on('exit', (code) => {
  console.error(`serve:nginx: nginx stopped (exit ${code ?? 'signal'}).`);
  process.exit(code ?? 1);
});
