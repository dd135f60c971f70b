/**
 * Every content collection of the site and its schema. Types used elsewhere are
 * derived from these (`CollectionEntry<'measures'>`, `z.infer`), never rewritten.
 *
 * Layout on disk (see docs/authoring.md):
 * - programmes/2023.yaml                one programme year, both languages
 * - administrators.yaml                 the institutions that administer measures
 * - sections/2023/2-1.yaml              chapters and subsections, both languages
 * - measures/2023/lv/2-1-2.mdx          one funded measure in one language
 *
 * Cross-entry rules (twins agree, totals add up, references resolve) live in
 * src/lib/validateProgramme.ts: a schema sees one entry at a time.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { bilingual, code, euro, text } from './lib/schemaPrimitives.ts';

const programmes = defineCollection({
  loader: glob({ base: './src/content/programmes', pattern: '**/[^_]*.yaml' }),
  schema: z.strictObject({
    /** The programme year; must equal the file name (2023.yaml). */
    year: z.number().int().min(2000).max(2100),
    /** The programme's full title. */
    title: bilingual(text),
    /** The act that approved the programme, as the source states it. */
    approval: z.strictObject({
      /** The approval line exactly as printed, blanks included. */
      text: bilingual(text),
      /** Who issued the act (e.g. the Minister for Welfare). */
      issuer: bilingual(text),
      /** Year of the act. */
      year: z.number().int(),
      /** Month of the act (1–12). */
      month: z.number().int().min(1).max(12),
      /** Day of the act; `null` when the source leaves it blank. Never invent it. */
      day: z.number().int().min(1).max(31).nullable(),
      /** Number of the order; `null` when the source leaves it blank. Never invent it. */
      number: z.string().nullable(),
    }),
    /** The legal provision the programme is made under. */
    legalBasis: bilingual(text),
    /** The total funding the source declares; the measures must add up to exactly this. */
    declaredTotal: euro,
    /** Introductory paragraphs. The list of who administers which measure is derived from the measures, not typed here. */
    introduction: bilingual(z.array(text).min(1)),
    /** Editorial notes (ours, not the source's) on the programme's own text, e.g. an error in the introduction. Default: none. */
    notes: bilingual(z.array(text)).default({ lv: [], en: [] }),
    /** Who signed the programme. */
    signatory: z.strictObject({
      /** Name as printed. */
      name: text,
      /** Position as printed. */
      position: bilingual(text),
    }),
    /** The note that the document carries a secure electronic signature. */
    signatureNote: bilingual(text),
  }),
});

const administrators = defineCollection({
  loader: file('src/content/administrators.yaml'),
  schema: z.strictObject({
    /** Short stable id that measures refer to (`ministry`); also the address of its page. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes'),
    /** Full name of the institution. */
    name: bilingual(text),
    /** Usual abbreviation (LM, VBTAI). */
    abbreviation: bilingual(text),
    /** How the programme refers to it after first mention ("ministrija" / "the Ministry"); used in the derived introduction list. */
    shortName: bilingual(text),
  }),
});

const sections = defineCollection({
  loader: glob({ base: './src/content/sections', pattern: '**/[^_]*.yaml' }),
  schema: z.strictObject({
    /** Number of the chapter or subsection, e.g. `2.1`; must match the file name (2-1.yaml). */
    code,
    /** The programme year this section belongs to. */
    programme: reference('programmes'),
    /** The enclosing chapter of a subsection (e.g. `2023/2`); absent for chapters. */
    parent: reference('sections').optional(),
    /** Heading text after the number. */
    title: bilingual(text),
    /** Paragraphs between the heading and the first measure. Default: none. */
    intro: bilingual(z.array(text)).default({ lv: [], en: [] }),
    /** Goals ("Mērķi"), in order. Default: none. */
    goals: bilingual(z.array(text)).default({ lv: [], en: [] }),
    /** Tasks ("Uzdevumi"), in order. Default: none. */
    tasks: bilingual(z.array(text)).default({ lv: [], en: [] }),
    /** Editorial notes (ours, not the source's), shown visibly on the page. Default: none. */
    notes: bilingual(z.array(text)).default({ lv: [], en: [] }),
  }),
});

const measures = defineCollection({
  // One file per measure per language: measures/<year>/<lang>/<code with dashes>.mdx
  loader: glob({ base: './src/content/measures', pattern: '**/[^_]*.mdx' }),
  schema: z.strictObject({
    /** Measure number, e.g. `2.1.2`; must match the file name (2-1-2.mdx). */
    code,
    /** Heading text after the number. */
    title: text,
    /** The chapter or subsection it belongs to, e.g. `2023/2-1`. */
    section: reference('sections'),
    /** The institution that administers it (`ministry`, `inspectorate`). */
    administrator: reference('administrators'),
    /** Funding for the programme year. */
    funding: z.strictObject({
      /** Amount in euro (plain number, at most 2 decimals). */
      amount: euro,
      /** Optional explanation of the amount, e.g. the contract figures behind 1.2. */
      note: text.optional(),
    }),
    /** Expected results, in the source's order; at least one. */
    results: z.array(text).min(1, 'expected at least one result'),
    /** Editorial notes (ours, not the source's), shown visibly on the page. Default: none. */
    notes: z.array(text).default([]),
    /** A draft is shown in `npm run dev` only: never built, indexed, counted or exported. Default: false. */
    draft: z.boolean().default(false),
  }),
});

const pages = defineCollection({
  // Prose pages such as "About": pages/<lang>/<name>.mdx
  loader: glob({ base: './src/content/pages', pattern: '**/[^_]*.mdx' }),
  schema: z.strictObject({
    /** Page heading and title. */
    title: text,
    /** One-sentence summary for search engines and link previews. */
    description: text,
    /** When the page's content was last reviewed (YYYY-MM-DD); shown on the page. */
    updated: z.coerce.date(),
  }),
});

export const collections = { programmes, administrators, sections, measures, pages };
