/**
 * The schema of every content collection, in one module that the build
 * (src/content.config.ts), `npm run check` (src/check/), the tests and the
 * authoring guide's field tables all import. Each is a factory because a field
 * that links to another collection needs Astro's `reference()`, which exists
 * only inside Astro; `npm run check` passes a stand-in with the same output.
 *
 * What a file's path already says is not a field: `measures/2023/lv/2-1-2.mdx`
 * is measure 2.1.2 of 2023, in Latvian, in section 2.1; `sections/2023/2-1.yaml`
 * is section 2.1 of 2023, inside chapter 2 (src/lib/content/contentPath.ts reads
 * paths, and where each collection's files are). The Latvian file of a measure owns
 * its facts (administrator, amount, draft); a translation holds text only.
 *
 * Every field carries `.meta()` descriptions in English and Latvian (`doc`).
 */
import { z } from 'astro/zod';
import { translationLocales } from '#src/i18n/locales.ts';
import { doc, euro, localised, noTexts, text } from '#src/lib/content/schemaPrimitives.ts';
import type { CollectionName } from '#src/lib/content/contentPath.ts';

/** Links a field to an entry of another collection by its id; resolves to `{ id, collection }`. */
export type Reference<C extends string = string> = (collection: C) => z.ZodType<{ id: string; collection: C }>;

/** The stand-in for Astro's `reference()` outside Astro: the same output, from the id as written. */
export const plainReference = <C extends string>(collection: C) => z.string().transform((id) => ({ id, collection }));

/**
 * What the editor (src/editor/) needs to know beyond a field's type and rules:
 * `x-written-by` marks a field a command writes, which the editor shows but
 * does not let staff change; `x-new-entry` is the value a new entry starts with
 * (a new measure is a draft, as `npm run new:measure` writes it).
 */
const writtenByTool = { 'x-written-by': 'npm run translations -- --done' };

/** Which Latvian text an entry's other languages translate, one fingerprint per language (see `npm run translations`). */
const inlineTranslates = () =>
  doc(
    z.strictObject(Object.fromEntries(translationLocales.map((code) => [code, z.string().optional()]))).optional(),
    'Which Latvian text each other language translates (`en: …`): a fingerprint of the Latvian fields written by `npm run translations -- --done <key>`. Leave it as it is; when a Latvian field changes, the translation shows as outdated.',
    'Kuru latviešu tekstu tulko katra cita valoda (`en: …`): latviešu lauku nospiedums, ko ieraksta `npm run translations -- --done <atslēga>`. Nemainiet to; kad latviešu lauks mainās, tulkojums tiek rādīts kā novecojis.',
  ).meta(writtenByTool);

/** Editorial notes on an entry's own text (an error in the source, say), in each language. */
const inlineNotes = () =>
  doc(
    localised(z.array(text)).default(noTexts()),
    'Editorial notes (ours, not the source’s) on this text, e.g. an error in the source; shown on the page. Default: none.',
    'Redakcijas piezīmes (mūsu, nevis avota) par šo tekstu, piemēram, par kļūdu avotā; redzamas lapā. Noklusējums: nav.',
  );

