/**
 * The content schemas (src/schemas.ts) read as a tree of plain field
 * descriptions, so the editor's configuration is generated from them instead
 * of being written a second time. Nothing here names a field: the walk follows
 * zod's own definitions (`_zod.def`), the `.meta()` descriptions that `doc()`
 * attaches, and one convention of the schemas — an object whose keys are
 * exactly the site's language codes holds one value per language.
 */
import { z } from 'astro/zod';

/** What `doc()` attaches: English in `description`, Latvian in `x-description-lv`. */
export interface Described {
  en: string;
  lv: string;
}

/** A rule the editor can check itself, with the words `npm run check` uses. */
export interface PatternRule {
  /** A regular expression the value, written as text, must match. */
  source: string;
  message: string;
}

interface Common {
  /** The key in its object; `''` for the item of a list. */
  name: string;
  description: Described | undefined;
  /** False when the key may be missing (`.optional()` or `.default()`). */
  required: boolean;
  /** True when `null` is a value of its own (the source left it blank). */
  nullable: boolean;
  /** The schema's `.default()`, which a file may leave out. */
  default?: unknown;
  /** The one rule with its own message the editor can refuse (the CMS takes one pattern per field). */
  pattern?: PatternRule;
  /** Messages of the rules the editor cannot check before saving; the preview's banner shows them. */
  afterSave: string[];
  /** The command that writes this field (`x-written-by`): shown, never typed in. */
  writtenBy?: string;
  /** The value a new entry starts with (`x-new-entry`). */
  newEntry?: unknown;
  /**
   * Set by the editor's layout (editorCollections.ts) where each language has its own file:
   * which files hold the field (`'all'`, only the default language's, only the translations'),
   * and which must have it.
   */
  heldBy?: 'all' | 'default' | 'translations';
  requiredIn?: 'all' | 'default' | 'translations' | 'none' | undefined;
}

export type SchemaField = Common &
  (
    | { kind: 'text' | 'boolean' | 'date' }
    | { kind: 'choice'; options: string[] }
    | { kind: 'number'; integer: boolean; min?: number; max?: number }
    | { kind: 'reference'; collection: string }
    | { kind: 'list'; item: SchemaField; minItems?: number }
    | { kind: 'object'; fields: SchemaField[] }
    /** One value per language, keyed by the language codes, in the locale table's order. */
    | { kind: 'languages'; languages: SchemaField[] }
  );

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type CheckDef = { check: string; error?: unknown; value?: unknown; inclusive?: boolean; minimum?: number };

const defOf = (schema: z.ZodType): Def => schema._zod.def as Def;

/** The message a check was given (a string, or a function of the issue in zod 4). */
function messageOf(check: CheckDef): string | undefined {
  const { error } = check;
  if (typeof error === 'string') return error;
  if (typeof error === 'function') {
    const result: unknown = (error as (issue: object) => unknown)({ input: undefined });
    return typeof result === 'string' ? result : undefined;
  }
  return undefined;
}

