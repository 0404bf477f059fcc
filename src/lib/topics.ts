/**
 * The one list of topics. The sidebar, the home page, the whole-handbook print page and the
 * tests all read it, so adding a topic here is what makes it part of the handbook.
 */

export const categories = {
	cli: { zh: '命令行工具', en: 'Command-line tools' },
	network: { zh: '网络与 Web', en: 'Networking and the Web' },
	storage: { zh: '存储与设备', en: 'Storage and devices' },
	distributed: { zh: '分布式协调与消息', en: 'Coordination and messaging' },
	bigdata: { zh: '大数据', en: 'Big data' },
} as const;

export type CategoryId = keyof typeof categories;
export const categoryIds = Object.keys(categories) as [CategoryId, ...CategoryId[]];

export interface Topic {
	/** Page slug: `content/docs/<slug>.mdx` and `content/docs/en/<slug>.mdx`. */
	slug: string;
	category: CategoryId;
}

/** Reading order: the sidebar, previous/next links and the printed handbook follow it. */
export const topics: readonly Topic[] = [
	{ slug: 'rsync', category: 'cli' },
	{ slug: 'netcat', category: 'cli' },
	{ slug: 'ssh-key-permissions', category: 'cli' },
	{ slug: 'wait', category: 'cli' },
	{ slug: 'http', category: 'network' },
	{ slug: 'concurrency-models', category: 'network' },
	{ slug: 'device-files', category: 'storage' },
	{ slug: 'partition-tables', category: 'storage' },
	{ slug: 'zookeeper', category: 'distributed' },
	{ slug: 'zookeeper-deploy', category: 'distributed' },
	{ slug: 'kafka', category: 'distributed' },
	{ slug: 'hadoop-ha', category: 'bigdata' },
];

export const locales = {
	root: { label: '简体中文', lang: 'zh-CN' },
	en: { label: 'English', lang: 'en' },
} as const;

export function topicsByCategory(): { category: CategoryId; slugs: string[] }[] {
	return categoryIds.map((category) => ({
		category,
		slugs: topics.filter((t) => t.category === category).map((t) => t.slug),
	}));
}
