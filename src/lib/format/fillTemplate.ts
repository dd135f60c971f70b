/**
 * A UI string with its `{name}` placeholders filled in; a placeholder without
 * a value stays as written, so a missing value shows up instead of vanishing.
 * Shared by the pages' `t()` and the search page's client, which receives its
 * strings from the page.
 *
 * @example fillTemplate('{code}. {title}', { code: '2.1.2', title: 'Kampaņa' }) // '2.1.2. Kampaņa'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
