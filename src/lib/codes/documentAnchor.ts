import { codeToSlug, parentCode } from './codeSlug.ts';

/**
 * The stable fragment of a numbered part on the whole-document page, so a
 * reader can link to `…/document/#measure-2-1-2`. A chapter is a section
 * without a parent number; every other section is a subsection.
 *
 * @example documentAnchor('2.1.2', 'measure') // 'measure-2-1-2'
 * @example documentAnchor('2', 'section') // 'chapter-2'
 * @example documentAnchor('2.1', 'section') // 'section-2-1'
 */
export function documentAnchor(code: string, kind: 'section' | 'measure'): string {
  const prefix = kind === 'measure' ? 'measure' : parentCode(code) === undefined ? 'chapter' : 'section';
  return `${prefix}-${codeToSlug(code)}`;
}
