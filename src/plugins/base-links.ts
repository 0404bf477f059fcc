import { defineHastPlugin } from 'satteri';

/**
 * Content links are written root-relative (`/kafka/`) so that they read the same in every
 * file; Astro does not add `base` to links inside Markdown, so a build under a sub-path
 * (`BASE_PATH=/handbook/`) would break them. This adds the base at build time.
 */
export function baseLinks(rawBase: string) {
	const base = rawBase.replace(/\/+$/, '');
	return defineHastPlugin({
		name: 'ops-handbook:base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (!base || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
				if (href === base || href.startsWith(`${base}/`)) return;
				ctx.setProperty(node, 'href', base + href);
			},
		},
	});
}
