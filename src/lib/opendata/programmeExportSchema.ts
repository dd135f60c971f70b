/**
 * The shape of the published `programme.json`. The JSON Schema at
 * /data/schema/programme.schema.json is generated from this (z.toJSONSchema),
 * every export is checked against it before it is written, and the data page's
 * dictionary lists its fields with these descriptions (English in
 * `description`, Latvian in `x-description-lv`).
 */
import { z } from 'astro/zod';
import { bilingual, code, doc, euro, text } from '#src/lib/content/schemaPrimitives.ts';

const percent = z.number().min(0).max(100);
const codes = z.array(code);

const subtotal = {
  total: doc(euro, 'Subtotal in euro, computed from the measures.', 'Kopsumma eiro, aprēķināta no pasākumiem.'),
  share: doc(percent, 'Share of the programme’s total, percent.', 'Daļa no programmas kopējā finansējuma, procentos.'),
  measures: doc(
    codes,
    'Numbers of the measures it covers, in document order.',
    'To pasākumu numuri, kurus tā aptver, dokumenta secībā.',
  ),
};

export const programmeExportSchema = doc(
  z.strictObject({
    year: doc(z.number().int(), 'Programme year.', 'Programmas gads.'),
    title: doc(bilingual(text), 'Full title of the programme.', 'Programmas pilns nosaukums.'),
    approval: doc(
      z.strictObject({
        text: doc(
          bilingual(text),
          'The approval line as the source prints it, blanks included.',
          'Apstiprinājuma teksts, kā tas ir avotā, ar tukšajām vietām.',
        ),
        issuer: doc(bilingual(text), 'Who issued the approving order.', 'Kas izdeva apstiprinošo rīkojumu.'),
        year: doc(z.number().int(), 'Year of the order.', 'Rīkojuma gads.'),
        month: doc(z.number().int().min(1).max(12), 'Month of the order.', 'Rīkojuma mēnesis.'),
        day: doc(
          z.number().int().nullable(),
          'Day of the order; null because the source leaves it blank.',
          'Rīkojuma datums; null, jo avotā tas nav norādīts.',
        ),
        number: doc(
          z.string().nullable(),
          'Number of the order; null because the source leaves it blank.',
          'Rīkojuma numurs; null, jo avotā tas nav norādīts.',
        ),
      }),
      'The order that approved the programme.',
      'Rīkojums, ar kuru programma apstiprināta.',
    ),
    legalBasis: doc(
      bilingual(text),
      'The legal provision the programme is made under.',
      'Tiesību norma, uz kuras pamata programma izstrādāta.',
    ),
    introduction: doc(bilingual(z.array(text)), 'Introductory paragraphs.', 'Ievada rindkopas.'),
    notes: doc(
      bilingual(z.array(text)),
      'Editorial notes on the programme’s own text; not part of the approved text.',
      'Redakcijas piezīmes par programmas tekstu; nav apstiprinātā teksta daļa.',
    ),
    declaredTotal: doc(
      euro,
      'Total funding as the source declares it, euro.',
      'Kopējais finansējums, kā tas norādīts avotā, eiro.',
    ),
    total: doc(
      euro,
      'Total funding computed from the measures, euro; always equal to declaredTotal.',
      'Kopējais finansējums, aprēķināts no pasākumiem, eiro; vienmēr vienāds ar declaredTotal.',
    ),
    signatory: doc(
      z.strictObject({ name: text, position: bilingual(text) }),
      'Who signed the programme.',
      'Kas parakstīja programmu.',
    ),
    signatureNote: doc(bilingual(text), 'The note on the electronic signature.', 'Piezīme par elektronisko parakstu.'),
    source: doc(
      z.strictObject({ url: z.string(), language: z.literal('lv') }),
      'The approved text (Latvian) that the content reproduces.',
      'Apstiprinātais teksts (latviešu valodā), ko saturs atveido.',
    ),
    administrators: doc(
      z.array(z.strictObject({ id: z.string(), name: bilingual(text), abbreviation: bilingual(text), ...subtotal })),
      'Institutions that administer measures, with their subtotals.',
      'Iestādes, kas administrē pasākumus, un to kopsummas.',
    ),
    sections: doc(
      z.array(
        z.strictObject({
          code,
          parent: doc(
            code.nullable(),
            'Enclosing chapter; null for a chapter.',
            'Nodaļa, kurā apakšnodaļa ietilpst; nodaļai null.',
          ),
          title: bilingual(text),
          intro: bilingual(z.array(text)),
          goals: bilingual(z.array(text)),
          tasks: bilingual(z.array(text)),
          notes: doc(
            bilingual(z.array(text)),
            'Editorial notes on the section’s text; not part of the approved text.',
            'Redakcijas piezīmes par nodaļas tekstu; nav apstiprinātā teksta daļa.',
          ),
          ...subtotal,
        }),
      ),
      'Chapters and subsections with goals, tasks and nested subtotals (2 = 2.1 + 2.2 + 2.3).',
      'Nodaļas un apakšnodaļas ar mērķiem, uzdevumiem un kopsummām (2 = 2.1 + 2.2 + 2.3).',
    ),
    measures: doc(
      z.array(
        z.strictObject({
          code: doc(code, 'Measure number, e.g. 2.1.2.', 'Pasākuma numurs, piemēram, 2.1.2.'),
          chapter: doc(code, 'Chapter number.', 'Nodaļas numurs.'),
          section: doc(
            code,
            'The chapter or subsection it sits in directly.',
            'Nodaļa vai apakšnodaļa, kurā tas tieši ietilpst.',
          ),
          title: bilingual(text),
          administrator: doc(
            z.string(),
            'Id of an entry in administrators.',
            'Administrētāja identifikators (administrators).',
          ),
          funding: z.strictObject({
            amount: doc(euro, 'Funding in euro.', 'Finansējums eiro.'),
            note: doc(
              bilingual(text).nullable(),
              'Explanation of the amount, e.g. contract figures.',
              'Paskaidrojums par summu, piemēram, līguma summas.',
            ),
          }),
          share: doc(
            percent,
            'Share of the programme’s total; the measures add up to 100.',
            'Daļa no programmas kopējā finansējuma; pasākumi kopā veido 100.',
          ),
          shareOfChapter: doc(
            percent,
            'Share of its chapter; within a chapter they add up to 100.',
            'Daļa no nodaļas finansējuma; nodaļā kopā 100.',
          ),
          results: doc(bilingual(z.array(text).min(1)), 'Expected results, in order.', 'Sagaidāmie rezultāti secībā.'),
          narrative: doc(
            bilingual(z.string()),
            'The measure’s text, plain, paragraphs separated by a blank line.',
            'Pasākuma apraksts kā vienkāršs teksts, rindkopas atdalītas ar tukšu rindu.',
          ),
          notes: doc(
            bilingual(z.array(text)),
            'Editorial notes; not part of the approved text.',
            'Redakcijas piezīmes; nav apstiprinātā teksta daļa.',
          ),
          translated: doc(
            z.boolean(),
            'False when the English fields repeat the Latvian text (no translation yet).',
            'false, ja angļu lauki atkārto latviešu tekstu (tulkojuma vēl nav).',
          ),
          url: doc(
            bilingual(z.string()),
            'Permanent address of the measure’s page.',
            'Pasākuma lapas pastāvīgā adrese.',
          ),
        }),
      ),
      'The funded measures in document order.',
      'Finansētie pasākumi dokumenta secībā.',
    ),
  }),
  'The State Programme for Improving the Situation of Children and Families for one year, in Latvian and English.',
  'Valsts programma bērna un ģimenes stāvokļa uzlabošanai vienam gadam latviešu un angļu valodā.',
);

export type ProgrammeExport = z.infer<typeof programmeExportSchema>;
