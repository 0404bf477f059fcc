/**
 * Query understanding in front of Pagefind. Pagefind returns only pages that contain every term,
 * so a single word no page uses (为什么, 区别, why, with) empties the result, and question words
 * weigh as much as the subject. Here a typed query becomes the terms worth matching: stop and
 * question words dropped, a pasted error line stripped of the parts no page can contain (paths of
 * one machine, user and host names, PIDs), dotted keys joined the way the index stores them, and
 * the word after a negation left out. The typed text is still what the search box shows.
 */

/** Words that say how a question is asked, not what it is about. Compared in lower case. */
const stopWords = new Set([
	// Chinese question words, particles, connectives and comparison words.
	...'为什么 为何 怎么 怎么样 怎样 如何 什么 什么是 哪些 哪个 哪里 是否 是不是 能否 能不能 可以 可不可以 会不会 吗 呢 吧 啊 的 地 得 了 着 过 和 与 跟 及 以及 或 或者 还是 是 在 要 需要 用 使用 把 被 给 对 从 到 让 时 时候 之间 区别 差别 不同 有 什么 意思 含义 一个 这个 那个 这 那 我 我的 你 他 它 都 也 就 又 还 很 最 该 应该 一下 多少 几个 几 多大 能有 出现 报错 错误 问题 提示 总是 老是 一直 为啥 咋 咋办 怎么办 啥 vs 对比 比较 作用 原理 什么用 里 中 上 下 个 台 次'.split(
		' '
	),
	// English.
	...'a an the is are was were be been being am have has had do does did doing done can could should would will shall may might must how what why when where which who whom whose whether if vs versus difference differences between and or of in on at to for from by with into onto about as it its this that these those there here i me my we our you your they their he she his her not than then so such any some all more most much many get gets got use used using need needs way ways does mean meaning explain tell show please work works working happen happens best correctly properly also just only own same other'.split(
		' '
	),
]);

/** Words after which the next term names what the reader wants to do without. */
// Not `no`/`not`: error messages use them (`is not a child of this shell`).
const negations = new Set(['without', 'except', "don't", 'dont', '不用', '不要', '不需要', '没有', '无需', '不依赖', '去掉', '脱离', '不带']);

