/**
 * Build-time rewrites of rendered HTML that no component can do from the inside. Pure string
 * functions so that they are easy to test and cheap to run on every page.
 */

/**
 * Starlight's tab panels carry no label of their own (it lives on the tab). Print shows every
 * panel, so each gets its tab's label as `data-print-label` for the print stylesheet.
 */
export function labelTabPanels(html: string): string {
	if (!html.includes('role="tabpanel"')) return html;
	const labels = new Map<string, string>();
	for (const m of html.matchAll(/<a\b[^>]*\brole="tab"[^>]*>([\s\S]*?)<\/a>/g)) {
		const id = /\bid="([^"]+)"/.exec(m[0])?.[1];
		if (id) labels.set(id, m[1]!.replace(/<[^>]+>/g, '').trim());
	}
	return html.replace(/<div\b([^>]*\brole="tabpanel"[^>]*)>/g, (tag, attrs: string) => {
		const tabId = /\baria-labelledby="([^"]+)"/.exec(attrs)?.[1];
		const label = tabId ? labels.get(tabId) : undefined;
		return label ? `<div${attrs} data-print-label="${label.replace(/"/g, '&quot;')}">` : tag;
	});
}

/**
 * On the whole-handbook page every topic is one `<article data-print-topic="slug">`. Topics share
 * heading names (核心概念 on every page), so each topic's ids get a `slug--` prefix, its own
 * `#fragment` links follow, and links to another topic's page land on that topic's section.
 * The topic's title is the article's h2, so its own headings move one level down: the tagged PDF
 * and its outline then read handbook → topic → section.
 */
export function namespaceHandbookTopics(html: string, topicPathPrefix: string): string {
	return html.replace(
		/(<article\b[^>]*\bdata-print-topic="([^"]+)"[^>]*>)([\s\S]*?)(<\/article>)/g,
		(_all, open: string, slug: string, body: string, close: string) => {
			const rewritten = body
				.replace(/<h([2-5])\b([^>]*)>([\s\S]*?)<\/h\1>/g, (heading, level: string, attrs: string, inner: string) =>
					/\bid="topic-/.test(attrs) ? heading : `<h${Number(level) + 1}${attrs}>${inner}</h${Number(level) + 1}>`
				)
				.replace(/\bid="(?!topic-)([^"]+)"/g, (_m, id: string) => `id="${slug}--${id}"`)
				.replace(/\b(aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g, (_m, attr: string, ids: string) =>
					`${attr}="${ids.split(/\s+/).map((id) => (id.startsWith('topic-') ? id : `${slug}--${id}`)).join(' ')}"`
				)
				.replace(/\bhref="#(?!topic-)([^"]+)"/g, (_m, id: string) => `href="#${slug}--${id}"`)
				.replace(/\b(marker-(?:start|end))="url\(#([^)]+)\)"/g, (_m, attr: string, id: string) => `${attr}="url(#${slug}--${id})"`)
				.replace(new RegExp(`\\bhref="${escapeRegExp(topicPathPrefix)}([a-z0-9-]+)/(?:#([^"]*))?"`, 'g'), (m, target: string, hash?: string) =>
					html.includes(`data-print-topic="${target}"`) ? `href="#${hash ? `${target}--${hash}` : `topic-${target}`}"` : m
				);
			return open + rewritten + close;
		}
	);
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Astro puts a component's `<style>` into the head once per rendered content entry. The
 * whole-handbook page renders twelve entries, so the styles of components used on several topics
 * came eleven times (60 KB the browser parsed before the first paint); the first copy is enough.
 */
export function dropRepeatedStyles(html: string): string {
	const seen = new Set<string>();
	return html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, (style) => {
		if (seen.has(style)) return '';
		seen.add(style);
		return style;
	});
}

/**
 * The whole-handbook page is a 90 KB (brotli) document. Its module scripts (search, theme and
 * language menus, copy buttons, link prefetch) were listed in the head, so a slow link fetched
 * them alongside the document and its stylesheets and the first paint waited longer. Module
 * scripts run after parsing in document order wherever they stand, so moving all of them, in
 * order, to the end of the body keeps the order they run in; they are fetched after the content,
 * so on a slow link the menus and search may wake a little later (Lighthouse mobile: performance
 * 99 in 4 of 6 runs before, 100 in 6 of 6 after).
 */
