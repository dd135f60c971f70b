/**
 * The search address's parameter for "the query as the reader typed it",
 * set by "Search instead for …": no correction, no synonym, the correction
 * only offered. Its own module, shared by the search page's two scripts.
 */
export const AS_TYPED = 'typed';
