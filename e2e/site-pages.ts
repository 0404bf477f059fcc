import { topics } from '../src/lib/topics.ts';
import { siteUrl } from './site.ts';

/** Every page of the built site that a reader can open: home, topics, print pages, 404, both locales. */
export function allPagePaths(): string[] {
	const paths: string[] = [];
	for (const prefix of ['', 'en/']) {
		paths.push(prefix, `${prefix}print/`);
		for (const { slug } of topics) paths.push(`${prefix}${slug}/`);
	}
	paths.push('404.html', 'en/404.html');
	return paths;
}

export function pageUrl(path: string, which: 'root' | 'base' = 'root'): string {
	return siteUrl(which) + path;
}
