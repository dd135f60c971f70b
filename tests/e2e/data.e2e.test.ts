/**
 * The open data files round-trip: what the site publishes as CSV and JSON is
 * exactly what the content says, valid against its published schema, and
 * described on the data page in both languages.
 */
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { z } from 'zod/v4';
import { readContent } from '#src/check/readContent.ts';
import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { contentPathOf } from '#src/lib/content/contentPath.ts';
import { measureColumns } from '#src/lib/opendata/measureColumns.ts';
import { programmeExportSchema } from '#src/lib/opendata/programmeExportSchema.ts';
import { schemaFields } from '#src/lib/content/schemaFields.ts';
import { at } from './site.ts';
// The data files are plain text: the content's language-of-parts marks (`:lv[…]`) are taken out.
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';

const root = path.resolve(import.meta.dirname, '../..');

const codeOf = (m: { id: string; filePath: string }) => contentPathOf(m).code ?? '';

/** The published measures in Latvian, with their English text, in document order. */
async function contentMeasures() {
  const content = await readContent(root);
  return content.measures
    .filter((m) => contentPathOf(m).year === 2023 && !m.data.draft)
    .sort((a, b) => compareCodes(codeOf(a), codeOf(b)))
    .map((lv) => ({
      code: codeOf(lv),
      lv,
      en: content.translations.find((t) => contentPathOf(t).code === codeOf(lv) && contentPathOf(t).year === 2023),
    }));
}

test('measures.csv: UTF-8 with a BOM, Latvian letters intact', async ({ request }) => {
  const bytes = await (await request.get(at('/data/2023/measures.csv'))).body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // "ā" is C4 81 in UTF-8 ("Palīdzības" has "ī" = C4 AB).
  expect(bytes.includes(Buffer.from('Palīdzības', 'utf8'))).toBe(true);
  expect(bytes.includes(Buffer.from([0xc4, 0x81]))).toBe(true);
  expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
});

test('measures.csv: every row matches the content, and the funding adds up to the declared total', async ({
  request,
}) => {
  const response = await request.get(at('/data/2023/measures.csv'));
  expect(response.headers()['content-type']).toContain('text/csv');
  const rows = parse(await response.body(), { bom: true, columns: true }) as Record<string, string>[];
  const measures = await contentMeasures();
  expect(Object.keys(rows[0] ?? {})).toEqual(measureColumns.map((c) => c.name));
  expect(rows.map((r) => r['number'])).toEqual(measures.map((m) => m.code));
  rows.forEach((row, i) => {
    const { code, lv, en } = measures[i] ?? {};
    expect(row['title_lv']).toBe(stripLangMarkup(lv?.data.title));
    expect(row['title_en']).toBe(stripLangMarkup(en?.data.title));
    expect(row['administrator_id']).toBe(lv?.data.administrator.id);
    expect(Number(row['funding_eur'])).toBe(lv?.data.funding.amount);
    expect(Number(row['results_count'])).toBe(lv?.data.results.length);
    expect(row['url_lv']).toMatch(new RegExp(`/lv/2023/${String(code).replaceAll('.', '-')}/$`));
  });
  const programme = (await readContent(root)).programmes.find((p) => contentPathOf(p).year === 2023);
  const cents = rows.reduce((sum, r) => sum + Math.round(Number(r['funding_eur']) * 100), 0);
  expect(cents / 100).toBe(programme?.data.declaredTotal);
  expect(rows.reduce((sum, r) => sum + Math.round(Number(r['share_of_total_percent']) * 10), 0)).toBe(1000);
});

test('programme.json validates against the published schema, which is generated from the zod schema', async ({
  request,
}) => {
  const schema = (await (await request.get(at('/data/schema/programme.schema.json'))).json()) as Record<
    string,
    unknown
  >;
  const { $id, title, ...generated } = schema;
  expect($id).toMatch(/\/data\/schema\/programme\.schema\.json$/);
  expect(title).toBe('programme.json');
  expect(generated).toEqual(
    JSON.parse(JSON.stringify(z.toJSONSchema(programmeExportSchema, { unrepresentable: 'any' }))),
  );

  const ajv = new Ajv2020({ allErrors: true });
  ajv.addKeyword({ keyword: 'x-description-lv', schemaType: 'string' });
  const validate = ajv.compile(schema);
  const programme = (await (await request.get(at('/data/2023/programme.json'))).json()) as unknown;
  expect(validate(programme), JSON.stringify(validate.errors)).toBe(true);
  expect(validate({ ...(programme as object), total: 'lots' })).toBe(false);
});

