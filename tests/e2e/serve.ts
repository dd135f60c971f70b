/**
 * A static server for the browser tests: serves dist/ exactly as a static host
 * would (404.html with status 404 for unknown addresses). The tests don't use
 * `astro preview`, which refuses to run beside a preview a developer already
 * has open.
 *
 * Usage: node tests/e2e/serve.ts PORT
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const dist = path.resolve(import.meta.dirname, '../../dist');
const port = Number(process.argv[2] ?? 4329);
const notFound = readFileSync(path.join(dist, '404.html'));

const files = sirv(dist, {
  dev: false,
  etag: true,
  extensions: ['html'],
  onNoMatch: (_request, response) => {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(notFound);
  },
});

createServer((request, response) => files(request, response)).listen(port, '127.0.0.1', () => {
  console.log(`serving ${dist} at http://localhost:${port}/`);
});
