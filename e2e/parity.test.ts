import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicSlugs, topicUrl } from './site.ts';
import { projectRoot } from './test-utils.ts';

/** The example files and diagrams a page source imports: both languages must show the same ones. */
function sharedImports(file: string): string[] {
	const source = readFileSync(join(projectRoot, 'content/docs', file), 'utf8');
	return [...source.matchAll(/from '(@(?:examples|diagrams)\/[^']+)'/g)].map((m) => m[1]!).sort();
}

for (const slug of topicSlugs) {
	test(`${slug} exists in both languages with the same sections by position`, async ({ page }) => {
		const outline: string[][] = [];
		for (const locale of ['zh-CN', 'en'] as const) {
			const response = await page.goto(topicUrl(slug, locale));
			expect(response?.status(), `${slug} (${locale})`).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('.sl-markdown-content').first()).toBeVisible();
			// Starlight marks a page shown in the fallback language with a notice.
			await expect(page.getByText(/This content is not available in your language yet|此内容尚不支持你的语言/)).toHaveCount(0);
			outline.push(await page.locator('main .sl-markdown-content :is(h2, h3)').evaluateAll((hs) => hs.map((h) => h.tagName)));
		}
		expect(outline[0]!.length, 'some sections').toBeGreaterThan(5);
		expect(outline[1], 'heading levels by position').toEqual(outline[0]);
	});

	test(`${slug} shows the same code examples and diagrams in both languages`, async ({ page }) => {
		expect(sharedImports(`en/${slug}.mdx`)).toEqual(sharedImports(`${slug}.mdx`));
		const blocks: string[][] = [];
		for (const locale of ['zh-CN', 'en'] as const) {
			await page.goto(topicUrl(slug, locale));
			blocks.push(await page.locator('main .expressive-code pre').evaluateAll((pres) => pres.map((p) => p.textContent ?? '')));
		}
		expect(blocks[0]!.length, 'code blocks').toBeGreaterThan(0);
		expect(blocks[1]).toEqual(blocks[0]);
	});

	test(`${slug} declares its language and links its translation with hreflang`, async ({ page }) => {
		await page.goto(topicUrl(slug, 'en'));
		await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', new RegExp(`/${slug}/$`));
		await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`/en/${slug}/$`));
	});
}
