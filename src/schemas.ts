/**
 * The schema of every content collection, in one module that the build
 * (src/content.config.ts), `npm run check` (scripts/check.ts), the tests and the
 * authoring guide's field tables all import. Each is a factory because a field
 * that links to another collection needs Astro's `reference()`, which exists
 * only inside Astro; `npm run check` passes a stand-in with the same output.
 *
 * What a file's path already says is not a field: `measures/2023/lv/2-1-2.mdx`
 * is measure 2.1.2 of 2023, in Latvian, in section 2.1; `sections/2023/2-1.yaml`
 * is section 2.1 of 2023, inside chapter 2. The Latvian file of a measure owns
 * its facts (administrator, amount, draft); a translation holds text only.
 *
 * Every field carries `.meta()` descriptions in English and Latvian (`doc`).
 */
import { z } from 'astro/zod';
import { bilingual, doc, euro, text } from '#src/lib/content/schemaPrimitives.ts';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';

/** The languages measures are translated into: every locale but the authoritative one. */
export const translationLocales = localeCodes.filter((code) => code !== defaultLocale);

/** Links a field to an entry of another collection by its id; resolves to `{ id, collection }`. */
export type Reference<C extends string = string> = (collection: C) => z.ZodType<{ id: string; collection: C }>;

/** The stand-in for Astro's `reference()` outside Astro: the same output, from the id as written. */
export const plainReference = <C extends string>(collection: C) => z.string().transform((id) => ({ id, collection }));

/** Which Latvian text a bilingual entry's English fields translate (see `npm run translations`). */
const bilingualTranslates = () =>
  doc(
    z.string().optional(),
    'Which Latvian text the English fields translate: a fingerprint of the Latvian fields written by `npm run translations -- --done <key>`. Leave it as it is; when a Latvian field changes, the English shows as outdated.',
    'Kuru latviešu tekstu tulko angļu lauki: latviešu lauku nospiedums, ko ieraksta `npm run translations -- --done <atslēga>`. Nemainiet to; kad latviešu lauks mainās, angļu teksts tiek rādīts kā novecojis.',
  );

/** Editorial notes on a bilingual entry's own text (an error in the source, say), in both languages. */
const bilingualNotes = () =>
  doc(
    bilingual(z.array(text)).default({ lv: [], en: [] }),
    'Editorial notes (ours, not the source’s) on this text, e.g. an error in the source; shown on the page. Default: none.',
    'Redakcijas piezīmes (mūsu, nevis avota) par šo tekstu, piemēram, par kļūdu avotā; redzamas lapā. Noklusējums: nav.',
  );

export const programmeSchema = () =>
  z.strictObject({
    title: doc(bilingual(text), "The programme's full title.", 'Programmas pilns nosaukums.'),
    approval: doc(
      z.strictObject({
        text: doc(
          bilingual(text),
          'The approval line exactly as printed, blanks included.',
          'Apstiprinājuma teksts tieši tā, kā tas ir avotā, ar tukšajām vietām.',
        ),
        issuer: doc(
          bilingual(text),
          'Who issued the act (the Minister for Welfare).',
          'Kas izdeva aktu (labklājības ministrs).',
        ),
        year: doc(z.number().int(), 'Year of the act.', 'Akta gads.'),
        month: doc(z.number().int().min(1).max(12), 'Month of the act (1–12).', 'Akta mēnesis (1–12).'),
        day: doc(
          z.number().int().min(1).max(31).nullable(),
          'Day of the act; `null` when the source leaves it blank. Never invent it.',
          'Akta datums; `null`, ja avotā tas nav norādīts. Nekad to neizdomājiet.',
        ),
        number: doc(
          z.string().nullable(),
          'Number of the order; `null` when the source leaves it blank. Never invent it.',
          'Rīkojuma numurs; `null`, ja avotā tas nav norādīts. Nekad to neizdomājiet.',
        ),
      }),
      'The act that approved the programme.',
      'Akts, ar kuru programma apstiprināta.',
    ),
    legalBasis: doc(
      bilingual(text),
      'The legal provision the programme is made under.',
      'Tiesību norma, uz kuras pamata programma izstrādāta.',
    ),
    declaredTotal: doc(
      euro,
      'The total funding the source declares; the published measures must add up to exactly this.',
      'Avotā norādītais kopējais finansējums; publicēto pasākumu summām jāsaskaņojas ar to precīzi.',
    ),
    introduction: doc(
      bilingual(z.array(text).min(1)),
      'The introductory paragraphs. Who administers which measure is derived from the measures, not typed here.',
      'Ievada rindkopas. Kurš administrē kuru pasākumu, tiek izveidots no pasākumiem, nevis rakstīts šeit.',
    ),
    notes: bilingualNotes(),
    signatory: doc(
      z.strictObject({
        name: doc(text, "The signatory's name as printed.", 'Parakstītāja vārds, kā avotā.'),
        position: doc(bilingual(text), "The signatory's position.", 'Parakstītāja amats.'),
      }),
      'Who signed the programme.',
      'Kas parakstīja programmu.',
    ),
    signatureNote: doc(
      bilingual(text),
      'The note that the document carries a secure electronic signature.',
      'Piezīme, ka dokuments parakstīts ar drošu elektronisko parakstu.',
    ),
    translates: bilingualTranslates(),
  });

