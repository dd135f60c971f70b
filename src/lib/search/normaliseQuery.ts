import { stemLatvian } from './stemLatvian.ts';

/**
 * A reader's query as it is sent to Pagefind. Latvian terms are stemmed (see
 * stemLatvian.ts); English goes as typed, since Pagefind stems English itself
 * and already joins hyphenated compounds ("pre-school" finds "preschool").
 * Quotes and stray punctuation are dropped; numbers such as 116111 are kept.
 *
 * @example normaliseQuery('Ģimenēm ar bērniem', 'lv') // 'gimen ar bern'
 * @example normaliseQuery('"helpline"', 'en') // 'helpline'
 */
export function normaliseQuery(query: string, lang: string): string {
  const terms = query
    .split(/\s+/)
    .map((term) => term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  return (lang === 'lv' ? terms.map(stemLatvian) : terms).join(' ');
}
