import { defineMiddleware } from 'astro:middleware';
import { deferSectionRendering, dropRepeatedStyles, labelTabPanels, moduleScriptsLast, namespaceHandbookTopics } from './lib/html-rewrite';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	let html = await response.text();
	html = labelTabPanels(html);
	if (html.includes('data-print-topic=')) {
		const prefix = context.url.pathname.startsWith(`${base}en/`) ? `${base}en/` : base;
		html = moduleScriptsLast(dropRepeatedStyles(namespaceHandbookTopics(html, prefix)));
	} else {
		html = deferSectionRendering(html);
	}
	return new Response(html, { status: response.status, headers: response.headers });
});