const checksOf = (schema: z.ZodType): CheckDef[] =>
  ((defOf(schema)['checks'] as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((check) => check._zod.def);

/** The metadata of a schema, its wrappers' included (zod's registry merges a clone's with its parent's). */
function metaOf(schema: z.ZodType): Record<string, unknown> {
  return (z.globalRegistry.get(schema) ?? {}) as Record<string, unknown>;
}

function describedBy(meta: Record<string, unknown>): Described | undefined {
  const en = meta['description'];
  const lv = meta['x-description-lv'];
  return typeof en === 'string' ? { en, lv: typeof lv === 'string' ? lv : en } : undefined;
}

/** A bound of zero with its own message is "not negative" (or "positive"), which a pattern can say. */
function signPattern(check: CheckDef): PatternRule | undefined {
  const message = messageOf(check);
  if (check.check !== 'greater_than' || check.value !== 0 || !message) return undefined;
  return { source: check.inclusive ? '^(?!-)' : '^(?!-|0+(\\.0*)?$)', message };
}

/**
 * The schema at `schema` as a field description. `languages` are the locale
 * codes: an object with exactly these keys is a per-language value.
 */
export function schemaField(schema: z.ZodType, name: string, languages: readonly string[]): SchemaField {
  const meta = metaOf(schema);
  let required = true;
  let nullable = false;
  let defaultValue: unknown;
  let current = schema;
  // Unwrap optional, default and nullable, keeping what each says.
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue = (current as z.ZodDefault<z.ZodType>)._zod.def.defaultValue;
    } else if (def.type === 'nullable') nullable = true;
    else break;
    current = (current as unknown as { unwrap(): z.ZodType }).unwrap();
  }
  const common = {
    name,
    description: describedBy(meta),
    required,
    nullable,
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
    ...(typeof meta['x-written-by'] === 'string' ? { writtenBy: meta['x-written-by'] } : {}),
    ...('x-new-entry' in meta ? { newEntry: meta['x-new-entry'] } : {}),
    afterSave: [] as string[],
  };
  const def = defOf(current);
  const reference = meta['x-reference'];
  if (typeof reference === 'string') return { ...common, kind: 'reference', collection: reference };

  switch (def.type) {
    case 'string': {
      const field: SchemaField = { ...common, kind: 'text' };
      for (const check of checksOf(current)) {
        const message = messageOf(check);
        const pattern = (check as { pattern?: RegExp }).pattern;
        if (pattern instanceof RegExp && message && !field.pattern) field.pattern = { source: pattern.source, message };
      }
      return field;
    }
    case 'number': {
      const field: SchemaField = { ...common, kind: 'number', integer: false };
      for (const check of checksOf(current)) {
        const sign = signPattern(check);
        const bound = typeof check.value === 'number' ? check.value : undefined;
        if (sign && !field.pattern) field.pattern = sign;
        else if (check.check === 'greater_than' && bound !== undefined) field.min = bound;
        else if (check.check === 'less_than' && bound !== undefined) field.max = bound;
        else if (check.check === 'number_format') field.integer = true;
        else if (check.check === 'custom') {
          const message = messageOf(check);
          if (message) field.afterSave.push(message);
        }
      }
      return field;
    }
    case 'boolean':
      return { ...common, kind: 'boolean' };
    case 'date':
      return { ...common, kind: 'date' };
    case 'enum':
      return { ...common, kind: 'choice', options: (current as z.ZodEnum).options.map(String) };
    case 'array': {
      const element = (current as z.ZodArray<z.ZodType>).element;
      const min = checksOf(current).find((check) => check.check === 'min_length')?.minimum;
      return { ...common, kind: 'list', item: schemaField(element, '', languages), ...(min ? { minItems: min } : {}) };
    }
    case 'object': {
      const shape = (current as z.ZodObject).shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const fields = keys.map((key) => schemaField(shape[key] as z.ZodType, key, languages));
      const perLanguage = keys.length === languages.length && languages.every((code) => keys.includes(code));
      if (perLanguage) {
        const byCode = new Map(fields.map((field) => [field.name, field]));
        return { ...common, kind: 'languages', languages: languages.map((code) => byCode.get(code) as SchemaField) };
      }
      return { ...common, kind: 'object', fields };
    }
    default:
      throw new Error(`the editor cannot show a field of type "${def.type}" (${name || 'list item'})`);
  }
}

/** The fields of an entry: the top-level object's, in the schema's order. */
export function schemaFields(schema: z.ZodType, languages: readonly string[]): SchemaField[] {
  const field = schemaField(schema, '', languages);
  if (field.kind !== 'object') throw new Error('expected an entry schema to be an object');
  return field.fields;
}

/**
 * The stand-in for Astro's `reference()` the editor passes to a schema
 * factory: the same value, with the collection it refers to in its metadata.
 */
export const editorReference = <C extends string>(collection: C) =>
  z
    .string()
    .transform((id) => ({ id, collection }))
    .meta({ 'x-reference': collection });
