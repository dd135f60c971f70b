/**
 * The English translation keeps what a review fixed: typography, the
 * glossary's one term per concept, results as planned outputs, and the
 * sentences that were nonsense or broken. Each check names the file and the
 * text, so a regression is found at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import en from '#src/i18n/dictionaries/en.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { readContent } from '../../helpers/contentFiles.ts';
import { englishTexts, type Text } from '../../helpers/englishText.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

let texts: Text[];

beforeAll(async () => {
  texts = [
    ...(await englishTexts(projectRoot)),
    ...Object.entries(en).map(([key, text]) => ({ where: `src/i18n/dictionaries/en.ts › ${key}`, text })),
  ].map((t) => ({ ...t, text: stripLangMarkup(t.text) }));
});

const offending = (pattern: RegExp) =>
  texts.filter((t) => pattern.test(t.text)).map((t) => `${t.where}: ${t.text.slice(0, 160)}`);

/** Variants the glossary rules out, with the term to use instead. */
const forbidden: [RegExp, string][] = [
  [/\bsubchapters?\b/i, 'Subsection (apakšnodaļa)'],
  [/United Nations Organisation/i, 'the United Nations (UN)'],
  [/\bendangered\b/i, 'vulnerable (apdraudēts)'],
  [/children['’]s safety/i, 'child safety (bērnu drošība)'],
  [/public information campaign/i, 'public awareness campaign (sabiedrības informēšanas kampaņa)'],
  [/mutually coordinated/i, 'mutually harmonised (savstarpēji saskaņots)'],
  [/\bState Party\b|\bStates Parties\b/, 'State party / States parties (dalībvalsts)'],
  [/\bbring(?:s|ing)? up to date\b/i, 'raise awareness of (aktualizēt)'],
  [/hearing-of-views/i, 'hearing the child’s views (viedokļa noskaidrošana)'],
  [/Section 62, Paragraph 2\b/, 'Section 62, Paragraph two'],
  [/\b(provides|implements) and administers\b/, 'ensures and administers (nodrošina un administrē)'],
  [/\bhighlight/i, 'draw attention to (aktualizēt)'],
  [/hearing children['’]s views/i, 'hearing the child’s views (viedokļa noskaidrošana)'],
  [/\bMoW\b/, 'the Latvian abbreviation, :lv[LM]'],
  [/\bchapter (\d|\{)/, 'Chapter 1, with a capital'],
  [/\bchapter (\d+|\{\w+\})['’]s/i, 'the funding of Chapter 1, no possessive after a numeral'],
  [/\bdata (is|was|has)\b/i, 'data are'],
];

describe('English typography', () => {
  it('finds the texts it checks', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it('uses curly quotes only, never straight double quotes', () => {
    expect(offending(/"/)).toEqual([]);
  });

  it('uses curly apostrophes only (Children’s), never straight ones', () => {
    expect(offending(/'/)).toEqual([]);
  });

  it('uses a spaced en dash (–), as the source does, never an em dash', () => {
    expect(offending(/—/)).toEqual([]);
  });

  it('writes “Order No. ___” with a space, as every other “No.”', () => {
    expect(offending(/\bNo\.(?=\S)/)).toEqual([]);
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
      /^Taking into account the Committee['’]s General Comment No\. 12 \(2009\) on the right of children to be heard, and also in/m,
      '1.4: broken sentence',
    ],
    [
      /^Children and specialists who have had to manage crisis cases given/m,
      '1.1 result 4: who manages the crisis cases',
    ],
    [
      /^Both the Committee['’]s General Comment No\. 12/m,
      '1.4: “Ņemot vērā” dropped, General Comment No. 12 made a source of recommendations',
    ],
    [/nearly drowning/, '2.1: “non-fatal and fatal drowning among children”'],
    [
      /The statistics and issues of the psychological consultations/,
      '2.1.3: “the statistics on, and the issues raised in”',
    ],
    [/loses one of the parents/, '1.1: “loses a parent”'],
    [/Administered by \{administrator\}/, 'citation: “Administrator: {administrator}.”'],
    [/\(Goals, Tasks, Result\)/, 'About: the site’s heading is “Results”'],
    [/^Total funding of the programme$/, 'overview: “Total funding of the State Programme”, as the source closes'],
    [/employees of educational institutions, support staff/, 'chapter 1, task 2'],
    [/have proven/, '2.3: British “have proved”'],
    [/the “Friendly School” movement/, '2.3: the English in brackets translates the name only'],
    [/society as a whole, including fellow members of the public/, '2.1.1: “the public”'],
    [/comma after the number instead of a full stop/, 'introduction: the “1.3,” slip is a missing ordinal full stop'],
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

describe('English UI terms', () => {
  it('calls a chapter a Chapter and a subsection a Subsection, never a part', () => {
    const parts = Object.entries(en).filter(([, text]) => /\bparts?\b/i.test(text));
    expect(parts).toEqual([]);
  });
});

describe('English names of the programme’s parts', () => {
  it('gives one Latvian phrase one English wording: a goal, and the title and result of the measure it names', async () => {
    const content = await readContent(projectRoot);
    const plain = (text: string) => stripLangMarkup(text).replace(/[;.]$/, '');
    // “īstenot pasākumus X” (goal), “Pasākumi X” (title), “Īstenoti pasākumi X.” (result): the same X.
    const goals = content.sections.flatMap((s) => {
      const goalsOf = s.data['goals'] as { lv: string[]; en: string[] };
      return goalsOf.lv.map((lv, i) => ({
        where: `${s.file} › goals ${i + 1}`,
        lv: /^īstenot pasākumus (.+)$/.exec(plain(lv))?.[1],
        en: /^to implement measures (.+)$/.exec(plain(goalsOf.en[i] ?? ''))?.[1],
      }));
    });
    const measures = content.measures
      .filter((m) => m.id.includes('/lv/'))
      .map((m) => ({ lv: m, en: content.measures.find((t) => t.id === m.id.replace('/lv/', '/en/')) }));
    const pairs = goals
      .filter((goal) => goal.lv !== undefined)
      .flatMap((goal) =>
        measures.flatMap(({ lv, en: english }) => {
          const titles = [plain(String(lv.data['title'])), plain(String(english?.data['title'] ?? ''))];
          const results = [lv.data['results'], english?.data['results']].map((r) => (r as string[] | undefined) ?? []);
          return [
            ...(titles[0] === `Pasākumi ${goal.lv}` ? [{ where: `${lv.file} › title`, en: titles[1], goal }] : []),
            ...(results[0] ?? []).flatMap((result, i) =>
              plain(result) === `Īstenoti pasākumi ${goal.lv}`
                ? [{ where: `${lv.file} › results ${i + 1}`, en: plain(results[1]?.[i] ?? ''), goal }]
                : [],
            ),
          ];
        }),
      );
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    const differing = pairs
      .filter(({ en: text, goal }) => text !== `Measures ${goal.en}` && text !== `Measures ${goal.en} implemented`)
      .map(({ where, en: text, goal }) => `${where}: “${text}” against ${goal.where}: “${goal.en}”`);
    expect(differing).toEqual([]);
  });

  it('gives a campaign’s or programme’s Latvian name, then the English in brackets, on its first use in a measure', async () => {
    const content = await readContent(projectRoot);
    const names = [
      ['Bērnu un pusaudžu uzticības tālrunis', 'Children and Adolescents’ Helpline'],
      ['Džimbas drošības programma', 'Džimba Safety Programme'],
    ] as const;
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const misses = content.measures
      .filter((m) => m.id.includes('/en/'))
      .flatMap((m) => {
        const funding = (m.data['funding'] as { note?: string } | undefined)?.note ?? '';
        // In the order the page reads: title, funding note, description, results.
        const text = stripLangMarkup(
          [String(m.data['title']), funding, m.body, ...(m.data['results'] as string[])].join('\n'),
        );
        return names.flatMap(([latvian, english]) => {
          const first = text.indexOf(english);
          if (first === -1) return [];
          const before = new RegExp(`${escape(latvian)}(?: \\d+)? \\($`);
          return before.test(text.slice(0, first)) ? [] : [`${m.file}: ${english} first without ${latvian}`];
        });
      });
    expect(misses).toEqual([]);
  });

  it('shows the administrators’ Latvian abbreviations in English, marked as Latvian', async () => {
    const content = await readContent(projectRoot);
    const administrators = content.administrators.data as unknown as { abbreviation: { lv: string; en: string } }[];
    expect(administrators.length).toBeGreaterThan(0);
    for (const { abbreviation } of administrators) expect(abbreviation.en).toBe(`:lv[${abbreviation.lv}]`);
  });
});
