import { expect, test } from '@playwright/test';
import { localesUnderTest, topicSlugs, topicUrl } from './site.ts';

for (const locale of localesUnderTest) {
	test(`on a phone, every topic title fits in four rows and stays larger than the section headings (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		for (const slug of topicSlugs) {
			await page.goto(topicUrl(slug, locale));
			const title = await page.locator('main h1').first().evaluate((h) => {
				const style = getComputedStyle(h);
				return { rows: Math.round(h.getBoundingClientRect().height / parseFloat(style.lineHeight)), size: parseFloat(style.fontSize) };
			});
			const section = await page.locator('main .sl-markdown-content h2').first().evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
			expect(title.rows, `${slug}: rows of the title`).toBeLessThanOrEqual(4);
			expect(title.size, `${slug}: title against first section heading`).toBeGreaterThan(section);
		}
	});
}
