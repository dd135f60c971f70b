/**
 * How the editor reads and writes the content files: as a careful person
 * would edit them by hand. The file's own text is kept while it is edited
 * (under SOURCE_KEY), and saving changes only the values that changed, in
 * place: key order, quoting, comments, the `translates` stamp, `:lv[…]` marks
 * and the body's line breaks stay as they were, and a field the file leaves
 * out stays out while it holds its default or nothing. Saving a file without
 * changes writes its text back byte for byte.
 *
 * The editor page registers these as Sveltia CMS file formats
 * (src/editor/client/main.ts); the unit tests run them over every content file.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { FormatRules } from './sveltiaConfig.ts';

export const SOURCE_KEY = '__source';

/** The key of a list file's items in the editor (a file holding a list is an object with one list for Sveltia). */
export const ITEMS_KEY = 'items';

type Value = unknown;
type Data = Record<string, Value>;

const FRONTMATTER = /^---\n([\s\S]*?\n)?---\n/;

/** How `yaml` writes what the editor adds: one line per value (no folding), strings in double quotes as the files have them. */
const TO_STRING = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** A file's frontmatter and body (MDX), or its whole text (YAML). */
function split(text: string, body: boolean): { yaml: string; rest: string } {
  if (!body) return { yaml: text, rest: '' };
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('expected the file to start with its frontmatter between two lines of ---');
  return { yaml: match[1] ?? '', rest: text.slice(match[0].length) };
}

/** The blank line (or none) between the frontmatter and the body, which the editor does not show. */
const bodyGap = (rest: string) => (rest.startsWith('\n') ? '\n' : '');

/**
 * A file's values for the editor: its YAML as data (a list file's items
 * under ITEMS_KEY), the body of an MDX file under `body`, and the text itself.
 */
export function readContent(text: string, hasBody: boolean, rules: FormatRules): Data {
  const { yaml, rest } = split(text, hasBody);
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) throw new Error(doc.errors[0]?.message ?? 'the YAML cannot be read');
  const value: unknown = doc.toJS() ?? {};
  const data: Data = Array.isArray(value) ? { [ITEMS_KEY]: value } : withDefaults(value as Data, rules);
  if (hasBody) data['body'] = rest.slice(bodyGap(rest).length);
  data[SOURCE_KEY] = text;
  return data;
}

/**
 * The file's values with the schema's defaults where the file leaves a field
 * out: the editor then shows what the site reads (a measure without `draft`
 * is not a draft), and saving leaves the field out again (see `staysOut`).
 */
function withDefaults(data: Data, rules: FormatRules): Data {
  const result: Data = structuredClone(data);
  for (const [path, rule] of Object.entries(rules.omittable)) {
    if (!('default' in rule)) continue;
    const keys = path.split('.');
    let at: Data | undefined = result;
    for (const key of keys.slice(0, -1)) {
      const next: unknown = at?.[key];
      at = next !== null && typeof next === 'object' && !Array.isArray(next) ? (next as Data) : undefined;
    }
    const last = keys.at(-1) ?? '';
    if (at && !(last in at)) at[last] = structuredClone(rule.default);
  }
  return result;
}

const isEmpty = (value: Value) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isEmpty));

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a value the file does not have may stay out of it: the field's default, or nothing for an optional field. */
function staysOut(path: string, value: Value, rules: FormatRules): boolean {
  const rule = rules.omittable[path];
  if (!rule) return isEmpty(value) && Object.keys(rules.omittable).some((p) => p.startsWith(`${path}.`));
  return 'default' in rule ? same(value, rule.default) || isEmpty(value) : isEmpty(value);
}

/** What the editor holds for an empty value, as the file would write it. */
function fileValue(path: string, value: Value, rules: FormatRules): Value {
  if (rules.nullable.includes(path) && (value === '' || value === undefined)) return null;
  return value;
}

/** A new node for `value`, written as the files write new values. */
function nodeOf(doc: Document, value: Value): Node {
  return doc.createNode(value) as Node;
}

/** Brings `node` (the file's) to `value` (the editor's), touching only what differs. */
function update(doc: Document, node: Node, value: Value, path: string, rules: FormatRules): Node {
  const before: unknown = node.toJSON();
  if (same(before, value)) return node;
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    node.value = value;
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const seq = node as YAMLSeq<Node>;
    value.forEach((item, i) => {
      const at = seq.items[i];
      seq.items[i] = at ? update(doc, at, item, `${path}[]`, rules) : nodeOf(doc, item);
    });
    seq.items.length = value.length;
    return seq;
  }
  if (isMap(node) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    updateMap(doc, node as YAMLMap<Scalar, Node>, value as Data, path, rules);
    return node;
  }
  return nodeOf(doc, value);
}