export const programmeSchema = () =>
  z.strictObject({
    title: doc(localised(text), "The programme's full title.", 'Programmas pilns nosaukums.'),
    approval: doc(
      z.strictObject({
        text: doc(
          localised(text),
          'The approval line exactly as printed, blanks included.',
          'Apstiprinājuma teksts tieši tā, kā tas ir avotā, ar tukšajām vietām.',
        ),
        issuer: doc(
          localised(text),
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
      localised(text),
      'The legal provision the programme is made under.',
      'Tiesību norma, uz kuras pamata programma izstrādāta.',
    ),
    declaredTotal: doc(
      euro,
      'The total funding the source declares; the published measures must add up to exactly this.',
      'Avotā norādītais kopējais finansējums; publicēto pasākumu summām jāsaskaņojas ar to precīzi.',
    ),
    introduction: doc(
      localised(z.array(text).min(1)),
      'The introductory paragraphs. Who administers which measure is derived from the measures, not typed here.',
      'Ievada rindkopas. Kurš administrē kuru pasākumu, tiek izveidots no pasākumiem, nevis rakstīts šeit.',
    ),
    notes: inlineNotes(),
    signatory: doc(
      z.strictObject({
        name: doc(text, "The signatory's name as printed.", 'Parakstītāja vārds, kā avotā.'),
        position: doc(localised(text), "The signatory's position.", 'Parakstītāja amats.'),
      }),
      'Who signed the programme.',
      'Kas parakstīja programmu.',
    ),
    signatureNote: doc(
      localised(text),
      'The note that the document carries a secure electronic signature.',
      'Piezīme, ka dokuments parakstīts ar drošu elektronisko parakstu.',
    ),
    translates: inlineTranslates(),
  });

export const administratorSchema = () =>
  z.strictObject({
    id: doc(
      z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes'),
      'Short stable id that measures refer to (`ministry`); also the address of its page.',
      'Īss, nemainīgs identifikators, ar kuru uz iestādi atsaucas pasākumi (`ministry`); arī tās lapas adrese.',
    ),
    name: doc(localised(text), 'Full name of the institution.', 'Iestādes pilns nosaukums.'),
    abbreviation: doc(
      localised(text),
      'Usual abbreviation (LM, VBTAI); in English the Latvian one, marked as Latvian (`:lv[LM]`). Search finds the measures the institution administers by it, in every language.',
      'Ierastais saīsinājums (LM, VBTAI); angliski – latviešu saīsinājums, atzīmēts kā latviešu (`:lv[LM]`). Meklēšana pēc tā atrod iestādes administrētos pasākumus visās valodās.',
    ),
    shortName: doc(
      localised(text),
      'How the programme refers to it after first mention ("ministrija" / "the Ministry").',
      'Kā programma to sauc pēc pirmās pieminēšanas (“ministrija”).',
    ),
    translates: inlineTranslates(),
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
      localised(z.array(searchWord)).default(noTexts()),
      "Words readers type that the programme's text does not use, per language, one word each (`NVO`, `hotline`). Search looks for `means` instead. Not an administrator's abbreviation: those come from administrators.yaml. Default: none.",
      'Vārdi, ko lasītāji raksta, bet programmas teksts nelieto, katrai valodai, pa vienam vārdam (`NVO`, `hotline`). Meklēšana to vietā meklē `means`. Ne iestādes saīsinājums: tie ir administrators.yaml. Noklusējums: nav.',
    ),
    means: doc(
      localised(text),
      "What the programme's text says instead, in each language: the words search looks for in the term's place.",
      'Kā to saka programmas teksts, katrā valodā: vārdi, ko meklēšana meklē termina vietā.',
    ),
  });

export const sectionSchema = () =>
  z.strictObject({
    title: doc(localised(text), 'The heading after the number.', 'Virsraksts aiz numura.'),
    intro: doc(
      localised(z.array(text)).default(noTexts()),
      'Paragraphs between the heading and the first measure. Default: none.',
      'Rindkopas starp virsrakstu un pirmo pasākumu. Noklusējums: nav.',
    ),
    goals: doc(
      localised(z.array(text)).default(noTexts()),
      'The goals ("Mērķi"), in order. Default: none.',
      'Mērķi, secībā. Noklusējums: nav.',
    ),
    tasks: doc(
      localised(z.array(text)).default(noTexts()),
      'The tasks ("Uzdevumi"), in order. Default: none.',
      'Uzdevumi, secībā. Noklusējums: nav.',
    ),
    notes: inlineNotes(),
    translates: inlineTranslates(),
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
    ).meta({ 'x-new-entry': true }),
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
    ).meta(writtenByTool),
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

/** How a publication is announced: `major` goes into the feed that readers follow, `minor` only onto the updates page. */
export const updateKinds = ['major', 'minor'] as const;

/**
 * A publication's change note (`updates/<year>/<day>.yaml`; the day is the file's
 * name). What changed is computed from the content at the publication, never typed.
 */
export const updateSchema = () =>
  z
    .strictObject({
      kind: doc(
        z.enum(updateKinds),
        '`major` for a change readers should hear of (an amount, a result, a new measure): it goes into the updates feed; `minor` for a correction that changes no meaning (a typo, a translation catching up): shown on the updates page only.',
        '`major` – izmaiņa, par kuru lasītājiem jāuzzina (summa, rezultāts, jauns pasākums): tā nonāk izmaiņu plūsmā; `minor` – labojums, kas nemaina jēgu (drukas kļūda, tulkojums panāk oriģinālu): redzams tikai izmaiņu lapā.',
      ),
      note: doc(
        localised(text),
        'What changed and why, in plain words, for readers: one or two sentences. A major update needs it in every language.',
        'Kas mainījās un kāpēc, vienkāršiem vārdiem, lasītājiem: viens vai divi teikumi. Būtiskai izmaiņai tā vajadzīga visās valodās.',
      ),
      translates: inlineTranslates(),
    })
    .superRefine((update, context) => {
      if (update.kind !== 'major') return;
      for (const lang of translationLocales) {
        if ((update.note as Partial<Record<string, string>>)[lang] === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['note', lang],
            message: `a major update needs its note in every language: add note.${lang}`,
          });
        }
      }
    });

/**
 * Every collection's schema, by collection: the build's collections
 * (src/content.config.ts, with Astro's `reference`), the file reader of
 * `npm run check`, the authoring guide's tables and the editor's configuration (with the stand-in) all
 * take them from here, so a new collection is added in one place (with where
 * its files are, in src/lib/content/contentPath.ts).
 */
export const collectionSchemas = (reference: Reference<'administrators'> = plainReference) =>
  ({
    programmes: programmeSchema(),
    administrators: administratorSchema(),
    synonyms: synonymSchema(),
    sections: sectionSchema(),
    measures: measureSchema(reference),
    translations: translationSchema(),
    pages: pageSchema(),
    updates: updateSchema(),
  }) satisfies Record<CollectionName, z.ZodType>;
