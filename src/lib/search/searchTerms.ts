import { queryTerm } from './normaliseQuery.ts';
import { pagefindForm } from './searchForm.ts';
import type { Problem } from '#src/lib/content/problem.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';

/**
 * Words a reader may type that the programme's text says otherwise, as the
 * search page receives them (src/data/searchPage.ts makes them from the
 * content): by `termKey`, what each stands for in the page's language, and,
 * for an administrator's abbreviation, whose measures it means.
 */
export type SearchTerms = Record<string, { means: string; administrator?: string }>;

/**
 * The key a reader's word is looked up by: the word as it is sent to
 * Pagefind (stemmed in Latvian, so every form of a term matches), folded.
 *
 * @example termKey('Bērnudārzā', 'lv') // 'bernudarz'
 */
export const termKey = (word: string, lang: string) => pagefindForm(queryTerm(word, lang));

interface SynonymEntry {
  id: string;
  filePath: string;
  /** Its place in the file (so the field has a line), when known; the field names its id when not. */
  position?: number | undefined;
  data: { terms: Partial<Record<string, string[]>>; means: Partial<Record<string, string>> };
}
interface AbbreviationEntry {
  id: string;
  data: { abbreviation: Partial<Record<string, string>> };
}

/**
 * A synonym that search could not use: a term listed twice in one language,
 * or one that is an administrator's abbreviation (which search reads as that
 * administrator's measures).
 */
export function synonymProblems(
  synonyms: readonly SynonymEntry[],
  administrators: readonly AbbreviationEntry[],
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { id, filePath, data, position } of synonyms)
    for (const [lang, terms = []] of Object.entries(data.terms)) {
      // A language's terms stand for its own words: without them there is nothing to search for.
      if (terms.length > 0 && data.means[lang] === undefined)
        problems.push({
          level: 'error',
          file: filePath,
          field: `${position ?? id}.means`,
          message: `missing: expected what the ${lang} terms stand for, in ${lang}`,
        });
      for (const term of terms) {
        const key = `${lang}:${termKey(term, lang)}`;
        const abbreviation = administrators.find((a) =>
          Object.values(a.data.abbreviation).some(
            (text) => text !== undefined && termKey(stripLangMarkup(text), lang) === termKey(term, lang),
          ),
        );
        const field = `${position ?? id}.terms.${lang}`;
        if (abbreviation)
          problems.push({
            level: 'error',
            file: filePath,
            field,
            message: `"${term}" is the abbreviation of ${abbreviation.id} in administrators.yaml; search already finds its measures by it`,
          });
        else if (seen.has(key))
          problems.push({
            level: 'error',
            file: filePath,
            field,
            message: `"${term}" is already a term of ${seen.get(key) ?? ''}; expected each term once per language`,
          });
        seen.set(key, id);
      }
    }
  return problems;
}