export const administratorSchema = () =>
  z.strictObject({
    id: doc(
      z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes'),
      'Short stable id that measures refer to (`ministry`); also the address of its page.',
      'Īss, nemainīgs identifikators, ar kuru uz iestādi atsaucas pasākumi (`ministry`); arī tās lapas adrese.',
    ),
    name: doc(bilingual(text), 'Full name of the institution.', 'Iestādes pilns nosaukums.'),
    abbreviation: doc(
      bilingual(text),
      'Usual abbreviation (LM, VBTAI). Search finds the measures the institution administers by it, in every language.',
      'Ierastais saīsinājums (LM, VBTAI). Meklēšana pēc tā atrod iestādes administrētos pasākumus visās valodās.',
    ),
    shortName: doc(
      bilingual(text),
      'How the programme refers to it after first mention ("ministrija" / "the Ministry").',
      'Kā programma to sauc pēc pirmās pieminēšanas (“ministrija”).',
    ),
    translates: bilingualTranslates(),
  });

/** A word as a reader types it into search: letters and digits, one word (a hyphen may join its parts). */
const searchWord = z
  .string()
  .regex(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u, 'expected one word: letters and digits, no spaces');

export const synonymSchema = () =>
  z.strictObject({
    id: doc(
      z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes'),
      'Short stable id of the entry (`hotline`); not shown.',
      'Īss, nemainīgs ieraksta identifikators (`hotline`); netiek rādīts.',
    ),
    terms: doc(
      bilingual(z.array(searchWord)).default({ lv: [], en: [] }),
      "Words readers type that the programme's text does not use, per language, one word each (`NVO`, `hotline`). Search looks for `means` instead. Not an administrator's abbreviation: those come from administrators.yaml. Default: none.",
      'Vārdi, ko lasītāji raksta, bet programmas teksts nelieto, katrai valodai, pa vienam vārdam (`NVO`, `hotline`). Meklēšana to vietā meklē `means`. Ne iestādes saīsinājums: tie ir administrators.yaml. Noklusējums: nav.',
    ),
    means: doc(
      bilingual(text),
      "What the programme's text says instead, in each language: the words search looks for in the term's place.",
      'Kā to saka programmas teksts, katrā valodā: vārdi, ko meklēšana meklē termina vietā.',
    ),
  });

export const sectionSchema = () =>
  z.strictObject({
    title: doc(bilingual(text), 'The heading after the number.', 'Virsraksts aiz numura.'),
    intro: doc(
      bilingual(z.array(text)).default({ lv: [], en: [] }),
      'Paragraphs between the heading and the first measure. Default: none.',
      'Rindkopas starp virsrakstu un pirmo pasākumu. Noklusējums: nav.',
    ),
    goals: doc(
      bilingual(z.array(text)).default({ lv: [], en: [] }),
      'The goals ("Mērķi"), in order. Default: none.',
      'Mērķi, secībā. Noklusējums: nav.',
    ),
    tasks: doc(
      bilingual(z.array(text)).default({ lv: [], en: [] }),
      'The tasks ("Uzdevumi"), in order. Default: none.',
      'Uzdevumi, secībā. Noklusējums: nav.',
    ),
    notes: bilingualNotes(),
    translates: bilingualTranslates(),
  });

const title = doc(text, 'The heading after the number.', 'Virsraksts aiz numura.');
const notes = doc(
  z.array(text).default([]),
  'Editorial notes (ours, not the source’s), shown in a box on the page. Default: none.',
  'Redakcijas piezīmes (mūsu, nevis avota), redzamas lapā atsevišķā lodziņā. Noklusējums: nav.',
);
const fundingNote = doc(
  text.optional(),
  'Optional explanation of the amount, e.g. the contract figures behind 1.2.',
  'Neobligāts summas skaidrojums, piemēram, līguma summas 1.2. pasākumā.',
);

