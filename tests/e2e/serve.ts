/**
 * A static server for the browser tests: serves dist/ as a static host would
 * (404.html with status 404 for unknown addresses, headers from _headers). The tests don't use
 * `astro preview`, which refuses to run beside a preview a developer already
 * has open.
 *
 * Usage: node tests/e2e/serve.ts PORT
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor } from '../../src/lib/securityPolicy.ts';

// SERVE_DIST lets the benchmark serve a build made elsewhere.
const dist = process.env['SERVE_DIST'] ?? path.resolve(import.meta.dirname, '../../dist');
const port = Number(process.argv[2] ?? 4329);
const notFound = readFileSync(path.join(dist, '404.html'));
// Apply the site's _headers as a host that reads it would, so the tests see the real policy.
const headers = readFileSync(path.join(dist, '_headers'), 'utf8');

const files = sirv(dist, {
  dev: false,
  etag: true,
  extensions: ['html'],
  onNoMatch: (_request, response) => {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(notFound);
  },
});

createServer((request, response) => {
  const address = new URL(request.url ?? '/', 'http://localhost').pathname;
  for (const [name, value] of Object.entries(headersFor(headers, address))) response.setHeader(name, value);
  files(request, response);
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${dist} at http://localhost:${port}/`);
});
