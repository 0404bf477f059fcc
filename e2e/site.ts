import { topics } from '../src/lib/topics.ts';

/** URL of a built site that global-setup serves: the root build or the base-path build. */
export function siteUrl(which: 'root' | 'base' = 'root'): string {
	const url = process.env[which === 'root' ? 'SITE_URL_ROOT' : 'SITE_URL_BASE'];
	if (!url) throw new Error('SITE_URL_* is not set: run the suites through `npm test` (global-setup builds and serves the site)');
	return url;
}

export type Locale = 'zh-CN' | 'en';
export const localesUnderTest: Locale[] = ['zh-CN', 'en'];

/** Path of a topic page below the site URL. */
export function topicUrl(slug: string, locale: Locale = 'zh-CN', which: 'root' | 'base' = 'root'): string {
	return siteUrl(which) + (locale === 'en' ? `en/${slug}/` : `${slug}/`);
}

export const topicSlugs = topics.map((t) => t.slug);
