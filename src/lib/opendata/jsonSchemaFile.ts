import { z } from 'astro/zod';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';

/**
 * A published JSON Schema generated from the zod schema every export is
 * checked against; `$id` must be absolute, so without a site address it has
 * none rather than an invented one.
 */
export function jsonSchemaFile(schema: z.ZodType, title: string, path: string, site: URL | undefined): Response {
  const document = {
    ...z.toJSONSchema(schema, { unrepresentable: 'any' }),
    ...(site ? { $id: absoluteUrl(path, site) } : {}),
    title,
  };
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
}
