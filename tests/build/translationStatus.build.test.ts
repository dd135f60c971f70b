/**
 * Translations that know when they lag: a change of the Latvian text of 2.1.2
 * makes `npm run check` warn about the English file (and still pass),
 * `npm run translations` list it as outdated, and the built English page show
 * a notice linking to the Latvian one; marking it done clears all three.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, removeCopy, runIn } from '../helpers/projectCopy.ts';

const latvian = 'src/content/measures/2023/lv/2-1-2.mdx';
const english = 'src/content/measures/2023/en/2-1-2.mdx';
let dir: string;

const page = (at: string) => readFile(path.join(dir, 'dist', at, 'index.html'), 'utf8');

beforeAll(async () => {
  dir = await projectCopy();
}, 60_000);

afterAll(async () => {
  await removeCopy(dir);
});

describe('a translation', () => {
  it('is up to date for the content as it is today', async () => {
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('0 error(s), 0 warning(s)');
    const table = await runIn(dir, 'npm', ['run', 'translations']);
    expect(table.output).toContain('17 up to date, 0 outdated, 0 missing');
    expect(await readFile(path.join(dir, english), 'utf8')).toMatch(/\ntranslates: [0-9a-f]{12}\n/);
  });

  it('is outdated once the Latvian text changes: a warning, a table row and a notice on the English page', async () => {
    // An editorial note: Latvian text that the proof against the source document does not cover.
    const file = path.join(dir, latvian);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('\nnotes:\n', '\nnotes:\n  - "Vēl viena redakcijas piezīme."\n'));

    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain(`Warning: ${english}:`);
    expect(check.output).toContain(`› translates: outdated: the lv text in ${latvian} has changed`);

    const table = await runIn(dir, 'npm', ['run', 'translations']);
    expect(table.output).toMatch(/2023\/2-1-2\s+en\s+outdated/);
    expect(table.output).toContain('16 up to date, 1 outdated, 0 missing');

    const build = await runIn(dir, 'npm', ['run', 'build']);
    expect(build.code, build.output).toBe(0);
    const notice = /<div class="notice" role="note" data-outdated-notice data-pagefind-ignore>[\s\S]*?<\/div>/.exec(
      await page('en/2023/2-1-2'),
    )?.[0];
    expect(notice).toContain('The Latvian text this page translates has been updated');
    expect(notice).toContain('<a href="/lv/2023/2-1-2/" hreflang="lv">Read the Latvian text</a>');
    expect(await page('lv/2023/2-1-2')).not.toContain('data-outdated-notice');
    expect(await page('en/2023/1-1')).not.toContain('data-outdated-notice');
  });

  it('of a bilingual file is outdated once its Latvian fields change, and up to date once marked done', async () => {
    const section = 'src/content/sections/2023/2-1.yaml';
    const file = path.join(dir, section);
    const before = await readFile(file, 'utf8');
    // An amendment: the new Latvian task is in the approved text too, as the check requires.
    const source = path.join(dir, 'public/source/programme-2023.lv.txt');
    const approved = await readFile(source, 'utf8');
    await writeFile(source, `${approved}Jauns uzdevums.\n`);
    await writeFile(file, before.replace('tasks:\n  lv: []', 'tasks:\n  lv: ["Jauns uzdevums."]'));
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain(`Warning: ${section}`);
    expect(check.output).toContain('npm run translations -- --done 2023/2-1');
    const done = await runIn(dir, 'npm', ['run', 'translations', '--', '--done', '2023/2-1']);
    expect(done.code, done.output).toBe(0);
    expect((await runIn(dir, 'npm', ['run', 'check'])).output).not.toContain(`Warning: ${section}`);
    await writeFile(file, before);
    await writeFile(source, approved);
  });

  it('is up to date again once marked done', async () => {
    const done = await runIn(dir, 'npm', ['run', 'translations', '--', '--done', '2023/2-1-2']);
    expect(done.code, done.output).toBe(0);
    expect(done.output).toContain(`Marked ${english}`);
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.output).toContain('0 error(s), 0 warning(s)');
    expect((await runIn(dir, 'npm', ['run', 'translations'])).output).toContain('17 up to date, 0 outdated');
    const build = await runIn(dir, 'npm', ['run', 'build']);
    expect(build.code, build.output).toBe(0);
    expect(await page('en/2023/2-1-2')).not.toContain('data-outdated-notice');
  });
});
