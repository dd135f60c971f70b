/**
 * Scaffolding a measure and publishing drafts safely: `npm run new:measure`
 * writes the Latvian file (facts and text) and the English one (text only) as a draft; a draft shows in `npm run dev` with a
 * badge but never in the build, the search index, the totals or the data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import { startDev } from '../helpers/devServer.ts';
import { scaffoldArgs } from '../helpers/scaffold.ts';
import { projectCopy, removeCopy, runIn, type RunResult } from '../helpers/projectCopy.ts';

const args = scaffoldArgs('2.4');
const files = ['lv', 'en'].map((lang) => `src/content/measures/2023/${lang}/2-4.mdx`);
let dir: string;
let scaffold: RunResult;

beforeAll(async () => {
  dir = await projectCopy();
  scaffold = await runIn(dir, 'npm', args);
}, 60_000);

afterAll(async () => {
  await removeCopy(dir);
});

describe('npm run new:measure', () => {
  it('writes the Latvian file with every field and the English file with its text fields only', async () => {
    expect(scaffold.code, scaffold.output).toBe(0);
    // Its placeholder English is no translation until someone marks one done.
    expect(scaffold.output).toContain('"npm run translations -- --done 2023/2-4"');
    const [latvian = '', english = ''] = await Promise.all(files.map((file) => readFile(path.join(dir, file), 'utf8')));
    for (const field of [
      'title:',
      'administrator: ministry',
      'funding:',
      'amount: 0',
      'results:',
      'notes:',
      'draft: true',
    ]) {
      expect(latvian).toContain(`\n${field.startsWith('amount') ? '  ' : ''}${field}`);
    }
    for (const field of ['title:', 'results:', 'notes:']) expect(english).toContain(`\n${field}`);
    for (const fact of ['code:', 'section:', 'administrator:', 'funding:', 'amount:', 'draft:']) {
      expect(english).not.toContain(fact);
    }
  });

  it('refuses to overwrite', async () => {
    const again = await runIn(dir, 'npm', args);
    expect(again.code).not.toBe(0);
    expect(again.output).toContain('Not overwriting');
  });

  it('refuses a number whose section does not exist', async () => {
    const wrong = await runIn(dir, 'npm', scaffoldArgs('2.9.1'));
    expect(wrong.code).not.toBe(0);
    expect(wrong.output).toContain('Measure 2.9.1 belongs in section 2.9, which 2023 does not have');
  });

  it('passes npm run check as a draft, which is not counted in the total', async () => {
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code, check.output).toBe(0);
    expect(check.output.trim().split('\n').at(-1)).toMatch(
      /10 lv \(\+1 draft\), 10 en \(\+1 draft\).*0 error\(s\).*drafts are not counted in totals/,
    );
  });
});

describe('a draft', () => {
  let build: RunResult;
  beforeAll(async () => {
    build = await runIn(dir, 'npm', ['run', 'build']);
  }, 120_000);

  it('is left out of the build, the totals and the data files', async () => {
    expect(build.code, build.output).toBe(0);
    expect(existsSync(path.join(dir, 'dist/lv/2023/2-4')), build.output).toBe(false);
    expect(existsSync(path.join(dir, 'dist/en/2023/2-4'))).toBe(false);
    expect(await readFile(path.join(dir, 'dist/lv/2023/index.html'), 'utf8')).toContain('<data value="283239">');
    expect(await readFile(path.join(dir, 'dist/data/2023/measures.csv'), 'utf8')).not.toMatch(/^2\.4,/m);
    expect(await readFile(path.join(dir, 'dist/data/2023/programme.json'), 'utf8')).not.toContain('"code": "2.4"');
  });

  it('is left out of the search index', () => {
    const indexed = Number(/(\d+) pages indexed/.exec(build.output)?.[1]);
    const html = readdirSync(path.join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(path.join(dir, 'dist', file), 'utf8'));
    const entry = JSON.parse(readFileSync(path.join(dir, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexedPages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBeGreaterThan(0);
    expect(indexedPages).toBe(html.filter((page) => page.includes('data-pagefind-body')).length);
    expect(html.some((page) => page.includes('Pasākuma nosaukums'))).toBe(false);
  });

  it('shows in npm run dev with a draft badge', async () => {
    const server = await startDev(dir, 'lv/2023/2-4/');
    try {
      const html = await (await fetch(new URL('lv/2023/2-4/', server.url))).text();
      expect(html, server.log()).toContain('Melnraksts — netiks publicēts');
      expect(html).toContain('Pasākuma nosaukums');

      // An edit shows without a restart; a broken rule shows in the terminal and in the
      // preview's banner above the page, in the words of `npm run check`.
      const where = 'src/content/measures/2023/en/1-1.mdx';
      const message = 'results: expected 5 results as in src/content/measures/2023/lv/1-1.mdx, found 6 results';
      const twin = path.join(dir, where);
      const original = await readFile(twin, 'utf8');
      await writeFile(twin, original.replace('results:\n', 'results:\n  - "An extra result."\n'));
      const executablePath = chromiumPath();
      const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
      try {
        const page = await browser.newPage();
        let banner = '';
        for (let attempt = 0; attempt < 20 && !banner.includes('found 6 results'); attempt++) {
          await page.goto(new URL('en/2023/1-1/', server.url).href).catch(() => null);
          banner =
            (await page
              .locator('[data-preview-problems]')
              .textContent({ timeout: 3000 })
              .catch(() => '')) ?? '';
        }
        expect(banner.replace(/\s+/g, ' '), server.log()).toMatch(`${where}:`);
        expect(banner.replace(/\s+/g, ' ')).toContain(`› ${message}`);
        // The terminal says it too, once, in the same words as the banner and `npm run check`.
        const line = (log: string) => log.split('\n').filter((text) => text.includes(`› ${message}`));
        expect(line(server.log())).toEqual([
          expect.stringMatching(new RegExp(`^Error: ${where.replaceAll('.', '\\.')}:\\d+ › `)),
        ]);
      } finally {
        await browser.close();
        await writeFile(twin, original);
      }
    } finally {
      server.stop();
    }
  });

  it('once published without updating the declared total or the approved text, fails the check on both', async () => {
    for (const file of files) {
      const full = path.join(dir, file);
      const text = await readFile(full, 'utf8');
      await writeFile(
        full,
        text.replace('amount: 0', 'amount: 5000').replace(/\n# Remove this line.*\ndraft: true/, ''),
      );
    }
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code).not.toBe(0);
    const errors = check.output.split('\n').filter((line) => line.startsWith('Error: '));
    const [total, ...text] = errors.sort(
      (a, b) => Number(!a.includes('declaredTotal')) - Number(!b.includes('declaredTotal')),
    );
    expect(total).toContain('src/content/programmes/2023.yaml');
    expect(total).toContain('› declaredTotal');
    expect(total).toContain('2.4: 5000');
    expect(total).toContain('which is 5000.00 EUR more');
    // The placeholder Latvian text (title, result, body) is not the approved programme's: published, it must be.
    expect(text.length).toBeGreaterThan(0);
    for (const line of text) {
      expect(line).toContain('src/content/measures/2023/lv/2-4.mdx');
      expect(line).toContain('is not in the approved source');
    }
  });
});
