/**
 * The server for the browser tests: the test build under its base path,
 * through nginx with the shipped configuration where nginx can run (CI), else
 * through a Node static server that behaves like a static host: headers from
 * `_headers`, precompressed files, 404.html with status 404.
 *
 * Usage: node tests/e2e/serve.ts
 * SERVE_DIST and SERVE_PORT let the benchmark serve a build of its own (made without an address, so at /).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { nginxUnavailable, startNginx } from '../../scripts/nginx.ts';
import { e2eSite } from '../helpers/e2eSite.ts';
import { headersFor } from '../helpers/headersFor.ts';

const dir = process.env['SERVE_DIST'] ?? e2eSite.dir;
const base = process.env['SERVE_DIST'] ? '/' : e2eSite.base;
const port = Number(process.env['SERVE_PORT'] ?? e2eSite.port);
const reason = nginxUnavailable();
if (!reason) {
  const server = startNginx({ siteDir: dir, base, port });
  console.log(`nginx: ${dir} at ${server.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (server.stop(), process.exit(0)));
} else {
  console.log(`${reason}: serving with Node instead`);
  const notFound = readFileSync(path.join(dir, '404.html'));
  const headers = readFileSync(path.join(dir, '_headers'), 'utf8');
  const files = sirv(dir, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    onNoMatch: (_request, response) => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    },
  });
  createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://site').pathname;
    for (const [name, value] of Object.entries(headersFor(headers, address))) response.setHeader(name, value);
    if (!address.startsWith(base)) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
      return;
    }
    request.url = `/${(request.url ?? '/').slice(base.length)}`;
    files(request, response);
  }).listen(port, '127.0.0.1', () => console.log(`node: ${dir} at http://127.0.0.1:${port}${base}`));
}
