import { stemLatvian } from './stemLatvian.ts';

/**
 * A reader's query as its terms: split at spaces, with quotes and stray
 * punctuation around each dropped; numbers such as 116111 are kept.
 *
 * @example queryTerms('"helpline", 116111') // ['helpline', '116111']
 */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map((term) => term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * One term as it is sent to Pagefind: Latvian is stemmed (see
 * stemLatvian.ts); English goes as typed, since Pagefind stems English itself
 * and already joins hyphenated compounds ("pre-school" finds "preschool").
 */
export function queryTerm(term: string, lang: string): string {
  return lang === 'lv' ? stemLatvian(term) : term;
}

/**
 * A reader's query as it is sent to Pagefind (its terms, each through `queryTerm`).
 *
 * @example normaliseQuery('Ģimenēm ar bērniem', 'lv') // 'gimen ar bern'
 * @example normaliseQuery('"helpline"', 'en') // 'helpline'
 */
export function normaliseQuery(query: string, lang: string): string {
  return queryTerms(query)
    .map((term) => queryTerm(term, lang))
    .join(' ');
}
