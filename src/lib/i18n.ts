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
		notFoundOtherEdition: 'Looking for an English page? Go to the English edition',
	},
} as const satisfies Record<Lang, Record<string, string>>;

/**
 * Starlight UI strings the handbook sets itself (Starlight's `i18n` collection). Starlight has no
 * English strings for Expressive Code's frame texts, and with zh-CN as the default locale its
 * fallback gave English pages Chinese copy buttons.
 */
export const starlightStrings = {
	en: {
		'expressiveCode.copyButtonTooltip': 'Copy to clipboard',
		'expressiveCode.copyButtonCopied': 'Copied!',
		'expressiveCode.terminalWindowFallbackTitle': 'Terminal window',
	},
} as const satisfies Partial<Record<Lang, Record<string, string>>>;

/** Names of a topic page's metadata, shown under its title and as the search filter. */
export const metaStrings = {
	'zh-CN': { category: '分类', checked: '核对日期', against: '核对版本', verified: '已在 CI 中实际运行验证，版本：', placeholder: '占位符：替换为你自己的值' },
	en: { category: 'Category', checked: 'Checked on', against: 'Checked against', verified: 'Verified in CI against', placeholder: 'Placeholder: replace with your own value' },
} as const satisfies Record<Lang, Record<string, string>>;

/** Path of a topic page relative to the site base, for a locale. */
export function topicPath(slug: string, lang: Lang): string {
	return lang === 'en' ? `en/${slug}/` : `${slug}/`;
}

export const printStrings = {
	'zh-CN': {
		title: '打印整本手册',
		description: '整本运维手册合为一页，按目录顺序排列，每个主题从新的一页开始，用于打印或存为 PDF。',
		hint: '用浏览器的“打印”（Ctrl+P）把整本手册打印出来或存为 PDF：每个主题从新的一页开始。',
		contents: '目录',
		homeLink: '打印整本手册',
	},
	en: {
		title: 'Print the whole handbook',
		description: 'The whole Ops Handbook on one page in reading order, each topic starting on a new page, for printing or saving as PDF.',
		hint: "Use your browser's Print command (Ctrl+P) to print the whole handbook or save it as PDF: each topic starts on a new page.",
		contents: 'Contents',
		homeLink: 'Print the whole handbook',
	},
} as const satisfies Record<Lang, Record<string, string>>;

/** Path of the whole-handbook print page relative to the site base. */
export function printPath(lang: Lang): string {
	return lang === 'en' ? 'en/print/' : 'print/';
}

/** The content file a topic page URL is built from, for error messages that name what to edit. */
export function contentFileFor(pathname: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const route = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	return `content/docs/${route.replace(/\/$/, '') || 'index'}.mdx`;
}
