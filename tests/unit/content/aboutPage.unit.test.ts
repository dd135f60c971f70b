/**
 * What the About and Open data pages say about the site is exactly true. The
 * scope of the fidelity check is read from the code that runs it
 * (src/lib/latvianFragments.ts, src/lib/checkFidelity.ts), never from a list
 * copied here: when the check changes, this test names what the pages must
 * say. The labels below are only the words each page uses for a field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaries } from '#src/i18n/index.ts';
import { PUNCTUATION_BETWEEN_PASSAGES, SOURCE_LABELS, STRUCTURE } from '#src/lib/fidelity/checkFidelity.ts';
import { CHECKED_FIELDS, latvianFragments, type Fragment } from '#src/lib/fidelity/latvianFragments.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { readContent, readFrontmatter, type ContentFiles } from '../../helpers/contentFiles.ts';
import { mdxProse } from '../../helpers/englishText.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

type Lang = 'lv' | 'en';
type Kind = keyof typeof CHECKED_FIELDS;

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const langs = ['lv', 'en'] as const;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const plain = (node: Node): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(plain).join('');
const text = (node: Node | undefined) => stripLangMarkup(collapse(plain(node ?? { type: 'none' })));

/** How each About page names the fields the check compares, by kind of entry. */
const fieldLabels: Record<Lang, Record<Kind, Record<string, string>>> = {
  en: {
    programme: {
      title: 'title',
      'approval.text': 'approval text',
      legalBasis: 'legal basis',
      introduction: 'introduction',
      signatureNote: 'signature note',
      'signatory.name': 'signatory’s name',
      'signatory.position': 'position',
    },
    section: { title: 'titles', intro: 'introductions', goals: 'goals', tasks: 'tasks' },
    measure: { title: 'title', results: 'results', 'funding.note': 'funding note', body: 'description' },
  },
  lv: {
    programme: {
      title: 'nosaukumu',
      'approval.text': 'apstiprināšanas tekstu',
      legalBasis: 'tiesisko pamatu',
      introduction: 'ievadu',
      signatureNote: 'piezīmi par elektronisko parakstu',
      'signatory.name': 'parakstītāja vārdu',
      'signatory.position': 'amatu',
    },
    section: { title: 'nosaukumus', intro: 'ievadus', goals: 'mērķus', tasks: 'uzdevumus' },
    measure: {
      title: 'nosaukumu',
      results: 'rezultātus',
      'funding.note': 'paskaidrojumu par finansējumu',
      body: 'aprakstu',
    },
  },
};

/** How each About page names what the check leaves out. */
const unchecked = {
  notes: { en: 'editorial notes', lv: 'redakcijas piezīmes' },
  administrators: { en: 'administrators’ names', lv: 'administrētāju nosaukumus' },
  pages: { en: 'About and Open data pages', lv: 'lapas “Par vietni” un “Atvērtie dati”' },
  ui: { en: 'interface texts', lv: 'saskarnes tekstus' },
} as const;
const structureLabels: Record<string, Record<Lang, string> | undefined> = {
  'administrators list': { en: 'administrators list', lv: 'administrētāju saraksts' },
  'total funding': { en: 'total funding', lv: 'kopējais finansējums' },
  'funding lines': { en: 'funding lines', lv: 'finansējuma rindas' },
};
const coversHeading = { en: 'What the check covers', lv: 'Ko pārbaude aptver' } as const;

let content: ContentFiles;
let fragments: Fragment[];
const about: Partial<Record<Lang, Node[]>> = {};

beforeAll(async () => {
  content = await readContent(projectRoot);
  const programme = content.programmes.find((p) => p.id === '2023');
  if (!programme) throw new Error('programmes/2023.yaml is missing');
  fragments = latvianFragments({
    programme,
    sections: content.sections.filter((s) => s.id.startsWith('2023/')),
    measures: content.measures.filter((m) => m.id.startsWith('2023/lv/')),
  });
  for (const lang of langs) {
    const page = await readFrontmatter(
      projectRoot,
      path.join(projectRoot, `src/content/pages/${lang}/about.mdx`),
      lang,
    );
    about[lang] = (createProcessor().parse(page.body) as Node).children ?? [];
  }
});

