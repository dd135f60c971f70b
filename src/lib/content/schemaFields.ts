/** A documented field of a JSON Schema, for a data dictionary. */
export interface SchemaField {
  /** Dotted path; `[]` marks the items of a list: `measures[].funding.amount`. */
  path: string;
  description: { en: string; lv: string };
}

interface Node {
  description?: string;
  'x-description-lv'?: string;
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
}

/**
 * Every field of a JSON Schema that carries a description, depth first, in the
 * schema's order — so the data page's dictionary is read from the same schema
 * that is published, and cannot leave a documented field out.
 */
export function schemaFields(jsonSchema: object, path = ''): SchemaField[] {
  const schema = jsonSchema as Node;
  const own: SchemaField[] =
    path && schema.description
      ? [{ path, description: { en: schema.description, lv: schema['x-description-lv'] ?? schema.description } }]
      : [];
  const children = [
    ...Object.entries(schema.properties ?? {}).flatMap(([key, child]) =>
      schemaFields(child, path ? `${path}.${key}` : key),
    ),
    ...(schema.items ? schemaFields(schema.items, `${path}[]`) : []),
    ...(schema.anyOf ?? []).flatMap((option) => schemaFields({ ...option, description: '' }, path)),
  ];
  return [...own, ...children];
}
