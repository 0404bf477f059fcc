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
		updateNotice: '手册已更新。',
		updateReload: '载入新版本',
		offlineNote: '打开过一次之后，手册在断网时也能阅读和搜索：浏览器会在后台保存全部页面。',
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
		updateNotice: 'The handbook was updated.',
		updateReload: 'Load the new version',
		offlineNote: 'After one visit the handbook works offline, search included: the browser keeps every page in the background.',
		notFoundOtherEdition: 'Looking for an English page? Go to the English edition',
	},
} as const satisfies Record<Lang, Record<string, string>>;

/**
 * Starlight UI strings the handbook sets itself (Starlight's `i18n` collection). Starlight has no
 * English strings for Expressive Code's frame texts, and with zh-CN as the default locale its
 * fallback gave English pages Chinese copy buttons.
 */
export const starlightStrings = {
	// Starlight ships no zh-CN `pagefind.*` strings (its search UI fell back to English). Its
	// heading-link label is English too, but that one is read by Starlight's Markdown plugin straight
	// from src/content/i18n/*.json, so it lives there.
	'zh-CN': {
		'pagefind.clear_search': "清除",
		'pagefind.load_more': "加载更多结果",
		'pagefind.search_label': "搜索本站",
		'pagefind.filters_label': "筛选",
		'pagefind.zero_results': "没有找到“[SEARCH_TERM]”的结果",
		'pagefind.many_results': "找到 [COUNT] 个“[SEARCH_TERM]”的结果",
		'pagefind.one_result': "找到 [COUNT] 个“[SEARCH_TERM]”的结果",
		'pagefind.alt_search': "没有找到“[SEARCH_TERM]”的结果。显示的是“[DIFFERENT_TERM]”的结果",
		'pagefind.search_suggestion': "没有找到“[SEARCH_TERM]”的结果。试试以下搜索：",
		'pagefind.searching': "正在搜索“[SEARCH_TERM]”……",
	},
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
		description: '整本运维手册合为一页，按目录顺序排列，每个主题从新的一页开始，用于打印或存为 PDF。',
		hint: '用浏览器的“打印”（Ctrl+P）把整本手册打印出来或存为 PDF：每个主题从新的一页开始。',
		contents: '目录',
		homeLink: '打印整本手册',
		edition: '版本',
		built: '构建于',
		commit: '提交',
		checked: '核对日期',
		address: '网址',
		downloadPdf: '下载 PDF',
		downloadHandbook: '下载整本手册 PDF',
		pdfAuthor: '运维手册编写组',
	},
	en: {
		description: 'The whole Ops Handbook on one page in reading order, each topic starting on a new page, for printing or saving as PDF.',
		hint: "Use your browser's Print command (Ctrl+P) to print the whole handbook or save it as PDF: each topic starts on a new page.",
		contents: 'Contents',
		homeLink: 'Print the whole handbook',
		edition: 'Edition',
		built: 'built',
		commit: 'commit',
		checked: 'Checked',
		address: 'Online at',
		downloadPdf: 'Download PDF',
		downloadHandbook: 'Download the whole handbook as PDF',
		pdfAuthor: 'Ops Handbook authors',
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

export const footerStrings = {
	'zh-CN': {
		source: '源代码',
		sourceFile: '本页源文件：',
		licence: '内容采用 CC BY-SA 4.0 许可，代码采用 MIT 许可。',
		report: '报告本页的错误',
		reportSubject: '页面有误：',
		reportBody: '页面：{url}\n\n哪里有误（引用原句）：\n\n应该是（最好附上出处或运行结果）：\n',
	},
	en: {
		source: 'Source code',
		sourceFile: 'Source of this page: ',
		licence: 'Content licensed under CC BY-SA 4.0, code under the MIT licence.',
		report: 'Report an error on this page',
		reportSubject: 'Error on page: ',
		reportBody: 'Page: {url}\n\nWhat is wrong (quote the sentence):\n\nWhat it should say (a source or a run, if you have one):\n',
	},
} as const satisfies Record<Lang, Record<string, string>>;

export const explainedCommandStrings = {
	'zh-CN': {
		name: '命令详解：',
		copy: '复制命令',
		copied: '已复制',
		hint: '指向或选中命令中的一个词，这里显示它的解释。',
		back: '回到命令',
	},
	en: {
		name: 'Explained command: ',
		copy: 'Copy command',
		copied: 'Copied',
		hint: 'Point at or select a word of the command to see its explanation here.',
		back: 'Back to the command',
	},
} as const satisfies Record<Lang, Record<string, string>>;

/** The mark after a sentence that `npm run verify` checks (<Claim id="…" />). */
export const claimStrings = {
	'zh-CN': { checked: '此句由 npm run verify 实际运行核对，版本：' },
	en: { checked: 'This sentence is checked by npm run verify against' },
} as const satisfies Record<Lang, Record<string, string>>;
