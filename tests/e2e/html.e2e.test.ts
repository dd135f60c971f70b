/**
 * Every page of the build is valid HTML: the W3C Nu HTML Checker (the
 * `vnu-jar` package's jar, run with `java -jar`), errors only, no message
 * filtered. A failure lists each error as `file:line:column: message`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { noJava } from '../helpers/java.ts';
import { builtPages, distDir } from './site.ts';

interface Message {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** The jar's path: the package's main export is that path as a string. */
const jar = String(createRequire(import.meta.url)('vnu-jar'));

/** Runs the checker over files or folders; its JSON report comes on stderr, the files it checked (verbose) on stdout. */
function vnu(targets: string[]): { messages: Message[]; checked: string[] } {
  const run = spawnSync(
    'java',
    ['-jar', jar, '--errors-only', '--format', 'json', '--verbose', '--skip-non-html', ...targets],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error) throw new Error(`${noJava} (${run.error.message})`);
  const report = JSON.parse(run.stderr) as { messages: Message[] };
  return { messages: report.messages, checked: run.stdout.split('\n').filter((line) => line.endsWith('.html')) };
}

const relative = (file: string) => path.relative(distDir, file).split(path.sep).join('/');
const line = (m: Message) =>
  `${m.url ? relative(fileURLToPath(m.url)) : '(no file)'}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}: ${m.message}`;

test('every built page is valid HTML (W3C Nu HTML Checker)', () => {
  test.setTimeout(120_000);
  const { messages, checked } = vnu([distDir]);
  expect(messages.map(line)).toEqual([]);
  // Every page was read: a checker that looked at nothing would report nothing, too.
  const pages = builtPages().map((page) => (page.endsWith('/') ? `${page}index.html` : page).slice(1));
  expect(checked.map(relative).sort()).toEqual(pages.sort());
});
