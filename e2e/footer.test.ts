import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoUrlUnderTest, reportEmailUnderTest } from './global-setup.ts';
import { siteUrl, topicUrl, type Locale } from './site.ts';
import { projectRoot } from './test-utils.ts';

const text = {
	'zh-CN': { report: '报告本页的错误', licence: /CC BY-SA 4\.0.*MIT/, source: '本页源文件：' },
	en: { report: 'Report an error on this page', licence: /CC BY-SA 4\.0.*MIT/, source: 'Source of this page: ' },
} as const;

for (const locale of ['zh-CN', 'en'] as Locale[]) {
	for (const width of [390, 1440]) {
		test(`every page ends with the licence, the page's source file and a prefilled mail to report an error (${locale}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(topicUrl('netcat', locale));
			const footer = page.locator('.site-footer');
			await expect(footer).toBeVisible();
			await expect(footer).toContainText(text[locale].licence);
			await expect(footer.locator('.source-file')).toHaveText(`${text[locale].source}content/docs/${locale === 'en' ? 'en/' : ''}netcat.mdx`);
			const report = footer.getByRole('link', { name: text[locale].report });
			const href = new URL((await report.getAttribute('href'))!);
			expect(href.protocol).toBe('mailto:');
			expect(href.pathname).toBe(reportEmailUnderTest);
			expect(href.searchParams.get('subject')).toContain(await page.locator('h1').textContent());
			expect(href.searchParams.get('body')).toContain(`/${locale === 'en' ? 'en/' : ''}netcat/`);
			const box = (await footer.boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(width);
			// No link in the footer leads nowhere.
			for (const link of await footer.locator('a').all()) expect(await link.getAttribute('href')).toMatch(/^(mailto:|https?:)/);
		});
	}

	test(`with REPO_URL set the footer links the source and opens a prefilled issue (${locale})`, async ({ page }) => {
		await page.goto(topicUrl('kafka', locale, 'base'));
		const footer = page.locator('.site-footer');
		await expect(footer.locator('a.source-link')).toHaveAttribute('href', repoUrlUnderTest);
		const href = new URL((await footer.getByRole('link', { name: text[locale].report }).getAttribute('href'))!);
		expect(`${href.origin}${href.pathname}`).toBe(`${repoUrlUnderTest}/issues/new`);
		expect(href.searchParams.get('title')).toContain(await page.locator('h1').textContent());
		expect(href.searchParams.get('body')).toContain('/kafka/');
	});

	test(`the home page has the footer without a source file (${locale})`, async ({ page }) => {
		await page.goto(siteUrl() + (locale === 'en' ? 'en/' : ''));
		await expect(page.locator('.site-footer')).toContainText(text[locale].licence);
		await expect(page.locator('.site-footer .source-file')).toHaveCount(0);
	});
}

test('the licences the footer names are in the repository and the README', () => {
	const licence = readFileSync(join(projectRoot, 'LICENSE'), 'utf8');
	expect(licence).toContain('MIT License');
	expect(licence).toContain('CC BY-SA 4.0');
	const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
	expect(readme).toMatch(/REPO_URL/);
	expect(readme).toMatch(/REPORT_EMAIL/);
});
