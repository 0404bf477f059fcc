import { getCollection, type CollectionEntry } from 'astro:content';
import { topics } from './topics';
import type { Lang } from './i18n';

type DocsData = CollectionEntry<'docs'>['data'];
type TopicField = 'category' | 'upstream' | 'lastChecked' | 'description';

/** A docs entry whose topic fields topicPages() has checked to be present. */
export type TopicEntry = CollectionEntry<'docs'> & { data: { [K in TopicField]-?: NonNullable<DocsData[K]> } };

let checked: Promise<Map<string, TopicEntry>> | undefined;

/**
 * All topic pages by collection id, after checking that content/docs and src/lib/topics.ts agree:
 * every listed topic has a page in each locale with the listed category and the topic fields, and
 * no page exists that the topic list leaves out (it would be missing from the sidebar).
 */
export function topicPages(): Promise<Map<string, TopicEntry>> {
	checked ??= (async () => {
		const entries = await getCollection('docs');
		const byId = new Map(entries.map((e) => [e.id, e]));
		const problems: string[] = [];
		const expected = new Set<string>();
		for (const topic of topics) {
			for (const id of [topic.slug, `en/${topic.slug}`]) {
				expected.add(id);
				const entry = byId.get(id);
				const file = `content/docs/${id}.mdx`;
				if (!entry) {
					problems.push(`${file}: missing (topic "${topic.slug}" is listed in src/lib/topics.ts)`);
					continue;
				}
				for (const field of ['category', 'upstream', 'lastChecked'] as const) {
					if (entry.data[field] === undefined) problems.push(`${file}: frontmatter field "${field}" is required`);
				}
				if (entry.data.category && entry.data.category !== topic.category) {
					problems.push(`${file}: category "${entry.data.category}" differs from "${topic.category}" in src/lib/topics.ts`);
				}
			}
		}
		for (const id of byId.keys()) {
			if (!expected.has(id)) problems.push(`content/docs/${id}.mdx: not listed in src/lib/topics.ts`);
		}
		if (problems.length) throw new Error(`Topic pages do not match the topic list:\n  - ${problems.join('\n  - ')}`);
		return byId as Map<string, TopicEntry>;
	})();
	return checked;
}

export function topicId(slug: string, lang: Lang): string {
	return lang === 'en' ? `en/${slug}` : slug;
}
