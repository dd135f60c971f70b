/**
 * The shape of the published `updates.json`: every publication of a programme
 * year and what it changed, computed from the history. The JSON Schema at
 * /data/schema/updates.schema.json is generated from this, and every export is
 * checked against it before it is written.
 */
import { z } from 'astro/zod';
import { code, doc, euro, everyLanguage, text } from '#src/lib/content/schemaPrimitives.ts';
import { updateKinds } from '#src/schemas.ts';

const amount = (name: z.ZodType, en: string, lv: string) =>
  doc(
    z.strictObject({
      name,
      from: doc(euro.nullable(), 'Euro before; null when it did not exist.', 'Eiro iepriekš; null, ja tā nebija.'),
      to: doc(euro.nullable(), 'Euro after; null when it no longer exists.', 'Eiro tagad; null, ja tās vairs nav.'),
    }),
    en,
    lv,
  );

const changes = z.strictObject({
  added: doc(z.array(code), 'Numbers of the measures added.', 'Pievienoto pasākumu numuri.'),
  removed: doc(z.array(code), 'Numbers of the measures removed.', 'Svītroto pasākumu numuri.'),
  amounts: z.array(amount(code, 'A measure whose amount changed.', 'Pasākums, kura summa mainījās.')),
  sections: z.array(
    amount(code, 'A chapter or subsection whose subtotal changed.', 'Nodaļa vai apakšnodaļa, kuras kopsumma mainījās.'),
  ),
  administrators: z.array(
    amount(z.string(), 'An administrator whose subtotal changed.', 'Iestāde, kuras kopsumma mainījās.'),
  ),
  total: amount(
    z.literal('total'),
    'The programme’s total before and after.',
    'Programmas kopsumma iepriekš un tagad.',
  ),
  texts: doc(
    z.array(
      z.strictObject({
        file: z.string(),
        language: z.string(),
        paragraphs: z.array(z.strictObject({ before: text.nullable(), after: text.nullable() })),
      }),
    ),
    'Each changed text, per file and language, with its changed paragraphs before and after (null: added or removed).',
    'Katrs mainītais teksts pa failiem un valodām ar mainītajām rindkopām iepriekš un tagad (null: pievienota vai svītrota).',
  ),
  outdated: doc(
    z.array(z.string()),
    'Translation files this change made outdated.',
    'Tulkojumu faili, kurus šī izmaiņa padarīja novecojušus.',
  ),
  files: doc(z.array(z.string()), 'Every content file it changed.', 'Visi satura faili, ko tā mainīja.'),
});

export const updatesExportSchema = doc(
  z.strictObject({
    year: doc(z.number().int(), 'Programme year.', 'Programmas gads.'),
    publications: doc(
      z.array(
        z.strictObject({
          date: doc(z.iso.date(), 'Day of publication.', 'Publicēšanas diena.'),
          sequence: doc(z.number().int().min(1), 'Which publication of that day.', 'Kura tās dienas publikācija.'),
          kind: doc(z.enum(updateKinds), 'major or minor.', 'major (būtiska) vai minor (labojums).'),
          note: doc(
            everyLanguage(text),
            'The change note; a missing translation has the Latvian note.',
            'Izmaiņu piezīme; ja tulkojuma nav, latviešu piezīme.',
          ),
          first: doc(z.boolean(), 'The first publication of the year.', 'Gada pirmā publikācija.'),
          commit: doc(
            z.string().nullable(),
            'The git commit that published it; null when not committed.',
            'Git revīzija, ar kuru tā publicēta; null, ja nav iesniegta.',
          ),
          changes: doc(
            changes.nullable(),
            'What it changed since the previous publication; null for the first or without a history.',
            'Kas mainījās kopš iepriekšējās publikācijas; null pirmajai vai bez vēstures.',
          ),
        }),
      ),
      'Every publication, oldest first.',
      'Visas publikācijas, vecākā vispirms.',
    ),
  }),
  'The publications of one programme year and what each changed, computed from the history.',
  'Vienas programmas gada publikācijas un to izmaiņas, aprēķinātas no vēstures.',
);

export type UpdatesExport = z.output<typeof updatesExportSchema>;
