/**
 * Which Latvian fields the fidelity check compares with the approved source,
 * asked of the check itself (src/lib/latvianFragments.ts) instead of listed
 * again: a probe entry whose every text is its own field path goes through it,
 * and the paths that come back are the checked fields. The editor's help on
 * exactly those fields says they must match the approved text.
 */
import { latvianFragments, type ContentText } from '#src/lib/fidelity/latvianFragments.ts';
import type { EditorCollection, EditorField } from './editorCollections.ts';

const mark = (path: string) => `⟦${path}⟧`;

/** A value for `field` whose texts name their own paths; `lang` picks the Latvian side of per-language values. */
function probe(field: EditorField, path: string, lang: string): unknown {
  switch (field.kind) {
    case 'text':
      return mark(path);
    case 'list':
      return [probe(field.item, `${path}[]`, lang)];
    case 'object':
      return Object.fromEntries((field.fields ?? []).map((f) => [f.name, probe(f, `${path}.${f.name}`, lang)]));
    case 'languages':
      return Object.fromEntries(field.languages.map((f) => [f.name, probe(f, `${path}.${f.name}`, lang)]));
    default:
      return undefined;
  }
}

/**
 * The checked field paths of each content collection the check reads, e.g.
 * `measures` → `title`, `results[]`, `funding.note`, `body`; `sections` →
 * `title.lv`, … The check's own parameters say which collection is which.
 */
export function fidelityFields(collections: readonly EditorCollection[], defaultLanguage: string): Set<string> {
  const entry = (source: string): ContentText => {
    const collection = collections.find((c) => c.sources[0] === source);
    const data = Object.fromEntries(
      (collection?.fields ?? []).map((f) => [f.name, probe(f, `${source}:${f.name}`, defaultLanguage)]),
    );
    return { file: source, data, body: collection?.body ? mark(`${source}:body`) : '' };
  };
  const found = latvianFragments({
    programme: entry('programmes'),
    sections: [entry('sections')],
    measures: [entry('measures')],
  });
  const paths = new Set<string>();
  for (const { text } of found) for (const match of text.matchAll(/⟦([^⟧]+)⟧/g)) paths.add(match[1] ?? '');
  return paths;
}