/** The list and the paragraphs under the About page's heading on what the check covers. */
function covers(lang: Lang): { list: Node | undefined; paragraphs: string[] } {
  const blocks = about[lang] ?? [];
  const at = blocks.findIndex((node) => node.type === 'heading' && text(node) === coversHeading[lang]);
  const next = blocks.findIndex((node, i) => i > at && node.type === 'heading');
  const part = at === -1 ? [] : blocks.slice(at + 1, next === -1 ? undefined : next);
  return {
    list: part.find((node) => node.type === 'list'),
    paragraphs: part.filter((node) => node.type === 'paragraph').map(text),
  };
}

const kindOf = (where: string): Kind | undefined =>
  where.startsWith('src/content/programmes/')
    ? 'programme'
    : where.startsWith('src/content/sections/')
      ? 'section'
      : where.startsWith('src/content/measures/')
        ? 'measure'
        : undefined;

describe('the fidelity check, as the About pages describe it', () => {
  it('checks exactly the fields CHECKED_FIELDS names, and nothing else', () => {
    const seen = new Map<Kind, Set<string>>();
    for (const fragment of fragments) {
      // A list's items are named by their place (`results.2`); the field is the list.
      const { file } = fragment;
      const field = fragment.field
        .split('.')
        .filter((segment) => !/^\d+$/.test(segment))
        .join('.');
      const kind = kindOf(file);
      expect(kind, `${file} › ${fragment.field}`).toBeDefined();
      if (kind) seen.set(kind, (seen.get(kind) ?? new Set()).add(field));
    }
    for (const kind of Object.keys(CHECKED_FIELDS) as Kind[])
      expect([...(seen.get(kind) ?? [])].sort(), kind).toEqual([...CHECKED_FIELDS[kind]].sort());
  });

  it.each(langs)('(%s) lists every field it checks, one item per kind of entry', (lang) => {
    const { list } = covers(lang);
    const items = (list?.children ?? []).map(text);
    const kinds = Object.keys(CHECKED_FIELDS) as Kind[];
    expect(items.length, `a list under “${coversHeading[lang]}”, one item per kind`).toBe(kinds.length);
    kinds.forEach((kind, i) => {
      for (const field of CHECKED_FIELDS[kind]) {
        const label = fieldLabels[lang][kind][field];
        expect(label, `${kind} › ${field} has no label: say on the About pages that it is checked`).toBeDefined();
        expect(items[i], `${kind} › ${field}`).toContain(label);
      }
    });
  });

  it.each(langs)('(%s) names what it does not check, and that is so', (lang) => {
    const said = covers(lang).paragraphs.join(' ');
    const checkedFields = Object.values(CHECKED_FIELDS).flat() as string[];
    const files = fragments.map((f) => f.file);
    const leftOut = {
      notes: !checkedFields.includes('notes'),
      administrators: !files.some((file) => file.startsWith('src/content/administrators')),
      pages: !files.some((file) => file.startsWith('src/content/pages/')),
      ui: !files.some((file) => file.startsWith('src/i18n/')),
    };
    for (const [claim, isLeftOut] of Object.entries(leftOut)) {
      const label = unchecked[claim as keyof typeof unchecked][lang];
      if (isLeftOut) expect(said, claim).toContain(label);
      else expect(said, `${claim} is checked now`).not.toContain(label);
    }
  });

  it.each(langs)('(%s) names the structure it takes out instead of comparing, and the punctuation', (lang) => {
    const said = covers(lang).paragraphs.join(' ').toLowerCase();
    const described = STRUCTURE.filter((s) => structureLabels[s.part] !== undefined);
    expect(described.length).toBeGreaterThan(0);
    for (const { part } of described) expect(said, part).toContain(structureLabels[part]?.[lang]);
    for (const mark of PUNCTUATION_BETWEEN_PASSAGES) expect(said).toContain(`“${mark}”`);
    // The labels are shown as headings, as the list of what is shown differently says.
    const page = (about[lang] ?? []).map(text).join(' ');
    for (const label of SOURCE_LABELS) expect(page).toContain(`“${label}”`);
  });
});

/** The prose of a page in one language. */
async function pageText(lang: Lang, name: 'about' | 'data'): Promise<string> {
  const page = await readFrontmatter(
    projectRoot,
    path.join(projectRoot, `src/content/pages/${lang}/${name}.mdx`),
    lang,
  );
  return stripLangMarkup(
    [page.data['title'], page.data['description'], ...mdxProse(page.body)].map((t) => collapse(String(t))).join('\n'),
  );
}

