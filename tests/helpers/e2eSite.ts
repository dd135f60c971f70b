import path from 'node:path';

/**
 * The site the browser tests run against: built by `npm run test:e2e` into
 * its own folder for an address with a sub-path, so every test also proves
 * that nothing assumes the root of a domain or localhost.
 */
export const e2eSite = {
  dir: path.resolve(import.meta.dirname, '../../.tmp/e2e-site'),
  url: 'https://programma.example.lv/berni/',
  base: '/berni/',
  // E2E_PORT lets two people run the browser tests on one machine.
  port: Number(process.env['E2E_PORT'] ?? 4329),
};