function updateMap(doc: Document, map: YAMLMap<Scalar, Node>, value: Data, prefix: string, rules: FormatRules): void {
  const keyOf = (pair: { key: unknown }) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
  const wanted = Object.keys(value).filter((key) => key !== SOURCE_KEY);
  for (const pair of [...map.items]) {
    const key = keyOf(pair);
    const path = join(prefix, key);
    if (!wanted.includes(key)) continue;
    const next = fileValue(path, value[key], rules);
    if (pair.value && same(pair.value.toJSON(), next)) continue;
    // An optional field emptied in the editor is taken out, as the guide says to do by hand.
    if (isEmpty(next) && next !== null && rules.omittable[path] && !Array.isArray(next)) {
      map.items.splice(map.items.indexOf(pair), 1);
      continue;
    }
    pair.value = pair.value ? update(doc, pair.value, next, path, rules) : nodeOf(doc, next);
    // An object left with nothing in it (a translation's `funding` without its note) goes too.
    if (isMap(pair.value) && pair.value.items.length === 0 && isEmpty(next))
      map.items.splice(map.items.indexOf(pair), 1);
  }
  // Keys the file does not have yet, each after the key the editor puts before it.
  const present = () => map.items.map(keyOf);
  wanted.forEach((key, index) => {
    if (present().includes(key)) return;
    const path = join(prefix, key);
    const next = fileValue(path, value[key], rules);
    if (staysOut(path, next, rules)) return;
    const before = wanted
      .slice(0, index)
      .reverse()
      .find((k) => present().includes(k));
    const at = before === undefined ? 0 : present().indexOf(before) + 1;
    map.items.splice(at, 0, doc.createPair(key, pruned(next, path, rules)) as never);
  });
}

/** A new value without the parts a file leaves out (empty optional fields, defaults). */
function pruned(value: Value, path: string, rules: FormatRules): Value {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fileValue(path, value, rules);
  return Object.fromEntries(
    Object.entries(value as Data)
      .map(([key, inner]) => [key, pruned(inner, join(path, key), rules)] as const)
      .filter(([key, inner]) => !staysOut(join(path, key), inner, rules)),
  );
}

/**
 * The text of a file with the editor's values: the original text with only
 * the changed values rewritten, or, for a new file, the values written as the
 * files write them (fields left out that hold their default or nothing).
 */
export function writeContent(values: Data, hasBody: boolean, rules: FormatRules): string {
  // Sveltia trims what it reads and what a format returns, then ends the file with one line break; so does this.
  return `${written(values, hasBody, rules).trimEnd()}\n`;
}

function written(values: Data, hasBody: boolean, rules: FormatRules): string {
  const source = values[SOURCE_KEY];
  const rest = Object.fromEntries(Object.entries(values).filter(([key]) => key !== SOURCE_KEY && key !== 'body'));
  const body = values['body'];
  const data: Value = Array.isArray(rest[ITEMS_KEY]) && Object.keys(rest).length === 1 ? rest[ITEMS_KEY] : rest;
  const bodyText = typeof body === 'string' ? body.replace(/\s+$/, '') : '';

  if (typeof source !== 'string') {
    const doc = new Document(Array.isArray(data) ? data : pruned(data, '', rules));
    const yaml = doc.toString(TO_STRING);
    return hasBody ? `---\n${yaml}---\n\n${bodyText}\n` : yaml;
  }

  const { yaml, rest: oldRest } = split(source, hasBody);
  const doc = parseDocument(yaml);
  const before: unknown = doc.toJS();
  let head = yaml;
  if (!same(before, data)) {
    if (Array.isArray(data) && isSeq(doc.contents)) update(doc, doc.contents as Node, data, '', rules);
    else if (isMap(doc.contents) && !Array.isArray(data)) {
      updateMap(doc, doc.contents as YAMLMap<Scalar, Node>, data as Data, '', rules);
    } else doc.contents = doc.createNode(data) as never;
    head = doc.toString(TO_STRING);
  }
  if (!hasBody) return head;
  const gap = bodyGap(oldRest);
  const oldBody = oldRest.slice(gap.length);
  const newRest = oldBody.replace(/\s+$/, '') === bodyText ? oldRest : `${gap}${bodyText}\n`;
  return `---\n${head}---\n${newRest}`;
}
