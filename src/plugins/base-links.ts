import { defineHastPlugin } from 'satteri';

/**
 * Content links are written root-relative (`/kafka/`) so that they read the same in every
 * file; Astro does not add `base` to links inside Markdown, so a build under a sub-path
 * (`BASE_PATH=/handbook/`) would break them. This adds the base at build time, and records the
 * address for print, where a link shows where it leads: the full URL when the site's address is
 * configured (SITE_URL), the path otherwise (a loopback default means nothing on paper).
 */
export function baseLinks(rawBase: string, site: string | undefined) {
	const base = rawBase.replace(/\/+$/, '');
	return defineHastPlugin({
		name: 'ops-handbook:base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
				const withBase = !base || href === base || href.startsWith(`${base}/`) ? href : base + href;
				if (withBase !== href) ctx.setProperty(node, 'href', withBase);
				ctx.setProperty(node, 'dataPrintTarget', site ? new URL(withBase, site).href : withBase);
			},
		},
	});
}