describe('what the site says about its own text', () => {
  /** Saying the site's Latvian is the official text: the official text is the signed document. */
  const claims = {
    en: /Latvian text[^.;]* is the official|which is the official one|official text is in Latvian/i,
    lv: /ir oficiālais teksts|kas ir oficiālais|oficiālais ir (latviešu|programmas) teksts|Oficiālais teksts ir latviešu valodā/i,
  };

  it.each(langs)('(%s) never calls the site’s Latvian text the official text, in the pages or the UI', async (lang) => {
    const texts = [
      ...(await Promise.all([pageText(lang, 'about'), pageText(lang, 'data')])),
      ...Object.entries(dictionaries[lang]).map(([key, value]) => `${key}: ${value}`),
    ];
    expect(texts.filter((t) => claims[lang].test(t))).toEqual([]);
  });

  it.each([
    ['en', /reproduces it word for word/],
    ['lv', /atveido vārds vārdā/],
  ] as const)('(%s) says the programme’s Latvian text reproduces the signed document', async (lang, says) => {
    expect(await pageText(lang, 'about')).toMatch(says);
    expect(await pageText(lang, 'data')).toMatch(says);
  });

  it.each([
    ['en', 'none is typed in separately', 'except the declared total'],
    ['lv', 'netiek rakstītas atsevišķi', 'izņemot programmā norādīto kopējo finansējumu'],
  ] as const)('(%s) names the one figure that is typed: the declared total', async (lang, claim, exception) => {
    expect(content.programmes.every((p) => typeof p.data['declaredTotal'] === 'number')).toBe(true);
    const line = (await pageText(lang, 'about')).split('\n').find((l) => l.includes(claim));
    expect(line).toContain(exception);
  });

  it('says the approving order leaves its day and number blank, and no more (the month is given)', async () => {
    const approval = content.programmes.find((p) => p.id === '2023')?.data['approval'] as Record<string, unknown>;
    expect([approval['day'], approval['number']]).toEqual([null, null]);
    expect(approval['month']).not.toBeNull();
    const lv = await pageText('lv', 'data');
    expect(lv).toContain('rīkojuma diena un numurs');
    expect(lv).not.toContain('rīkojuma datums');
  });

  it('uses “pārņemts” for copied and keeps “pārrakstīts” for rewritten (Latvian About page)', async () => {
    expect(await pageText('lv', 'about')).not.toMatch(/pārrakstīts (burtiski|no avota)/);
  });

  it('writes the Latvian of the second review: no calques, the copyright sentence as the law puts it', async () => {
    const [about, data] = await Promise.all([pageText('lv', 'about'), pageText('lv', 'data')]);
    expect(about).not.toMatch(/pārbaudīt\p{L}* pret/u);
    expect(about).not.toMatch(/pēc satura(?! rādītāj)|pēc satura rādītāja/);
    expect(data).toContain('saskaņā ar Autortiesību likuma 6. pantu uz to neattiecas autortiesību aizsardzība');
    expect(data).toContain('1.2. pasākumam programmā paredzēti 46 200 € – noapaļots līguma atlikums (46 199,61 €)');
  });

  it.each(langs)('(%s) pages use the spaced en dash of the source (–), never an em dash', async (lang) => {
    for (const name of ['about', 'data'] as const) expect(await pageText(lang, name)).not.toContain('—');
  });

  it('names both accessibility engines that the browser tests run', async () => {
    const a11y = readFileSync(path.join(projectRoot, 'tests/e2e/a11y.e2e.test.ts'), 'utf8');
    const engines = readFileSync(path.join(projectRoot, 'tests/helpers/accessibility.ts'), 'utf8');
    expect(a11y).toContain("from '@axe-core/playwright'");
    expect(a11y).toContain("from '../helpers/accessibility.ts'");
    expect(engines).toContain("from '@siteimprove/alfa-playwright'");
    for (const lang of langs) {
      const statement = await pageText(lang, 'about');
      expect(statement).toMatch(/axe un Siteimprove Alfa|axe and Siteimprove Alfa/);
      expect(statement).not.toMatch(/\(axe,|ar rīku axe;|with axe before/);
    }
  });
});
