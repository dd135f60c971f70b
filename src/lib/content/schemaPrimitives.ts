/**
 * Building blocks shared by the content schemas (src/content.config.ts) and
 * the published data's schema (programmeExportSchema.ts), so a rule such as
 * "at most two decimals" is written once.
 */
import { z } from 'astro/zod';

/** A measure or section number as the source writes it, e.g. `2.1.2`. */
export const code = z.string().regex(/^\d+(\.\d+)*$/, 'expected a number like "2.1.2" (digits separated by dots)');

/** Text that must not be empty. */
export const text = z.string().trim().min(1, 'expected some text, found an empty string');

/** An amount of money in euro: not negative, at most two decimals (cents). */
export const euro = z
  .number({ error: 'expected a number of euro such as 8000 or 46199.61 (no spaces, a dot for decimals)' })
  .nonnegative('expected an amount of 0 euro or more')
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: 'expected at most 2 decimals (whole cents)',
  });

/**
 * Attaches a field's explanation in both languages: English in `description`,
 * Latvian in `x-description-lv`. The data page, the published JSON Schema and
 * the authoring guide's field tables are all read from these.
 *
 * @example doc(euro, 'Amount in euro.', 'Summa eiro.')
 */
export const doc = <T extends z.ZodType>(schema: T, en: string, lv: string): T =>
  schema.meta({ description: en, 'x-description-lv': lv });

/** Text in both of the site's languages. Latvian is authoritative. */
export const bilingual = <T extends z.ZodType>(schema: T) =>
  z.strictObject({
    /** Latvian, verbatim from the approved source. */
    lv: schema,
    /** English translation. */
    en: schema,
  });
