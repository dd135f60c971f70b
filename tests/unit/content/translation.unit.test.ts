/**
 * The English translation keeps what a review fixed: typography, the
 * glossary's one term per concept, results as planned outputs, and the
 * sentences that were nonsense or broken. Each check names the file and the
 * text, so a regression is found at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '#src/i18n/en.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { readContent } from '../../helpers/contentFiles.ts';
import { englishTexts, type Text } from '../../helpers/englishText.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

let texts: Text[];

beforeAll(async () => {
  texts = [
    ...(await englishTexts(projectRoot)),
    ...Object.entries(en).map(([key, text]) => ({ where: `src/i18n/en.ts › ${key}`, text })),
  ].map((t) => ({ ...t, text: stripLangMarkup(t.text) }));
});

const offending = (pattern: RegExp) =>
  texts.filter((t) => pattern.test(t.text)).map((t) => `${t.where}: ${t.text.slice(0, 160)}`);

/** Variants the glossary rules out, with the term to use instead. */
const forbidden: [RegExp, string][] = [
  [/\bsubchapters?\b/i, 'Subsection (apakšnodaļa)'],
  [/United Nations Organisation/i, 'the United Nations (UN)'],
  [/\bendangered\b/i, 'vulnerable (apdraudēts)'],
  [/children's safety/i, 'child safety (bērnu drošība)'],
  [/public information campaign/i, 'public awareness campaign (sabiedrības informēšanas kampaņa)'],
  [/mutually coordinated/i, 'mutually harmonised (savstarpēji saskaņots)'],
  [/\bState Party\b|\bStates Parties\b/, 'State party / States parties (dalībvalsts)'],
  [/\bbring(?:s|ing)? up to date\b/i, 'raise awareness of (aktualizēt)'],
  [/hearing-of-views/i, 'hearing the child’s views (viedokļa noskaidrošana)'],
  [/Section 62, Paragraph 2\b/, 'Section 62, Paragraph two'],
  [/\bprovides and administers\b/, 'implements and administers (nodrošina un administrē)'],
];

describe('English typography', () => {
  it('finds the texts it checks', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it('uses curly quotes only, never straight double quotes', () => {
    expect(offending(/"/)).toEqual([]);
  });

  it('writes money as €65,999.45, never with an EUR prefix', () => {
    expect(offending(/\bEUR\s?\d/)).toEqual([]);
  });

  it('writes four-digit counts with a thousands comma (3,339), years aside', () => {
    const counts = texts.flatMap((t) =>
      [...t.text.matchAll(/(?<![\d.,/])\d{4}(?![\d.,/])/g)]
        .map((m) => Number(m[0]))
        .filter((n) => n < 1900 || n > 2100)
        .map((n) => `${t.where}: ${n}`),
    );
    expect(counts).toEqual([]);
  });

  it('writes ranges with an en dash (5–10), never a hyphen', () => {
    expect(offending(/\d-\d/)).toEqual([]);
  });
});

describe('English terms: one per concept', () => {
  it.each(forbidden)('never uses %s (use %s)', (pattern) => {
    expect(offending(pattern)).toEqual([]);
  });
});

describe('English wording fixed in review', () => {
  it.each([
    [/fault skills/, '2.2.2: the source’s stray “prasmes” translated as a word'],
    [/the work has used not only/, '1.1: ungrammatical sentence'],
    [/to the following extent/, 'introduction: “as follows”'],
    [/broadcasting on the radio audio/, '2.1.3: word order'],
    [/of the United Nations Organisation|Rights of the Child of the United Nations/, 'chapter 1, task 4'],
    [/^As well as the Committee/m, '1.4: sentence without a verb'],
    [/heard –, /, '1.4: broken parenthesis'],
    [
      /^Taking into account the Committee's General Comment No\. 12 \(2009\) on the right of children to be heard, and also in/m,
      '1.4: broken sentence',
    ],
    [
      /^Children and specialists who have had to manage crisis cases given/m,
      '1.1 result 4: who manages the crisis cases',
    ],
  ])('no longer says %s (%s)', (pattern) => {
    expect(offending(pattern)).toEqual([]);
  });
});

describe('English results are planned outputs', () => {
  it('never say what “has been” or “have been” done', async () => {
    const content = await readContent(projectRoot);
    const done = content.measures
      .filter((m) => m.id.includes('/en/'))
      .flatMap((m) => (m.data['results'] as string[]).map((result) => ({ where: m.file, result })))
      .filter(({ result }) => /\b(has|have) been\b/.test(result));
    expect(done).toEqual([]);
  });
});