/** A measure in Latvian, the authoritative language: the text and every fact about it. */
export const measureSchema = (reference: Reference<'administrators'>) =>
  z.strictObject({
    title,
    administrator: doc(
      reference('administrators'),
      'The institution that administers it: an `id` from administrators.yaml (`ministry`, `inspectorate`).',
      'Iestāde, kas to administrē: `id` no administrators.yaml (`ministry`, `inspectorate`).',
    ),
    funding: doc(
      z.strictObject({
        amount: doc(
          euro,
          'Euro, a plain number with at most 2 decimals (`8000`, `46199.61`).',
          'Eiro, skaitlis ar ne vairāk kā 2 zīmēm aiz komata (`8000`, `46199.61`).',
        ),
        note: fundingNote,
      }),
      'Funding for the programme year: `amount` and an optional `note`.',
      'Finansējums programmas gadam: `amount` un neobligāts `note`.',
    ),
    results: doc(
      z.array(text).min(1, 'expected at least one result'),
      'The expected results ("Rezultāts"), one item per numbered result, in order; at least one.',
      'Sagaidāmie rezultāti, pa vienam katram numurētajam rezultātam, secībā; vismaz viens.',
    ),
    notes,
    draft: doc(
      z.boolean().default(false),
      '`true` keeps the measure (in every language) out of the published site, search, totals and data. Default: `false`.',
      '`true` neļauj pasākumu (nevienā valodā) publicēt, meklēt, skaitīt kopsummās un datos. Noklusējums: `false`.',
    ),
  });

/** A measure in another language: translated text only; the facts come from the Latvian file. */
export const translationSchema = () =>
  z.strictObject({
    title,
    funding: doc(
      z.strictObject({ note: fundingNote }).optional(),
      'Only the translated `note` of the funding; the amount is in the Latvian file.',
      'Tikai finansējuma piezīmes `note` tulkojums; summa ir latviešu failā.',
    ),
    results: doc(
      z.array(text).min(1, 'expected at least one result'),
      'The results, translated: as many items as the Latvian file has, in the same order.',
      'Rezultātu tulkojums: tikpat vienumu, cik latviešu failā, tajā pašā secībā.',
    ),
    notes,
    translates: doc(
      z.string().optional(),
      'Which Latvian text this translates: a fingerprint written by `npm run translations -- --done <year>/<number>` once the translation is up to date. Leave it as it is; when the Latvian text changes, the translation shows as outdated. Without it, the file counts as not yet translated and the English site shows the Latvian text instead.',
      'Kuru latviešu tekstu šis tulko: nospiedums, ko ieraksta `npm run translations -- --done <gads>/<numurs>`, kad tulkojums atbilst latviešu tekstam. Nemainiet to; kad latviešu teksts mainās, tulkojums tiek rādīts kā novecojis. Bez tā fails skaitās vēl netulkots, un angļu vietne tā vietā rāda latviešu tekstu.',
    ),
  });

export const pageSchema = () =>
  z.strictObject({
    title: doc(text, "The page's heading and title.", 'Lapas virsraksts.'),
    description: doc(
      text,
      'One sentence for search engines and link previews.',
      'Viens teikums meklētājiem un saišu priekšskatījumiem.',
    ),
    updated: doc(
      z.coerce.date(),
      'When the page was last reviewed (`YYYY-MM-DD`); shown on the page.',
      'Kad lapa pēdējoreiz pārskatīta (`YYYY-MM-DD`); redzams lapā.',
    ),
  });

/**
 * Where each collection's files are, relative to the project: the build's
 * loaders and `npm run check` read the same files. Files starting with `_` are skipped.
 * Latvian measures are one collection and translations another, because one
 * collection's schema cannot tell its files apart by their path.
 */
export const contentFiles = {
  programmes: { base: 'src/content/programmes', pattern: '[^_]*.yaml' },
  administrators: { file: 'src/content/administrators.yaml' },
  synonyms: { file: 'src/content/synonyms.yaml' },
  sections: { base: 'src/content/sections', pattern: '*/[^_]*.yaml' },
  measures: { base: 'src/content/measures', pattern: `*/${defaultLocale}/[^_]*.mdx` },
  translations: { base: 'src/content/measures', pattern: `*/${alternatives(translationLocales)}/[^_]*.mdx` },
  pages: { base: 'src/content/pages', pattern: '*/[^_]*.mdx' },
} as const;

/** A glob alternative: `{a,b}` for several, the bare name for one (a one-item `{a}` would be read literally). */
function alternatives(names: readonly string[]): string {
  return names.length === 1 ? (names[0] ?? '') : `{${names.join(',')}}`;
}
