/**
 * The words of each locale's pages that a mistyped identifier is matched against in the browser
 * (src/lib/pagefind-query-api.ts): Latin words and identifiers of four letters or more from the
 * titles, search keywords, aliases and bodies, most frequent first, dotted keys also as the
 * dot-less compound Pagefind indexes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (() => [{ params: { lang: 'zh-cn' } }, { params: { lang: 'en' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const english = params.lang === 'en';
	const pages = await getCollection('docs', (e) => e.id.startsWith('en/') === english && e.data.category !== undefined);
	const counts = new Map<string, number>();
	for (const page of pages) {
		const { title, keywords = [], aliases = [] } = page.data;
		const text = [title, ...keywords, ...aliases, page.body ?? ''].join('\n');
		for (const word of (text.match(/[A-Za-z0-9][\w.-]*[A-Za-z0-9]/g) ?? []).filter((w) => /[A-Za-z]/.test(w))) {
			const lower = word.toLowerCase();
			for (const form of new Set([lower, lower.replace(/\./g, '')])) {
				if (form.length >= 4) counts.set(form, (counts.get(form) ?? 0) + 1);
			}
		}
	}
	const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
	return new Response(JSON.stringify(words), { headers: { 'content-type': 'application/json' } });
};
