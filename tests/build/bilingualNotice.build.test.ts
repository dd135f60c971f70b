/**
 * The bilingual YAML entries lag their Latvian text as measures do: once a
 * Latvian field of the programme, a section or an administrator changes, the
 * built English page of each shows the outdated-translation notice (and the
 * whole document where the text appears), and a translation never marked done
 * is reported as not yet translated: a measure's page shows the Latvian text
 * with the fallback notice instead of the placeholder English, a section's
 * keeps its English with a notice that it is unchecked.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, removeCopy, runIn, type RunResult } from '../helpers/projectCopy.ts';

interface Notice {
  /** `outdated` or `fallback`. */
  kind: string;
  text: string;
  links: { href: string | undefined; hreflang: string | undefined }[];
  /** The id of the nearest enclosing element that has one (a part of the whole document). */
  within: string | undefined;
  /** Whether the search index leaves it out of its excerpts. */
  unindexed: boolean;
}

/** Every outdated-translation and fallback notice of a page, in document order. */
function noticesOf(html: string): Notice[] {
  const notices: Notice[] = [];
  const ids: (string | undefined)[] = [];
  let open: { notice: Notice; depth: number } | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      ids.push(attributes['id']);
      if (!open && ('data-outdated-notice' in attributes || 'data-fallback-notice' in attributes)) {
        const notice: Notice = {
          kind: 'data-outdated-notice' in attributes ? 'outdated' : 'fallback',
          text: '',
          links: [],
          within: ids.findLast((id) => id !== undefined),
          unindexed: 'data-pagefind-ignore' in attributes,
        };
        notices.push(notice);
        open = { notice, depth: ids.length };
      }
      if (open && name === 'a') open.notice.links.push({ href: attributes['href'], hreflang: attributes['hreflang'] });
    },
    ontext(text) {
      if (open) open.notice.text += text;
    },
    onclosetag() {
      if (open && ids.length === open.depth) open = undefined;
      ids.pop();
    },
  });
  parser.end(html);
  return notices.map((n) => ({ ...n, text: n.text.replace(/\s+/g, ' ').trim() }));
}

/** The `lang` of the page's main element, which a fallback sets to the text's language. */
function mainLang(html: string): string | undefined {
  let lang: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'main') lang = attributes['lang'];
    },
  });
  parser.end(html);
  return lang;
}

const edits = [
  // Editorial notes and the administrators' names: Latvian text that the proof against the source does not cover.
  {
    file: 'src/content/programmes/2023.yaml',
    find: 'notes:\n  lv:\n',
    replace: 'notes:\n  lv:\n    - "Jauna piezīme."\n',
  },
  {
    file: 'src/content/sections/2023/2-1.yaml',
    find: 'notes:\n  lv:\n',
    replace: 'notes:\n  lv:\n    - "Jauna piezīme."\n',
  },
  {
    file: 'src/content/administrators.yaml',
    find: '    lv: Labklājības ministrija\n',
    replace: '    lv: Latvijas Republikas Labklājības ministrija\n',
  },
  // Never marked done, as `npm run new:measure` leaves a translation.
  { file: 'src/content/measures/2023/en/1-1.mdx', find: /\ntranslates: [0-9a-f]{12}\n/, replace: '\n' },
  { file: 'src/content/sections/2023/2-2.yaml', find: /\ntranslates:\n {2}en: [0-9a-f]{12}\n/, replace: '\n' },
];

let dir: string;
let build: RunResult;
const page = (at: string) => readFile(path.join(dir, 'dist', at, 'index.html'), 'utf8');
const undatedOutdated = 'The Latvian text this page translates has been updated since it was translated.';

beforeAll(async () => {
  dir = await projectCopy();
  for (const { file, find, replace } of edits) {
    const full = path.join(dir, file);
    const before = await readFile(full, 'utf8');
    const after = before.replace(find, replace);
    if (after === before) throw new Error(`edit of ${file} found nothing to change`);
    await writeFile(full, after);
  }
  build = await runIn(dir, 'npm', ['run', 'build']);
}, 240_000);

afterAll(async () => {
  await removeCopy(dir);
});