test('programme.json: every figure and text matches the content', async ({ request }) => {
  const json = (await (await request.get(at('/data/2023/programme.json'))).json()) as z.infer<
    typeof programmeExportSchema
  >;
  const measures = await contentMeasures();
  expect(json.total).toBe(283239);
  expect(json.declaredTotal).toBe(283239);
  expect(json.approval.day).toBeNull();
  expect(json.approval.number).toBeNull();
  expect(json.measures.map((m) => m.code)).toEqual(measures.map((m) => m.code));
  json.measures.forEach((m, i) => {
    const { lv, en } = measures[i] ?? {};
    expect(m.title).toEqual(stripLangMarkup({ lv: lv?.data.title, en: en?.data.title }));
    expect(m.funding.amount).toBe(lv?.data.funding.amount);
    expect(m.results).toEqual(stripLangMarkup({ lv: lv?.data.results, en: en?.data.results }));
    expect(m.narrative.lv.length).toBeGreaterThan(100);
  });
  expect(json.measures.find((m) => m.code === '1.2')?.funding.note?.lv).toContain('65 999,45 euro');
  expect(json.measures.find((m) => m.code === '2.2.2')?.narrative.lv).toContain(
    '\n1) atpazīt bīstamas un vardarbīgas situācijas;',
  );
  expect(json.measures.find((m) => m.code === '2.3')?.narrative.lv).toContain('2023. gadā plānots');
  const administrators = Object.fromEntries(json.administrators.map((a) => [a.id, a.total]));
  expect(administrators).toEqual({ ministry: 255239, inspectorate: 28000 });
  expect(json.sections.find((s) => s.code === '2')?.total).toBe(190039);
});

test('datapackage.json: a v2 descriptor whose every resource exists', async ({ request }) => {
  const descriptor = (await (await request.get(at('/data/datapackage.json'))).json()) as {
    $schema: string;
    licenses: unknown[];
    sources: { path: string }[];
    resources: { path: string; schema?: { fields: { name: string }[] } }[];
  };
  expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  expect(descriptor.licenses.length).toBeGreaterThan(0);
  expect(descriptor.resources.length).toBeGreaterThanOrEqual(2);
  for (const resource of descriptor.resources) {
    expect((await request.get(at(`/data/${resource.path}`))).status(), resource.path).toBe(200);
  }
  const csv = descriptor.resources.find((r) => r.path.endsWith('.csv'));
  expect(csv?.schema?.fields.map((f) => f.name)).toEqual(measureColumns.map((c) => c.name));
  for (const source of descriptor.sources)
    expect((await request.get(new URL(source.path).pathname)).status()).toBe(200);
});

test('structured data: the overview is a Dataset, a measure a MonetaryGrant', async ({ page, request }) => {
  const jsonLd = async () =>
    JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  await page.goto(at('/en/2023/'));
  const dataset = await jsonLd();
  expect(dataset['@type']).toBe('Dataset');
  expect(dataset.distribution.length).toBe(2);
  for (const d of dataset.distribution) {
    expect(d['@type']).toBe('DataDownload');
    expect((await request.get(new URL(d.contentUrl).pathname)).status()).toBe(200);
  }
  await page.goto(at('/lv/2023/2-1-2/'));
  const grant = await jsonLd();
  expect(grant['@type']).toBe('MonetaryGrant');
  expect(grant.amount).toEqual({ '@type': 'MonetaryAmount', value: 40039, currency: 'EUR' });
  expect(grant.funder.name).toBe('Labklājības ministrija');
});

for (const lang of ['lv', 'en'] as const) {
  test(`the ${lang} data page explains every field and links every file`, async ({ page }) => {
    await page.goto(at(`/${lang}/data/`));
    const text = (await page.locator('main').textContent()) ?? '';
    for (const column of measureColumns) {
      expect(text).toContain(column.name);
      expect(text).toContain(column.description[lang]);
    }
    for (const field of schemaFields(z.toJSONSchema(programmeExportSchema, { unrepresentable: 'any' }))) {
      expect(text).toContain(field.path);
      expect(text).toContain(field.description[lang]);
    }
    for (const file of [
      '/data/2023/measures.csv',
      '/data/2023/programme.json',
      '/data/schema/programme.schema.json',
      '/data/datapackage.json',
    ]) {
      await expect(page.locator(`main a[href="${at(file)}"]`)).toHaveCount(1);
    }
  });
}

test('the overview and every measure page link to the downloads', async ({ page }) => {
  await page.goto(at('/lv/2023/'));
  await expect(page.locator(`main a[href="${at('/data/2023/measures.csv')}"]`)).toHaveCount(1);
  await page.goto(at('/en/2023/1-1/'));
  await expect(page.locator(`main a[href="${at('/data/2023/measures.csv')}"]`)).toHaveCount(1);
  await expect(page.locator(`main a[href="${at('/data/2023/programme.json')}"]`)).toHaveCount(1);
});
