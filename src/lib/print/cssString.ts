/**
 * A CSS string literal for any text: quotes, backslashes and line breaks
 * escaped, so a title can go into `content:` without ending the string early.
 *
 * @example cssString('Say "hi"') // '"Say \\"hi\\""'
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, '\\a ')}"`;
}
