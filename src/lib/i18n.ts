/** Strings of the handbook's own pages and components, in both locales. */
export type Lang = 'zh-CN' | 'en';

export const strings = {
	'zh-CN': {
		homeTitle: '运维手册',
		homeTagline: '面向运维工程师的命令与原理手册：每一页都按上游文档逐条核对，纠正原始笔记中的错误。',
		homeDescription: '运维手册：rsync、netcat、SSH、HTTP、分区表、ZooKeeper、Kafka、Hadoop HA 等主题的准确参考。',
		topicsHeading: '全部主题',
		startReading: '从第一页读起',
		otherEdition: 'English edition',
		otherEditionLang: 'en',
		notFoundTitle: '页面不存在',
		notFoundText: '没有找到这个地址对应的页面。它可能已改名，或者链接有误。',
		notFoundHome: '返回首页',
		notFoundSearch: '试试搜索：按 Ctrl+K 或 / 打开搜索框，或从下面的主题列表里找。',
	},
	en: {
		homeTitle: 'Ops Handbook',
		homeTagline: 'Commands and concepts for operations engineers, each page checked claim by claim against upstream documentation.',
		homeDescription: 'Ops Handbook: accurate references on rsync, netcat, SSH, HTTP, partition tables, ZooKeeper, Kafka and Hadoop HA.',
		topicsHeading: 'All topics',
		startReading: 'Start reading',
		otherEdition: '简体中文版',
		otherEditionLang: 'zh-CN',
		notFoundTitle: 'Page not found',
		notFoundText: 'There is no page at this address. It may have moved, or the link may be wrong.',
		notFoundHome: 'Back to the home page',
		notFoundSearch: 'Try searching: press Ctrl+K or / to open search, or pick a topic below.',
	},
} as const satisfies Record<Lang, Record<string, string>>;

/** Path of a topic page relative to the site base, for a locale. */
export function topicPath(slug: string, lang: Lang): string {
	return lang === 'en' ? `en/${slug}/` : `${slug}/`;
}
