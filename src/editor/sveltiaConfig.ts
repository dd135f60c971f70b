/**
 * The configuration of the editor (Sveltia CMS), generated from the content
 * schemas on every request of `/edit/config.json` in `npm run dev`, so a field,
 * a rule or a collection added to src/schemas.ts is in the editor on the next
 * reload. Labels are the fields' names, as `npm run check` and the authoring
 * guide's tables call them; the help under each is the schema's Latvian
 * description. See docs/decisions/0004-content-editor.md.
 */
import type { EditorCollection, EditorField } from './editorCollections.ts';
import type { SchemaField } from './schemaTree.ts';
import { ITEMS_KEY } from './contentFormat.ts';

/**
 * The file format of a collection, which the editor page registers (src/editor/client/main.ts,
 * contentFormat.ts). Sveltia accepts a Markdown/MDX extension only with a format named `…-frontmatter`.
 */
export const formatName = (collection: string, body: boolean) => `content-${collection}${body ? '-frontmatter' : ''}`;

/** A Sveltia field (its configuration is plain data, see @sveltia/cms/schema/sveltia-cms.json). */
export type SveltiaField = Record<string, unknown> & { name: string; widget: string };

export interface ConfigInput {
  collections: EditorCollection[];
  languages: readonly string[];
  defaultLanguage: string;
  /** Each language's name in its own words (the locale table's labels). */
  languageLabels: Record<string, string>;
  /** The field paths the fidelity check compares with the source (`measures:title`, …). */
  fidelity: Set<string>;
  /** UI strings, from the Latvian dictionary. */
  text: {
    title: string;
    approved: string;
    writtenBy: (command: string) => string;
    collection: (name: string, folder: string | undefined) => string;
  };
  /** The dev server's address, for the links to the preview. */
  origin: string;
}

/** What the editor's file format needs to know of a collection to write its files as staff would. */
export interface FormatRules {
  /** Per field path (`funding.note`): the value a file may leave out (a default, or nothing for optional fields). */
  omittable: Record<string, { default?: unknown }>;
  /** Paths of the fields whose empty value is `null`. */
  nullable: string[];
}

const hintOf = (field: SchemaField, extra: string[]) =>
  [field.description?.lv, ...extra].filter((part): part is string => Boolean(part)).join(' ');

/** The i18n option of a field in a collection with one file per language. */
function i18nOf(field: EditorField, perLanguage: boolean): Record<string, unknown> {
  if (!perLanguage) return {};
  return { i18n: field.heldBy !== 'default' };
}

function requiredOf(field: EditorField, input: ConfigInput): boolean | string[] {
  if (field.nullable) return false;
  const translations = input.languages.filter((code) => code !== input.defaultLanguage);
  switch (field.requiredIn) {
    case undefined:
      return field.required;
    case 'all':
      return true;
    case 'default':
      return [input.defaultLanguage];
    case 'translations':
      return translations;
    case 'none':
      return false;
    default:
      return field.required;
  }
}

function fieldOf(
  field: EditorField,
  input: ConfigInput,
  at: { collection: EditorCollection; path: string; lang?: string },
  findTarget: (source: string) => EditorCollection | undefined,
): SveltiaField {
  const perLanguage = at.collection.perLanguageFiles;
  const name = field.name || 'item';
  const checked = at.lang === undefined || at.lang === input.defaultLanguage;
  const fidelityKey = `${at.collection.sources[0]}:${at.path}`;
  const extra = [
    ...(checked && input.fidelity.has(fidelityKey) ? [input.text.approved] : []),
    ...(field.writtenBy ? [input.text.writtenBy(field.writtenBy)] : []),
  ];
  const base: Record<string, unknown> & { name: string } = {
    name,
    label: at.lang ? (input.languageLabels[at.lang] ?? at.lang) : name,
    hint: hintOf(field, extra),
    required: requiredOf(field, input),
    ...(at.lang === undefined ? i18nOf(field, perLanguage) : {}),
    ...(field.writtenBy ? { readonly: true } : {}),
    ...(field.pattern ? { pattern: [field.pattern.source, field.pattern.message] } : {}),
    // Only a new entry starts with it: the file format gives existing files their schema default first.
    ...(field.newEntry === undefined ? {} : { default: field.newEntry }),
  };
  const child = (f: EditorField, path: string, lang?: string) =>
    fieldOf(f, input, { collection: at.collection, path, ...(lang ? { lang } : {}) }, findTarget);

  switch (field.kind) {
    case 'text':
      // List items are paragraphs; other texts are one line (a title, a name).
      return { ...base, widget: at.path.endsWith('[]') ? 'text' : 'string' };
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: field.integer ? 'int' : 'float',
        ...(field.min === undefined ? {} : { min: field.min }),
        ...(field.max === undefined ? {} : { max: field.max }),
      };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'choice':
      return { ...base, widget: 'select', options: field.options };
    case 'date':
      return { ...base, widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' };
    case 'reference': {
      const target = findTarget(field.collection);
      if (!target)
        throw new Error(`the field "${at.path}" refers to "${field.collection}", which has no editor collection`);
      if (target.layout.kind === 'list') {
        const shown = target.fields.find((f) => f.kind === 'languages')?.name;
        const display = shown ? `${ITEMS_KEY}.*.${shown}.${input.defaultLanguage}` : `${ITEMS_KEY}.*.id`;
        return {
          ...base,
          widget: 'relation',
          collection: target.name,
          file: target.name,
          value_field: `${ITEMS_KEY}.*.id`,
          display_fields: [display],
          search_fields: [`${ITEMS_KEY}.*.id`, display],
        };
      }
      return { ...base, widget: 'relation', collection: target.name, value_field: '{{slug}}' };
    }
    case 'list': {
      const item = child(field.item, `${at.path}[]`, at.lang);
      // An item is translated as its list is (Sveltia lets a translation add items only then); a list
      // without a minimum may be empty, which Sveltia's `required` would refuse.
      const itemField = {
        ...Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'required')),
        ...('i18n' in base ? { i18n: base['i18n'] } : {}),
      };
      return {
        ...base,
        required: field.minItems ? base['required'] : false,
        widget: 'list',
        ...(item.widget === 'object' ? { fields: item['fields'] } : { field: { ...itemField, label: base['label'] } }),
        ...(field.minItems ? { min: field.minItems } : {}),
        collapsed: false,
      };
    }
    case 'object':
      return {
        ...base,
        widget: 'object',
        collapsed: false,
        fields: (field.fields ?? []).map((f) => child(f, `${at.path}.${f.name}`, at.lang)),
      };
    case 'languages':
      return {
        ...base,
        widget: 'object',
        collapsed: false,
        fields: field.languages.map((f) => ({ ...child(f, `${at.path}.${f.name}`, f.name), name: f.name })),
      };
  }
}