export function moduleScriptsLast(html: string): string {
	const scripts: string[] = [];
	// Only real script elements: a copy button's data-code may hold the text of one.
	let rest = '';
	let last = 0;
	for (const tag of elementTags(html, 0)) {
		if (!/^<script\b(?:[^>"']|"[^"]*"|'[^']*')*\stype="module"/.test(tag.text)) continue;
		scripts.push(tag.text);
		rest += html.slice(last, tag.index);
		last = tag.index + tag.text.length;
	}
	rest += html.slice(last);
	const end = rest.lastIndexOf('</body>');
	if (!scripts.length || end < 0) return html;
	return rest.slice(0, end) + scripts.join('') + rest.slice(end);
}

/**
 * A topic page's style and layout ran as one main-thread task of 100–170 ms on a 2-core machine
 * (zookeeper-deploy, partition-tables), which Lighthouse's phone model turns into blocking time.
 * Every h2 section after the first becomes a `<section class="deferred-section">` that the browser
 * lays out only when it scrolls near (content-visibility in custom.css); find-in-page, fragment
 * links and printing still see all of it. The first section stays as it is: it is on the first
 * screen, where a placeholder would show.
 *
 * Until a section has been laid out once, its height is the estimate given here. It must not be
 * shorter than the section on a 360 px phone (e2e/deferred-sections.test.ts checks every section): anything
 * that measures an element inside a skipped section would otherwise find it over the next one.
 */
export function deferSectionRendering(html: string): string {
	const open = html.indexOf('<div class="sl-markdown-content">');
	if (open < 0) return html;
	const start = open + '<div class="sl-markdown-content">'.length;
	const starts: number[] = [];
	let end = -1;
	let depth = 0;
	for (const tag of elementTags(html, start)) {
		if (tag.closing) {
			if (depth === 0) {
				end = tag.index;
				break;
			}
			depth--;
		} else {
			if (depth === 0 && tag.text.startsWith('<div class="sl-heading-wrapper level-h2')) starts.push(tag.index);
			if (!tag.empty) depth++;
		}
	}
	if (end < 0 || starts.length < 2) return html;
	const bounds = [...starts.slice(1), end];
	let out = html.slice(0, starts[1]);
	for (let i = 0; i + 1 < bounds.length; i++) {
		const body = html.slice(bounds[i], bounds[i + 1]);
		out += `<section class="deferred-section" style="contain-intrinsic-height:auto ${estimatedHeight(body)}px">${body}</section>`;
	}
	return out + html.slice(end);
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The element tags of `html` from `from` on, in order. Quoted attribute values are read whole (a
 * copy button's `data-code` may hold `</div>`), comments are skipped, and a script, style or
 * template element comes as one item with its contents, so only real tags count.
 */
function* elementTags(html: string, from: number): Generator<{ index: number; text: string; closing: boolean; empty: boolean }> {
	const tags = /<!--[\s\S]*?-->|<(script|style|template)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
	tags.lastIndex = from;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		if (m[1]) {
			yield { index: m.index, text: m[0], closing: false, empty: true };
			continue;
		}
		if (!m[3]) continue;
		const closing = m[2] === '/';
		yield { index: m.index, text: m[0], closing, empty: !closing && (voidElements.has(m[3].toLowerCase()) || /\/\s*$/.test(m[4] ?? '')) };
	}
}

/**
 * A generous height for a section on a 360 px phone, in px: prose and wrapped code at 1.8 px a
 * character (the whole-handbook page's measured figure, with room), a line's own height for each
 * short code line, a diagram at its own height (it scrolls sideways rather than shrink), and a
 * row's or a block's own height and margins (a table's narrow columns wrap into many short lines).
 */
function estimatedHeight(sectionHtml: string): number {
	const count = (re: RegExp) => (sectionHtml.match(re) ?? []).length;
	const codeLines = count(/<div class="ec-line/g);
	const blocks = 60 * count(/<tr\b/g) + 12 * count(/<li\b/g) + 24 * count(/<(?:p|h[2-6]|figure|aside|details)\b/g);
	let diagrams = 0;
	for (const m of sectionHtml.matchAll(/<figure class="diagram[^>]*>[\s\S]*?<svg viewBox="[^"]*" width="\d+" height="(\d+)"/g)) diagrams += Number(m[1]) + 100;
	const text = sectionHtml
		.replace(/<svg\b[\s\S]*?<\/svg>/g, '')
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&[a-z0-9#]+;/gi, '&')
		.replace(/\s+/g, ' ').length;
	return Math.ceil(text * 1.8 + codeLines * 30 + diagrams + blocks + 200);
}
