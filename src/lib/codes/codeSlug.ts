/**
 * The address segment and file name for a measure or section number: dots
 * become dashes, so `2.1.2` lives at `/lv/2023/2-1-2/` and in `2-1-2.mdx`.
 *
 * @example codeToSlug('2.1.2') // '2-1-2'
 */
export function codeToSlug(code: string): string {
  return code.replaceAll('.', '-');
}

/** @example slugToCode('2-1-2') // '2.1.2' */
export function slugToCode(slug: string): string {
  return slug.replaceAll('-', '.');
}

/** The parent number of a code, or undefined for a chapter. @example parentCode('2.1.2') // '2.1' */
export function parentCode(code: string): string | undefined {
  const cut = code.lastIndexOf('.');
  return cut === -1 ? undefined : code.slice(0, cut);
}
