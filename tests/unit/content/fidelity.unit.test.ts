/**
 * The Latvian content is the approved programme, verbatim. This test reads the
 * source text (public/source/, the copy the site also publishes) and checks
 * both directions: every Latvian text in the content occurs in the source, and
 * once they are all taken out, nothing is left of the source but structure —
 * numbers, labels, funding lines and the administrators list, which are
 * compared with the structured fields instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../../../scripts/loadContent.ts';
import { compareCodes } from '../../../src/lib/compareCodes.ts';
import { parseMeasureId } from '../../../src/lib/validateProgramme.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const source = collapse(readFileSync(path.join(projectRoot, 'public/source/programme-2023.lv.txt'), 'utf8'));

/** Paragraphs and list items of a Markdown body, as plain text. */
function bodyBlocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .flatMap((block) =>
      /^\d+\)\s/m.test(block) ? block.split(/\n(?=\d+\)\s)/).map((item) => item.replace(/^\d+\)\s+/, '')) : [block],
    )
    .map((block) => collapse(block.replace(/\\([.()\-*_#])/g, '$1')))
    .filter(Boolean);
}

const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts) : [];
const lv = (value: unknown) => texts((value as { lv?: unknown } | undefined)?.lv);

type Measure = LoadedContent['measures'][number];
type Translation = LoadedContent['translations'][number];
const codeOf = (m: { id: string }) => parseMeasureId(m.id)?.code ?? '';

let content: LoadedContent;
let latvianMeasures: Measure[];
let fragments: { where: string; text: string }[];

beforeAll(async () => {
  content = await loadContent(projectRoot);
  expect(content.problems).toEqual([]);
  latvianMeasures = content.measures
    .filter((m) => m.id.startsWith('2023/lv/'))
    .sort((a, b) => compareCodes(codeOf(a), codeOf(b)));
  const programme = content.programmes.find((p) => p.id === '2023');
  const d = programme?.data;
  fragments = [
    ...[
      ...lv(d?.title),
      ...lv(d?.approval.text),
      ...lv(d?.legalBasis),
      ...lv(d?.introduction),
      ...lv(d?.signatureNote),
      ...texts(d?.signatory.name),
      ...lv(d?.signatory.position),
    ].map((text) => ({ where: 'programmes/2023.yaml', text })),
    ...content.sections.flatMap((s) =>
      (['title', 'intro', 'goals', 'tasks'] as const).flatMap((field) =>
        lv(s.data[field]).map((text) => ({ where: `${s.filePath} › ${field}`, text })),
      ),
    ),
    ...latvianMeasures.flatMap((m) => [
      ...texts(m.data.title).map((text) => ({ where: `${m.filePath} › title`, text })),
      ...texts(m.data.results).map((text) => ({ where: `${m.filePath} › results`, text })),
      ...texts(m.data.funding.note).map((text) => ({ where: `${m.filePath} › funding.note`, text })),
      ...bodyBlocks(m.body).map((text) => ({ where: `${m.filePath} › body`, text })),
    ]),
  ].map((f) => ({ ...f, text: collapse(f.text) }));
});

describe('Latvian content against the approved source', () => {
  it('has the ten measures of the source', () => {
    expect(latvianMeasures.map(codeOf)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1.1',
      '2.1.2',
      '2.1.3',
      '2.2.1',
      '2.2.2',
      '2.3',
    ]);
  });

  it('reproduces every text verbatim (only line breaks removed)', () => {
    const missing = fragments.filter((f) => !source.includes(f.text));
    expect(missing).toEqual([]);
  });

  it('takes the funding of each measure from its "Finansējums" line', () => {
    const lines = [...source.matchAll(/Finansējums\s*[–:]\s*([\d ]+?) euro/g)].map((m) =>
      Number((m[1] ?? '').replace(/ /g, '')),
    );
    const amounts = latvianMeasures.map((m) => m.data.funding.amount);
    expect(amounts).toEqual(lines);
  });

  it('declares the total the source closes with', () => {
    const match = /Valsts programmas kopējais finansējums – ([\d ]+) euro/.exec(source);
    const declared = content.programmes.find((p) => p.id === '2023')?.data.declaredTotal;
    expect(declared).toBe(Number((match?.[1] ?? '').replace(/ /g, '')));
  });

  it('derives the same administrators list as the introduction states', () => {
    const stated = [
      ...source.matchAll(/\d\) (\S+) nodrošina un administrē valsts programmas (.+?) apakšnodaļā noteiktos pasākumus/g),
    ].map((m) => ({ who: m[1], codes: (m[2] ?? '').match(/\d+(\.\d+)+/g) }));
    const derived = content.administrators.map((a) => ({
      who: a.data.shortName.lv,
      codes: latvianMeasures.filter((m) => m.data.administrator.id === a.id).map(codeOf),
    }));
    expect(derived).toEqual(stated);
  });

  it('leaves nothing of the source out', () => {
    let rest = source;
    for (const { text } of [...fragments].sort((a, b) => b.text.length - a.text.length)) {
      rest = rest.replace(text, ' ¶ ');
    }
    const structure = [
      /\d\) \S+ nodrošina un administrē valsts programmas .+? apakšnodaļā noteiktos pasākumus[;.]/g, // derived list
      /Valsts programmas kopējais finansējums – [\d ]+ euro/g,
      /Finansējums\s*[–:]\s*[\d ]+? euro/g,
      /Mērķi:|Uzdevumi:|Rezultāts:/g,
      /\b\d+(\.\d+)*\.(?= |$)/g, // headings and numbered results: "2.1.3." "1."
      /\b\d+\)(?= |$)/g, // list markers: "1)"
    ];
    for (const pattern of structure) rest = rest.replace(pattern, ' ');
    const leftover = rest.replace(/[¶\s;.,:]+/g, ' ').trim();
    expect(leftover).toBe('');
  });
});

describe('English content', () => {
  it('has a twin of comparable length for every Latvian measure', () => {
    for (const original of latvianMeasures) {
      const twin = content.translations.find((m) => m.id === original.id.replace('/lv/', '/en/'));
      expect(twin, `${original.filePath} has no English twin`).toBeDefined();
      const size = (m: Measure | Translation) => m.body.trim().length + texts(m.data.results).join('').length;
      const ratio = size(twin as Translation) / size(original);
      expect(ratio, `${twin?.filePath}: English is ${ratio.toFixed(2)}× the Latvian length`).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(2.2);
    }
  });

  it('translates every item of every section list', () => {
    for (const section of content.sections) {
      for (const field of ['intro', 'goals', 'tasks'] as const) {
        const value = section.data[field];
        expect(value.en.length, `${section.filePath} › ${field}`).toBe(value.lv.length);
      }
    }
  });
});
