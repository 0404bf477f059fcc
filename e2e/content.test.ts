import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localesUnderTest, topicSlugs, topicUrl, type Locale } from './site.ts';
import { projectRoot } from './test-utils.ts';

const sectionNames: Record<Locale, { corrections: string; references: string }> = {
	'zh-CN': { corrections: '笔记勘误', references: '参考资料' },
	en: { corrections: 'Corrections to the notes', references: 'References' },
};

/**
 * The text and links between an h2 and the next h2. Starlight does not wrap sections, but it wraps
 * each heading with its anchor link in `.sl-heading-wrapper`, so the walk starts and stops at those
 * wrappers. Runs in the page.
 */
function sectionAfter(h2s: Element[], heading: string) {
	const h2 = h2s.find((h) => h.textContent?.trim() === heading);
	const start = h2?.closest('.sl-heading-wrapper') ?? h2;
	const isH2 = (el: Element) => el.tagName === 'H2' || el.matches('.sl-heading-wrapper.level-h2');
	const out: { text: string; links: { href: string; text: string }[] } = { text: '', links: [] };
	for (let el = start?.nextElementSibling; el && !isH2(el); el = el.nextElementSibling) {
		out.text += el.textContent ?? '';
		for (const a of el.querySelectorAll('a[href^="http"]')) out.links.push({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' });
	}
	return out;
}

/**
 * A version in link text or URL: a release number, a versioned docs path, an RFC number, or a
 * source file pinned to a commit (`/blob/<40 hex>/`, for a file read at a commit no release names).
 */
const versionPattern = /\d+\.\d+|RFC\s?\d{3,}|rfc\d{3,}|\/r\d+\.\d+|\/\d{2,}\/|\bv\d+\b|\/blob\/[0-9a-f]{40}\//i;

function sourceFile(slug: string, locale: Locale) {
	return join(projectRoot, 'content/docs', locale === 'en' ? `en/${slug}.mdx` : `${slug}.mdx`);
}

for (const locale of localesUnderTest) {
	for (const slug of topicSlugs) {
		test(`${locale} page ${slug} has a description, a corrections section and references`, async ({ page }) => {
			const response = await page.goto(topicUrl(slug, locale));
			expect(response?.status()).toBe(200);
			const description = await page.locator('meta[name="description"]').getAttribute('content');
			expect(description?.trim().length ?? 0).toBeGreaterThan(10);
			const h2 = await page.locator('main h2').allTextContents();
			const names = sectionNames[locale];
			expect(h2.map((t) => t.trim())).toContain(names.corrections);
			expect(h2.map((t) => t.trim())).toContain(names.references);
			const corrections = await page.locator('main .sl-markdown-content h2').evaluateAll(sectionAfter, names.corrections);
			expect(corrections.text.length, 'corrections section has content').toBeGreaterThan(100);
			expect(corrections.links.length, 'corrections cite their sources').toBeGreaterThan(0);
		});

		test(`${locale} page ${slug} links to upstream sources only with a version`, async ({ page }) => {
			await page.goto(topicUrl(slug, locale));
			const links = await page.locator('main .sl-markdown-content a[href^="http"]').evaluateAll((as) =>
				as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' }))
			);
			const references = await page.locator('main .sl-markdown-content h2').evaluateAll(sectionAfter, sectionNames[locale].references);
			expect(references.links.length, 'references section cites upstream documents').toBeGreaterThan(0);
			const unversioned = links.filter(({ href, text }) => !versionPattern.test(text) && !versionPattern.test(href));
			expect(unversioned, 'external links without a version in text or URL').toEqual([]);
		});

		test(`${locale} page ${slug} shows no bold marks that Markdown left unrendered`, async ({ page }) => {
			// CommonMark does not close `**` after full-width punctuation followed by a Han character
			// (`**提案（proposal）**原子`), so the asterisks reach the reader as text.
			await page.goto(topicUrl(slug, locale));
			const leftovers = await page.locator('main .sl-markdown-content').evaluate((root) => {
				const found: string[] = [];
				const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					if (node.parentElement?.closest('code, pre, script, style')) continue;
					const text = node.textContent ?? '';
					const at = text.indexOf('**');
					if (at >= 0) found.push(text.slice(Math.max(0, at - 20), at + 22));
				}
				return found;
			});
			expect(leftovers, 'literal ** in the page text').toEqual([]);
		});

		test(`${locale} page ${slug} gives every code block a language`, async ({ page }) => {
			const source = readFileSync(sourceFile(slug, locale), 'utf8');
			const bareFences = source.split('\n').filter((line) => /^\s*(```|~~~)\s*$/.test(line));
			// Fences come in pairs; a bare opening fence shows as more bare lines than closing ones.
			const fences = source.split('\n').filter((line) => /^\s*(```|~~~)/.test(line));
			expect(bareFences.length * 2, 'fenced code blocks without a language').toBe(fences.length);
			const codeWithoutLang = [...source.matchAll(/<Code\b[^>]*>/gs)].filter((m) => !/\blang=/.test(m[0]));
			expect(codeWithoutLang.map((m) => m[0]), '<Code> without lang').toEqual([]);
			await page.goto(topicUrl(slug, locale));
			const blocks = await page.locator('main pre[data-language]').evaluateAll((pres) => pres.map((p) => p.getAttribute('data-language')));
			expect(blocks.length, 'page shows code examples').toBeGreaterThan(0);
			expect(blocks.filter((lang) => !lang || lang === 'plaintext'), 'blocks rendered without a language').toEqual([]);
		});
	}
}

/** The `aliases:` list of a page's frontmatter. */
function aliasesOf(source: string): string[] {
	const block = /^aliases:\n((?:\s+-\s.*\n)+)/m.exec(source.split(/^---$/m)[1] ?? '')?.[1] ?? '';
	return [...block.matchAll(/^\s+-\s+['"]?(.*?)['"]?\s*$/gm)].map((m) => m[1]!);
}

for (const locale of localesUnderTest) {
	for (const slug of topicSlugs) {
		test(`${locale} page ${slug} has search aliases only for words it does not use`, async ({ page }) => {
			const aliases = aliasesOf(readFileSync(sourceFile(slug, locale), 'utf8'));
			await page.goto(topicUrl(slug, locale));
			// What a reader sees: title and body, not the hidden search-only terms.
			const text = (await page.locator('main h1, main .sl-markdown-content').allTextContents()).join('\n');
			const normalise = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, ' ');
			const page_ = normalise(text);
			expect(aliases.filter((a) => page_.includes(normalise(a))), 'aliases the page already uses (remove them)').toEqual([]);
		});
	}
}
