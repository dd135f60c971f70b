/**
 * Building blocks shared by the content schemas (src/content.config.ts) and
 * the published data's schema (programmeExportSchema.ts), so a rule such as
 * "at most two decimals" is written once.
 */
import { z } from 'astro/zod';
import { defaultLocale, localeCodes, type DefaultLocale, type Locale } from '#src/i18n/locales.ts';

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

/**
 * A value in the site's languages (src/i18n/locales.ts), one key per language:
 * the authoritative language's required, verbatim from the approved source;
 * every other optional, since a translation may not be there yet (its pages
 * then show the authoritative text with a notice).
 *
 * @example localised(text) // { lv: string, en?: string }
 */
export const localised = <T extends z.ZodType>(schema: T) =>
  z.strictObject(
    Object.fromEntries(localeCodes.map((code) => [code, code === defaultLocale ? schema : schema.optional()])) as {
      [L in Locale]: L extends DefaultLocale ? T : z.ZodOptional<T>;
    },
  );

/** A value in every language of the site: the published data, in which a missing translation is already filled in. */
export const everyLanguage = <T extends z.ZodType>(schema: T) =>
  z.strictObject(Object.fromEntries(localeCodes.map((code) => [code, schema])) as Record<Locale, T>);

/** The default of a per-language list that may be left out: none, in the authoritative language. */
export const noTexts = () => ({ [defaultLocale]: [] }) as Record<DefaultLocale, []>;
