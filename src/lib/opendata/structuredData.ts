/**
 * schema.org facts for search engines (JSON-LD): the programme as a Dataset
 * with its downloads, and each measure as a MonetaryGrant.
 */
export interface DatasetInput {
  name: string;
  description: string;
  /** Absolute; left out when the site has no address. */
  url: string | undefined;
  inLanguage: string;
  publisher: string;
  license: string;
  downloads: { url: string; encodingFormat: string; name: string }[];
  year: number;
  /** When the content last changed; left out when not known. */
  dateModified?: Date | undefined;
}

/** schema.org's `dateModified` as a day, or nothing when the date is not known. */
const modified = (date: Date | undefined) => (date ? { dateModified: date.toISOString().slice(0, 10) } : {});

export function datasetJsonLd(input: DatasetInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    ...(input.url ? { url: input.url } : {}),
    inLanguage: input.inLanguage,
    temporalCoverage: String(input.year),
    ...modified(input.dateModified),
    isAccessibleForFree: true,
    license: input.license,
    creator: { '@type': 'GovernmentOrganization', name: input.publisher },
    distribution: input.downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      contentUrl: d.url,
      encodingFormat: d.encodingFormat,
    })),
  };
}

export interface GrantInput {
  name: string;
  /** Absolute; left out when the site has no address. */
  url: string | undefined;
  amount: number;
  funder: string;
  administrator: string;
  programme: string;
  /** When the measure last changed; left out when not known. */
  dateModified?: Date | undefined;
}

export function grantJsonLd(input: GrantInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MonetaryGrant',
    name: input.name,
    ...(input.url ? { url: input.url } : {}),
    amount: { '@type': 'MonetaryAmount', value: input.amount, currency: 'EUR' },
    funder: { '@type': 'GovernmentOrganization', name: input.funder },
    sponsor: { '@type': 'GovernmentOrganization', name: input.administrator },
    isPartOf: { '@type': 'CreativeWork', name: input.programme },
    ...modified(input.dateModified),
  };
}

/** A page with no richer type (a section, an administrator), for its name and when it changed. */
export function webPageJsonLd(input: { name: string; url: string | undefined; dateModified: Date | undefined }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.name,
    ...(input.url ? { url: input.url } : {}),
    ...modified(input.dateModified),
  };
}

/** JSON for inside a <script> element: `<` is escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
