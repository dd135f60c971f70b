/**
 * `npm run serve:nginx`: serves the built site through a real nginx with the
 * shipped configuration, at http://localhost:8080 under the site's base path,
 * as production would. Check it with `npm run verify -- <the printed address>`.
 *
 * Usage: node scripts/serve-nginx.ts [--dir dist] [--port 8080]
 * The base path is the one the build used: site.config.json, or SITE_URL when set.
 */
import { parseArgs } from 'node:util';
import settings from '../site.config.json' with { type: 'json' };
import { siteAddress, siteSetting } from '#src/lib/server/siteAddress.ts';
import { nginxUnavailable, startNginx } from './nginx.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '8080' } },
});
const reason = nginxUnavailable();
if (reason) {
  console.error(`serve:nginx: ${reason}.`);
  process.exit(1);
}
const { base } = siteAddress(siteSetting(settings.siteUrl, process.env['SITE_URL']));
const server = startNginx({ siteDir: values.dir, base, port: Number(values.port) });
console.log(`serve:nginx: ${values.dir}/ at ${server.url} (Ctrl+C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server.stop();
    process.exit(0);
  });
server.process.on('exit', (code) => {
  console.error(`serve:nginx: nginx stopped (exit ${code ?? 'signal'}).`);
  process.exit(code ?? 1);
});
