/**
 * How the search API (src/lib/pagefind-query-api.ts) tells the search box what it searched in
 * place of the typed query. A module of its own so that the page script does not load the API.
 */
export const searchQueryEvent = 'ops-handbook:search-query';

/** Detail of the `searchQueryEvent` fired on `window` after each search. */
export interface SearchQueryDetail {
	/** The query as typed. */
	query: string;
	/** The terms the results were found for, when that is not the whole query; else empty. */
	showing: string[];
	/** No page has all of `showing`: pages are ranked by how many of them they contain. */
	partial: boolean;
	/** Mistyped words and the site words searched instead. */
	corrections: [typed: string, used: string][];
}
