import stem from 'wink-porter2-stemmer';

/**
 * Pagefind stems English with Snowball's English stemmer (Porter2), in its
 * WebAssembly, out of reach of the page; the search page needs the same stems
 * to tell whether an inflected word ("helplines") is in the index. Its own
 * chunk, loaded only then.
 */
export { stem };
