/**
 * The search page's second chance, loaded only when a query is not plainly
 * in the index (src/scripts/search.ts decides): reads the vocabulary the
 * build wrote (src/integrations/searchVocabulary.ts) and
 * - searches an administrator's abbreviation as that administrator's
 *   measures, and a synonym as what it stands for (src/data/searchTerms.ts);
 * - corrects a word the index does not hold to the nearest one it does
 *   (src/lib/search/correctWord.ts, its own chunk) and says so;
 * - when all the words together find nothing, searches each word that the
 *   index holds on its own and ranks the pages by how many they contain;
 * - when even that finds nothing, says what else the reader can do.
 */
import { queryTerm, queryTerms } from '#src/lib/search/normaliseQuery.ts';
import { pagefindForm } from '#src/lib/search/searchForm.ts';
import { termKey, type SearchTerms } from '#src/lib/search/searchTerms.ts';
import { foldDiacritics } from '#src/lib/search/stemLatvian.ts';
import { AS_TYPED } from '#src/lib/search/asTyped.ts';
import { decodeVocabulary, hasWordStartingWith } from '#src/lib/search/vocabulary.ts';
import type { corrections as Corrections, Matcher } from '#src/lib/search/correctWord.ts';

export interface Result {
  id: string;
  score: number;
  data(): Promise<unknown>;
}
type Filters = Record<string, string | string[]>;
export interface SearchOptions {
  filters: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface Engine {
  search(query: string | null, options?: SearchOptions): Promise<{ results: Result[] } | null>;
}

export interface Attempt {
  engine: Engine;
  /** The query as the reader typed it. */
  query: string;
  lang: string;
  options: SearchOptions;
  /** What the query as typed found. */
  found: Result[];
  /** The reader asked for the query as typed ("Search instead for …"). */
  asTyped: boolean;
  terms: SearchTerms;
  vocabularyUrl: string;
  say: (key: string, values?: Record<string, string | number>) => string;
  /** The search form, whose fields the addresses of other searches keep. */
  form: HTMLFormElement;
  /** What else the reader can do, shown when nothing is found. */
  help: HTMLElement;
}

const FILTERS = new Set(['administrator', 'chapter']);

/** This page's address for another query, with the form's other fields kept (or the filters left out). */
function addressFor(
  form: HTMLFormElement,
  query: string,
  how: { asTyped?: boolean; unfiltered?: boolean } = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string' && value && name !== 'q' && !(how.unfiltered && FILTERS.has(name)))
      params.set(name, value);
  params.set('q', query);
  if (how.asTyped) params.set(AS_TYPED, '');
  return `?${params.toString()}`;
}

/** When nothing is found: the other ways on, each carrying the query; clearing the filters only when there are some. */
function showHelp(form: HTMLFormElement, help: HTMLElement, query: string): void {
  const filtered = [...new FormData(form)].some(([name, value]) => FILTERS.has(name) && value !== '');
  for (const link of help.querySelectorAll<HTMLAnchorElement>('a[data-search-with]')) {
    const how = link.dataset['searchWith'];
    if (how === 'unfiltered') link.href = addressFor(form, query, { unfiltered: true });
    if (how === 'query') link.href = `${link.pathname}?${new URLSearchParams({ q: query }).toString()}`;
    const item = link.closest('li');
    if (item && how === 'unfiltered') item.hidden = !filtered;
  }
  help.hidden = false;
}

export interface Outcome {
  results: Result[];
  /** Lines to show above the results, in order. */
  notes: HTMLElement[];
}

interface Vocabulary {
  /** Folded words, in code-unit order. */
  folded: string[];
  /** The text's own spelling of each. */
  spellings: string[];
  /**
   * What a correction is looked for among: each word as it is searched (its stem, where the page
   * stems, so a slip in "videokipi" meets "videoklipus"), without repeats, with a word it comes from.
   */
  forms: string[];
  formWord: number[];
}

let vocabulary: Promise<Vocabulary> | undefined;
function loadVocabulary(url: string, lang: string): Promise<Vocabulary> {
  vocabulary ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`search: the vocabulary ${url} is missing (${response.status})`);
      return response.json() as Promise<string>;
    })
    .then((encoded) => {
      const spellings = decodeVocabulary(encoded);
      const folded = spellings.map(foldDiacritics);
      const forms = new Map<string, number>();
      folded.forEach((word, i) => {
        const form = pagefindForm(queryTerm(word, lang));
        if (!forms.has(form)) forms.set(form, i);
      });
      return { folded, spellings, forms: [...forms.keys()], formWord: [...forms.values()] };
    });
  return vocabulary;
}

