/**
 * Pagefind's JavaScript API as Pagefind UI loads it (`<bundlePath>pagefind.js`), with query
 * understanding in front of `search`: the build emits this module as `pagefind-query/pagefind.js`
 * and points Pagefind UI at it (src/plugins/search-query.ts), so Pagefind's index, ranking and
 * UI stay as they are.
 *
 * A query whose terms do not all occur on one page is searched again term by term, and the pages
 * ranked by how many of the terms they match; a term found nowhere is replaced by the nearest
 * word of the site's vocabulary (`search-vocabulary/<lang>.json`, built from the pages, fetched
 * only when a query finds nothing as typed). What was
 * searched instead is announced with a `searchQueryEvent` for the search box to show.
 */
import { containsTerms, correction, nearestWord, queryTerms, rankByMatchedTerms, type QueryTerm } from './search-query';
import { searchQueryEvent, type SearchQueryDetail } from './search-query-event';

interface PagefindResult {
	id: string;
	score: number;
	words: number[];
	data: () => Promise<{ content: string; meta?: Record<string, string> }>;
}
interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
	timings?: unknown;
}
type SearchOptions = { filters?: Record<string, unknown>; sort?: Record<string, string> };
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	destroy(): Promise<void>;
	mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string, o?: SearchOptions): Promise<void>;
	search(term: string | null, o?: SearchOptions): Promise<PagefindResponse>;
	debouncedSearch(term: string, o?: SearchOptions, ms?: number): Promise<PagefindResponse | null>;
}

// A plain variable, not `import.meta.url` in place: Vite would treat the URL as an asset to bundle.
const here = import.meta.url;
const pagefind: Pagefind = await import(/* @vite-ignore */ new URL('../pagefind/pagefind.js', here).href);
const lang = document.documentElement.lang.toLowerCase() === 'en' ? 'en' : 'zh-cn';
let vocabulary: Promise<string[]> | undefined;

function loadVocabulary(): Promise<string[]> {
	vocabulary ??= fetch(new URL(`../search-vocabulary/${lang}.json`, here))
		.then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
		.catch(() => []);
	return vocabulary;
}

export const { init, destroy, mergeIndex, filters } = pagefind;

/**
 * Pagefind's options, searching on the page rather than in Pagefind's Web Worker: a search takes
 * about 10 ms here, and the worker script is 11 KB more to fetch before the first result.
 */
export function options(o: Record<string, unknown>): Promise<void> {
	return pagefind.options({ ...o, noWorker: true });
}

export async function preload(term: string, o?: SearchOptions): Promise<void> {
	const terms = queryTerms(term);
	await pagefind.preload(terms.length ? terms.map((t) => t.match).join(' ') : term, o);
}

export async function debouncedSearch(term: string, o?: SearchOptions, ms = 300): Promise<PagefindResponse | null> {
	await new Promise((resolve) => setTimeout(resolve, ms));
	return search(term, o);
}

function announce(detail: SearchQueryDetail) {
	window.dispatchEvent(new CustomEvent<SearchQueryDetail>(searchQueryEvent, { detail }));
}

export async function search(query: string, o?: SearchOptions): Promise<PagefindResponse> {
	const typed = queryTerms(query);
	// Nothing but question words: search what was typed, as Pagefind would.
	if (!typed.length) {
		announce({ query, showing: [], partial: false, corrections: [] });
		return pagefind.search(query, o);
	}
	const all = await pagefind.search(typed.map((t) => t.match).join(' '), o);
	// The first result's text is fetched for the result list anyway (Pagefind caches it).
	const top = all.results[0];
	const page = top && (await top.data());
	if (page && containsTerms(`${page.meta?.['title'] ?? ''} ${page.content}`, typed)) {
		announce({ query, showing: [], partial: false, corrections: [] });
		return all;
	}
	// Only now the vocabulary (6–10 KB more to fetch): a word the site does not contain (and that
	// Pagefind found only near matches for) is searched as the nearest site word instead.
	const words = await loadVocabulary();
	const corrections: [string, string][] = [];
	const terms = typed.map((t) => {
		const used = correction(t.match, words);
		if (!used) return t;
		corrections.push([t.typed, used]);
		return { match: used, typed: used };
	});
	const corrected = corrections.length ? await pagefind.search(terms.map((t) => t.match).join(' '), o) : all;
	if (corrected.results.length || terms.length === 1) {
		announce({ query, showing: corrections.length ? terms.map((t) => t.typed) : [], partial: false, corrections });
		return corrected;
	}
	return relaxedSearch(query, terms, corrected, corrections, o);
}

/** Each term on its own; a term found nowhere is tried once more as the nearest site word. */
async function relaxedSearch(query: string, terms: QueryTerm[], all: PagefindResponse, corrections: [string, string][], o?: SearchOptions): Promise<PagefindResponse> {
	const found: { term: string; response: PagefindResponse }[] = [];
	const singles = await Promise.all(terms.map((t) => pagefind.search(t.match, o)));
	for (const [i, term] of terms.entries()) {
		let response = singles[i]!;
		let used = term.typed;
		if (!response.results.length) {
			const nearest = nearestWord(term.match, await loadVocabulary());
			if (!nearest) continue;
			response = await pagefind.search(nearest, o);
			if (!response.results.length) continue;
			corrections.push([term.typed, nearest]);
			used = nearest;
		}
		found.push({ term: used, response });
	}
	if (!found.length) {
		announce({ query, showing: [], partial: false, corrections });
		return all;
	}
	// The terms that occur somewhere may still occur together on one page: that search ranks best.
	const together = found.length > 1 ? await pagefind.search(found.map((f) => f.term).join(' '), o) : found[0]!.response;
	const results = together.results.length ? together.results : rankByMatchedTerms(found.map((f) => f.response.results));
	const partial = !together.results.length;
	const showing = partial || found.length < terms.length || corrections.length ? found.map((f) => f.term) : [];
	announce({ query, showing, partial, corrections });
	const base = together.results.length ? together : found[0]!.response;
	return { ...base, results, unfilteredResultCount: results.length };
}