/** The rules the file format follows for one collection, read from its schema fields. */
export function formatRules(fields: readonly EditorField[], prefix = ''): FormatRules {
  const rules: FormatRules = { omittable: {}, nullable: [] };
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    if (!field.required) rules.omittable[path] = 'default' in field ? { default: field.default } : {};
    if (field.nullable) rules.nullable.push(path);
    const nested =
      field.kind === 'object' ? (field.fields ?? []) : field.kind === 'languages' ? field.languages : undefined;
    if (nested) {
      const inner = formatRules(nested, path);
      Object.assign(rules.omittable, inner.omittable);
      rules.nullable.push(...inner.nullable);
    }
  }
  return rules;
}

/** The address of an entry's page, through the dev server's redirect (src/middleware.ts, src/editor/pageLinks.ts). */
export const previewPath = (collection: string, slug: string, locale: string) =>
  `edit/page/${collection}/${slug}/${locale}/`;

/** The whole configuration, and the rules of each collection's file format keyed by collection name. */
export function sveltiaConfig(input: ConfigInput): {
  config: Record<string, unknown>;
  rules: Record<string, FormatRules>;
} {
  const findTarget = (source: string) => input.collections.find((c) => c.sources.includes(source));
  const rules: Record<string, FormatRules> = {};
  const collections = input.collections.map((collection) => {
    const fields = collection.fields.map((f) => fieldOf(f, input, { collection, path: f.name }, findTarget));
    const label = input.text.collection(collection.sources[0] ?? collection.name, collection.folder);
    rules[collection.name] = formatRules(collection.fields, collection.layout.kind === 'list' ? '[]' : '');
    if (collection.layout.kind === 'list') {
      return {
        name: collection.name,
        label,
        files: [
          {
            name: collection.name,
            label,
            file: collection.layout.file,
            format: formatName(collection.name, collection.body),
            fields: [{ name: ITEMS_KEY, label, widget: 'list', collapsed: false, fields }],
          },
        ],
      };
    }
    const { path, extension } = collection.layout;
    const body: SveltiaField[] = collection.body
      ? [
          {
            name: 'body',
            label: 'body',
            widget: 'text',
            hint: input.fidelity.has(`${collection.sources[0]}:body`) ? input.text.approved : '',
            ...(collection.perLanguageFiles ? { i18n: true } : {}),
          },
        ]
      : [];
    const firstText = collection.fields.find((f) => f.kind === 'text' || f.kind === 'languages');
    return {
      name: collection.name,
      label,
      folder: path,
      extension,
      format: formatName(collection.name, collection.body),
      create: true,
      slug: { editable: ['create'] },
      identifier_field:
        firstText?.kind === 'languages' ? `${firstText.name}.${input.defaultLanguage}` : (firstText?.name ?? 'title'),
      summary: `{{slug}} · {{${firstText?.kind === 'languages' ? `${firstText.name}.${input.defaultLanguage}` : (firstText?.name ?? 'slug')}}}`,
      sortable_fields: { fields: ['slug'], default: { field: 'slug', direction: 'ascending' } },
      preview_path: previewPath(
        collection.name,
        '{{slug}}',
        collection.perLanguageFiles ? '{{locale}}' : input.defaultLanguage,
      ),
      ...(collection.perLanguageFiles ? { i18n: true } : {}),
      fields: [...fields, ...body],
    };
  });
  return {
    rules,
    config: {
      load_config_file: false,
      app_title: input.text.title,
      // Only "Work with Local Repository" is used; the GitHub backend is what Sveltia requires alongside it.
      backend: { name: 'github', repo: 'local/programme', branch: 'main', auth_methods: ['token'] },
      // Nothing is uploaded; Sveltia requires a folder name.
      media_folder: 'src/content/_media',
      site_url: input.origin,
      show_preview_links: true,
      editor: { preview: false },
      // One file per language, in a folder named after it (`measures/2023/lv/`), for the collections that say `i18n: true`.
      i18n: { structure: 'multiple_folders', locales: [...input.languages], default_locale: input.defaultLanguage },
      collections,
    },
  };
}
