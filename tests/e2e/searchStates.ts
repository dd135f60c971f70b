/**
 * The search page in each of its states, by the address that shows it, for
 * the accessibility checks (axe, and any other checker run over the same
 * list): results, a corrected query, the query as typed with a suggestion,
 * the words used, an abbreviation, nothing found (with and without filters).
 */
export const searchStates = [
  { state: 'results', path: '/lv/search/?q=vardarb%C4%ABba' },
  { state: 'corrected', path: '/en/search/?q=crsis' },
  { state: 'as typed, with a suggestion', path: '/lv/search/?q=vardarbbia&typed=' },
  { state: 'words used', path: `/en/search/?q=${encodeURIComponent('how are children protected from sexual abuse')}` },
  { state: 'abbreviation', path: '/lv/search/?q=VBTAI' },
  { state: 'empty', path: '/en/search/?q=xylophone' },
  { state: 'empty, with filters', path: '/lv/search/?q=mentors&administrator=inspectorate' },
  { state: 'no query', path: '/en/search/' },
] as const;

/** Resolves once the search page has said what it found (its status is set and not "Searching…"). */
export const searchSettled = () => {
  const status = document.querySelector('[data-search-status]')?.textContent ?? '';
  return status !== '' && !status.includes('…');
};
