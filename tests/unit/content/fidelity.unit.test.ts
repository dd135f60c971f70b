/**
 * The Latvian content is the approved programme, verbatim. This test reads the
 * source text (public/source/, the copy the site also publishes) and checks
 * both directions: every Latvian text in the content occurs in the source, and
 * once they are all taken out, nothing is left of the source but structure —
 * numbers, labels, funding lines and the administrators list, which are
 * compared with the structured fields instead. That the built whole-document
 * page shows these same texts in the source's order is checked on the build,
 * in tests/build/document.build.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, type ContentFiles, type Parsed } from '../../helpers/contentFiles.ts';
import { checkFidelity, type FidelityResult } from '#src/lib/fidelity/checkFidelity.ts';
import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { latvianFragments } from '#src/lib/fidelity/latvianFragments.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const sourceBytes = readFileSync(path.join(projectRoot, 'public/source/programme-2023.lv.txt'));
const source = collapse(sourceBytes.toString('utf8'));

const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts) : [];

let content: ContentFiles;
let latvianMeasures: Parsed[];
let fidelity: FidelityResult;

beforeAll(async () => {
  content = await readContent(projectRoot);
  latvianMeasures = content.measures
    .filter((m) => m.id.startsWith('2023/lv/'))
    .sort((a, b) => compareCodes(a.code, b.code));
  const programme = content.programmes.find((p) => p.id === '2023');
  if (!programme) throw new Error('programmes/2023.yaml is missing');
  // The same two functions the build runs before it shows the source's SHA-256 on the site.
  fidelity = checkFidelity(
    sourceBytes,
    latvianFragments({
      programme,
      sections: content.sections.filter((s) => s.id.startsWith('2023/')),
      measures: latvianMeasures,
    }),
  );
});

describe('Latvian content against the approved source', () => {
  it('has the ten measures of the source', () => {
    expect(latvianMeasures.map((m) => m.code)).toEqual([
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
    expect(fidelity.missing).toEqual([]);
  });

  it('takes the funding of each measure from its "Finansējums" line', () => {
    const lines = [...source.matchAll(/Finansējums\s*[–:]\s*([\d ]+?) euro/g)].map((m) =>
      Number((m[1] ?? '').replace(/ /g, '')),
    );
    const amounts = latvianMeasures.map((m) => (m.data['funding'] as { amount: number }).amount);
    expect(amounts).toEqual(lines);
  });

  it('declares the total the source closes with', () => {
    const match = /Valsts programmas kopējais finansējums – ([\d ]+) euro/.exec(source);
    const declared = content.programmes.find((p) => p.id === '2023')?.data['declaredTotal'];
    expect(declared).toBe(Number((match?.[1] ?? '').replace(/ /g, '')));
  });

  it('derives the same administrators list as the introduction states', () => {
    const stated = [
      ...source.matchAll(/\d\) (\S+) nodrošina un administrē valsts programmas (.+?) apakšnodaļā noteiktos pasākumus/g),
    ].map((m) => ({ who: m[1], codes: (m[2] ?? '').match(/\d+(\.\d+)+/g) }));
    const administrators = content.administrators.data as unknown as { id: string; shortName: { lv: string } }[];
    const derived = administrators.map((a) => ({
      who: a.shortName.lv,
      codes: latvianMeasures.filter((m) => (m.data['administrator'] as { id: string }).id === a.id).map((m) => m.code),
    }));
    expect(derived).toEqual(stated);
  });

  it('leaves nothing of the source out', () => {
    expect(fidelity.leftover).toBe('');
    expect(fidelity.ok).toBe(true);
  });

  it('names the file it checked by the SHA-256 of its bytes', () => {
    expect(fidelity.sha256).toBe(createHash('sha256').update(sourceBytes).digest('hex'));
  });
});

describe('English content', () => {
  it('has a twin of comparable length for every Latvian measure', () => {
    for (const original of latvianMeasures) {
      const twin = content.measures.find((m) => m.id === original.id.replace('/lv/', '/en/'));
      expect(twin, `${original.file} has no English twin`).toBeDefined();
      const size = (m: Parsed) => m.body.length + texts(m.data['results']).join('').length;
      const ratio = size(twin as Parsed) / size(original);
      expect(ratio, `${twin?.file}: English is ${ratio.toFixed(2)}× the Latvian length`).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(2.2);
    }
  });

  it('translates every item of every section list', () => {
    for (const section of content.sections) {
      for (const field of ['intro', 'goals', 'tasks']) {
        const value = section.data[field] as { lv?: unknown[]; en?: unknown[] } | undefined;
        expect(value?.en?.length, `${section.file} › ${field}`).toBe(value?.lv?.length);
      }
    }
  });
});
