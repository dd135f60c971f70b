/**
 * The search page's client: reads the query and filters from the address,
 * asks Pagefind (the static index in <base>pagefind/), renders ranked results, and
 * keeps the address in step so a search can be shared or bookmarked.
 * Latvian queries are stemmed first (src/lib/search/normaliseQuery.ts).
 * A query that is not plainly in the index (a slip, a question, an
 * abbreviation) goes on to src/scripts/searchForgiving.ts, loaded only then.
 */
import { fillTemplate } from '#src/lib/format/fillTemplate.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import { localeCodes } from '#src/i18n/locales.ts';
import { normaliseQuery, queryTerm, queryTerms } from '#src/lib/search/normaliseQuery.ts';
import { occursIn, pagefindForm } from '#src/lib/search/searchForm.ts';
import { termKey, type SearchTerms } from '#src/lib/search/searchTerms.ts';
import { AS_TYPED } from '#src/lib/search/asTyped.ts';
import { PARTS_SEPARATOR } from '#src/lib/language/partsSeparator.ts';
// The second chance, bundled on its own as a worker script is (an ES module with its own chunks) and
// imported by its address only when a query needs it: a plain dynamic import would add Vite's preload
// helper, 0.7 KB gzip, to every first search. Bundled so, it keeps no exports; it hands over `forgive`.
import forgivingScript from './searchForgiving.ts?worker&url';
import type { forgive as Forgive } from './searchForgiving.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, of which the excerpt is a run of words. */
  content: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Results per page: a reader sees ten at a time, and only their fragments are fetched. */
const PAGE_SIZE = 10;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

