import { expect, test } from '@playwright/test';
import { topicSlugs, topicUrl, type Locale } from './site.ts';

const locales: Locale[] = ['zh-CN', 'en'];

for (const locale of locales) {
	test(`every h2 and h3 of every topic page has a link to its section (${locale})`, async ({ page }) => {
		for (const slug of topicSlugs) {
			await page.goto(topicUrl(slug, locale));
			const sections = await page.locator('.sl-markdown-content :is(h2, h3)[id]').evaluateAll((hs) =>
				hs.map((h) => {
					const link = h.nextElementSibling;
					return { id: h.id, text: h.textContent!.trim(), href: link?.matches('a.sl-anchor-link') ? link.getAttribute('href') : null, label: link?.querySelector('.sr-only')?.textContent ?? '' };
				})
			);
			expect(sections.length, slug).toBeGreaterThan(2);
			for (const s of sections) {
				expect(s.href, `${slug}: ${s.text}`).toBe(`#${s.id}`);
				expect(s.label, `${slug}: ${s.text}`).toContain(s.text);
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
