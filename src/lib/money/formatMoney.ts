import { locales, type Locale } from '#src/i18n/locales.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount in euro as readers of the language write it: `8 000 €` in
 * Latvian, `€8,000` in English; decimals only when there are cents.
 *
 * @example formatMoney(46199.61, 'lv') // '46 199,61 €'
 */
export function formatMoney(euro: number, locale: Locale): string {
  const cents = !Number.isInteger(euro);
  const key = `${locale}:${cents}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locales[locale].intl, {
      style: 'currency',
      currency: 'EUR',
      // Latvian CLDR data leaves four-digit numbers ungrouped (8000 €); the ministry writes 8 000 €.
      useGrouping: 'always',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: 2,
    });
    formatters.set(key, formatter);
  }
  // Intl puts a no-break space between groups; keep it, it stops lines breaking inside a figure.
  return formatter.format(euro);
}

/**
 * The machine-readable value for `<data value>`: euro with a dot for decimals.
 *
 * @example moneyValue(46199.61) // '46199.61'
 */
export function moneyValue(euro: number): string {
  return String(euro);
}
