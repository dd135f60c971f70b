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
}

export function datasetJsonLd(input: DatasetInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    ...(input.url ? { url: input.url } : {}),
    inLanguage: input.inLanguage,
    temporalCoverage: String(input.year),
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
  };
}

/** JSON for inside a <script> element: `<` is escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
