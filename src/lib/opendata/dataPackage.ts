import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import { measureColumns } from './measureColumns.ts';

export interface DataPackageInput {
  /** The site's address, when it has one: the homepage and the source links are absolute only then. */
  site: URL | undefined;
  years: { year: number; title: string; sourcePath: string }[];
}

/**
 * The Frictionless Data Package (v2) descriptor of the open data: one CSV and
 * one JSON resource per programme year, the CSV with its Table Schema.
 * Paths are relative to /data/, where datapackage.json is published.
 */
export function dataPackage({ site, years }: DataPackageInput) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'state-programme-children-families',
    title: 'State Programme for Improving the Situation of Children and Families',
    description:
      'Measures, funding and results of the annual State Programme for Improving the Situation of Children and Families (Ministry of Welfare of Latvia), in Latvian and English. Totals and shares are computed from the measures.',
    ...(site ? { homepage: site.href } : {}),
    licenses: [
      {
        name: 'CC0-1.0',
        path: 'https://creativecommons.org/publicdomain/zero/1.0/',
        title: 'CC0 1.0 Universal',
      },
    ],
    sources: years.map((y) => ({ title: y.title, path: absoluteUrl(y.sourcePath, site) ?? y.sourcePath })),
    resources: years.flatMap((y) => [
      {
        name: `measures-${y.year}`,
        title: `Measures of the ${y.year} programme`,
        path: `${y.year}/measures.csv`,
        type: 'table',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n' },
        schema: {
          fields: measureColumns.map((c) => ({ name: c.name, type: c.type, description: c.description.en })),
          primaryKey: ['number'],
        },
      },
      {
        name: `programme-${y.year}`,
        title: `The ${y.year} programme, whole`,
        path: `${y.year}/programme.json`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        jsonSchema: 'schema/programme.schema.json',
      },
      {
        name: `updates-${y.year}`,
        title: `Publications of the ${y.year} programme and what each changed`,
        path: `${y.year}/updates.json`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        jsonSchema: 'schema/updates.schema.json',
      },
    ]),
  };
}
