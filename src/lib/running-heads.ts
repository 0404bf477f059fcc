import type { Lang } from './i18n';

const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/** "page x of y" as a CSS content value, in the page's language. */
export function pageOfPages(lang: Lang): string {
	return lang === 'en' ? '"Page " counter(page) " of " counter(pages)' : '"第 " counter(page) " 页，共 " counter(pages) " 页"';
}

/**
 * The @page rule of a printed page (or of one named page type, e.g. one topic of the whole
 * handbook): its title in the header; its address and "page x of y" in the footer.
 */
export function pageRunningHeads(name: string, head: { lang: Lang; title: string; address?: string }): string {
	const box = 'font-size:8pt;color:#333;font-family:system-ui,sans-serif';
	return (
		`@page ${name}{` +
		`@top-left{content:${cssString(head.title)};${box};font-size:9pt}` +
		`@bottom-left{content:${head.address ? cssString(head.address) : 'none'};${box}}` +
		`@bottom-right{content:${pageOfPages(head.lang)};${box};white-space:nowrap}}`
	);
}