describe('a bilingual entry whose Latvian fields changed', () => {
  it('is warned about by npm run check and listed as outdated by npm run translations', async () => {
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code, check.output).toBe(0);
    for (const [file, key] of [
      ['src/content/programmes/2023.yaml', '2023'],
      ['src/content/sections/2023/2-1.yaml', '2023/2-1'],
      ['src/content/administrators.yaml', 'administrators/ministry'],
    ] as const) {
      // With the line of the field to mark, in the file of every administrator too.
      expect(check.output).toMatch(
        new RegExp(`^Warning: ${file.replaceAll('.', '\\.')}:\\d+ › (\\d+\\.)?translates\\.en: outdated`, 'm'),
      );
      expect(check.output).toContain(`npm run translations -- --done ${key}`);
    }
    const table = await runIn(dir, 'npm', ['run', 'translations']);
    expect(table.output).toMatch(/^2023\s+en\s+outdated/m);
    expect(table.output).toMatch(/^2023\/2-1\s+en\s+outdated/m);
    expect(table.output).toMatch(/^administrators\/ministry\s+en\s+outdated/m);
    expect(table.output).toMatch(/^administrators\/inspectorate\s+en\s+up to date/m);
    expect(table.output).toContain('12 up to date, 3 outdated, 0 missing, 2 not yet translated');
  });

  it('shows the notice on its English page, linking to the Latvian one', async () => {
    expect(build.code, build.output).toBe(0);
    for (const [at, original] of [
      ['en/2023/2-1', '/lv/2023/2-1/'],
      ['en/2023', '/lv/2023/'],
      ['en/2023/administrators/ministry', '/lv/2023/administrators/ministry/'],
    ]) {
      expect(noticesOf(await page(at ?? '')), at).toEqual([
        {
          kind: 'outdated',
          text: `${undatedOutdated} This translation does not reflect the change yet; the Latvian text reproduces the official text. Read the Latvian text`,
          links: [{ href: original, hreflang: 'lv' }],
          within: 'main',
          unindexed: true,
        },
      ]);
    }
  });

  it('shows it in the English whole document, at the programme and in the section', async () => {
    const notices = noticesOf(await page('en/2023/document'));
    expect(notices.filter((n) => n.kind === 'outdated').map((n) => [n.within, n.links[0]?.href])).toEqual([
      ['main', '/lv/2023/'],
      ['section-2-1', '/lv/2023/2-1/'],
      ['section-2-2', '/lv/2023/2-2/'],
    ]);
  });

  it('shows nothing on the Latvian pages, nor on English pages whose text is up to date', async () => {
    for (const at of ['lv/2023/2-1', 'lv/2023', 'lv/2023/administrators/ministry', 'lv/2023/document']) {
      expect(noticesOf(await page(at)), at).toEqual([]);
    }
    for (const at of ['en/2023/1', 'en/2023/2', 'en/2023/administrators/inspectorate', 'en/2023/2-1-2']) {
      expect(noticesOf(await page(at)), at).toEqual([]);
    }
  });
});

describe('a translation never marked done', () => {
  it('is reported as not yet translated, not as outdated', async () => {
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code, check.output).toBe(0);
    // No line: the field it lacks is the one named.
    expect(check.output).toContain('Warning: src/content/measures/2023/en/1-1.mdx › translates: not yet translated:');
    expect(check.output).not.toContain('en/1-1.mdx › translates: outdated');
    const table = await runIn(dir, 'npm', ['run', 'translations']);
    expect(table.output).toMatch(/^2023\/1-1\s+en\s+not yet translated\s+src\/content\/measures\/2023\/en\/1-1\.mdx$/m);
  });

  it('of a section keeps its English text, with a notice that it has not been checked against the Latvian', async () => {
    expect(noticesOf(await page('en/2023/2-2'))).toEqual([
      {
        kind: 'outdated',
        text: 'This translation has not yet been checked against the Latvian text, which reproduces the official text. Read the Latvian text',
        links: [{ href: '/lv/2023/2-2/', hreflang: 'lv' }],
        within: 'main',
        unindexed: true,
      },
    ]);
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.output).toMatch(
      /^Warning: src\/content\/sections\/2023\/2-2\.yaml › translates\.en: not yet translated: /m,
    );
    expect(noticesOf(await page('lv/2023/2-2'))).toEqual([]);
  });

  it('is not published as a translation: the English page shows the Latvian text with the fallback notice', async () => {
    const html = await page('en/2023/1-1');
    expect(noticesOf(html).map((n) => n.kind)).toEqual(['fallback']);
    expect(mainLang(html)).toBe('lv');
  });
});