export interface QueryTerm {
	/** What is looked up in the index. */
	match: string;
	/** How the reader typed it. */
	typed: string;
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/u;
let segmenter: Intl.Segmenter | undefined;

function segmentChinese(run: string): string[] {
	segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
	return [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The parts of a pasted error line that belong to one machine: a home directory's owner,
 * `user@host`, PIDs and addresses, timestamps, quotes. What is left is what a page can contain.
 */
export function normaliseErrorLine(text: string): string {
	return (
		text
			// Home directories: the owner's name is never on a page; the rest of the path may be.
			.replace(/(?:\/home|\/Users)\/[^/\s'"`]+/g, ' ')
			.replace(/\/root(?=\/)/g, ' ')
			.replace(/~\//g, ' ')
			// user@host and host:port prefixes of log lines.
			.replace(/\b[\w.-]+@[\w.-]+(?::\d+)?/g, ' ')
			// Timestamps, IPv4 addresses, hexadecimal addresses, PIDs in brackets, long numbers.
			.replace(/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?\S*/g, ' ')
			.replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, ' ')
			.replace(/\b0x[\da-f]+\b/gi, ' ')
			.replace(/\[\d+\]/g, ' ')
			.replace(/(?<![\w.-])\d{5,}(?![\w.-])/g, ' ')
			// Quotes and brackets around names; path separators between words.
			.replace(/[‘’“”'"`«»()[\]{}<>「」『』（）【】]/g, ' ')
			.replace(/(?<=\S)\/(?=\S)/g, ' ')
			.replace(/(?:^|\s)\/(?=\S)/g, ' ')
	);
}

/** Joins a dotted key's parts: the index stores `node.id` as `nodeid` as well as its parts. */
function joinDotted(word: string): string {
	return word.replace(/([\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '$1');
}

/** Turns a typed query into the terms to match, at most `limit` of them. */
export function queryTerms(query: string, limit = 8): QueryTerm[] {
	const text = normaliseErrorLine(query.slice(0, 500));
	const words: string[] = [];
	for (const chunk of text.split(/[\s,;，；。！？!?、：:]+/u)) {
		if (!chunk) continue;
		if (!cjk.test(chunk)) {
			words.push(chunk);
			continue;
		}
		// Chinese runs carry no spaces: split them into words to find the question words.
		for (const part of chunk.split(/([\u3400-\u9fff\uf900-\ufaff]+)/u)) {
			if (!part) continue;
			if (cjk.test(part)) words.push(...segmentChinese(part));
			else words.push(part);
		}
	}
	const terms: QueryTerm[] = [];
	let skipNext = false;
	for (const raw of words) {
		const typed = raw.replace(/^[.…]+(?=[\p{L}\p{N}])|[.…:]+$/gu, '');
		const lower = typed.toLowerCase();
		if (negations.has(lower)) {
			skipNext = true;
			continue;
		}
		if (!typed || stopWords.has(lower) || !/[\p{L}\p{N}]/u.test(typed)) continue;
		if (skipNext) {
			skipNext = false;
			continue;
		}
		const match = joinDotted(typed);
		if (terms.some((t) => t.match.toLowerCase() === match.toLowerCase())) continue;
		terms.push({ match, typed });
		if (terms.length === limit) break;
	}
	return terms;
}

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}

/**
 * The site word nearest to a mistyped one, or undefined. Short words allow one edit, longer ones
 * two; among equals the more frequent word wins (the vocabulary is ordered by frequency).
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
	const w = word.toLowerCase();
	if (w.length < 4 || cjk.test(w)) return undefined;
	const max = w.length < 7 ? 1 : 2;
	let best: string | undefined;
	let bestDistance = max + 1;
	// Digits are typed on purpose (server.1, 0644): a correction keeps them.
	const digits = w.replace(/\D/g, '');
	for (const candidate of vocabulary) {
		if (candidate === w) return undefined;
		if (candidate.replace(/\D/g, '') !== digits) continue;
		const d = editDistance(w, candidate, Math.min(max, bestDistance - 1));
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best;
}

/** Whether a term is one a correction may replace: a Latin word or identifier of four or more characters. */
export function correctable(term: string): boolean {
	const w = term.toLowerCase();
	return w.length >= 4 && /^[a-z0-9][\w-]*$/.test(w) && /[a-z]/.test(w);
}

/**
 * Whether a page's text contains every term a correction could replace, dots and the zero-width
 * spaces Pagefind puts between Chinese words ignored. Pagefind also returns pages that only come
 * close to a mistyped word (kafak finds `-k` on the netcat page), so a page that does not
 * contain the term as typed is no proof that the site knows it.
 */
export function containsTerms(text: string, terms: readonly QueryTerm[]): boolean {
	const plain = (s: string) => s.toLowerCase().replace(/[.\u200b]/g, '');
	const haystack = plain(text);
	return terms.every((t) => !correctable(t.match) || haystack.includes(plain(t.match)));
}

/**
 * A word the site does not contain, neither whole nor as the start of a longer word (Pagefind
 * matches prefixes), replaced by the nearest site word. Returns the correction, or undefined.
 */
export function correction(term: string, vocabulary: readonly string[]): string | undefined {
	const w = term.toLowerCase();
	if (!correctable(w) || !vocabulary.length) return undefined;
	if (vocabulary.some((v) => v.startsWith(w))) return undefined;
	return nearestWord(w, vocabulary);
}

/** One Pagefind result as far as ranking needs it. */
export interface ScoredResult {
	id: string;
	score: number;
}

/**
 * Ranks pages found by searching each term on its own: first by how many of the terms a page
 * matches, then by its Pagefind scores, each term's scores scaled to its best page so that a term
 * common on every page does not outweigh a rare one.
 */
export function rankByMatchedTerms<R extends ScoredResult>(perTerm: readonly (readonly R[])[]): R[] {
	const pages = new Map<string, { result: R; matched: number; score: number }>();
	for (const results of perTerm) {
		const top = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
		for (const r of results) {
			const page = pages.get(r.id) ?? { result: r, matched: 0, score: 0 };
			page.matched += 1;
			page.score += r.score / top;
			pages.set(r.id, page);
		}
	}
	return [...pages.values()].sort((a, b) => b.matched - a.matched || b.score - a.score).map((p) => p.result);
}
