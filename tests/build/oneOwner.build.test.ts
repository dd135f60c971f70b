/**
 * One owner per fact: an amount is written once, in the measure's Latvian file
 * (with the declared total), and every page in both languages, the totals, the
 * CSV and the JSON follow it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { astroBin, projectCopy, removeCopy, runIn, type RunResult } from '../helpers/projectCopy.ts';

let dir: string;
let build: RunResult;
const read = (file: string) => readFileSync(path.join(dir, 'dist', file), 'utf8');

beforeAll(async () => {
  dir = await projectCopy({
    description: 'measure 1.1 gets 1.50 euro more, and the declared total with it',
    stage: 'content',
    edits: [
      { file: 'src/content/measures/2023/lv/1-1.mdx', find: 'amount: 8000', replace: 'amount: 8001.5' },
      { file: 'src/content/programmes/2023.yaml', find: 'declaredTotal: 283239', replace: 'declaredTotal: 283240.5' },
    ],
    expect: { file: '', field: '', message: '' },
  });
  build = await runIn(dir, process.execPath, [astroBin, 'build']);
}, 120_000);

afterAll(async () => {
  await removeCopy(dir);
});

it('builds', () => {
  expect(build.code, build.output).toBe(0);
});

it.each(['lv', 'en'])('shows the new amount on the %s measure, administrator and overview pages', (lang) => {
  expect(read(`${lang}/2023/1-1/index.html`)).toContain('<data value="8001.5">');
  expect(read(`${lang}/2023/administrators/inspectorate/index.html`)).toContain('<data value="28001.5">');
  expect(read(`${lang}/2023/1/index.html`)).toContain('<data value="93201.5">');
  expect(read(`${lang}/2023/index.html`)).toContain('<data value="283240.5">');
});

it('writes the new amount and total to the CSV and the JSON', () => {
  const rows = parse(read('data/2023/measures.csv'), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.find((row) => row['number'] === '1.1')?.['funding_eur']).toBe('8001.5');
  const json = JSON.parse(read('data/2023/programme.json')) as {
    total: number;
    measures: { code: string; funding: { amount: number } }[];
  };
  expect(json.total).toBe(283240.5);
  expect(json.measures.find((m) => m.code === '1.1')?.funding.amount).toBe(8001.5);
});
