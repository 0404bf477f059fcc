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
