import { expect, test } from '@playwright/test';
import { topicSlugs, topicUrl, type Locale } from './site.ts';

const locales: Locale[] = ['zh-CN', 'en'];

for (const locale of locales) {
	test(`every h2 and h3 of every topic page has a link to its section (${locale})`, async ({ page }) => {
		for (const slug of topicSlugs) {
			await page.goto(topicUrl(slug, locale));
			const headings = page.locator('.sl-markdown-content :is(h2, h3)[id]');
			const count = await headings.count();
			expect(count, slug).toBeGreaterThan(2);
			for (let i = 0; i < count; i++) {
				const heading = headings.nth(i);
				const id = (await heading.getAttribute('id'))!;
				const link = heading.locator('xpath=following-sibling::a[contains(@class, "sl-anchor-link")]');
				await expect(link, `${slug} #${id}`).toHaveAttribute('href', `#${id}`);
				await expect(link).toHaveAccessibleName(new RegExp(`${(await heading.textContent())!.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
			}
		}
	});

	for (const width of [390, 1440]) {
		test(`a section link is shown on focus and opens the section (${locale}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(topicUrl('kafka', locale));
			const link = page.locator('.sl-markdown-content a.sl-anchor-link').nth(2);
			await link.focus();
			await expect(link).toHaveCSS('opacity', '1');
			const box = (await link.boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(width);
			await page.keyboard.press('Enter');
			const href = (await link.getAttribute('href'))!;
			expect(decodeURIComponent(new URL(page.url()).hash)).toBe(href);
			const heading = page.locator(`[id="${href.slice(1)}"]`);
			await expect(heading).toBeInViewport();
			if (locale === 'zh-CN') await expect(link).toHaveAccessibleName(/^本节链接：/);
		});
	}
}
