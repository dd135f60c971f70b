import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { dataPackage } from '#src/lib/opendata/dataPackage.ts';
import { markdownToText } from '#src/lib/language/markdownToText.ts';
import { measureColumns } from '#src/lib/opendata/measureColumns.ts';
import { measuresCsv } from '#src/lib/opendata/measuresCsv.ts';
import type { ProgrammeExport } from '#src/lib/opendata/programmeExportSchema.ts';
import { schemaFields } from '#src/lib/content/schemaFields.ts';
import { jsonForScript } from '#src/lib/opendata/structuredData.ts';

const both = (text: string) => ({ lv: text, en: text });
const programme = {
  administrators: [{ id: 'ministry', name: { lv: 'Labklājības ministrija', en: 'Ministry of Welfare' } }],
  measures: [
    {
      code: '2.1.2',
      chapter: '2',
      section: '2.1',
      title: { lv: 'Pasākumi, “citāts”, un komati', en: 'Measures, "quoted"' },
      administrator: 'ministry',
      funding: { amount: 46199.61, note: null },
      share: 100,
      shareOfChapter: 100,
      results: both('r'),
      url: { lv: 'https://x/lv/2023/2-1-2/', en: 'https://x/en/2023/2-1-2/' },
    },
  ],
} as unknown as ProgrammeExport;

describe('measuresCsv', () => {
  const csv = measuresCsv(programme);

  it('starts with a byte-order mark and ends records with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
  });

  it('quotes fields with commas and quotes (RFC 4180) and round-trips', () => {
    const [row] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(row?.['title_lv']).toBe('Pasākumi, “citāts”, un komati');
    expect(row?.['title_en']).toBe('Measures, "quoted"');
    expect(row?.['funding_eur']).toBe('46199.61');
    expect(row?.['subsection']).toBe('2.1');
    expect(row?.['administrator_en']).toBe('Ministry of Welfare');
  });
});

describe('dataPackage', () => {
  it('describes a CSV, the programme’s JSON and its publications’ JSON per year, the CSV with its Table Schema', () => {
    const descriptor = dataPackage({
      site: new URL('https://x/p/'),
      years: [{ year: 2023, title: 'P', sourcePath: '/p/source/p.txt' }],
    });
    expect(descriptor.resources.map((r) => r.path)).toEqual([
      '2023/measures.csv',
      '2023/programme.json',
      '2023/updates.json',
    ]);
    expect(descriptor.resources[2]).toMatchObject({ jsonSchema: 'schema/updates.schema.json' });
    expect(descriptor.resources[0]?.schema?.fields.map((f) => f.name)).toEqual(measureColumns.map((c) => c.name));
    expect(descriptor.homepage).toBe('https://x/p/');
    expect(descriptor.sources[0]?.path).toBe('https://x/p/source/p.txt');
  });

  it('invents no address when the site has none', () => {
    const descriptor = dataPackage({
      site: undefined,
      years: [{ year: 2023, title: 'P', sourcePath: '/source/p.txt' }],
    });
    expect(descriptor).not.toHaveProperty('homepage');
    expect(descriptor.sources[0]?.path).toBe('/source/p.txt');
  });
});

describe('markdownToText', () => {
  it('drops escapes and line wrapping, keeps paragraphs and list items', () => {
    expect(markdownToText('2023\\. gadā\nplānots.\n\nIevads:\n1) viens;\n2) divi.\n\nBeigas.')).toBe(
      '2023. gadā plānots.\n\nIevads:\n1) viens;\n2) divi.\n\nBeigas.',
    );
  });

  it('leaves no Markdown syntax, links or entities in the text', () => {
    expect(
      markdownToText('**Svarīgi:** skat. [likumu](https://likumi.lv/) &amp; _citus_ &#123;1&#125;\n\n- a\n- `b`'),
    ).toBe('Svarīgi: skat. likumu & citus {1}\n\n- a\n- b');
  });
});

describe('schemaFields', () => {
  it('lists documented fields with paths through objects and lists', () => {
    const fields = schemaFields({
      properties: {
        total: { description: 'Total', 'x-description-lv': 'Kopā' },
        measures: { description: 'All', items: { properties: { code: { description: 'Code' } } } },
        plain: { properties: { lv: {}, en: {} } },
      },
    });
    expect(fields).toEqual([
      { path: 'total', description: { en: 'Total', lv: 'Kopā' } },
      { path: 'measures', description: { en: 'All', lv: 'All' } },
      { path: 'measures[].code', description: { en: 'Code', lv: 'Code' } },
    ]);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it sits in', () => {
    expect(jsonForScript({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonForScript({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