const FIELDS = ['q', 'administrator', 'chapter', 'sort'] as const;
type Field = (typeof FIELDS)[number];

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search: ${selector} is missing from the page`);
  return found;
}

export function startSearch(): void {
  const form = element<HTMLFormElement>('[data-search-form]');
  const status = element<HTMLElement>('[data-search-status]');
  const list = element<HTMLOListElement>('[data-search-results]');
  const panel = element<HTMLElement>('.search-results');
  const more = element<HTMLButtonElement>('[data-search-more]');
  const notes = element<HTMLElement>('[data-search-notes]');
  const help = element<HTMLElement>('[data-search-help]');
  const strings = JSON.parse(panel.dataset['strings'] ?? '{}') as Record<string, string>;
  const terms = JSON.parse(panel.dataset['terms'] ?? '{}') as SearchTerms;
  const lang = panel.dataset['lang'] ?? document.documentElement.lang;
  const locale = localeCodes.find((code) => code === lang);
  const plural = new Intl.PluralRules(lang);
  const say = (key: string, values: Record<string, string | number> = {}) => fillTemplate(strings[key] ?? key, values);
  const control = (name: Field) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  // The index is made by the build; its address is decided at run time, not bundled.
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  // The build's cache tag, so Pagefind asks for the entry file the page has already preloaded.
  const cacheTag = document.querySelector<HTMLMetaElement>('meta[name="pagefind-cache-tag"]')?.content;
  let pagefind: Promise<Pagefind | undefined> | undefined;
  const loadPagefind = () => {
    const url = `${base}pagefind/pagefind.js`;
    pagefind ??= import(/* @vite-ignore */ url)
      .then(async (module: Pagefind) => {
        // No worker: for an index this small it only adds a 12 KB download to the first search.
        // Result addresses are indexed from the output folder's root: put the base path in front.
        await module.options({
          excerptLength: 24,
          noWorker: true,
          baseUrl: base,
          ...(cacheTag ? { metaCacheTag: cacheTag } : {}),
        });
        return module;
      })
      .catch(() => undefined);
    return pagefind;
  };

  let latest = 0;
  /** The reader followed "Search instead for …": the query as typed, without corrections. */
  let asTyped = new URLSearchParams(location.search).has(AS_TYPED);
  async function run(): Promise<void> {
    const ticket = ++latest;
    const query = control('q').value.trim();
    const filters: Record<string, string> = {};
    for (const name of ['administrator', 'chapter'] as const)
      if (control(name).value) filters[name] = control(name).value;
    const order = control('sort').value;
    const options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> } = { filters };
    if (order === 'asc' || order === 'desc') options.sort = { funding: order };
    notes.replaceChildren();
    help.hidden = true;
    if (!query) {
      show([]);
      status.textContent = say('search.prompt');
      return;
    }
    status.textContent = say('search.loading');
    const engine = await loadPagefind();
    if (!engine) {
      status.textContent = say('search.noIndex');
      return;
    }
    const words = queryTerms(query);
    // An abbreviation or synonym is never searched as typed: it may match an unrelated word's start.
    const term = words.some((word) => termKey(word, lang) in terms);
    let found = term ? [] : ((await engine.search(normaliseQuery(query, lang), options))?.results ?? []);
    let top = await found[0]?.data();
    if (ticket !== latest) return;
    let lines: HTMLElement[] = [];
    // Every word in the best match's own text: Pagefind found them all in the index, nothing to forgive.
    if (
      term ||
      asTyped ||
      !top ||
      !occursIn(
        top.content,
        words.map((word) => pagefindForm(queryTerm(word, lang))),
      )
    ) {
      const outcome = await import(/* @vite-ignore */ forgivingScript)
        .then(() => {
          const forgive = (globalThis as { searchForgive?: typeof Forgive }).searchForgive;
          if (!forgive) throw new Error(`search: ${forgivingScript} did not load`);
          return forgive({
            engine,
            query,
            lang,
            options,
            found,
            asTyped,
            terms,
            vocabularyUrl: `${base}pagefind/vocabulary.${lang}.json${cacheTag ? `?ts=${cacheTag}` : ''}`,
            say,
            form,
            help,
          });
        })
        // The second chance is a help, not a condition: without it the search shows what Pagefind found.
        .catch(() => undefined);
      if (ticket !== latest) return;
      if (outcome) {
        if (outcome.results[0] !== found[0]) top = undefined;
        found = outcome.results as PagefindResult[];
        lines = outcome.notes;
      }
    }
    pending = found;
    total = pending.length;
    show([]);
    await showMore(ticket, top, lines);
  }

  /** The results list, hidden while it is empty (an empty list is announced as one). */
  function show(items: HTMLLIElement[], replace = true): void {
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    list.hidden = list.children.length === 0;
  }

  /** The results not yet shown, and how many the search found in all. */
  let pending: PagefindResult[] = [];
  let total = 0;

  /**
   * Shows the next page of results, fetching only their fragments, and says what is shown out of how many;
   * the first page comes with its notes (a correction, the words used), in the same frame as its best match.
   */
  async function showMore(
    ticket: number,
    known?: PagefindResultData,
    lines?: HTMLElement[],
  ): Promise<HTMLLIElement | undefined> {
    const page = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(page.length);
    const [first, ...rest] = page;
    if (lines) notes.replaceChildren(...lines);
    if (!first) return finish([]);
    // The best match is fetched alone and shown at once: on a slow connection its fragment would
    // otherwise share the line with nine others, and the reader would wait for all ten.
    const top = renderResult(known ?? (await first.data()));
    if (ticket !== latest) return undefined;
    show([top], false);
    await painted();
    const others = (await Promise.all(rest.map((r) => r.data()))).map(renderResult);
    if (ticket !== latest) return undefined;
    show(others, false);
    const items = [top, ...others];
    return finish(items);
  }

  /**
   * Resolves once the browser has painted what is in the page, so the first result is on screen
   * before the others are fetched and drawn; in a background tab, where frames wait, after 100 ms.
   */
  const painted = () =>
    new Promise<void>((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, 100);
    });

  /** Says what is shown out of how many, once a page of results is in the list. */
  function finish(items: HTMLLIElement[]): HTMLLIElement | undefined {
    const shown = list.children.length;
    more.hidden = pending.length === 0;
    status.textContent =
      total === 0
        ? say('search.empty', { query: control('q').value.trim() })
        : shown < total
          ? say(`search.showing.${plural.select(total)}`, { shown, count: total })
          : say(`search.count.${plural.select(total)}`, { count: total });
    return items[0];
  }

  more.addEventListener('click', () => {
    void showMore(latest).then((first) => {
      // Keyboard and screen-reader users continue from the first new result, not from the top.
      first?.querySelector('a')?.focus();
    });
  });

  function renderResult(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = result.url;
    const { number: code, title = '' } = result.meta;
    // The page's own pattern for a numbered heading ("2.1.2. …" in Latvian, "2.1.2 …" in English).
    link.textContent = code ? say('heading.numbered', { code, title }) : title;
    heading.append(link);
    item.append(heading);
    // The page's quoted names in the other language, indexed as metadata (src/lib/language/languageParts.ts).
    const parts = localeCodes.flatMap((code) => {
      const texts = code === lang ? undefined : result.meta[code];
      return texts ? [[code, texts.split(PARTS_SEPARATOR)] as const] : [];
    });
    markParts(link, parts);
    // The amount is indexed as a plain number; it is written the way this page's language writes money.
    const amount = Number(result.meta['amount']);
    const facts = [
      result.meta['administrator'],
      locale && result.meta['amount'] && Number.isFinite(amount) ? formatMoney(amount, locale) : undefined,
    ].filter(Boolean);
    if (facts.length > 0) {
      const line = document.createElement('p');
      line.className = 'result-facts';
      line.textContent = facts.join(' · ');
      item.append(line);
    }
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and adds only <mark> around matched words.
    excerpt.innerHTML = result.excerpt;
    markParts(excerpt, parts, result.content);
    // An untranslated page's text is the Latvian original: its title and excerpt say so.
    const whole = result.meta['lang'];
    if (whole && whole !== lang) heading.lang = excerpt.lang = whole;
    item.append(excerpt);
    return item;
  }

  /**
   * Wraps each occurrence of the parts' texts in the element in `<span lang>`,
   * as the pages themselves mark them. An excerpt is found in the page's text
   * first, so a name cut off at the excerpt's start or end is marked too; the
   * spans go inside Pagefind's `<mark>`s, never across them.
   */
  function markParts(element: HTMLElement, parts: (readonly [string, string[]])[], source?: string): void {
    const text = element.textContent ?? '';
    const found = source?.indexOf(text) ?? -1;
    const [whole, offset] = source && found >= 0 ? [source, found] : [text, 0];
    const ranges: [from: number, to: number, code: string][] = [];
    for (const [code, texts] of parts)
      for (const part of texts)
        for (let at = whole.indexOf(part); part && at >= 0; at = whole.indexOf(part, at + part.length))
          ranges.push([at - offset, at - offset + part.length, code]);
    if (ranges.length === 0) return;
    ranges.sort((a, b) => a[0] - b[0]);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    let start = 0;
    for (const node of nodes) {
      const value = node.data;
      const pieces: Node[] = [];
      let cursor = 0;
      for (const [from, to, code] of ranges) {
        const a = Math.max(from - start, cursor);
        const b = Math.min(to - start, value.length);
        if (a >= b) continue;
        if (a > cursor) pieces.push(document.createTextNode(value.slice(cursor, a)));
        const span = document.createElement('span');
        span.lang = code;
        span.textContent = value.slice(a, b);
        pieces.push(span);
        cursor = b;
      }
      start += value.length;
      if (pieces.length === 0) continue;
      if (cursor < value.length) pieces.push(document.createTextNode(value.slice(cursor)));
      node.replaceWith(...pieces);
    }
  }

  function syncAddress(): void {
    const params = new URLSearchParams();
    for (const name of FIELDS) if (control(name).value) params.set(name, control(name).value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  // Fill the form from the address, so shared and bookmarked searches show their results.
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) control(name).value = params.get(name) ?? '';

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    // A new query is the reader's own again: corrections apply.
    asTyped = false;
    clearTimeout(timer);
    timer = setTimeout(() => {
      syncAddress();
      void run();
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    asTyped = false;
    clearTimeout(timer);
    syncAddress();
    void run();
  });
  void run();
}
