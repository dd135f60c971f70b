/**
 * The preview's staff page of translations lists what `npm run translations`
 * prints, row for row: the measures and the programme, sections and
 * administrators, with a freshly scaffolded measure as not yet translated and
 * a section whose Latvian text changed as outdated.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDev, type DevServer } from '../helpers/devServer.ts';
import { scaffoldArgs } from '../helpers/scaffold.ts';
import { projectCopy, removeCopy, runIn } from '../helpers/projectCopy.ts';

interface Row {
  key: string;
  lang: string;
  status: string;
  file: string;
}

/** The rows of the staff page's table, from their data attributes and cells. */
function staffRows(html: string): Row[] {
  const rows: Row[] = [];
  let row: { key: string; status: string; cells: string[] } | undefined;
  let cell: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'tr' && attributes['data-key'] !== undefined) {
        row = { key: attributes['data-key'], status: attributes['data-status'] ?? '', cells: [] };
      }
      if (row && (name === 'td' || name === 'th')) cell = '';
    },
    ontext(text) {
      if (cell !== undefined) cell += text;
    },
    onclosetag(name) {
      if (row && cell !== undefined && (name === 'td' || name === 'th')) {
        row.cells.push(cell.trim());
        cell = undefined;
      }
      if (row && name === 'tr') {
        const [, lang = '', , file = ''] = row.cells;
        rows.push({ key: row.key, lang, status: row.status, file });
        row = undefined;
      }
    },
  });
  parser.end(html);
  return rows;
}

const statusOfLabel: Record<string, string> = {
  'up to date': 'current',
  outdated: 'outdated',
  'not yet translated': 'untranslated',
  missing: 'missing',
};

/** The rows `npm run translations` prints, between its header and its counts. */
function scriptRows(output: string): Row[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith('entry '));
  return lines
    .slice(start + 1)
    .filter((line) => /^\S+ {2,}\S/.test(line))
    .map((line) => {
      const cells = line.split(/ {2,}/);
      return {
        key: cells[0] ?? '',
        lang: cells[1] ?? '',
        status: statusOfLabel[cells[2] ?? ''] ?? `unknown: ${cells[2]}`,
        file: cells.at(-1) ?? '',
      };
    });
}

let dir: string;
let server: DevServer;

beforeAll(async () => {
  dir = await projectCopy();
  const scaffold = await runIn(dir, 'npm', scaffoldArgs('2.4'));
  expect(scaffold.code, scaffold.output).toBe(0);
  const section = path.join(dir, 'src/content/sections/2023/2-1.yaml');
  await writeFile(
    section,
    (await readFile(section, 'utf8')).replace('notes:\n  lv:\n', 'notes:\n  lv:\n    - "Jauna piezīme."\n'),
  );
  server = await startDev(dir, 'en/staff/translations/');
}, 120_000);

afterAll(async () => {
  server.stop();
  await removeCopy(dir);
});

describe('the staff page of translations', () => {
  it('lists the same rows with the same status as npm run translations', async () => {
    const html = await (await fetch(new URL('en/staff/translations/', server.url))).text();
    const page = staffRows(html);
    const script = scriptRows((await runIn(dir, 'npm', ['run', 'translations'])).output);
    expect(script.length).toBe(18);
    expect(page, server.log()).toEqual(script);
  });

  it('includes the programme, the sections and the administrators, each linked to its English page', async () => {
    const html = await (await fetch(new URL('en/staff/translations/', server.url))).text();
    const rows = staffRows(html);
    expect(rows.filter((r) => !r.file.startsWith('src/content/measures/'))).toEqual([
      { key: '2023', lang: 'en', status: 'current', file: 'src/content/programmes/2023.yaml' },
      { key: '2023/1', lang: 'en', status: 'current', file: 'src/content/sections/2023/1.yaml' },
      { key: '2023/2', lang: 'en', status: 'current', file: 'src/content/sections/2023/2.yaml' },
      { key: '2023/2-1', lang: 'en', status: 'outdated', file: 'src/content/sections/2023/2-1.yaml' },
      { key: '2023/2-2', lang: 'en', status: 'current', file: 'src/content/sections/2023/2-2.yaml' },
      { key: 'administrators/inspectorate', lang: 'en', status: 'current', file: 'src/content/administrators.yaml' },
      { key: 'administrators/ministry', lang: 'en', status: 'current', file: 'src/content/administrators.yaml' },
    ]);
    expect(rows.find((r) => r.key === '2023/2-4')?.status).toBe('untranslated');
    expect(html).toContain('href="/en/2023/administrators/ministry/"');
    expect(html).toContain('href="/en/2023/2-1/"');
  });
});