let matcher: Promise<{ corrections: typeof Corrections; of: Matcher }> | undefined;

/** A template's text with its placeholders replaced by nodes (links) or text. */
function filled(template: string, values: Record<string, Node | string>): HTMLParagraphElement {
  const line = document.createElement('p');
  for (const piece of template.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    line.append((name === undefined ? undefined : values[name]) ?? piece);
  }
  return line;
}

function anchor(href: string, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = text;
  return link;
}

/** The correction with the case of the reader's first letter ("Dardedxe" → "Dardedze"). */
const inReadersCase = (word: string, correction: string) =>
  word[0] && word[0] !== word[0].toLowerCase() ? (correction[0] ?? '').toUpperCase() + correction.slice(1) : correction;

export async function forgive(attempt: Attempt): Promise<Outcome> {
  const outcome = await secondChance(attempt);
  if (outcome.results.length === 0) showHelp(attempt.form, attempt.help, attempt.query);
  return outcome;
}

// Loaded by its address (see src/scripts/search.ts), this bundle keeps no exports: it hands its entry point over.
(globalThis as { searchForgive?: typeof forgive }).searchForgive = forgive;

async function secondChance(attempt: Attempt): Promise<Outcome> {
  const { engine, lang, options, say, terms } = attempt;
  const address = (query: string, how?: { asTyped?: boolean; unfiltered?: boolean }) =>
    addressFor(attempt.form, query, how);
  const words = queryTerms(attempt.query);
  const known = await loadVocabulary(attempt.vocabularyUrl, lang);
  const notes: HTMLElement[] = [];
  const filters: Filters = { ...options.filters };
  /** What each of the reader's words is searched as: itself, its correction or meaning; undefined when it is a filter or found nowhere. */
  const searched: (string | undefined)[] = [];
  const corrected = new Map<number, string>();
  let nowhere = false;

  /**
   * Whether Pagefind finds the word through a word of its index rather than its fallback: some vocabulary
   * word starts with what is searched; or, where Pagefind stems (English), its exact search finds the
   * word's stem as a word of the index ("helplines" → "helplin", from "helpline"), by Pagefind's own stemmer.
   */
  const inIndex = async (word: string) => {
    const form = pagefindForm(queryTerm(word, lang));
    if (!form || /\d/.test(form) || hasWordStartingWith(known.folded, form)) return true;
    return ((await engine.search(`"${form}"`))?.results.length ?? 0) > 0;
  };
  /**
   * The reader's word with its searched form corrected: where the page stems, the corrected stem as the
   * text spells it with the reader's own ending ("videokipi" → "videoklipi"); else the text's word.
   */
  const correctionOf = (word: string, form: string, best: string) => {
    const spelling = known.spellings[known.formWord[known.forms.indexOf(best)] ?? -1];
    if (spelling === undefined) return undefined;
    const ending = word.slice(form.length);
    // Only a stem takes the reader's ending: a word the text uses without one ("paredz") stays as it is.
    const stem = spelling.length > best.length && pagefindForm(word) === form + pagefindForm(ending);
    return inReadersCase(word, stem ? spelling.slice(0, best.length) + ending : spelling);
  };

  for (const [i, word] of words.entries()) {
    const term = attempt.asTyped ? undefined : terms[termKey(word, lang)];
    if (term?.administrator) {
      const chosen = filters['administrator'];
      filters['administrator'] =
        typeof chosen === 'string' && chosen !== term.administrator ? [chosen, term.administrator] : term.administrator;
      notes.push(filled(say('search.abbreviation'), { term: word, name: term.means }));
      searched.push(undefined);
    } else if (term) {
      notes.push(filled(say('search.synonym'), { term: word, meaning: term.means }));
      searched.push(term.means);
    } else if (await inIndex(word)) {
      searched.push(word);
    } else {
      matcher ??= import('#src/lib/search/correctWord.ts').then((module) => ({
        corrections: module.corrections,
        of: module.matcherOf(known.forms),
      }));
      const { corrections, of } = await matcher;
      const pagesOf = async (candidate: string) => (await engine.search(candidate, { filters }))?.results.length ?? 0;
      const form = pagefindForm(queryTerm(word, lang));
      const [best] = await corrections(form, of, pagesOf, pagefindForm(word).length);
      const correction = best === undefined ? undefined : correctionOf(word, form, best);
      if (correction === undefined) nowhere = true;
      else corrected.set(i, correction);
      searched.push(correction);
    }
  }

  const correctedQuery = words.map((word, i) => corrected.get(i) ?? word).join(' ');
  const didYouMean = () =>
    filled(say('search.didYouMean'), { corrected: anchor(address(correctedQuery), correctedQuery) });
  // Asked for as typed: its own results, with the correction offered.
  if (attempt.asTyped) return { results: attempt.found, notes: corrected.size ? [didYouMean()] : [] };

  const queryOf = (list: readonly string[]) =>
    list
      .flatMap((word) => queryTerms(word))
      .map((word) => queryTerm(word, lang))
      .join(' ');
  const used = searched.filter((word): word is string => word !== undefined);
  const changed = searched.some((word, i) => word !== words[i]);
  const correctionNotes = corrected.size
    ? [
        filled(say('search.corrected'), {
          corrected: anchor(address(correctedQuery), correctedQuery),
          original: anchor(address(attempt.query, { asTyped: true }), attempt.query),
        }),
      ]
    : [];

  if (!nowhere) {
    const results = changed
      ? ((await engine.search(used.length ? queryOf(used) : null, { ...options, filters }))?.results ?? [])
      : attempt.found;
    if (results.length > 0) return { results, notes: [...correctionNotes, ...notes] };
    // One word, already searched on its own: nothing more to try.
    if (used.length < 2) return { results: [], notes };
  }

  // Not all together: each word the index holds searched on its own, the pages ranked by how many they hold.
  const lists = await Promise.all(
    used.map(async (word) => (await engine.search(queryOf([word]), { ...options, filters }))?.results ?? []),
  );
  // A word on more than half of the pages ("the", "kas") tells them apart no better than chance: left out
  // while any other word finds something, so a question ranks by its own words.
  const all = (await engine.search(null, { filters }))?.results.length ?? 0;
  const telling = (list: Result[]) => list.length > 0 && list.length * 2 <= all;
  const keep = lists.some(telling) ? telling : (list: Result[]) => list.length > 0;
  const pages = new Map<string, { result: Result; words: number; score: number }>();
  for (const list of lists.filter(keep))
    for (const result of list) {
      const page = pages.get(result.id) ?? { result, words: 0, score: 0 };
      page.words += 1;
      page.score += result.score;
      pages.set(result.id, page);
    }
  const ranked = [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((page) => page.result);
  if (ranked.length === 0) return { results: [], notes };
  const found = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    used.filter((_, i) => keep(lists[i] ?? [])).map((word) => say('search.quoted', { word })),
  );
  return {
    results: ranked,
    notes: [...correctionNotes, ...notes, filled(say('search.someWords'), { words: found })],
  };
}
